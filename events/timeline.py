"""The events app's source of the member record's timeline: events its people attended
(registered in ``EventsConfig.ready``; one query, at most ``limit`` rows)."""

from collections.abc import Iterator

from django.utils.translation import gettext as _

from sern_portal.timeline import TimelineEntry

from .models import Registration


def attended(organisation, limit: int) -> Iterator[TimelineEntry]:
    registrations = (
        Registration.objects.filter(organisation=organisation, attended=True)
        .select_related("event", "user")
        .order_by("-event__starts_at", "-pk")[:limit]
    )
    for registration in registrations:
        yield TimelineEntry(
            when=registration.event.starts_at,
            kind="event",
            title=_("%(person)s attended “%(event)s”")
            % {"person": registration.user.name, "event": registration.event.title},
            url=registration.event.get_absolute_url(),
        )
