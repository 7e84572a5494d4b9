"""Indicators on project ideas and expressions of interest (A and C), on known data."""

import datetime

import pytest
from django.utils import timezone

from evaluation.indicators import compute
from evaluation.indicators.a_relevance import projects_per_priority
from evaluation.indicators.activity import active_in_ideas
from evaluation.period import Period
from projects.models import InterestStatus, ProjectOutcome
from strategy.models import TransversalPerspective
from tests.factories import ExpressionOfInterestFactory, ProjectIdeaFactory, ProjectRecordFactory

Y2025 = Period.year(2025)


def at(year: int, month: int, day: int) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime(year, month, day, 12))


@pytest.fixture
def ideas(known_network):
    """I1 (2025, Comune Uno, climate + e-gov, inclusion), I2 (2025, Region Test, untagged), I3 (2024).

    Interest in 2025: Kommun Ny in I1 (accepted), Provincia Due in I1 (declined), Comune Uno in I2
    (pending); in 2024: Associazione Tre in I3.
    """
    n = known_network
    inclusion = TransversalPerspective.objects.get(code="inclusion-diversity")
    i1 = ProjectIdeaFactory(lead=n["comune"], created_at=at(2025, 3, 1))
    i1.priorities.set([n["climate"], n["egov"]])
    i1.perspectives.set([inclusion])
    i2 = ProjectIdeaFactory(lead=n["region"], created_at=at(2025, 6, 1))
    i3 = ProjectIdeaFactory(lead=n["region"], created_at=at(2024, 5, 1))
    i3.priorities.set([n["egov"]])
    ExpressionOfInterestFactory(
        idea=i1, organisation=n["kommun"], created_at=at(2025, 3, 10), status=InterestStatus.ACCEPTED
    )
    ExpressionOfInterestFactory(
        idea=i1, organisation=n["provincia"], created_at=at(2025, 4, 1), status=InterestStatus.DECLINED
    )
    ExpressionOfInterestFactory(idea=i2, organisation=n["comune"], created_at=at(2025, 7, 1))
    ExpressionOfInterestFactory(idea=i3, organisation=n["tre"], created_at=at(2024, 6, 1))
    return {"i1": i1, "i2": i2, "i3": i3, **n}


def test_ideas_per_priority(ideas):
    result = compute("a-ideas-per-priority", Y2025).table
    by_priority = {row[0]: row[1] for row in result.rows}
    assert (by_priority["Climate action"], by_priority["e-Government"], by_priority["No priority"]) == (
        1,
        1,
        1,
    )
    assert by_priority["Smart mobility"] == 0
    assert result.total == ("All ideas", 2)


def test_ideas_per_transversal_perspective(ideas):
    result = compute("a-ideas-per-perspective", Y2025).table
    by_perspective = {row[0]: row[1] for row in result.rows}
    assert by_perspective["Inclusion and diversity"] == 1
    assert by_perspective["No perspective"] == 1
    assert sum(by_perspective.values()) == 2
    assert result.total == ("All ideas", 2)


def test_share_of_ideas_tagged_with_a_priority(ideas):
    assert compute("a-ideas-tagged-share", Y2025).table.rows == [("All ideas", 2, 1, 0.5)]
    assert compute("a-ideas-tagged-share", Period.year(2024)).table.rows == [("All ideas", 1, 1, 1.0)]
    assert compute("a-ideas-tagged-share", Period.year(2023)).table.rows == []


def test_a_project_made_from_an_idea_counts_under_the_ideas_priorities(ideas):
    ProjectRecordFactory(
        lead=ideas["tre"],
        idea=ideas["i1"],
        submitted_on=datetime.date(2023, 5, 1),
        outcome=ProjectOutcome.APPROVED,
    )
    ProjectRecordFactory(
        lead=ideas["region"],
        idea=ideas["i2"],
        submitted_on=datetime.date(2023, 6, 1),
        outcome=ProjectOutcome.REJECTED,
    )
    by_priority = {row[0]: row[1:] for row in projects_per_priority(Period.year(2023)).rows}
    assert by_priority["Climate action"] == (2, 1, 0.5)  # idea I1's, and Region Test's (I2 is untagged)
    assert by_priority["e-Government"] == (1, 1, 1.0)
    assert "No priority" not in by_priority


def test_ideas_and_interest_per_member(ideas):
    assert compute("c-ideas-per-member", Y2025).table.rows == [
        ("Comune Uno", "Italy", 1, 1, 0),
        ("Kommun Ny", "Sweden", 0, 1, 1),
        ("Provincia Due", "Italy", 0, 1, 0),
        ("Region Test", "Sweden", 1, 0, 0),
    ]


def test_ideas_and_interest_per_country(ideas):
    table = compute("c-ideas-per-country", Y2025).table
    assert table.rows == [("Sweden", 1, 1, 1), ("Italy", 1, 2, 0)]
    assert table.total == ("All countries", 2, 3, 1)


def test_ideas_and_interest_count_as_activity(ideas):
    n = ideas
    assert active_in_ideas(Y2025) == {n["comune"].pk, n["region"].pk, n["kommun"].pk, n["provincia"].pk}
    assert active_in_ideas(Period.year(2024)) == {n["region"].pk, n["tre"].pk}
    names = [row[0] for row in compute("c-members-without-activity", Period.year(2024)).table.rows]
    assert "Associazione Tre" not in names
