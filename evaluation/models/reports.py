from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from evaluation.storage import private_storage


class ReportStatus(models.TextChoices):
    QUEUED = "queued", _("Queued")
    RUNNING = "running", _("Being produced")
    READY = "ready", _("Ready")
    FAILED = "failed", _("Failed")


class ReportRun(models.Model):
    """One production of the annual report PDF, done by a Celery task that reports its progress."""

    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="report_runs",
        verbose_name=_("requested by"),
    )
    requested_at = models.DateTimeField(_("requested at"), auto_now_add=True)
    period_start = models.DateField(_("period start"))
    period_end = models.DateField(_("period end"))
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    status = models.CharField(
        _("status"), max_length=20, choices=ReportStatus.choices, default=ReportStatus.QUEUED
    )
    progress = models.PositiveSmallIntegerField(_("progress (%)"), default=0)
    file = models.FileField(_("file"), upload_to="reports/", storage=private_storage, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    # The task producing the run touches this at every step: a run "being produced" whose
    # heartbeat is older than SERN_REPORT_STALE_SECONDS lost its worker and may be taken over.
    heartbeat_at = models.DateTimeField(_("last sign of progress"), null=True, blank=True)
    # Counts the claims; a claim's number fences its writes, so a worker that lost its run
    # (taken over as stale) cannot overwrite the newer attempt's progress or result.
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)

    class Meta:
        ordering = ["-requested_at", "-pk"]
        verbose_name = _("annual report run")
        verbose_name_plural = _("annual report runs")

    def __str__(self) -> str:
        return f"{self.period_start:%Y-%m-%d}–{self.period_end:%Y-%m-%d} ({self.language})"

    @property
    def period(self):
        from evaluation.period import Period

        return Period(self.period_start, self.period_end)

    @property
    def is_finished(self) -> bool:
        return self.status in {ReportStatus.READY, ReportStatus.FAILED}

    @property
    def is_stalled(self) -> bool:
        """Queued or being produced, but with no sign of progress for too long (its worker died)."""
        from datetime import timedelta

        from django.utils import timezone

        if self.is_finished:
            return False
        last_sign = self.heartbeat_at or self.requested_at
        return timezone.now() - last_sign > timedelta(seconds=settings.SERN_REPORT_STALE_SECONDS)

    @property
    def can_restart(self) -> bool:
        return self.status == ReportStatus.FAILED or self.is_stalled

    @property
    def filename(self) -> str:
        period = self.period
        span = (
            str(period.start.year)
            if period.is_calendar_year
            else f"{period.start:%Y-%m-%d}_{period.end:%Y-%m-%d}"
        )
        return f"sern-annual-report-{span}-{self.language}.pdf"
