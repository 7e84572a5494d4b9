"""The annual report PDF: the strategy section (indicators A–E with charts and tables)."""

import logging

from django.contrib.staticfiles import finders
from django.core.files.base import ContentFile
from django.db import transaction
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


def _set_progress(run_id: int, percent: int) -> None:
    ReportRun.objects.filter(pk=run_id, status=ReportStatus.RUNNING).update(progress=percent)


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


def build_report(run_id: int) -> None:
    """Produce the PDF of a run: queued → running (progress %) → ready, or failed.

    Idempotent: a run that is already running, ready or failed is left alone, so a task
    delivered twice does the work once. Side effects, in order: claim the run (conditional
    update queued → running), compute the indicators (progress up to 80 %), render the PDF
    (90 %), store the file in private storage and mark the run ready (100 %); on any error,
    mark it failed and log the exception.
    """
    claimed = ReportRun.objects.filter(pk=run_id, status=ReportStatus.QUEUED).update(
        status=ReportStatus.RUNNING, progress=5
    )
    if not claimed:
        return
    run = ReportRun.objects.get(pk=run_id)
    try:
        pdf = render_report_pdf(
            run.period,
            run.language,
            progress=lambda done, total: _set_progress(run_id, 5 + 75 * done // total),
        )
        _set_progress(run_id, 90)
        run.file.save(run.filename, ContentFile(pdf), save=False)
        run.status, run.progress, run.finished_at = ReportStatus.READY, 100, timezone.now()
        run.save(update_fields=["file", "status", "progress", "finished_at"])
    except Exception:
        logger.exception("The annual report run %s failed.", run_id)
        ReportRun.objects.filter(pk=run_id).update(status=ReportStatus.FAILED, finished_at=timezone.now())
