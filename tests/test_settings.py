"""Start-up configuration: bad values fail loudly, production mode is deploy-clean."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PRODUCTION_ENV = {
    "DJANGO_ENV": "production",
    "SECRET_KEY": "x" * 20 + "-production-like-secret-for-the-test-only-" + "y" * 20,
    "ALLOWED_HOSTS": "portal.sern.example",
    "EMAIL_HOST": "smtp.sern.example",
}


def run_manage(
    *args: str, without: tuple[str, ...] = (), timeout: int = 120, **env: str
) -> subprocess.CompletedProcess:
    """``manage.py`` in a process of its own, without the test run's mode (and ``without``)."""
    dropped = {"DJANGO_ENV", "DJANGO_DEBUG", "SECRET_KEY", "DJANGO_ALLOW_ASYNC_UNSAFE", *without}
    clean = {k: v for k, v in os.environ.items() if k not in dropped}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=clean | env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("DJANGO_DEBUG", "maybe", "DJANGO_DEBUG='maybe' is not a boolean"),
        ("DJANGO_ENV", "staging", "DJANGO_ENV='staging' is not one of"),
        ("DATABASE_URL", "mysql://db/sern", "DATABASE_URL='mysql://db/sern' has an unsupported scheme"),
        ("REDIS_URL", "localhost:6379", "REDIS_URL='localhost:6379' has an unsupported scheme"),
        ("DATABASE_CONN_MAX_AGE", "ten", "DATABASE_CONN_MAX_AGE='ten' is not an integer"),
        ("SERN_BOARD_QUORUM", "most", "SERN_BOARD_QUORUM='most' is not a quorum"),
    ],
)
def test_a_bad_environment_value_stops_start_up_naming_the_variable(variable, value, message):
    result = run_manage("check", **{variable: value})
    assert result.returncode != 0
    assert message in result.stderr


def test_production_refuses_to_start_without_a_secret_key():
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "SECRET_KEY"}
    result = run_manage("check", **env)
    assert result.returncode != 0
    assert "SECRET_KEY is required when DJANGO_ENV=production" in result.stderr


def test_production_refuses_debug():
    result = run_manage("check", DJANGO_DEBUG="1", **PRODUCTION_ENV)
    assert result.returncode != 0
    assert "DJANGO_DEBUG must be off" in result.stderr


def test_check_deploy_reports_nothing_in_production_mode():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr + result.stdout
    assert "System check identified no issues" in result.stdout


def test_debug_is_off_unless_explicitly_turned_on_in_development():
    show_debug = "from django.conf import settings; print(settings.DEBUG)"
    assert run_manage("shell", "-c", show_debug).stdout.strip().endswith("False")
    turned_on = run_manage("shell", "-c", show_debug, DJANGO_ENV="development", DJANGO_DEBUG="1")
    assert turned_on.stdout.strip().endswith("True")


def test_a_new_machine_migrates_and_takes_the_demo_data_as_make_run_does(tmp_path):
    """``make run``: the embedded default (SQLite, no Redis), development mode, where the
    dashboard's figures are cached and every change queues their refresh through the outbox. The
    strategy's data migration saved before the outbox's table existed, and ``migrate`` failed."""
    for command in (["migrate", "--noinput"], ["seed_demo"]):
        result = run_manage(
            *command,
            without=("DATABASE_URL", "REDIS_URL"),
            timeout=900,
            DJANGO_ENV="development",
            SERN_VAR_DIR=str(tmp_path),
        )
        assert result.returncode == 0, result.stderr[-3000:]
    assert "Demo data ready." in result.stdout
    assert (tmp_path / "sern.sqlite3").exists()


@pytest.mark.django_db
def test_postgresql_compiles_no_query_just_in_time():
    """JIT spent 630 ms compiling a fee year's 80 ms aggregate (issue 16)."""
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("JIT is PostgreSQL's")
    with connection.cursor() as cursor:
        cursor.execute("SHOW jit")
        assert cursor.fetchone()[0] == "off"
