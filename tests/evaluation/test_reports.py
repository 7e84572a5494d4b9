"""The annual report PDF: produced by a task with progress, in the chosen language, fetched safely."""

import io
import re

import pytest
from pypdf import PdfReader

from evaluation.models import ReportRun, ReportStatus
from evaluation.services import reports
from evaluation.services.reports import build_report

CREATE = "/en/evaluation/reports/"


@pytest.fixture(autouse=True)
def private_media(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    return settings.PRIVATE_MEDIA_ROOT


def pdf_text(run: ReportRun) -> str:
    with run.file.open("rb") as handle:
        reader = PdfReader(io.BytesIO(handle.read()))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


@pytest.fixture
def request_report(client, django_capture_on_commit_callbacks):
    """Ask for a report as the user; the task queued on commit runs (eagerly) here."""

    def ask(user, language="en", **period) -> ReportRun:
        client.force_login(user)
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(CREATE, {"language": language, **(period or {"year": "2025"})})
        return response

    return ask


def check_redirect(response) -> ReportRun:
    assert response.status_code == 302
    run = ReportRun.objects.get()
    assert response["Location"] == f"/en/evaluation/reports/{run.pk}/"
    return run


def test_the_report_is_produced_and_contains_the_indicator_tables(
    request_report, board_member, known_network, private_media
):
    run = check_redirect(request_report(board_member))
    run.refresh_from_db()
    assert (run.status, run.progress, run.language) == (ReportStatus.READY, 100, "en")
    assert run.file.path.startswith(str(private_media))
    text = pdf_text(run)
    assert "SERN annual report: strategy section" in text
    assert "Projects submitted and approved per priority — 2025" in text
    assert "Climate action 3 2 67 %" in text
    assert "All projects 4 2 50 %" in text
    assert "Members with no activity in the period — 2025" in text
    assert "Associazione Tre" in text
    assert "E. Feasibility and risks of the strategy" in text


def test_the_report_is_written_in_the_chosen_language(request_report, secretariat, known_network):
    run = check_redirect(request_report(secretariat, language="it"))
    run.refresh_from_db()
    text = pdf_text(run)
    assert "Relazione annuale SERN: sezione strategia" in text
    assert "Progetti presentati e approvati per priorità — 2025" in text
    assert run.filename == "sern-annual-report-2025-it.pdf"


def test_the_status_page_updates_itself_without_a_timed_reload_until_the_report_is_done(client, board_member):
    run = ReportRun.objects.create(
        requested_by=board_member, period_start="2025-01-01", period_end="2025-12-31", language="en"
    )
    ReportRun.objects.filter(pk=run.pk).update(status=ReportStatus.RUNNING, progress=45)
    client.force_login(board_member)
    content = client.get(f"/en/evaluation/reports/{run.pk}/").content.decode()
    assert 'data-poll="2000"' in content and "js/progress.js" in content and "http-equiv" not in content
    assert '<progress id="report-progress" max="100" value="45">' in content
    assert "download/" not in content
    ReportRun.objects.filter(pk=run.pk).update(status=ReportStatus.READY, progress=100)
    content = client.get(f"/en/evaluation/reports/{run.pk}/").content.decode()
    assert "data-poll" not in content and "http-equiv" not in content
    assert f'href="/en/evaluation/reports/{run.pk}/download/"' in content


def test_only_evaluators_download_the_report(
    client, request_report, board_member, secretariat, member, known_network
):
    run = check_redirect(request_report(secretariat))
    url = f"/en/evaluation/reports/{run.pk}/download/"
    client.force_login(member)
    assert client.get(url).status_code == 403
    assert client.get(f"/en/evaluation/reports/{run.pk}/").status_code == 403
    client.logout()
    assert client.get(url).status_code == 302
    client.force_login(board_member)
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="sern-annual-report-2025-en.pdf"'
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_a_report_that_is_not_ready_cannot_be_downloaded(client, board_member):
    run = ReportRun.objects.create(
        requested_by=board_member, period_start="2025-01-01", period_end="2025-12-31", language="en"
    )
    client.force_login(board_member)
    assert client.get(f"/en/evaluation/reports/{run.pk}/download/").status_code == 404
    assert client.get("/en/evaluation/reports/999999/download/").status_code == 404


def test_a_member_cannot_request_a_report(client, member):
    client.force_login(member)
    assert client.post(CREATE, {"language": "en", "year": "2025"}).status_code == 403
    assert not ReportRun.objects.exists()


def test_a_report_request_with_a_wrong_period_is_refused(client, board_member):
    client.force_login(board_member)
    response = client.post(CREATE, {"language": "en", "start": "2025-02-01"})
    assert response.status_code == 400
    assert not ReportRun.objects.exists()


def test_the_task_is_idempotent(board_member, known_network):
    run = ReportRun.objects.create(
        requested_by=board_member, period_start="2025-01-01", period_end="2025-12-31", language="en"
    )
    build_report(run.pk)
    run.refresh_from_db()
    first_file, finished = run.file.name, run.finished_at
    build_report(run.pk)
    run.refresh_from_db()
    assert (run.file.name, run.finished_at, run.status) == (first_file, finished, ReportStatus.READY)


def test_a_failure_marks_the_run_failed_and_the_page_says_so(client, board_member, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("no fonts")

    monkeypatch.setattr(reports, "render_report_pdf", broken)
    run = ReportRun.objects.create(
        requested_by=board_member, period_start="2025-01-01", period_end="2025-12-31", language="en"
    )
    build_report(run.pk)
    run.refresh_from_db()
    assert run.status == ReportStatus.FAILED and run.finished_at is not None
    client.force_login(board_member)
    content = client.get(f"/en/evaluation/reports/{run.pk}/").content.decode()
    assert "The report could not be produced." in content
    assert "data-poll" not in content and "http-equiv" not in content


def test_progress_is_recorded_while_the_indicators_are_computed(board_member, monkeypatch):
    seen = []
    real = reports._set_progress

    def spy(run_id, attempt, percent):
        seen.append(percent)
        real(run_id, attempt, percent)

    monkeypatch.setattr(reports, "_set_progress", spy)
    run = ReportRun.objects.create(
        requested_by=board_member, period_start="2025-01-01", period_end="2025-12-31", language="en"
    )
    build_report(run.pk)
    assert seen == sorted(seen) and seen[-1] == 90 and len(seen) >= 5
