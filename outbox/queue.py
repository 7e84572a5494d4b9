"""The one way the portal queues a task: a row written with the change, relayed after the commit.

``enqueue(task_name, *args, key=…, **kwargs)`` is called by services inside their transaction.
It writes an ``OutboxMessage`` there, so the intent to run the task is saved or rolled back with
the change itself, and registers a relay for after the commit:

- with a broker, the relay hands the task to Celery at once and marks the row sent; when the
  broker is unreachable the row stays pending (the user's change is saved, the request succeeds)
  and ``relay_outbox`` or the workers' relay thread (``outbox.apps``) sends it when it is back;
- without a broker (eager Celery, the embedded default), the relay runs the task itself: inside
  a web request *after the response* in a background thread (``OUTBOX_RUN_AFTER_RESPONSE``, see
  ``outbox.middleware``), elsewhere (commands, the test suite) right after the commit.

Requests with the same ``key`` are merged while the row is pending and not yet claimed, so a
burst of changes queues one task (``queue_idea_recompute`` for each of ten edits → one
recompute). A keyword argument whose value is ``SENT_AT`` is replaced by the time the relay
claimed the row, which is after the commit of every request merged into it.

Tasks import services, services call ``enqueue`` with the task's *name*: services never import
tasks (an import-linter contract checks it).
"""

import importlib
import importlib.util
import logging
import sys
import threading
import time
from datetime import timedelta
from functools import partial

from django.conf import settings
from django.db import connections, transaction
from django.db.models import F, Q
from django.utils import timezone

from sern_portal.celery import app as celery_app

from .models import OutboxMessage, OutboxState

logger = logging.getLogger(__name__)

# A keyword argument with this value receives the time the relay claimed the message.
SENT_AT = "__outbox_sent_at__"

_request_scope = threading.local()


def enqueue(task: str, *args, key: str = "", **kwargs) -> OutboxMessage | None:
    """Write the intent to run ``task(*args, **kwargs)``; it is relayed after the commit.

    Call it inside the transaction of the change the task is about. With ``key``, a pending
    message with the same key that no relay has claimed yet absorbs this request (returns None).
    """
    _check_name(task)
    if key:
        merged = _merge_into_pending(key)
        if merged is not None:
            transaction.on_commit(partial(_after_commit, merged))
            return None
    message = OutboxMessage.objects.create(task=task, args=list(args), kwargs=kwargs, key=key)
    transaction.on_commit(partial(_after_commit, message.pk))
    return message


def _merge_into_pending(key: str) -> int | None:
    pk = (
        OutboxMessage.objects.filter(key=key, state=OutboxState.PENDING, claimed_at__isnull=True)
        .values_list("pk", flat=True)
        .first()
    )
    # The UPDATE locks the row until this transaction ends: a relay claiming it waits for our
    # commit, so the task it sends sees this change. Claimed meanwhile → a new message.
    if pk is not None and (
        OutboxMessage.objects.filter(pk=pk, state=OutboxState.PENDING, claimed_at__isnull=True).update(
            coalesced=F("coalesced") + 1
        )
    ):
        return pk
    return None


def _check_name(name: str) -> None:
    """A misspelt name fails here, in the request that queues it, not later in a worker.

    Without importing the task's module: a first import of a heavy one (the matching engine)
    would cost the request seconds; when the module is loaded already, the task must be in it.
    """
    module, _dot, function = name.rpartition(".")
    if module in sys.modules:
        if not hasattr(sys.modules[module], function):
            raise LookupError(f"No task {name!r}")
    else:
        try:
            found = importlib.util.find_spec(module)
        except ModuleNotFoundError:  # its package is missing
            found = None
        if found is None:
            raise LookupError(f"No module {module!r} for the task {name!r}")


def task_named(name: str):
    """The Celery task called ``name``, importing its module if the worker has not yet."""
    try:
        return celery_app.tasks[name]
    except KeyError:
        importlib.import_module(name.rpartition(".")[0])
        return celery_app.tasks[name]


