"""The working groups' entries in an organisation's timeline (the member record)."""

import datetime

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from sern_portal.timeline import TimelineEntry

from .models import WorkingGroupMembership


def _midnight(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time()))


def working_group_entries(organisation, limit: int) -> list[TimelineEntry]:
    """Joins and departures of the organisation's contacts, newest first (one query)."""
    memberships = (
        WorkingGroupMembership.objects.filter(contact__organisation=organisation)
        .select_related("group", "contact__user")
        .order_by("-joined_on", "-pk")[:limit]
    )
    entries = []
    for membership in memberships:
        url = reverse("workinggroups:group_detail", args=[membership.group.slug])
        person = membership.contact.user.name
        entries.append(
            TimelineEntry(
                _midnight(membership.joined_on),
                "working_group",
                _("%(person)s joined %(group)s") % {"person": person, "group": membership.group.name},
                url=url,
            )
        )
        if membership.left_on:
            entries.append(
                TimelineEntry(
                    _midnight(membership.left_on),
                    "working_group",
                    _("%(person)s left %(group)s") % {"person": person, "group": membership.group.name},
                    url=url,
                )
            )
    return sorted(entries, key=lambda entry: entry.when, reverse=True)[:limit]
