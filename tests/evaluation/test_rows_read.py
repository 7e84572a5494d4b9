"""The dashboard's figures are counted by the database (issue 16): what it reads grows with the
number of members, priorities and countries, never with the number of registrations, ideas or
expressions of interest behind them."""

import datetime

import pytest
from django.db.backends.utils import CursorWrapper

from evaluation.hit_rate import hit_rate
from evaluation.indicators import compute_all
from evaluation.period import Period
from events.models import EventKind, Registration, RegistrationStatus
from strategy.models import Priority
from tests.factories import (
    EventFactory,
    ExpressionOfInterestFactory,
    OrganisationFactory,
    ProjectIdeaFactory,
    UserFactory,
)

YEAR_2025 = Period(datetime.date(2025, 1, 1), datetime.date(2025, 12, 31))
MIDSUMMER = datetime.datetime(2025, 6, 20, 12, tzinfo=datetime.UTC)


@pytest.fixture
def rows_read(monkeypatch):
    """Calls a function and returns how many result rows its queries handed to Python."""
    read = [0]

    def counting(name):
        def fetch(self, *args):
            rows = getattr(self.cursor, name)(*args)
            if name == "fetchone":
                read[0] += rows is not None
            else:
                read[0] += len(rows or ())
            return rows

        return fetch

    for name in ("fetchone", "fetchmany", "fetchall"):
        monkeypatch.setattr(CursorWrapper, name, counting(name), raising=False)

    def measure(function) -> int:
        read[0] = 0
        function()
        return read[0]

    return measure


def activity(network: dict, times: int) -> None:
    """``times`` more events attended, ideas led (with a priority) and interest expressed in 2025,
    all by the members already there."""
    climate = Priority.objects.get(code="climate-action")
    for _ in range(times):
        event = EventFactory(kind=EventKind.TRAINING, starts_at=MIDSUMMER)
        Registration.objects.create(
            event=event,
            user=UserFactory(),
            organisation=network["region"],
            status=RegistrationStatus.CONFIRMED,
            attended=True,
        )
        idea = ProjectIdeaFactory(lead=network["comune"], created_at=MIDSUMMER)
        idea.priorities.set([climate])
        ExpressionOfInterestFactory(idea=idea, organisation=network["region"], created_at=MIDSUMMER)


def test_the_dashboard_reads_as_many_rows_with_one_registration_and_idea_as_with_many(
    known_network, rows_read
):
    activity(known_network, 1)
    with_one = rows_read(lambda: (compute_all(YEAR_2025), hit_rate(YEAR_2025)))
    activity(known_network, 30)
    with_many = rows_read(lambda: (compute_all(YEAR_2025), hit_rate(YEAR_2025)))
    assert with_many == with_one


@pytest.mark.parametrize(
    "key",
    ["c-ideas-per-member", "c-ideas-per-country", "c-members-without-activity", "d-members-over-time"],
)
def test_the_member_rows_of_an_indicator_come_straight_from_the_database_without_translation_rewriting(
    db, monkeypatch, key
):
    """django-modeltranslation copies each row of ``values()`` through two dicts to fill in
    translated fields; the member rows select none, and with 10,000 members the copying cost
    about 0.3 s of the dashboard (issue 16)."""
    from modeltranslation.manager import FallbackValuesIterable

    from evaluation.indicators import compute

    idea = ProjectIdeaFactory(created_at=MIDSUMMER)
    ExpressionOfInterestFactory(idea=idea, created_at=MIDSUMMER)
    OrganisationFactory(name="Quiet member", member_since=datetime.date(2020, 1, 1))

    def refuse(self):
        raise AssertionError(f"{self.queryset.model.__name__} rows went through modeltranslation")

    monkeypatch.setattr(FallbackValuesIterable, "__iter__", refuse)

    assert compute(key, YEAR_2025).table.rows
