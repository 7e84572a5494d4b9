"""Written-procedure deadlines in each Board member's calendar feed and on their Board page."""

import datetime

from django.urls import reverse
from django.utils import timezone

from sern_portal.site import absolute_url, site_domain

from ..models import ProcedureVote, WrittenProcedure


def board_page_procedures(user) -> dict:
    """The open procedures (with their deadlines) and which of them the person has voted on."""
    open_procedures = list(WrittenProcedure.objects.filter(closed_at__isnull=True).order_by("deadline"))
    voted = set(
        ProcedureVote.objects.filter(procedure__in=open_procedures, voter=user).values_list(
            "procedure_id", flat=True
        )
    )
    return {"open_procedures": open_procedures, "voted_procedures": voted}


def add_procedure_deadlines(feed, user) -> None:
    """One event per written procedure at its deadline, in the feed of a Board member (the
    secretariat's feed has them too: it follows the Board's calendar)."""
    from icalendar import Event

    del user  # every Board member and the secretariat see every procedure's deadline
    since = timezone.now() - datetime.timedelta(days=400)
    for item in WrittenProcedure.objects.filter(deadline__gte=since):
        event = Event()
        event.add("uid", f"written-procedure-{item.pk}@{site_domain()}")
        event.add("summary", f"SERN Board written procedure: {item.question}")
        event.add("dtstart", item.deadline)
        event.add("dtend", item.deadline)
        event.add("dtstamp", timezone.now())
        event.add("url", absolute_url(reverse("board_procedure", args=[item.pk])))
        feed.add_component(event)
