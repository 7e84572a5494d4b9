"""Partner matching's hit rate on the evaluation dashboard (issue 15, point 5): a scenario
counted by hand, the period's edges, a constant number of queries, who sees it, its cache."""

import datetime

import pytest
from django.core.cache import cache
from django.utils import timezone

from evaluation.hit_rate import HIT_RATE_QUERIES, hit_rate, rate
from evaluation.period import Period
from members.models import Organisation
from projects.models import (
    ExpressionOfInterest,
    InterestStatus,
    PartnerSuggestion,
    SuggestionDismissal,
    SuggestionInvitation,
)
from strategy.models import Priority
from tests.factories import OrganisationFactory, ProjectIdeaFactory

YEAR = Period.year(2025)


def moment(*args) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime(*args))


def suggest(idea, organisation, rank, at=None):
    return PartnerSuggestion.objects.create(
        idea=idea,
        organisation=organisation,
        rank=rank,
        score=1.0 / rank,
        computed_at=at or moment(2025, 5, 1),
    )


def invite(idea, organisation, at=None):
    return SuggestionInvitation.objects.create(
        idea=idea, organisation=organisation, at=at or moment(2025, 5, 2)
    )


def interest(idea, organisation, status=InterestStatus.PENDING):
    return ExpressionOfInterest.objects.create(
        idea=idea, organisation=organisation, message="Yes", status=status, created_at=moment(2025, 5, 3)
    )


@pytest.fixture
def scenario(db):
    """Two ideas, five suggestions, three invited, two interested, one joined, one dismissed.

    - idea 1 (climate action): Sverige Ett, Sverige Två, Italia Tre suggested; the two Swedish ones
      invited; Sverige Ett expressed interest and was accepted (joined); Outsider expressed interest
      without being suggested or invited (not counted);
    - idea 2 (climate action and e-government): Italia Quattro suggested, invited, interest
      pending; Italia Cinque dismissed ("Too far away", its stored suggestion deleted).
    """
    climate = Priority.objects.get(code="climate-action")
    egov = Priority.objects.get(code="e-government")
    one, two = ProjectIdeaFactory(), ProjectIdeaFactory()
    one.priorities.set([climate])
    two.priorities.set([climate, egov])
    se1 = OrganisationFactory(name="Sverige Ett", country="SE")
    se2 = OrganisationFactory(name="Sverige Två", country="SE")
    it3 = OrganisationFactory(name="Italia Tre", country="IT")
    it4 = OrganisationFactory(name="Italia Quattro", country="IT")
    it5 = OrganisationFactory(name="Italia Cinque", country="IT")
    outsider = OrganisationFactory(name="Outsider", country="DE")
    for rank, organisation in enumerate([se1, se2, it3], start=1):
        suggest(one, organisation, rank)
    suggest(two, it4, 1)
    invite(one, se1), invite(one, se2), invite(two, it4)
    interest(one, se1, InterestStatus.ACCEPTED)
    interest(two, it4)
    interest(one, outsider)
    SuggestionDismissal.objects.create(
        idea=two, organisation=it5, at=moment(2025, 6, 1), note=" Too far away "
    )
    return {"one": one, "two": two, "climate": climate, "egov": egov}


def figures(row) -> tuple:
    return (
        row.label,
        row.suggested,
        row.invited,
        row.interest,
        row.joined,
        row.dismissed,
        row.invited_rate,
        row.interest_rate,
        row.joined_rate,
    )


def test_the_scenario_counted_by_hand(scenario):
    result = hit_rate(YEAR)
    assert figures(result.total) == ("All", 5, 3, 2, 1, 1, 60, 67, 33)
    assert [figures(row) for row in result.by_country] == [
        ("Italy", 3, 1, 1, 0, 1, 33, 100, 0),
        ("Sweden", 2, 2, 1, 1, 0, 100, 50, 50),
    ]
    assert [figures(row) for row in result.by_priority] == [
        ("Climate action", 5, 3, 2, 1, 1, 60, 67, 33),
        ("e-Government", 2, 1, 1, 0, 1, 50, 100, 0),
    ]
    assert result.reasons == [("too far away", 1)]


def test_rates_without_a_denominator_are_none():
    assert rate(1, 0) is None
    assert rate(2, 3) == 67


def test_the_rows_are_the_top_n(scenario):
    result = hit_rate(YEAR, top=1)
    assert [row.label for row in result.by_country] == ["Italy"]
    assert result.total.suggested == 5  # the total still counts every country


def test_the_period_edges(db):
    idea = ProjectIdeaFactory()
    first, last, before, after = (OrganisationFactory(country="SE") for _ in range(4))
    suggest(idea, first, 1, at=moment(2025, 1, 1, 0, 0))
    suggest(idea, before, 2, at=moment(2024, 12, 31, 23, 59))
    invite(idea, last, at=moment(2025, 12, 31, 23, 59))
    invite(idea, after, at=moment(2026, 1, 1, 0, 0))
    result = hit_rate(YEAR)
    # Suggested: the first stored one and the last invited one (an invitation was a suggestion).
    assert (result.total.suggested, result.total.invited) == (2, 1)
    assert hit_rate(Period.year(2024)).total.suggested == 1
    assert hit_rate(Period.year(2026)).total.invited == 1
    assert hit_rate(Period(datetime.date(2025, 1, 2), datetime.date(2025, 12, 30))).is_empty


