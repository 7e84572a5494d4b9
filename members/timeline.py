"""The members app's sources of the member record's timeline (registered in ``apps.ready``).

Each source reads at most ``limit`` rows per query, in one or two queries whatever the history.
"""

import datetime
from collections.abc import Iterator

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from sern_portal.timeline import TimelineEntry

from .models import (
    ApplicationEvent,
    ApplicationState,
    ContactConfirmationRequest,
    ContactRoleAssignment,
    MembershipEnd,
    OrganisationNote,
)

TIMELINE_STATES = (
    ApplicationState.SUBMITTED,
    ApplicationState.APPROVED,
    ApplicationState.REJECTED,
    ApplicationState.DEFERRED,
    ApplicationState.WITHDRAWN,
)


def day_start(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def applications(organisation, limit: int) -> Iterator[TimelineEntry]:
    """The membership application: submitted and decided (one query)."""
    events = (
        ApplicationEvent.objects.filter(application__organisation=organisation, to_state__in=TIMELINE_STATES)
        .select_related("application")
        .order_by("-created_at", "-pk")[:limit]
    )
    for event in events:
        yield TimelineEntry(
            when=event.created_at,
            kind="application",
            title=_("Membership application: %(state)s") % {"state": event.get_to_state_display()},
            detail=event.comment,
            url=reverse("desk_application", args=[event.application_id]),
        )


def contact_roles(organisation, limit: int) -> Iterator[TimelineEntry]:
    """Contact roles started and ended (two queries)."""
    assignments = ContactRoleAssignment.objects.filter(contact__organisation=organisation).select_related(
        "contact__user"
    )
    for assignment in assignments.order_by("-starts_on", "-pk")[:limit]:
        yield TimelineEntry(
            when=day_start(assignment.starts_on),
            kind="role",
            title=_("%(person)s became %(role)s")
            % {"person": assignment.contact.user.name, "role": assignment.get_role_display()},
        )
    for assignment in assignments.filter(ends_on__isnull=False).order_by("-ends_on", "-pk")[:limit]:
        yield TimelineEntry(
            when=day_start(assignment.ends_on),
            kind="role",
            title=_("%(person)s is no longer %(role)s")
            % {"person": assignment.contact.user.name, "role": assignment.get_role_display()},
        )


def membership(organisation, limit: int) -> Iterator[TimelineEntry]:
    """The first day of membership (no query) and the ends recorded (one query)."""
    if organisation.member_since:
        yield TimelineEntry(
            when=day_start(organisation.member_since), kind="membership", title=_("Became a member")
        )
    for end in MembershipEnd.objects.filter(organisation=organisation).order_by("-recorded_at", "-pk")[
        :limit
    ]:
        yield TimelineEntry(
            when=end.recorded_at,
            kind="membership",
            title=_("End of membership recorded: last day %(day)s (%(reason)s)")
            % {"day": end.ends_on.isoformat(), "reason": end.get_reason_display()},
            detail=end.explanation,
        )


def notes(organisation, limit: int) -> Iterator[TimelineEntry]:
    """The secretariat's notes (one query)."""
    for note in OrganisationNote.objects.filter(organisation=organisation).select_related("author")[:limit]:
        author = note.author.name if note.author else _("a former user")
        yield TimelineEntry(
            when=note.created_at,
            kind="note",
            title=_("Note by %(person)s") % {"person": author},
            detail=note.text,
        )


def confirmations(organisation, limit: int) -> Iterator[TimelineEntry]:
    """Contacts confirmed for a year (one query)."""
    answered = (
        ContactConfirmationRequest.objects.filter(organisation=organisation, confirmed_at__isnull=False)
        .select_related("contact__user")
        .order_by("-confirmed_at", "-pk")[:limit]
    )
    for request in answered:
        yield TimelineEntry(
            when=request.confirmed_at,
            kind="confirmation",
            title=_("%(person)s confirmed the contacts for %(year)s")
            % {"person": request.contact.user.name, "year": request.year},
        )


SOURCES = {
    "members.applications": applications,
    "members.contact_roles": contact_roles,
    "members.membership": membership,
    "members.notes": notes,
    "members.confirmations": confirmations,
}