def _eager() -> bool:
    return bool(celery_app.conf.task_always_eager)


def _after_commit(pk: int) -> None:
    deferred = getattr(_request_scope, "deferred", None)
    if deferred is not None and _eager():
        deferred.append(pk)  # run by outbox.middleware once the response is on its way
        return
    relay(pk, propagate=True)


def _claimable(now) -> Q:
    stale = now - timedelta(seconds=settings.OUTBOX_LEASE_SECONDS)
    return Q(state=OutboxState.PENDING) & (Q(claimed_at__isnull=True) | Q(claimed_at__lt=stale))


def relay(pk: int, *, propagate: bool = False) -> bool:
    """Claim one message, hand it to Celery (run it when eager), mark it sent; True when sent.

    A conditional UPDATE claims it, so two relays never send it twice, unless the first died
    holding the claim for longer than ``OUTBOX_LEASE_SECONDS``. Broker unreachable: the claim is
    released and the row stays pending. Eager task raising: the row is marked failed (and the
    error re-raised with ``propagate`` when Celery's eager mode propagates, as in the tests).
    """
    now = timezone.now()
    claimed = OutboxMessage.objects.filter(_claimable(now), pk=pk).update(
        claimed_at=now, attempts=F("attempts") + 1
    )
    if not claimed:
        return False
    message = OutboxMessage.objects.get(pk=pk)
    sent_at = time.time()
    kwargs = {name: sent_at if value == SENT_AT else value for name, value in message.kwargs.items()}
    eager = _eager()
    try:
        task_named(message.task).apply_async(message.args, kwargs)
    except Exception as error:
        rows = OutboxMessage.objects.filter(pk=pk)
        if eager:
            logger.exception("Task %s (outbox #%s) failed.", message.task, pk)
            rows.update(state=OutboxState.FAILED, last_error=repr(error)[:2000])
            if propagate and celery_app.conf.task_eager_propagates:
                raise
        else:
            logger.warning(
                "Broker unreachable: task %s (outbox #%s) stays pending: %r", message.task, pk, error
            )
            rows.update(claimed_at=None, last_error=repr(error)[:2000])
        return False
    OutboxMessage.objects.filter(pk=pk).update(state=OutboxState.SENT, sent_at=timezone.now(), last_error="")
    return True


def relay_pending(limit: int = 500) -> int:
    """Relay every pending message whose claim is free or stale, oldest first; returns how many.

    Stops at the first broker error: the others would fail the same way.
    """
    ids = list(
        OutboxMessage.objects.filter(_claimable(timezone.now()))
        .order_by("pk")
        .values_list("pk", flat=True)[:limit]
    )
    sent = 0
    for pk in ids:
        if relay(pk):
            sent += 1
        elif OutboxMessage.objects.filter(pk=pk, state=OutboxState.PENDING, claimed_at__isnull=True).exists():
            break  # released: the broker is down
    return sent


def prune_sent(days: int = 7) -> int:
    """Delete messages sent more than ``days`` ago (kept that long to answer "did it go out?")."""
    cutoff = timezone.now() - timedelta(days=days)
    deleted, _by_model = OutboxMessage.objects.filter(state=OutboxState.SENT, sent_at__lt=cutoff).delete()
    return deleted


# --- After the response (eager mode in a web request) -----------------------------------------


def open_request_scope() -> None:
    _request_scope.deferred = []


def close_request_scope() -> list[int]:
    deferred, _request_scope.deferred = getattr(_request_scope, "deferred", None) or [], None
    return deferred


def run_deferred(ids: list[int]) -> None:
    """Run the messages of a finished request (in its background thread)."""
    for pk in ids:
        relay(pk)


def run_in_background(ids: list[int]) -> threading.Thread:
    thread = threading.Thread(target=_run_and_close, args=(ids,), name="outbox-after-response", daemon=True)
    thread.start()
    return thread


def _run_and_close(ids: list[int]) -> None:
    try:
        run_deferred(ids)
    finally:
        connections.close_all()
