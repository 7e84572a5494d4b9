"""Shared fixtures: the cast of people every permission test uses, and test-wide defaults."""

import importlib
import os

import pytest
from django.apps import apps as django_apps
from django.contrib.contenttypes.models import ContentType
from django.utils import translation

from sern_portal.celery import app as celery_app
from tests.factories import (
    ApplicantFactory,
    BoardMemberFactory,
    ChairFactory,
    MemberContactFactory,
    SecretariatFactory,
)
from tests.mfa import SignInClient

# Playwright's sync API keeps an event loop in the main thread; Django must still allow the
# test's own (synchronous) database access there.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(autouse=True)
def _reset_language():
    yield
    translation.activate("en")


@pytest.fixture(autouse=True)
def _strategy_vocabulary_survives_flushes(request):
    """Re-seed the strategy (idempotently) before each transactional or live-server test.

    Transactional tests flush every table when they end, which removes what the data migration
    seeded; Django's serialized rollback does not bring it back reliably once a live-server
    thread has shared the connection. The vocabulary is part of the schema's contract (every
    page shows it), so it is restored here once, for every such test, instead of in each test.
    """
    marker = request.node.get_closest_marker("django_db")
    transactional = "live_server" in request.fixturenames or bool(marker and marker.kwargs.get("transaction"))
    if not transactional:
        return
    request.getfixturevalue("transactional_db")
    # A flush also emptied django_content_type, but the manager's cache still holds the old ids:
    # saving the strategy records content-type rows (translation states) that must exist.
    ContentType.objects.clear_cache()
    seed = importlib.import_module("strategy.migrations.0002_seed_strategy").seed_strategy
    with translation.override("en"):
        seed(django_apps)


@pytest.fixture(autouse=True)
def _eager_tasks_unless_a_worker_is_asked_for(request):
    """Tasks run in-process in tests; tests marked `services` use the real broker and worker."""
    eager = "services" not in request.keywords
    previous = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = eager
    celery_app.conf.task_eager_propagates = True
    yield
    celery_app.conf.task_always_eager = previous


@pytest.fixture(autouse=True)
def _no_rate_limits(settings):
    settings.ACCOUNT_RATE_LIMITS = False


@pytest.fixture
def client():
    """Django's test client whose `force_login` signs staff in with their second factor too
    (tests/mfa.py); the tests of MFA enforcement use a plain `Client`."""
    return SignInClient()


@pytest.fixture
def admin_client(db, admin_user):
    """pytest-django's admin client, signed in as after the second factor (admins must use one)."""
    client = SignInClient()
    client.force_login(admin_user)
    return client


# The cast (healthchecks style): who is who in permission tests.
@pytest.fixture
def secretariat(db):
    return SecretariatFactory()


@pytest.fixture
def board_member(db):
    return BoardMemberFactory()


@pytest.fixture
def chair(db):
    return ChairFactory()


@pytest.fixture
def member(db):
    """A contact person of a member organisation."""
    return MemberContactFactory()


@pytest.fixture
def other_member(db):
    return MemberContactFactory()


@pytest.fixture
def applicant(db):
    return ApplicantFactory()


@pytest.fixture
def outsider(db):
    """A registered, verified user with no role at all."""
    return ApplicantFactory()


@pytest.fixture
def fresh_cache():
    """An empty cache before and after the test (for the tests that turn a cache on)."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
