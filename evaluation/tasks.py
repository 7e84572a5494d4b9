from celery import shared_task

from .services.reports import build_report


@shared_task
def build_annual_report(run_id: int) -> None:
    """Produce the annual report PDF of a ReportRun (idempotent; see reports.build_report)."""
    build_report(run_id)
