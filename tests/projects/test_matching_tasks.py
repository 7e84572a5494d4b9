"""Recomputes: queued on commit when an idea or a profile changes, debounced, idempotent, and run
by a real worker on PostgreSQL + Redis."""

import threading
import time

import pytest
from django.db import connection, transaction

from members.models import Organisation
from outbox.models import OutboxMessage
from projects.models import PartnerSuggestion
from projects.services import recompute
from projects.tasks import recompute_idea_suggestions
from tests.factories import OrganisationFactory, StaffExpertFactory
from tests.projects.matching_fixtures import build_network
from tests.workers import celery_worker, require_services


@pytest.fixture
def network(db):
    """The network, as if built by an earlier transaction: the recomputes its creation queued in
    the test's transaction are dropped, so each test sees only what it queues itself."""
    network = build_network()
    connection.run_on_commit.clear()
    OutboxMessage.objects.all().delete()
    return network


def queued() -> list[str]:
    return list(OutboxMessage.objects.filter(task__contains="recompute").values_list("key", flat=True))


@pytest.mark.django_db
def test_a_profile_change_queues_one_recompute_per_transaction(network, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(), transaction.atomic():
        network.parma.description_en = "Museums and cycling lanes."
        network.parma.save()
        network.parma.priorities.clear()
        StaffExpertFactory(organisation=network.parma, job_title="Curator")
    assert queued() == [f"projects:recompute-profile:{network.parma.pk}"]


@pytest.mark.django_db
def test_a_profile_change_recomputes_the_open_ideas(network, django_capture_on_commit_callbacks):
    assert not PartnerSuggestion.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        network.bologna.description_en = "Safe cycling lanes and school routes."
        network.bologna.save()
    assert PartnerSuggestion.objects.filter(idea=network.idea, organisation=network.bologna).exists()


@pytest.mark.django_db
def test_an_idea_change_recomputes_that_idea(network, django_capture_on_commit_callbacks):
    from projects.services import save_idea

    with django_capture_on_commit_callbacks(execute=True):
        save_idea(
            network.idea,
            texts={"title": "Green school routes"},
            priorities=[],
            perspectives=[],
            by=network.lead_contact,
        )
    assert PartnerSuggestion.objects.filter(idea=network.idea).count() == 3


@pytest.mark.django_db
def test_a_recompute_is_skipped_when_a_newer_one_already_ran(network):
    requested_at = time.time()
    assert recompute_idea_suggestions(network.idea.pk, requested_at=requested_at) == 1
    PartnerSuggestion.objects.all().delete()
    # Requested before the recompute above started: that one saw the change already.
    assert recompute_idea_suggestions(network.idea.pk, requested_at=requested_at - 1) == 0
    assert not PartnerSuggestion.objects.exists()
    assert recompute_idea_suggestions(network.idea.pk, requested_at=time.time() + 1) == 1
    assert PartnerSuggestion.objects.exists()


@pytest.mark.django_db
def test_recomputing_twice_changes_nothing(network):
    assert recompute_idea_suggestions(network.idea.pk) == 1
    rows = list(PartnerSuggestion.objects.values_list("pk", "organisation", "rank", "score", "computed_at"))
    assert recompute_idea_suggestions(network.idea.pk) == 0
    assert (
        list(PartnerSuggestion.objects.values_list("pk", "organisation", "rank", "score", "computed_at"))
        == rows
    )


@pytest.mark.django_db
def test_bulk_work_is_split_into_chunks_that_build_the_index_once(network, monkeypatch):
    from projects import tasks
    from projects.services import matching

    builds = []
    real_build = matching.build_index
    monkeypatch.setattr(matching, "build_index", lambda: builds.append(1) or real_build())
    for number in range(3):
        OrganisationFactory(name=f"Extra {number}", slug=f"extra-{number}")
    ideas = [network.idea.pk]
    monkeypatch.setattr(recompute, "CHUNK_SIZE", 2)
    assert recompute.chunks([1, 2, 3, 4, 5], 2) == [[1, 2], [3, 4], [5]]
    assert tasks.recompute_ideas_chunk(ideas) == 1
    assert builds == [1]


@pytest.mark.django_db
def test_a_worker_reuses_its_index_until_a_profile_changes(network, monkeypatch, settings):
    from projects.services import matching, matching_batch

    settings.MATCHING_INDEX_MAX_AGE = 3600
    matching_batch.forget_index()
    builds = []
    real_build = matching.build_index
    monkeypatch.setattr(matching, "build_index", lambda: builds.append(1) or real_build())
    try:
        first = matching_batch.shared_index()
        assert matching_batch.shared_index() is first and builds == [1]
        matching_batch.profiles_changed()
        assert matching_batch.shared_index() is not first and builds == [1, 1]
    finally:
        matching_batch.forget_index()


@pytest.mark.django_db
def test_a_profile_change_recomputes_only_the_ideas_that_can_suggest_that_member(
    network, django_capture_on_commit_callbacks
):
    from projects.models import ExpressionOfInterest
    from projects.services import matching_batch
    from tests.factories import ProjectIdeaFactory

    answered = ProjectIdeaFactory(
        lead=network.kalix, title="Museums at night", summary="Culture and museums."
    )
    ExpressionOfInterest.objects.create(idea=answered, organisation=network.bologna, message="Count us in")
    connection.run_on_commit.clear()
    ideas = matching_batch.open_ideas_for_matching()
    touched = matching_batch.ideas_touched_by_profile(
        network.bologna.pk, ideas, matching_batch.shared_index()
    )
    # Bologna answered the museums idea: it can never be suggested there, whatever its profile says.
    assert answered.pk not in touched
    with django_capture_on_commit_callbacks(execute=True):
        network.bologna.description_en = "Safe cycling lanes and school routes."
        network.bologna.save()
    assert PartnerSuggestion.objects.filter(idea=network.idea, organisation=network.bologna).exists()
    assert not PartnerSuggestion.objects.filter(idea=answered).exists()  # not recomputed…
    assert recompute_idea_suggestions(answered.pk) == 1  # …though a recompute would give it some


def test_recomputes_go_to_the_matching_queue_and_e_mails_stay_on_the_default_queue(settings):
    from celery import current_app

    router = current_app.amqp.router
    assert (
        router.route({}, "projects.tasks.recompute_ideas_chunk")["queue"].name
        == settings.CELERY_MATCHING_QUEUE
    )
    assert router.route({}, "projects.tasks.recompute_after_profile_change")["queue"].name == (
        settings.CELERY_MATCHING_QUEUE
    )
    assert router.route({}, "projects.tasks.notify_partner_invited")["queue"].name == (
        settings.CELERY_TASK_DEFAULT_QUEUE
    )
    assert settings.CELERY_MATCHING_QUEUE != settings.CELERY_TASK_DEFAULT_QUEUE


@pytest.mark.services
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_change_of_a_profile_triggers_a_recompute_executed_by_a_real_worker():
    require_services()
    network = build_network()
    assert not PartnerSuggestion.objects.exists()
    with celery_worker():
        bologna = Organisation.objects.get(pk=network.bologna.pk)
        bologna.description_en = "Safe cycling lanes and school routes for sustainable mobility."
        bologna.save()  # autocommit: the recompute is queued on commit, to the worker's queue
        deadline = time.monotonic() + 90
        pause = threading.Event()
        while time.monotonic() < deadline:
            if PartnerSuggestion.objects.filter(idea=network.idea, organisation=network.bologna).exists():
                break
            pause.wait(0.2)
    assert PartnerSuggestion.objects.filter(idea=network.idea, organisation=network.bologna).exists()
    assert not PartnerSuggestion.objects.filter(organisation=network.former).exists()
