from django.db import models
from django.utils.translation import gettext_lazy as _


class OutboxState(models.TextChoices):
    PENDING = "pending", _("Waiting to be sent")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed")


class OutboxMessage(models.Model):
    """The intent to run one Celery task, written in the same transaction as the change behind it.

    A relay (``outbox.queue.relay``) claims the row after the commit (``claimed_at``, a lease),
    hands the task to Celery (or, without a broker, runs it) and marks it sent. A row whose
    broker was unreachable loses its claim and stays pending: ``relay_outbox`` and the workers
    send it when the broker is back. Delivery is at least once, so every task is idempotent.
    """

    task = models.CharField(_("task"), max_length=200)
    args = models.JSONField(_("positional arguments"), default=list)
    kwargs = models.JSONField(_("keyword arguments"), default=dict)
    # Requests with the same key while the row is pending and unclaimed become this one row.
    key = models.CharField(_("deduplication key"), max_length=200, blank=True, db_index=True)
    state = models.CharField(
        _("state"), max_length=10, choices=OutboxState.choices, default=OutboxState.PENDING
    )
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    coalesced = models.PositiveIntegerField(_("requests merged into this one"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    claimed_at = models.DateTimeField(_("claimed at"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("queued task")
        verbose_name_plural = _("queued tasks")
        indexes = [models.Index(fields=["state", "claimed_at"], name="outbox_pending_idx")]

    def __str__(self) -> str:
        return f"{self.task} #{self.pk} ({self.state})"
