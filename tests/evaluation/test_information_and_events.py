"""Indicators on news, calls, the weekly digest (B) and event attendance (C), on known data."""

import datetime

import pytest
from django.utils import timezone

from evaluation.indicators import compute
from evaluation.indicators.activity import active_at_events
from evaluation.period import Period
from events.models import EventKind, Registration, RegistrationStatus
from information.models import DigestSend
from members.models import OrganisationContact
from tests.factories import EuCallFactory, EventFactory, NewsItemFactory, UserFactory

Y2025 = Period.year(2025)


def at(year: int, month: int, day: int) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime(year, month, day, 12))


@pytest.fixture
def information(known_network):
    """2025: news N1 (climate) and N2 (no priority), call C1 (climate, e-gov); 2024: news N0.

    Digests: Anna (Region Test) got N1 and C1; Bo (Region Test and Kommun Ny) got N2; Carla
    (Comune Uno) got C1; N0 went to Anna in 2024.
    """
    n = known_network
    n1 = NewsItemFactory(published_at=at(2025, 2, 1))
    n1.priorities.set([n["climate"]])
    n2 = NewsItemFactory(published_at=at(2025, 3, 1))
    c1 = EuCallFactory(published_at=at(2025, 4, 1))
    c1.priorities.set([n["climate"], n["egov"]])
    n0 = NewsItemFactory(published_at=at(2024, 6, 1))
    n0.priorities.set([n["egov"]])
    anna, bo, carla = UserFactory(), UserFactory(), UserFactory()
    OrganisationContact.objects.create(user=anna, organisation=n["region"])
    OrganisationContact.objects.create(user=bo, organisation=n["region"])
    OrganisationContact.objects.create(user=bo, organisation=n["kommun"])
    OrganisationContact.objects.create(user=carla, organisation=n["comune"])

    def digest(user, week_end, news=(), calls=()):
        sent = DigestSend.objects.create(
            user=user,
            period_start=week_end - datetime.timedelta(days=7),
            period_end=week_end,
            sent_at=week_end,
        )
        sent.news.set(news)
        sent.calls.set(calls)

    digest(anna, at(2025, 4, 7), news=[n1], calls=[c1])
    digest(bo, at(2025, 4, 7), news=[n2])
    digest(carla, at(2025, 4, 7), calls=[c1])
    digest(anna, at(2024, 6, 7), news=[n0])
    return n


def test_news_and_calls_per_priority_and_the_members_they_reached(information):
    table = compute("b-information-per-priority", Y2025).table
    by_priority = {row[0]: row[1:] for row in table.rows}
    assert by_priority["Climate action"] == (1, 1, 2)  # N1 and C1: Region Test (Anna), Comune Uno (Carla)
    assert by_priority["e-Government"] == (0, 1, 2)  # C1
    assert by_priority["No priority"] == (1, 0, 2)  # N2: Bo works for Region Test and Kommun Ny
    assert by_priority["Smart mobility"] == (0, 0, 0)
    assert table.total == ("All news and calls", 2, 1, 3)


def test_the_reach_of_the_weekly_digest(information):
    table = compute("b-digest-reach", Y2025).table
    assert table.rows == [("News", 2, 2, 2, 2), ("EU calls", 1, 1, 2, 2)]
    assert table.total == ("All news and calls", 3, 3, 3, 3)
    assert compute("b-digest-reach", Period.year(2024)).table.rows == [
        ("News", 1, 1, 1, 1),
        ("EU calls", 0, 0, 0, 0),
    ]
    assert compute("b-digest-reach", Period.year(2023)).table.rows == []


def test_news_dated_in_the_future_are_not_counted_yet(information):
    soon = timezone.now() + datetime.timedelta(hours=1)
    NewsItemFactory(published_at=soon)
    today = timezone.localtime().date()  # the real date (the known network fixes localdate)
    period = Period(today - datetime.timedelta(days=1), today + datetime.timedelta(days=1))
    assert compute("b-digest-reach", period).table.rows == []
    NewsItemFactory(published_at=timezone.now() - datetime.timedelta(minutes=1))
    assert compute("b-digest-reach", period).table.rows[0][:2] == ("News", 1)


@pytest.fixture
def events(known_network):
    """2025: General Assembly GA (Region Test present twice, Comune Uno absent), training T1 (Comune
    Uno and Kommun Ny present), seminar S1 (Comune Uno present, Associazione Tre only waiting);
    2024: training T0 (Associazione Tre present)."""
    n = known_network
    ga = EventFactory(kind=EventKind.GENERAL_ASSEMBLY, starts_at=at(2025, 5, 20))
    t1 = EventFactory(kind=EventKind.TRAINING, starts_at=at(2025, 3, 3))
    s1 = EventFactory(kind=EventKind.THEMATIC_SEMINAR, starts_at=at(2025, 10, 3))
    t0 = EventFactory(kind=EventKind.TRAINING, starts_at=at(2024, 3, 3))

    def came(event, organisation, attended=True, status=RegistrationStatus.CONFIRMED):
        Registration.objects.create(
            event=event, user=UserFactory(), organisation=organisation, status=status, attended=attended
        )

    came(ga, n["region"])
    came(ga, n["region"])
    came(ga, n["comune"], attended=False)
    came(t1, n["comune"])
    came(t1, n["kommun"])
    came(s1, n["comune"])
    came(s1, n["tre"], attended=None, status=RegistrationStatus.WAITING)
    came(t0, n["tre"])
    return n


def test_event_attendance_per_member(events):
    assert compute("c-events-per-member", Y2025).table.rows == [
        ("Comune Uno", "Italy", 0, 2),
        ("Kommun Ny", "Sweden", 0, 1),
        ("Region Test", "Sweden", 1, 0),
    ]


def test_event_attendance_per_country(events):
    table = compute("c-events-per-country", Y2025).table
    assert table.rows == [("Sweden", 2, 1, 1), ("Italy", 3, 0, 1)]
    assert table.total == ("All countries", 5, 1, 2)


def test_attending_an_event_is_activity(events):
    n = events
    assert active_at_events(Y2025) == {n["region"].pk, n["comune"].pk, n["kommun"].pk}
    assert active_at_events(Period.year(2024)) == {n["tre"].pk}
    inactive = [row[0] for row in compute("c-members-without-activity", Period.year(2024)).table.rows]
    assert "Associazione Tre" not in inactive
