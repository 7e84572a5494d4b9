"""The audit trail of what the other append-only records do not hold: roles, second factors,
erasures. The secretariat's audit page shows it together with application and idea histories."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sern_portal.append_only import AppendOnlyModel


class AuditAction(models.TextChoices):
    ROLE_GRANTED = "role_granted", _("Role granted")
    ROLE_CHANGED = "role_changed", _("Role changed")
    ROLE_ENDED = "role_ended", _("Role ended")
    MFA_ADDED = "mfa_added", _("Second factor added")
    MFA_REMOVED = "mfa_removed", _("Second factor removed")
    MFA_RESET = "mfa_reset", _("Recovery codes regenerated")
    ERASURE = "erasure", _("Personal data erased")
    BILLING_YEAR_ISSUED = "billing_year_issued", _("Fee year invoiced")
    PAYMENT_RECORDED = "payment_recorded", _("Payment recorded")
    CREDIT_NOTE_ISSUED = "credit_note_issued", _("Credit note issued")
    EXEMPTION_GRANTED = "exemption_granted", _("Fee exemption granted")
    DOCUMENT_UPLOADED = "document_uploaded", _("Library document uploaded")
    DOCUMENT_VERSION = "document_version", _("Library document: new version")
    DOCUMENT_WITHDRAWN = "document_withdrawn", _("Library document withdrawn")
    MAILING_SENT = "mailing_sent", _("Mailing sent")
    MINUTES_APPROVED = "minutes_approved", _("Minutes approved")
    PROCEDURE_OPENED = "procedure_opened", _("Written procedure opened")
    PROCEDURE_CLOSED = "procedure_closed", _("Written procedure closed")


ROLE_ACTIONS = (AuditAction.ROLE_GRANTED, AuditAction.ROLE_CHANGED, AuditAction.ROLE_ENDED)
MFA_ACTIONS = (AuditAction.MFA_ADDED, AuditAction.MFA_REMOVED, AuditAction.MFA_RESET)
BILLING_ACTIONS = (
    AuditAction.BILLING_YEAR_ISSUED,
    AuditAction.PAYMENT_RECORDED,
    AuditAction.CREDIT_NOTE_ISSUED,
    AuditAction.EXEMPTION_GRANTED,
)
LIBRARY_ACTIONS = (
    AuditAction.DOCUMENT_UPLOADED,
    AuditAction.DOCUMENT_VERSION,
    AuditAction.DOCUMENT_WITHDRAWN,
)
BOARD_ACTIONS = (AuditAction.MINUTES_APPROVED, AuditAction.PROCEDURE_OPENED, AuditAction.PROCEDURE_CLOSED)


class AuditEntry(AppendOnlyModel):
    """Append-only: who did what to whom, when (written by members.services.audit.record_audit)."""

    created_at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("by"),
    )
    action = models.CharField(_("action"), max_length=30, choices=AuditAction.choices, db_index=True)
    # What was acted on: a model label and key, and how it read then (it may be gone later).
    target_type = models.CharField(_("target type"), max_length=100, blank=True)
    target_id = models.CharField(_("target id"), max_length=64, blank=True)
    target_label = models.CharField(_("target"), max_length=300, blank=True)
    data = models.JSONField(_("details"), default=dict, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit entries")

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.action} {self.target_label}"
