"""Events as .ics files: one per event, and the feed of public events (time zone, UID, escaping)."""

import datetime
import zoneinfo

import icalendar
import pytest
from django.urls import reverse

from tests.factories import EventFactory

pytestmark = pytest.mark.django_db

ROME = zoneinfo.ZoneInfo("Europe/Rome")
HOSTILE = 'Seminar\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Injected; "quoted", comma\\back'


def events_in(response) -> list:
    assert response["Content-Type"].startswith("text/calendar")
    return list(icalendar.Calendar.from_ical(response.content).walk("VEVENT"))


def test_an_events_file_has_its_time_zone_a_stable_uid_and_the_hostile_title_escaped(client, member):
    starts = datetime.datetime(2027, 3, 28, 10, 0, tzinfo=ROME)  # the day clocks move to summer time
    event = EventFactory(title=HOSTILE, starts_at=starts, ends_at=starts + datetime.timedelta(hours=3))
    client.force_login(member)
    url = reverse("event_ics", args=[event.slug])

    first, second = client.get(url), client.get(url)
    assert first["Content-Disposition"] == f'attachment; filename="{event.slug}.ics"'
    [entry] = events_in(first)
    assert (
        str(entry["uid"])
        == str(events_in(second)[0]["uid"])
        == f"event-{event.pk}@" + str(entry["uid"]).split("@", 1)[1]
    )
    assert str(entry["summary"]) == " ".join(HOSTILE.split())  # one line, every character kept
    assert b"\r\nBEGIN:VEVENT\r\nSUMMARY:Injected" not in first.content
    assert entry["dtstart"].params["TZID"] == "Europe/Rome"
    assert entry.decoded("dtstart") == starts and entry.decoded("dtend") == starts + datetime.timedelta(
        hours=3
    )
    assert b"BEGIN:VTIMEZONE" in first.content and b"TZID:Europe/Rome" in first.content


def test_the_event_page_offers_the_file(client, member):
    event = EventFactory()
    client.force_login(member)
    page = client.get(event.get_absolute_url()).content.decode()
    assert f'href="{reverse("event_ics", args=[event.slug])}"' in page


def test_the_public_feed_holds_only_public_events_with_the_same_uids(client, member):
    public = EventFactory(title="General Assembly", is_public=True)
    EventFactory(title="Internal training")
    [entry] = events_in(client.get(reverse("public_events_ical")))  # no sign-in
    assert str(entry["summary"]) == "General Assembly"
    client.force_login(member)
    [single] = events_in(client.get(reverse("event_ics", args=[public.slug])))
    assert str(single["uid"]) == str(entry["uid"])


def test_a_members_events_file_is_not_for_the_public(client):
    internal = EventFactory()
    public = EventFactory(is_public=True)
    assert client.get(reverse("event_ics", args=[internal.slug])).status_code == 302  # to sign in
    assert client.get(reverse("event_ics", args=[public.slug])).status_code == 200
