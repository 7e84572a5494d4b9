"""Events as iCalendar files: one per event (a download on its page) and a feed of the public ones.

Times are written in the portal's zone (Europe/Rome) with its VTIMEZONE, so calendar programs show
them right in any zone; each event's UID is fixed by its primary key, so re-importing updates the
entry instead of duplicating it. Titles and texts are escaped by icalendar (a title with line
breaks, commas or "BEGIN:VEVENT" stays one property of one event).
"""

import datetime
from zoneinfo import ZoneInfo

import icalendar
from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from sern_portal.permissions import permission_required
from sern_portal.site import absolute_url, site_domain

from ..models import Event

FEED_SIZE = 200


def event_uid(event: Event) -> str:
    return f"event-{event.pk}@{site_domain()}"


def one_line(text: str) -> str:
    """A title on one line: calendar programs show SUMMARY as a single line."""
    return " ".join(str(text).split())


def calendar_of(events, name: str) -> bytes:
    zone = ZoneInfo(settings.TIME_ZONE)
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//SERN Portal//Events//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    stamp = timezone.now()
    for event in events:
        entry = icalendar.Event()
        entry.add("uid", event_uid(event))
        entry.add("dtstamp", stamp)
        entry.add("dtstart", event.starts_at.astimezone(zone))
        entry.add("dtend", event.ends_at.astimezone(zone))
        entry.add("summary", one_line(event.title))
        if event.programme:
            entry.add("description", event.programme)
        if event.place or event.online_link:
            entry.add("location", event.place or event.online_link)
        entry.add("url", absolute_url(event.get_absolute_url()))
        entry.add("last-modified", event.created_at)
        calendar.add_component(entry)
    calendar.add_missing_timezones()
    return calendar.to_ical()


def ics_response(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


def _event(request, slug):
    return get_object_or_404(Event, slug=slug)


@permission_required("events.download_ics", get_object=_event)
def event_ics(request, slug: str):
    event = _event(request, slug)
    return ics_response(
        calendar_of([event], one_line(event.title)), f"{slugify(event.slug)[:80] or 'event'}.ics"
    )


@permission_required("events.view_public_calendar")
def public_ics(request):
    """Every public event from a year ago on (anyone may subscribe: no sign-in)."""
    since = timezone.now() - datetime.timedelta(days=365)
    events = Event.objects.public().filter(ends_at__gte=since).order_by("starts_at", "pk")[:FEED_SIZE]
    return ics_response(calendar_of(events, _("SERN — public events")), "sern-public-events.ics")
