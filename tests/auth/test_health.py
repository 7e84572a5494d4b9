"""Health checks for the load balancer and the request id on responses and logs (issue 11)."""

import json
import logging

import pytest
from django.db import connection

from sern_portal import health
from sern_portal.observability import JsonFormatter, RequestIdFilter, current_request_id


def test_healthz_answers_ok_without_touching_the_database(client):
    # No `db` fixture: pytest-django fails the test on any database access.
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok"


def test_readyz_reports_every_check_ok(client, db):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": {"database": "ok", "cache": "ok", "broker": "ok"},
        "failed": [],
    }


def test_readyz_answers_503_naming_the_database_when_it_is_down(client, db, monkeypatch):
    def broken():
        raise ConnectionError("database is down")

    monkeypatch.setitem(health.CHECKS, "database", broken)
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["failed"] == ["database"]


def test_readyz_answers_503_when_the_broker_does_not_answer(client, db, settings):
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:1/0"  # nothing listens on port 1
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"]["broker"] == "unavailable"
    assert response.json()["failed"] == ["broker"]


@pytest.mark.parametrize("path", ["/healthz", "/readyz"])
def test_health_checks_live_outside_the_language_prefixes_and_are_never_cached(client, db, path):
    response = client.get(path)
    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"]


def test_every_response_carries_a_request_id(client, db):
    first, second = client.get("/healthz"), client.get("/healthz")
    assert first["X-Request-ID"] and first["X-Request-ID"] != second["X-Request-ID"]


def test_the_proxys_request_id_is_kept_but_a_forged_one_is_replaced(client, db):
    assert client.get("/healthz", HTTP_X_REQUEST_ID="lb-1234.abc")["X-Request-ID"] == "lb-1234.abc"
    forged = client.get("/healthz", HTTP_X_REQUEST_ID="x\nlevel=ERROR")["X-Request-ID"]
    assert "\n" not in forged and "level" not in forged


def test_log_lines_written_during_a_request_carry_its_id(client, db, caplog, monkeypatch):
    def failing():
        raise ConnectionError("cache is down")

    monkeypatch.setitem(health.CHECKS, "cache", failing)
    caplog.handler.addFilter(RequestIdFilter())
    with caplog.at_level(logging.WARNING, logger="sern_portal.health"):
        response = client.get("/readyz", HTTP_X_REQUEST_ID="req-42")
    assert response.status_code == 503
    assert [r.request_id for r in caplog.records if "cache" in r.getMessage()] == ["req-42"]


def test_production_logs_are_one_json_object_per_line():
    token = current_request_id.set("req-7")
    try:
        record = logging.LogRecord("sern", logging.INFO, __file__, 1, "saved %s", ("x",), None)
        RequestIdFilter().filter(record)
        line = JsonFormatter().format(record)
    finally:
        current_request_id.reset(token)
    assert json.loads(line) | {"time": None} == {
        "time": None,
        "level": "INFO",
        "logger": "sern",
        "request_id": "req-7",
        "message": "saved x",
    }


def test_production_settings_choose_the_json_format():
    from tests.test_settings import PRODUCTION_ENV, run_manage

    show = "from django.conf import settings; print(settings.LOGGING['handlers']['console']['formatter'])"
    assert run_manage("shell", "-c", show, **PRODUCTION_ENV).stdout.strip().endswith("json")


def test_the_database_check_really_queries(db):
    health.check_database()
    assert connection.is_usable()
