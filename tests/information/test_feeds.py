"""The RSS/Atom feeds and the iCal feed of deadlines parse, and are public by design."""

import datetime

import feedparser
import icalendar
import pytest
from django.urls import reverse
from django.utils import timezone

from strategy.models import Priority
from tests.factories import EuCallFactory, NewsItemFactory


@pytest.fixture
def content(db):
    news = NewsItemFactory(title="Erasmus+ guide out")
    news.priorities.set([Priority.objects.get(code="quality-education")])
    NewsItemFactory(title="Not yet", published_at=timezone.now() + datetime.timedelta(days=2))
    EuCallFactory(identifier="LIFE-2027-CLIMA-CCA", title="Adaptation")
    EuCallFactory(identifier="OLD-2020", title="Old", deadline=timezone.now() - datetime.timedelta(days=2))


@pytest.mark.parametrize("name", ["news_feed_rss", "news_feed_atom"])
def test_the_news_feeds_parse_and_hold_only_published_news(client, content, name):
    feed = feedparser.parse(client.get(reverse(name)).content)
    assert not feed.bozo
    assert [entry.title for entry in feed.entries] == ["Erasmus+ guide out"]
    assert (
        feed.entries[0].link.endswith("/members-area/news/news-item-0/") or "/news/" in feed.entries[0].link
    )
    assert feed.entries[0].tags[0].term == "Quality education"


@pytest.mark.parametrize("name", ["call_feed_rss", "call_feed_atom"])
def test_the_call_feeds_parse_and_hold_only_open_calls(client, content, name):
    feed = feedparser.parse(client.get(reverse(name)).content)
    assert not feed.bozo
    assert [entry.title for entry in feed.entries] == ["LIFE-2027-CLIMA-CCA — Adaptation"]
    assert "Deadline:" in feed.entries[0].summary


def test_the_ical_feed_parses_with_one_event_per_open_deadline(client, content):
    response = client.get(reverse("call_deadlines_ical"))
    assert response["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.content)
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 1
    assert "LIFE-2027-CLIMA-CCA" in str(events[0]["summary"])
    assert events[0].decoded("dtstart").tzinfo is not None


@pytest.mark.parametrize("name", ["news_feed_rss", "call_feed_atom", "call_deadlines_ical"])
def test_the_feeds_are_public(client, content, name):
    assert client.get(reverse(name)).status_code == 200
