"""A profile change recomputes only what it can change (issue 16): the ideas the member can never
be suggested for are left out in SQL, the others are ranked once each, in chunks on the matching
queue, and only those that suggest the member before or after are stored."""

import pytest
from django.db import connection
from django.utils import timezone

from outbox.models import OutboxMessage
from projects.models import ExpressionOfInterest, PartnerSuggestion
from projects.services import matching_batch, recompute
from projects.tasks import recompute_after_profile_change
from tests.factories import ProjectIdeaFactory
from tests.projects.matching_fixtures import build_network


@pytest.fixture
def network(db):
    network = build_network()
    connection.run_on_commit.clear()
    OutboxMessage.objects.all().delete()
    return network


def test_the_ideas_a_member_leads_or_answered_are_not_checked(network):
    led = ProjectIdeaFactory(lead=network.bologna, title="Our own museums")
    answered = ProjectIdeaFactory(lead=network.kalix, title="Museums at night")
    ExpressionOfInterest.objects.create(idea=answered, organisation=network.bologna, message="Count us in")
    ids = matching_batch.ideas_a_profile_can_enter(network.bologna.pk)
    assert network.idea.pk in ids
    assert led.pk not in ids and answered.pk not in ids
    # Unless they suggest it today: that stale suggestion must go.
    PartnerSuggestion.objects.create(
        idea=answered, organisation=network.bologna, score=0.5, rank=1, reasons=[], computed_at=timezone.now()
    )
    assert answered.pk in matching_batch.ideas_a_profile_can_enter(network.bologna.pk)


def test_each_checked_idea_is_ranked_once_in_chunks_and_only_touched_ones_stored(network, monkeypatch):
    from projects.matching import MatchingIndex

    others = [ProjectIdeaFactory(lead=network.kalix, title=f"Unrelated idea {n}") for n in range(4)]
    PartnerSuggestion.objects.all().delete()
    monkeypatch.setattr(recompute, "CHUNK_SIZE", 2)
    ranked = []
    real_suggest = MatchingIndex.suggest
    monkeypatch.setattr(
        MatchingIndex,
        "suggest",
        lambda self, query, k=10: ranked.append(query) or real_suggest(self, query, k),
    )
    network.bologna.description_en = "Safe cycling lanes and school routes."
    network.bologna.save()
    connection.run_on_commit.clear()
    checked = recompute_after_profile_change(network.bologna.pk)
    assert checked == len(ranked) == len(matching_batch.ideas_a_profile_can_enter(network.bologna.pk))
    assert PartnerSuggestion.objects.filter(idea=network.idea, organisation=network.bologna).exists()
    # Ideas that suggest Bologna neither before nor after keep what they had (here: nothing).
    untouched = [
        idea
        for idea in others
        if not any(
            s.candidate_id == network.bologna.pk
            for s in real_suggest(
                matching_batch.shared_index(), matching_batch.idea_queries([idea])[idea.pk], 10
            )
        )
    ]
    assert all(not PartnerSuggestion.objects.filter(idea=idea).exists() for idea in untouched)
