"""The projects app's source of the member record's timeline: ideas the organisation leads or
joined (registered in ``ProjectsConfig.ready``; two queries, at most ``limit`` rows each)."""

from collections.abc import Iterator

from django.urls import reverse
from django.utils.translation import gettext as _

from sern_portal.timeline import TimelineEntry

from .models import ExpressionOfInterest, InterestStatus, ProjectIdea


def ideas(organisation, limit: int) -> Iterator[TimelineEntry]:
    for idea in ProjectIdea.objects.filter(lead=organisation).order_by("-created_at", "-pk")[:limit]:
        yield TimelineEntry(
            when=idea.created_at,
            kind="idea",
            title=_("Leads the project idea “%(title)s”") % {"title": idea.title},
            url=reverse("projects:idea_detail", args=[idea.pk]),
        )
    joined = (
        ExpressionOfInterest.objects.filter(
            organisation=organisation, status=InterestStatus.ACCEPTED, decided_at__isnull=False
        )
        .select_related("idea")
        .order_by("-decided_at", "-pk")[:limit]
    )
    for interest in joined:
        yield TimelineEntry(
            when=interest.decided_at,
            kind="idea",
            title=_("Joined the project idea “%(title)s”") % {"title": interest.idea.title},
            url=reverse("projects:idea_detail", args=[interest.idea_id]),
        )
