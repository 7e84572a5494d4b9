"""Queueing suggestion recomputes: debounced per transaction, skipped when a newer one ran.

- ``queue_idea_recompute(idea_id)``: one idea changed (its text, phase, a dismissal);
- ``queue_profile_recompute(organisation_id)``: a member's profile changed, which can move it
  into or out of open ideas' suggestions: only those ideas are recomputed;
- ``queue_open_ideas_recompute()``: every open idea (when the changed member is not known);
- ``start_bulk_recompute(by)``: the secretariat's button, with a ``MatchingRun`` for progress.

Each queues its task at most once per transaction (on commit). Every task is given the time it
was requested; ``recompute_idea_suggestions`` skips the work when a recompute of that idea started
after that time (its start is kept in the cache), so a burst of changes costs one computation.
"""

import time

from django.core.cache import cache
from django.db import connection, transaction

from members.models import User
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


class _OnCommit:
    """A named on-commit callback, so a second request in the same transaction finds the first."""

    def __init__(self, key: str, send) -> None:
        self.key, self.send = key, send

    def __call__(self) -> None:
        self.send()


def _once_per_transaction(key: str, send) -> None:
    pending = (func for _sids, func, *_rest in connection.run_on_commit)
    if any(isinstance(func, _OnCommit) and func.key == key for func in pending):
        return
    transaction.on_commit(_OnCommit(key, send))


def queue_idea_recompute(idea_id: int) -> None:
    def send() -> None:
        from projects.tasks import recompute_idea_suggestions

        recompute_idea_suggestions.delay(idea_id, requested_at=time.time())

    _once_per_transaction(f"idea:{idea_id}", send)


def queue_open_ideas_recompute() -> None:
    def send() -> None:
        from projects.tasks import recompute_open_ideas

        recompute_open_ideas.delay(requested_at=time.time())

    _once_per_transaction("open-ideas", send)


def queue_profile_recompute(organisation_id: int) -> None:
    """A member's profile changed: every worker's index is stale, and only the open ideas whose
    suggestions hold that member, before or after, are recomputed (``matching_batch``)."""

    def send() -> None:
        from projects.services.matching_batch import profiles_changed
        from projects.tasks import recompute_after_profile_change

        profiles_changed()
        recompute_after_profile_change.delay(organisation_id, requested_at=time.time())

    _once_per_transaction(f"profile:{organisation_id}", send)


def chunks(ids: list[int], size: int = CHUNK_SIZE) -> list[list[int]]:
    return [ids[start : start + size] for start in range(0, len(ids), size)]


def open_idea_ids() -> list[int]:
    return list(ProjectIdea.objects.open_for_interest().order_by("pk").values_list("pk", flat=True))


def start_bulk_recompute(by: User | None) -> MatchingRun:
    """Recompute every open idea in parallel chunk tasks; the returned run counts their progress.

    Side effects, in order: create the ``MatchingRun`` (total = open ideas; finished at once when
    there are none); on commit, queue one chunk task per ``CHUNK_SIZE`` ideas as a Celery group.
    """
    from django.utils import timezone

    ids = open_idea_ids()
    run = MatchingRun.objects.create(
        started_by=by, total=len(ids), finished_at=None if ids else timezone.now()
    )
    if ids:

        def send() -> None:
            from projects.tasks import dispatch_chunks

            dispatch_chunks(ids, run_id=run.pk, requested_at=time.time())

        transaction.on_commit(send)
    return run
