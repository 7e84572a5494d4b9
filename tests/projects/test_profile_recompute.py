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
from tests.factories import ProjectIdeaFactory, ProjectRecordFactory
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


def test_each_checked_idea_is_placed_once_in_chunks_and_only_touched_ones_ranked(network, monkeypatch):
    from projects.matching import MatchingIndex

    others = [ProjectIdeaFactory(lead=network.kalix, title=f"Unrelated idea {n}") for n in range(4)]
    PartnerSuggestion.objects.all().delete()
    monkeypatch.setattr(recompute, "CHUNK_SIZE", 2)
    ranked, placed = [], []
    real_suggest, real_standings = MatchingIndex.suggest, MatchingIndex.standings

    def standings(self, member, queries, thresholds=None, **options):
        placed.extend(queries)
        result = real_standings(self, member, queries, thresholds, **options)
        ranked.extend(key for key, standing in result.items() if standing.suggestions is not None)
        return result

    monkeypatch.setattr(MatchingIndex, "suggest", lambda *args: pytest.fail("ranked a second time"))
    monkeypatch.setattr(MatchingIndex, "standings", standings)
    network.bologna.description_en = "Safe cycling lanes and school routes."
    network.bologna.save()
    connection.run_on_commit.clear()
    checked = recompute_after_profile_change(network.bologna.pk)
    assert checked == len(placed) == len(matching_batch.ideas_a_profile_can_enter(network.bologna.pk))
    assert len(set(placed)) == len(placed)  # each idea placed once
    assert PartnerSuggestion.objects.filter(idea=network.idea, organisation=network.bologna).exists()
    # Ideas that suggest Bologna neither before nor after keep what they had (here: nothing),
    # and get no ranking (no reasons computed).
    untouched = [
        idea
        for idea in others
        if not any(
            s.candidate_id == network.bologna.pk
            for s in real_suggest(
                matching_batch.shared_index(), matching_batch.idea_queries([idea])[idea.pk], 30
            )
        )
    ]
    assert all(not PartnerSuggestion.objects.filter(idea=idea).exists() for idea in untouched)
    assert len(ranked) == checked - len(untouched)


def test_only_the_ideas_whose_shortlist_can_change_are_stored_again(network, monkeypatch, settings):
    """Enters, leaves or moves: re-stored (as a fresh index ranks it); the rest is not touched.
    The network is small: pools and shortlists of 1 (not 30 and 10) make the cut visible."""
    from projects import tasks
    from projects.services.matching import build_index, store_suggestions

    pool = 1
    settings.MATCHING_MIN_NEWCOMERS = 0
    monkeypatch.setattr(matching_batch, "SUGGESTION_POOL", pool)
    monkeypatch.setattr("projects.services.matching.SUGGESTIONS_PER_IDEA", pool)
    cycling = ProjectIdeaFactory(
        lead=network.kalix, title="Cycling lanes", summary="Safe school routes by bike."
    )
    ideas = [
        network.idea,
        cycling,
        *(
            ProjectIdeaFactory(
                lead=network.parma,
                title=f"Museums {n}",
                summary="Culture and museums, heritage and theatres.",
            )
            for n in range(3)
        ),
    ]

    # Bologna as active in the ideas' programme as the MOBEC partners: with the fitted weights
    # (activity 1.5, text 0.75) its text then puts it first for the museum ideas only.
    ProjectRecordFactory(acronym="MUSEA", lead=network.bologna, programme="Erasmus+")

    def ranked(index):
        queries = matching_batch.idea_queries(matching_batch.ideas_for_matching([idea.pk for idea in ideas]))
        return {idea_id: index.suggest(query, k=pool) for idea_id, query in queries.items()}

    def rows(idea):
        return list(
            PartnerSuggestion.objects.filter(idea=idea)
            .order_by("rank")
            .values_list("organisation_id", "score")
        )

    for idea in ideas:
        store_suggestions(idea, ranked(build_index())[idea.pk])
    before = {idea.pk: {organisation for organisation, _ in rows(idea)} for idea in ideas}
    network.bologna.description_en = "Culture, museums, heritage and theatres."
    network.bologna.save()
    connection.run_on_commit.clear()
    after = ranked(build_index())
    bologna = network.bologna.pk
    expected = {
        idea_id
        for idea_id, suggestions in after.items()
        if bologna in before[idea_id] or bologna in [s.candidate_id for s in suggestions]
    }
    assert cycling.pk not in expected and network.idea.pk not in expected
    assert {idea.pk for idea in ideas[2:]} == expected
    stored = []
    real_store = tasks.store_suggestions
    monkeypatch.setattr(
        tasks, "store_suggestions", lambda idea, s: stored.append(idea.pk) or real_store(idea, s)
    )
    recompute_after_profile_change(bologna)
    assert sorted(stored) == sorted(expected)
    for idea in ideas:
        if idea.pk in expected:  # as a full recompute with a fresh index stores it
            kept = rows(idea)
            store_suggestions(idea, after[idea.pk])
            assert kept == rows(idea)


def test_a_worker_updates_its_index_in_place_and_rebuilds_when_it_must(network, monkeypatch, settings):
    from projects.services import matching

    settings.MATCHING_INDEX_MAX_AGE = 3600
    matching_batch.forget_index()
    builds = []
    real_build = matching.build_index
    monkeypatch.setattr(matching, "build_index", lambda: builds.append(1) or real_build())
    query = matching_batch.idea_queries(matching_batch.ideas_for_matching([network.idea.pk]))[network.idea.pk]
    try:
        first = matching_batch.shared_index()
        network.bologna.description_en = "Safe cycling lanes and school routes."
        network.bologna.save()
        network.kalix.country = "FI"
        network.kalix.save()
        matching_batch.profiles_changed(network.bologna.pk)
        matching_batch.profiles_changed(network.kalix.pk)
        assert matching_batch.shared_index() is first and builds == [1]  # updated, not rebuilt
        assert first.suggest(query, k=30) == real_build().suggest(query, k=30)
        # A member who left the network: the candidates change, the index is rebuilt.
        network.kalix.member_until = timezone.localdate() - timezone.timedelta(days=1)
        network.kalix.save()
        matching_batch.profiles_changed(network.kalix.pk)
        second = matching_batch.shared_index()
        assert second is not first and builds == [1, 1]
        # A change without a member named, or one whose record expired: rebuilt too.
        matching_batch.profiles_changed()
        assert matching_batch.shared_index() is not second and builds == [1, 1, 1]
    finally:
        matching_batch.forget_index()


def test_profile_recomputes_stay_on_the_matching_queue(settings):
    from celery import current_app

    router = current_app.amqp.router
    for name in ("recompute_after_profile_change", "recompute_profile_chunk"):
        assert router.route({}, f"projects.tasks.{name}")["queue"].name == settings.CELERY_MATCHING_QUEUE
    assert (
        router.route({}, "projects.tasks.notify_partner_invited")["queue"].name
        != settings.CELERY_MATCHING_QUEUE
    )
