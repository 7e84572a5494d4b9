"""A report whose worker died is not lost: the redelivered task takes the stale run over, and a
failed or stalled run can be produced again from its page (issue 11, point 7)."""

import datetime

import pytest
import time_machine
from django.utils import timezone

from evaluation.models import ReportRun, ReportStatus
from evaluation.services import reports
from evaluation.services.reports import build_report

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def private_media(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    settings.SERN_REPORT_STALE_SECONDS = 120
    return settings.PRIVATE_MEDIA_ROOT


def a_run(user, **state) -> ReportRun:
    run = ReportRun.objects.create(
        requested_by=user, period_start="2025-01-01", period_end="2025-12-31", language="en"
    )
    if state:
        ReportRun.objects.filter(pk=run.pk).update(**state)
    run.refresh_from_db()
    return run


def test_a_redelivered_task_takes_over_a_run_whose_worker_died_at_80_percent(board_member, known_network):
    died = timezone.now() - datetime.timedelta(minutes=10)
    run = a_run(board_member, status=ReportStatus.RUNNING, progress=80, heartbeat_at=died, attempts=1)
    build_report(run.pk)
    run.refresh_from_db()
    assert (run.status, run.progress, run.attempts) == (ReportStatus.READY, 100, 2)
    assert run.file.read().startswith(b"%PDF")


def test_a_second_delivery_leaves_a_run_that_a_live_worker_is_producing_alone(board_member, monkeypatch):
    monkeypatch.setattr(reports, "render_report_pdf", lambda *a, **k: pytest.fail("produced twice"))
    run = a_run(
        board_member, status=ReportStatus.RUNNING, progress=40, heartbeat_at=timezone.now(), attempts=1
    )
    build_report(run.pk)
    run.refresh_from_db()
    assert (run.status, run.progress, run.attempts) == (ReportStatus.RUNNING, 40, 1)


def test_a_worker_that_lost_its_run_to_a_newer_attempt_does_not_overwrite_it(board_member, monkeypatch):
    def slow_render(period, language, progress=None):
        # While this (old) worker renders, the run is taken over by a newer attempt.
        ReportRun.objects.filter(pk=run.pk).update(attempts=5, progress=30)
        return b"%PDF old attempt"

    monkeypatch.setattr(reports, "render_report_pdf", slow_render)
    run = a_run(board_member)
    build_report(run.pk)
    run.refresh_from_db()
    assert (run.status, run.progress, run.file.name) == (ReportStatus.RUNNING, 30, "")
    assert not list((reports.settings.PRIVATE_MEDIA_ROOT / "reports").glob("*.pdf"))


def test_a_stalled_run_says_so_stops_reloading_and_can_be_produced_again(
    client, board_member, known_network, django_capture_on_commit_callbacks
):
    with time_machine.travel(timezone.now() - datetime.timedelta(minutes=30)):
        run = a_run(board_member, status=ReportStatus.RUNNING, progress=80, attempts=1)
        ReportRun.objects.filter(pk=run.pk).update(heartbeat_at=timezone.now())
    client.force_login(board_member)
    content = client.get(f"/en/evaluation/reports/{run.pk}/").content.decode()
    assert "has stopped making progress" in content
    assert "data-poll" not in content and "http-equiv" not in content
    assert "Produce the report again" in content
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/en/evaluation/reports/{run.pk}/restart/")
    assert response.status_code == 302
    run.refresh_from_db()
    assert (run.status, run.progress) == (ReportStatus.READY, 100)


def test_a_failed_run_can_be_produced_again_from_its_page(
    client, board_member, known_network, django_capture_on_commit_callbacks
):
    run = a_run(board_member, status=ReportStatus.FAILED, finished_at=timezone.now(), attempts=1)
    client.force_login(board_member)
    assert "Produce the report again" in client.get(f"/en/evaluation/reports/{run.pk}/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/en/evaluation/reports/{run.pk}/restart/")
    run.refresh_from_db()
    assert (run.status, run.attempts) == (ReportStatus.READY, 2)


def test_a_run_being_produced_is_not_restarted_by_a_second_click(client, board_member):
    run = a_run(board_member, status=ReportStatus.RUNNING, progress=40, heartbeat_at=timezone.now())
    client.force_login(board_member)
    response = client.post(f"/en/evaluation/reports/{run.pk}/restart/", follow=True)
    assert "already being produced" in response.content.decode()
    run.refresh_from_db()
    assert (run.status, run.progress) == (ReportStatus.RUNNING, 40)


def test_a_member_cannot_restart_a_report(client, member, board_member):
    run = a_run(board_member, status=ReportStatus.FAILED)
    client.force_login(member)
    assert client.post(f"/en/evaluation/reports/{run.pk}/restart/").status_code == 403
