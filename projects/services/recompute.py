"""Queueing suggestion recomputes: debounced per transaction, skipped when a newer one ran.

- ``queue_idea_recompute(idea_id)``: one idea changed (its text, phase, a dismissal);
- ``queue_profile_recompute(organisation_id)``: a member's profile changed, which can move it
  into or out of open ideas' suggestions: only those ideas are recomputed;
- ``queue_open_ideas_recompute()``: every open idea (when the changed member is not known);
- ``start_bulk_recompute(by)``: the secretariat's button, with a ``MatchingRun`` for progress.

Each writes its task to the outbox (``outbox.queue.enqueue``) in the caller's transaction, keyed
so that requests are merged while the task waits to be sent. Every task is given the time it was
sent (after the commit); ``recompute_idea_suggestions`` skips the work when a recompute of that
idea started after that time (its start is kept in the cache), so a burst of changes costs one
computation.
"""

from django.core.cache import cache
from django.utils import timezone

from members.models import User
from outbox.queue import SENT_AT, enqueue
from projects.models import MatchingRun, ProjectIdea

CHUNK_SIZE = 25


def _marker_key(idea_id: int) -> str:
    return f"projects:matching:idea:{idea_id}:started"


def mark_recompute_started(idea_id: int, started: float) -> None:
    cache.set(_marker_key(idea_id), started, timeout=24 * 3600)


def newer_recompute_ran(idea_id: int, requested_at: float | None) -> bool:
    """A recompute of this idea started after ``requested_at`` (so it saw the change)."""
    if requested_at is None:
        return False
    started = cache.get(_marker_key(idea_id))
    return started is not None and started > requested_at


def queue_idea_recompute(idea_id: int) -> None:
    enqueue(
        "projects.tasks.recompute_idea_suggestions",
        idea_id,
        key=f"projects:recompute-idea:{idea_id}",
        requested_at=SENT_AT,
    )


def queue_open_ideas_recompute() -> None:
    enqueue("projects.tasks.recompute_open_ideas", key="projects:recompute-open-ideas", requested_at=SENT_AT)


def queue_profile_recompute(organisation_id: int) -> None:
    """A member's profile changed: every worker's index is stale, and only the open ideas whose
    suggestions hold that member, before or after, are recomputed (``matching_batch``; the task
    marks the indexes stale when it runs, after the commit)."""
    enqueue(
        "projects.tasks.recompute_after_profile_change",
        organisation_id,
        key=f"projects:recompute-profile:{organisation_id}",
        requested_at=SENT_AT,
    )


def chunks(ids: list[int], size: int = CHUNK_SIZE) -> list[list[int]]:
    return [ids[start : start + size] for start in range(0, len(ids), size)]


def open_idea_ids() -> list[int]:
    return list(ProjectIdea.objects.open_for_interest().order_by("pk").values_list("pk", flat=True))


def start_bulk_recompute(by: User | None) -> MatchingRun:
    """Recompute every open idea in parallel chunk tasks; the returned run counts their progress.

    Side effects, in order: create the ``MatchingRun`` (total = open ideas; finished at once when
    there are none); queue ``start_matching_run`` (outbox), which splits the ideas into one
    chunk task per ``CHUNK_SIZE`` ideas, as a Celery group.
    """
    ids = open_idea_ids()
    run = MatchingRun.objects.create(
        started_by=by, total=len(ids), finished_at=None if ids else timezone.now()
    )
    if ids:
        enqueue("projects.tasks.start_matching_run", run.pk, ids, requested_at=SENT_AT)
    return run