def test_the_query_count_does_not_grow_with_the_rows(scenario, django_assert_num_queries):
    with django_assert_num_queries(HIT_RATE_QUERIES):
        hit_rate(YEAR)
    for number in range(30):
        idea = ProjectIdeaFactory()
        idea.priorities.set([scenario["egov"]])
        for rank in range(1, 4):
            organisation = OrganisationFactory(country=["SE", "IT", "DE"][rank - 1])
            suggest(idea, organisation, rank)
            invite(idea, organisation)
            interest(idea, organisation, InterestStatus.ACCEPTED if number % 2 else InterestStatus.PENDING)
    with django_assert_num_queries(HIT_RATE_QUERIES):
        result = hit_rate(YEAR)
    assert result.total.suggested == 95 and result.total.joined == 46


URL = "/en/evaluation/"


def test_the_dashboard_shows_the_hit_rate(client, board_member, scenario):
    client.force_login(board_member)
    content = client.get(URL, {"year": 2025}).content.decode()
    assert '<h2 id="hit-rate-heading">Partner matching: hit rate</h2>' in content
    assert (
        '<tr><th scope="row">Sweden</th><td class="num">2</td><td class="num">2</td><td class="num">1</td>'
        '<td class="num">1</td><td class="num">0</td><td class="num">100 %</td><td class="num">50 %</td>'
        '<td class="num">50 %</td></tr>'
    ) in content
    assert '<th scope="row">too far away</th><td class="num">1</td>' in content
    assert "No data for this period." not in content.split('<h2 id="hit-rate-heading"')[1]


def test_the_hit_rate_is_translated(client, board_member, scenario):
    client.force_login(board_member)
    content = client.get("/sv/evaluation/", {"year": 2025}).content.decode()
    assert "Partnermatchning: träffsäkerhet" in content
    assert '<th scope="row">Sverige</th>' in content
    content = client.get("/it/evaluation/", {"year": 2025}).content.decode()
    assert "Abbinamento dei partner: tasso di successo" in content
    assert '<th scope="row">Italia</th>' in content


def test_the_csv(client, board_member, scenario):
    client.force_login(board_member)
    response = client.get("/en/evaluation/hit-rate.csv", {"year": 2025})
    assert response["Content-Disposition"] == 'attachment; filename="sern-matching-hit-rate-2025.csv"'
    lines = response.content.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Group,Name,Suggested,Invited,Interest,Joined,Dismissed,")
    assert "Country,Sweden,2,2,1,1,0,100,50,50" in lines
    assert lines[-1] == "All,All,5,3,2,1,1,60,67,33"
    assert client.get("/en/evaluation/hit-rate.csv", {"year": "nonsense"}).status_code == 400


@pytest.mark.parametrize("person", ["outsider", "member", "applicant"])
def test_only_evaluators_see_the_hit_rate(client, request, person):
    client.force_login(request.getfixturevalue(person))
    assert client.get("/en/evaluation/hit-rate.csv").status_code == 403


def test_a_new_invitation_changes_the_cached_figures(client, board_member, scenario, settings):
    settings.EVALUATION_CACHE_SECONDS = 600
    cache.clear()
    client.force_login(board_member)
    assert client.get(URL, {"year": 2025}).context["hit_rate"].total.invited == 3
    assert client.get(URL, {"year": 2025}).context["hit_rate"].total.invited == 3  # from the cache
    invite(scenario["one"], PartnerSuggestion.objects.get(organisation__name="Italia Tre").organisation)
    assert client.get(URL, {"year": 2025}).context["hit_rate"].total.invited == 4
    cache.clear()


def test_an_invited_organisation_stays_suggested_after_a_recompute(scenario):
    """A recompute drops those who answered (and the dismissed): they still count as suggested."""
    PartnerSuggestion.objects.filter(organisation__name="Sverige Ett").delete()
    assert figures(hit_rate(YEAR).total) == ("All", 5, 3, 2, 1, 1, 60, 67, 33)
    # Suggested again, computed in the period: still one pair, counted once.
    suggest(scenario["one"], Organisation.objects.get(name="Sverige Ett"), 9)
    assert hit_rate(YEAR).total.suggested == 5


def test_the_dashboard_query_count_does_not_grow_with_the_suggestions(
    client, board_member, scenario, django_assert_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(board_member)
    with CaptureQueriesContext(connection) as few:
        assert client.get(URL, {"year": 2025}).status_code == 200
    for _ in range(20):
        idea = ProjectIdeaFactory()
        idea.priorities.set([scenario["climate"]])
        organisation = OrganisationFactory(country="DE")
        suggest(idea, organisation, 1)
        invite(idea, organisation)
    with django_assert_num_queries(len(few)):
        response = client.get(URL, {"year": 2025})
    assert response.context["hit_rate"].total.invited == 23


def test_the_cached_dashboard_is_drawn_once_and_drawn_again_with_the_new_figures_after_a_change(
    client, board_member, scenario, settings, monkeypatch
):
    from evaluation.views import dashboard

    settings.EVALUATION_CACHE_SECONDS = 600
    cache.clear()
    reads = []
    monkeypatch.setattr(dashboard, "hit_rate_for", lambda period: reads.append(period) or hit_rate(period))
    client.force_login(board_member)
    first = client.get(URL, {"year": 2025}).content.decode()
    second = client.get(URL, {"year": 2025}).content.decode()
    assert len(reads) == 1  # the second view read neither figures nor drew the tables
    assert second.split('class="area-nav"')[1] == first.split('class="area-nav"')[1]
    assert '<th scope="row">All</th><td class="num">5</td><td class="num">3</td>' in second
    invite(scenario["one"], PartnerSuggestion.objects.get(organisation__name="Italia Tre").organisation)
    third = client.get(URL, {"year": 2025}).content.decode()
    assert '<th scope="row">All</th><td class="num">5</td><td class="num">4</td>' in third
    cache.clear()
