"""The ORM → engine adapter: who is a candidate, who is never suggested, what is stored."""

import pytest
from django.utils import translation

from projects.models import InterestStatus, PartnerSuggestion, SuggestionDismissal
from projects.reason_sentences import ReasonRenderer
from projects.services.matching import (
    candidate_profiles,
    collaborations,
    idea_query,
    programme_code,
    recompute_suggestions,
    suggestions_for,
)
from tests.factories import ExpressionOfInterestFactory, OrganisationFactory
from tests.projects.matching_fixtures import build_network

pytestmark = pytest.mark.django_db


@pytest.fixture
def network():
    return build_network()


def suggested_ids(idea):
    return {suggestion.candidate_id for suggestion in suggestions_for(idea, k=50)}


def test_profiles_are_members_only_with_texts_priorities_programmes_and_engagement(network):
    profiles = {profile.id: profile for profile in candidate_profiles()}
    assert network.former.pk not in profiles
    assert network.outsider_org.pk not in profiles
    kalix = profiles[network.kalix.pk]
    assert "Sustainable mobility" in kalix.texts and "Mobility planner" in kalix.texts
    assert kalix.programmes == {"erasmus_plus"}
    assert kalix.projects == ("MOBEC",)
    assert kalix.nuts == "SE33"
    assert profiles[network.lead.pk].engagement == 2  # one idea led, one project
    parma = profiles[network.parma.pk]
    assert any("Mobilità" in text for text in parma.texts)
    assert parma.priorities == set(network.idea.priorities.values_list("code", flat=True))


def test_collaborations_carry_the_acronyms_of_the_shared_records(network):
    pairs = {frozenset((c.first, c.second)): c.projects for c in collaborations()}
    assert pairs[frozenset((network.lead.pk, network.kalix.pk))] == ("MOBEC",)


def test_collaborations_carry_each_shared_records_programme_as_the_ideas_code(network):
    pairs = {frozenset((c.first, c.second)): c.programmes for c in collaborations()}
    assert pairs[frozenset((network.lead.pk, network.kalix.pk))] == ("erasmus_plus",)


def test_the_adapter_excludes_the_lead_non_members_declined_and_dismissed_members(network):
    idea = network.idea
    assert suggested_ids(idea) == {network.parma.pk, network.bologna.pk, network.kalix.pk}
    query = idea_query(idea)
    assert {network.lead.pk, network.former.pk, network.outsider_org.pk} <= query.exclude_ids

    ExpressionOfInterestFactory(idea=idea, organisation=network.bologna, status=InterestStatus.DECLINED)
    SuggestionDismissal.objects.create(idea=idea, organisation=network.kalix, by=network.lead_contact)
    assert suggested_ids(idea) == {network.parma.pk}


def test_the_ideas_wishes_and_priorities_reach_the_engine(network):
    parma = next(s for s in suggestions_for(network.idea) if s.candidate_id == network.parma.pk)
    codes = {reason.code for reason in parma.reasons}
    assert {"wanted_country", "wanted_kind", "shared_priorities"} <= codes


def test_the_past_partner_of_the_lead_is_explained_with_the_project_acronym(network):
    kalix = next(s for s in suggestions_for(network.idea) if s.candidate_id == network.kalix.pk)
    reasons = {reason.code: reason.params for reason in kalix.reasons}
    assert reasons["past_partner_of_lead"] == {"projects": ["MOBEC"]}


def test_suggestions_are_deterministic(network):
    first = suggestions_for(network.idea)
    assert suggestions_for(network.idea) == first
    recompute_suggestions(network.idea)
    stored = list(PartnerSuggestion.objects.values_list("organisation", "rank", "score", "reasons"))
    assert recompute_suggestions(network.idea) is False
    assert list(PartnerSuggestion.objects.values_list("organisation", "rank", "score", "reasons")) == stored


@pytest.mark.parametrize("language", ["sv", "it", "en"])
def test_every_stored_suggestion_has_a_reason_rendered_non_empty(network, language):
    recompute_suggestions(network.idea)
    suggestions = list(PartnerSuggestion.objects.filter(idea=network.idea))
    assert suggestions
    with translation.override(language):
        renderer = ReasonRenderer()
        for suggestion in suggestions:
            fragments = renderer.render_all(suggestion.reasons)
            assert fragments and all(fragment.strip() for fragment in fragments)


def test_a_dismissed_member_does_not_come_back_after_a_recompute(network):
    recompute_suggestions(network.idea)
    assert PartnerSuggestion.objects.filter(idea=network.idea, organisation=network.parma).exists()
    SuggestionDismissal.objects.create(idea=network.idea, organisation=network.parma, by=network.lead_contact)
    recompute_suggestions(network.idea)
    assert not PartnerSuggestion.objects.filter(idea=network.idea, organisation=network.parma).exists()
    assert PartnerSuggestion.objects.filter(idea=network.idea).exists()


def test_a_closed_idea_keeps_no_suggestions(network):
    recompute_suggestions(network.idea)
    network.idea.phase = "financing"
    network.idea.save()
    assert recompute_suggestions(network.idea) is True
    assert not PartnerSuggestion.objects.filter(idea=network.idea).exists()


def test_programme_names_of_records_become_the_portals_programme_codes():
    assert programme_code("Erasmus+") == "erasmus_plus"
    assert programme_code("2014 - 2020 INTERREG V-A Italy - Austria") == "interreg"
    assert programme_code("LIFE") == "life"
    assert programme_code("Some regional fund") == "Some regional fund"


def test_a_new_member_without_any_activity_is_still_a_candidate(network):
    newcomer = OrganisationFactory(name="Newcomer", slug="newcomer", country="IT")
    assert newcomer.pk in suggested_ids(network.idea)


def test_profiles_can_leave_out_the_expertise_pool_and_the_interests_for_the_replay(network):
    ExpressionOfInterestFactory(idea=network.idea, organisation=network.kalix)
    full = {profile.id: profile for profile in candidate_profiles()}[network.kalix.pk]
    without = {profile.id: profile for profile in candidate_profiles(expertise=False, interests=False)}
    kalix = without[network.kalix.pk]
    for expertise in ("Mobility planner", "Sustainable mobility"):  # job title, area
        assert expertise in full.texts and expertise not in kalix.texts
    assert "Hållbar mobilitet och cykelvägar till skolan." in kalix.texts  # its description stays
    assert kalix.engagement == full.engagement - 1
