"""Health checks for the load balancer, outside the language prefixes and without a session.

- `/healthz`: the process answers (no database, no cache): is it alive?
- `/readyz`: the database, the cache and the Celery broker answer: can it serve requests?
  503 with the name of what failed, so the balancer takes the instance out of rotation.
"""

import logging
from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache

from .permissions import permission_required

logger = logging.getLogger(__name__)
BROKER_TIMEOUT_SECONDS = 2


@never_cache
@permission_required("sern_portal.check_health")
def healthz(request: HttpRequest) -> HttpResponse:
    return HttpResponse("ok", content_type="text/plain")


def check_database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def check_cache() -> None:
    cache.set("sern:readyz", "ok", 10)
    if cache.get("sern:readyz") != "ok":
        raise RuntimeError("the cache did not return what was stored")


def check_broker() -> None:
    """Connect to the broker; without REDIS_URL tasks run in-process and there is none to check."""
    url = settings.CELERY_BROKER_URL
    if not url.startswith(("redis://", "rediss://")):
        return
    import redis

    client = redis.Redis.from_url(
        url, socket_connect_timeout=BROKER_TIMEOUT_SECONDS, socket_timeout=BROKER_TIMEOUT_SECONDS
    )
    try:
        client.ping()
    finally:
        client.close()


CHECKS: dict[str, Callable[[], None]] = {
    "database": check_database,
    "cache": check_cache,
    "broker": check_broker,
}


@never_cache
@permission_required("sern_portal.check_health")
def readyz(request: HttpRequest) -> JsonResponse:
    results: dict[str, str] = {}
    for name, check in CHECKS.items():
        try:
            check()
            results[name] = "ok"
        except Exception as error:  # any failure means "not ready", named in the answer
            logger.warning("readyz: %s unavailable: %s", name, error)
            results[name] = "unavailable"
    failed = sorted(name for name, result in results.items() if result != "ok")
    return JsonResponse(
        {"status": "unavailable" if failed else "ok", "checks": results, "failed": failed},
        status=503 if failed else 200,
    )
