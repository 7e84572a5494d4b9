"""The annual report PDF: the strategy section (indicators A–E with charts and tables)."""

import logging
from datetime import timedelta

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone, translation

from evaluation.indicators import compute_all
from evaluation.models import ReportRun, ReportStatus
from evaluation.period import Period
from members.models import User
from outbox.queue import enqueue

logger = logging.getLogger(__name__)


def request_report(*, user: User, period: Period, language: str) -> ReportRun:
    """Create a queued report run and queue its production after the commit.

    Side effects, in order: save the run (status queued, progress 0); queue
    ``build_annual_report(run.pk)`` (outbox, sent after the commit).
    """
    with transaction.atomic():
        run = ReportRun.objects.create(
            requested_by=user, period_start=period.start, period_end=period.end, language=language
        )
        enqueue("evaluation.tasks.build_annual_report", run.pk)
    return run


def _set_progress(run_id: int, attempt: int, percent: int) -> None:
    """Record progress and a heartbeat, unless this attempt lost the run to a newer one."""
    ReportRun.objects.filter(pk=run_id, status=ReportStatus.RUNNING, attempts=attempt).update(
        progress=percent, heartbeat_at=timezone.now()
    )


def render_report_pdf(period: Period, language: str, progress=None) -> bytes:
    """Compute every indicator and lay them out as a PDF, in the given language."""
    from weasyprint import CSS, HTML

    with translation.override(language):
        areas = compute_all(period, progress=progress)
        html = render_to_string(
            "evaluation/report.html",
            {
                "areas": areas,
                "period": period,
                "generated_on": timezone.localdate(),
                "LANGUAGE_CODE": language,
            },
        )
    stylesheet = finders.find("css/report.css")
    return HTML(string=html).write_pdf(stylesheets=[CSS(filename=stylesheet)])


def _claim(run_id: int) -> int | None:
    """Take the run: queued, or being produced by a worker that stopped (stale heartbeat).

    A conditional UPDATE, so of two deliveries of the task only one gets it; returns the
    attempt's number, or None when the run is finished or another worker is alive on it.
    """
    now = timezone.now()
    stale = now - timedelta(seconds=settings.SERN_REPORT_STALE_SECONDS)
    takeable = Q(status=ReportStatus.QUEUED) | Q(
        Q(heartbeat_at__lt=stale) | Q(heartbeat_at__isnull=True), status=ReportStatus.RUNNING
    )
    with transaction.atomic():
        run = ReportRun.objects.select_for_update().filter(takeable, pk=run_id).first()
        if run is None:
            return None
        attempt = run.attempts + 1
        ReportRun.objects.filter(pk=run_id).update(
            status=ReportStatus.RUNNING, progress=5, heartbeat_at=now, attempts=attempt
        )
    return attempt


def build_report(run_id: int) -> None:
    """Produce the PDF of a run: queued → running (progress %) → ready, or failed.

    Idempotent and resumable: a delivery of the task finds the run ready, failed or being
    produced by a live worker and leaves it alone; a run whose worker died (no heartbeat for
    ``SERN_REPORT_STALE_SECONDS``) is taken over and produced from the start. Side effects, in
    order: claim the run (conditional update; attempt + 1), compute the indicators (progress up to
    80 %, a heartbeat at each step), render the PDF (90 %), store the file in private storage and
    mark the run ready (100 %), only if no newer attempt took the run meanwhile; on any error,
    mark it failed and log the exception.
    """
    attempt = _claim(run_id)
    if attempt is None:
        return
    run = ReportRun.objects.get(pk=run_id)
    mine = ReportRun.objects.filter(pk=run_id, status=ReportStatus.RUNNING, attempts=attempt)
    try:
        pdf = render_report_pdf(
            run.period,
            run.language,
            progress=lambda done, total: _set_progress(run_id, attempt, 5 + 75 * done // total),
        )
        _set_progress(run_id, attempt, 90)
        name = run.file.storage.save(run.file.field.generate_filename(run, run.filename), ContentFile(pdf))
        if not mine.update(file=name, status=ReportStatus.READY, progress=100, finished_at=timezone.now()):
            run.file.storage.delete(name)  # a newer attempt took the run: its file counts
        else:
            file_in_library(run, pdf)
    except Exception:
        logger.exception("The annual report run %s failed.", run_id)
        mine.update(status=ReportStatus.FAILED, finished_at=timezone.now())


def file_in_library(run: ReportRun, pdf: bytes) -> None:
    """Put a finished report in the library's "Annual reports" folder (for the Board at first).

    One document per period; each run adds a version in the run's language (the secretariat
    then decides whether to open it to the members or the public). Side effects: creates the
    document or adds a version (``library.services.filing.file_document``). A failure is logged
    and leaves the report itself ready.
    """
    from library.models import Access
    from library.services.filing import file_document

    titles = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            titles[code] = translation.gettext("Annual report %(period)s") % {"period": run.period.label}
    try:
        file_document(
            source_key=f"report:{run.period_start:%Y-%m-%d}:{run.period_end:%Y-%m-%d}",
            folder_slug="annual-reports",
            titles=titles,
            access=Access.BOARD,
            content=pdf,
            filename=f"sern-annual-report-{run.period_start:%Y%m%d}-{run.period_end:%Y%m%d}.pdf",
            language=run.language,
            uploaded_by=run.requested_by,
        )
    except Exception:
        logger.exception("The annual report run %s could not be filed in the library.", run.pk)


def restart_report(run: ReportRun) -> bool:
    """Queue a failed or stalled run again; False when it is no longer failed or stalled.

    Side effects, in order: the run back to queued (conditional update, progress 0); queue
    ``build_annual_report(run.pk)`` (outbox, sent after the commit).
    """
    if not run.can_restart:
        return False
    with transaction.atomic():
        restarted = ReportRun.objects.filter(pk=run.pk, status=run.status, attempts=run.attempts).update(
            status=ReportStatus.QUEUED, progress=0, finished_at=None, heartbeat_at=timezone.now()
        )
        if restarted:
            enqueue("evaluation.tasks.build_annual_report", run.pk)
    return bool(restarted)
