"""A real Celery worker process for tests of the PostgreSQL + Redis setup.

The worker runs `celery -A sern_portal worker` in a subprocess, on the test database and on a
queue of its own, so it never takes work from (or leaves work to) anything else on the broker.
"""

import os
import subprocess
import sys
import uuid
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from sern_portal.celery import app as celery_app

ROOT = Path(__file__).resolve().parent.parent


def require_services() -> None:
    """Skip (or, in CI, fail) unless PostgreSQL and Redis are configured."""
    missing = [
        name
        for name, present in (
            ("DATABASE_URL (PostgreSQL)", settings.USING_POSTGRES),
            ("REDIS_URL", bool(settings.REDIS_URL)),
        )
        if not present
    ]
    if missing:
        reason = f"needs {' and '.join(missing)}"
        if os.environ.get("SERN_REQUIRE_SERVICES"):
            pytest.fail(reason)
        pytest.skip(reason)


def test_database_url() -> str:
    db = connection.settings_dict
    user = db.get("USER") or "postgres"
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    return (
        f"postgres://{user}{password}@{db.get('HOST') or '127.0.0.1'}:{db.get('PORT') or 5432}/{db['NAME']}"
    )


@contextmanager
def celery_worker(queue: str | None = None, env: dict[str, str] | None = None):
    """Start a worker on the test database and a private queue; route this test's tasks to it.

    Pass the ``queue`` of an earlier worker to restart it (its unacknowledged tasks come back),
    and ``env`` for more settings of the worker process.
    """
    queue = queue or f"test-{uuid.uuid4().hex[:12]}"
    env = (
        os.environ
        | {
            "DATABASE_URL": test_database_url(),
            "DJANGO_ENV": "test",
            "CELERY_QUEUE": queue,
            "CELERY_MATCHING_QUEUE": queue,
        }
        | (env or {})
    )
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "sern_portal",
            "worker",
            "--pool=solo",
            "--loglevel=INFO",
            "--without-gossip",
            "--without-mingle",
            "-Q",
            queue,
            "-n",
            f"{queue}@%h",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    previous_queue, previous_routes = celery_app.conf.task_default_queue, celery_app.conf.task_routes
    celery_app.conf.task_default_queue = queue
    # update(), not assignment: it tells the router (which caches the routes) to read them again.
    celery_app.conf.update(task_routes={"projects.tasks.recompute_*": {"queue": queue}})
    try:
        yield process
    finally:
        celery_app.conf.task_default_queue = previous_queue
        celery_app.conf.update(task_routes=previous_routes)
        process.terminate()
        try:
            output, _ = process.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            output, _ = process.communicate()
        print(output)  # shown by pytest when the test fails


def closed_port() -> int:
    """A local TCP port nothing listens on (bound, then released)."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _reset_broker_pools() -> None:
    # The app and kombu keep broker connections and producers in pools made from the broker URL.
    from kombu import pools

    pools.reset()
    celery_app._pool = None
    celery_app.amqp._producer_pool = None


@contextmanager
def broker_unreachable():
    """This process's broker is a closed port (Redis is down) and tasks are not run eagerly."""
    previous = celery_app.conf.broker_url, celery_app.conf.task_always_eager
    _reset_broker_pools()
    celery_app.conf.broker_url = f"redis://127.0.0.1:{closed_port()}/0"
    celery_app.conf.task_always_eager = False
    try:
        yield
    finally:
        _reset_broker_pools()
        celery_app.conf.broker_url, celery_app.conf.task_always_eager = previous
