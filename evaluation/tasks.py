from celery import shared_task
from django.conf import settings
from django.utils import translation

from .services.dashboard import warm
from .services.reports import build_report


@shared_task
def build_annual_report(run_id: int) -> None:
    """Produce the annual report PDF of a ReportRun (idempotent; see reports.build_report)."""
    build_report(run_id)


@shared_task
def refresh_dashboard() -> None:
    """Compute the dashboard's default period (the current year) into the cache, in every
    language, for its current version: the next reader finds it there. Side effect: cache writes."""
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            warm()
