"""The consortium builder: the programme's partnership rules, the idea's gaps, who fills them;
proven partners and newcomers among the suggestions."""

import pytest

from projects.models import ExpressionOfInterest, InterestStatus, PartnershipRule
from projects.reason_sentences import ReasonRenderer
from projects.services.consortium import consortium_builder, is_proven
from projects.services.matching import recompute_suggestions
from projects.views.suggestions import suggestion_rows
from tests.projects.matching_fixtures import build_network

pytestmark = pytest.mark.django_db


def _rows(idea):
    suggestions = list(idea.suggestions.select_related("organisation").order_by("rank"))
    return suggestion_rows(suggestions, ReasonRenderer())


def test_no_rule_no_builder() -> None:
    network = build_network()
    recompute_suggestions(network.idea)
    rows = _rows(network.idea)
    assert consortium_builder(network.idea, rows) is None
    assert all(row["fills"] == [] for row in rows)


def test_gaps_and_the_suggestions_that_fill_them() -> None:
    network = build_network()
    PartnershipRule.objects.create(
        programme=network.idea.target_programme, min_partners=3, min_countries=2, required_kinds=["region"]
    )
    recompute_suggestions(network.idea)
    rows = _rows(network.idea)
    builder = consortium_builder(network.idea, rows)
    assert builder is not None and (builder.partners, builder.countries) == (1, 1)
    gaps = {gap.code: gap for gap in builder.gaps}
    assert set(gaps) == {"partners", "countries", "kind:region"}
    assert "Comune di Parma" in gaps["countries"].filled_by  # Italian: a second country
    assert "Kalix kommun" not in gaps["countries"].filled_by  # Swedish, like the lead
    assert gaps["kind:region"].filled_by == []  # every suggestion is a municipality
    parma = next(row for row in rows if row["suggestion"].organisation == network.parma)
    assert "1 more country" in parma["fills"]


def test_a_joined_partner_closes_gaps() -> None:
    network = build_network()
    PartnershipRule.objects.create(programme=network.idea.target_programme, min_partners=2, min_countries=2)
    ExpressionOfInterest.objects.create(
        idea=network.idea, organisation=network.parma, status=InterestStatus.ACCEPTED
    )
    builder = consortium_builder(network.idea, [])
    assert builder is not None and builder.gaps == []


def test_proven_partner_or_newcomer() -> None:
    assert is_proven([{"code": "past_partner_of_lead", "params": {}}])
    assert not is_proven([{"code": "similar_text", "params": {}}])
    network = build_network()
    recompute_suggestions(network.idea)
    rows = {row["suggestion"].organisation.name: row for row in _rows(network.idea)}
    assert rows["Kalix kommun"]["proven"]  # partner of the lead in MOBEC
    assert not rows["Comune di Parma"]["proven"]
