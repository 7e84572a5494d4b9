"""Invoices and credit notes, their gap-free numbers, payments, exemptions and reminders."""

from decimal import Decimal

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from sern_portal.append_only import AppendOnlyModel


class Series(models.TextChoices):
    """Invoices and credit notes are numbered in two series, each gap-free per year:
    invoices ``2027-0001``, credit notes ``NC-2027-0001`` (nota di credito / kreditnota)."""

    INVOICE = "invoice", _("Invoice")
    CREDIT_NOTE = "credit_note", _("Credit note")


SERIES_PREFIX = {Series.INVOICE: "", Series.CREDIT_NOTE: "NC-"}


class NumberCounter(models.Model):
    """The last number given in a series and year. Locked (``select_for_update``) by the
    transaction that issues, so two issuers never take the same number, and a rolled-back issue
    gives its number back: numbers are never skipped and never reused."""

    series = models.CharField(max_length=20, choices=Series.choices)
    year = models.PositiveSmallIntegerField()
    last_number = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["series", "year"], name="one_counter_per_series_and_year")
        ]

    def __str__(self) -> str:
        return f"{self.series} {self.year}: {self.last_number}"


class Invoice(models.Model):
    """An issued invoice or credit note. Never deleted, never edited after issue: a credit note
    cancels an invoice fully or partly."""

    series = models.CharField(_("kind"), max_length=20, choices=Series.choices, default=Series.INVOICE)
    number = models.CharField(_("number"), max_length=20, unique=True)
    year = models.PositiveSmallIntegerField(_("year of the number"))
    sequence = models.PositiveIntegerField(_("sequence"))
    organisation = models.ForeignKey(
        "members.Organisation",
        on_delete=models.PROTECT,
        related_name="invoices",
        verbose_name=_("organisation"),
    )
    fee_year = models.PositiveSmallIntegerField(_("fee year"))
    amount_eur = models.DecimalField(_("amount (EUR)"), max_digits=10, decimal_places=2)
    issued_on = models.DateField(_("issued on"))
    due_on = models.DateField(_("due on"))
    language = models.CharField(_("language"), max_length=8)
    credits = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="credit_notes",
        verbose_name=_("credits invoice"),
    )
    reason = models.CharField(_("reason"), max_length=300, blank=True)
    # Copied when issued: an issued invoice prints what it was issued with.
    recipient_name = models.CharField(_("recipient"), max_length=250)
    recipient_address = models.TextField(_("recipient address"), blank=True)
    identifiers = models.JSONField(_("identifiers"), default=dict, blank=True)
    band_description = models.CharField(_("fee band"), max_length=200, blank=True)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-year", "series", "-sequence"]
        verbose_name = _("invoice")
        verbose_name_plural = _("invoices")
        constraints = [
            models.UniqueConstraint(fields=["series", "year", "sequence"], name="one_number_per_series_year"),
            # A fee year is invoiced once per member: a second run (or a double click) issues nothing.
            models.UniqueConstraint(
                fields=["organisation", "fee_year"],
                condition=Q(series="invoice"),
                name="one_fee_invoice_per_member_and_year",
            ),
            models.CheckConstraint(condition=Q(amount_eur__gt=0), name="invoice_amount_positive"),
            models.CheckConstraint(
                condition=Q(series="invoice", credits__isnull=True)
                | Q(series="credit_note", credits__isnull=False),
                name="credit_note_credits_an_invoice",
            ),
        ]
        indexes = [models.Index(fields=["fee_year", "series"], name="invoice_by_fee_year")]

    def __str__(self) -> str:
        return self.number

    @property
    def is_credit_note(self) -> bool:
        return self.series == Series.CREDIT_NOTE


class Payment(AppendOnlyModel):
    """Money received for an invoice (a transfer may pay it in parts)."""

    invoice = models.ForeignKey(
        Invoice, on_delete=models.PROTECT, related_name="payments", verbose_name=_("invoice")
    )
    paid_on = models.DateField(_("paid on"))
    amount_eur = models.DecimalField(_("amount (EUR)"), max_digits=10, decimal_places=2)
    reference = models.CharField(_("payment reference"), max_length=100, unique=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["paid_on", "pk"]
        verbose_name = _("payment")
        verbose_name_plural = _("payments")
        constraints = [models.CheckConstraint(condition=Q(amount_eur__gt=0), name="payment_amount_positive")]

    def __str__(self) -> str:
        return f"{self.invoice} {self.amount_eur} {self.paid_on}"


class Exemption(AppendOnlyModel):
    """A member that owes no fee for a year, and why (a Board decision, a new member's first year…)."""

    organisation = models.ForeignKey(
        "members.Organisation",
        on_delete=models.PROTECT,
        related_name="fee_exemptions",
        verbose_name=_("organisation"),
    )
    fee_year = models.PositiveSmallIntegerField(_("fee year"))
    reason = models.CharField(_("reason"), max_length=300)
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("fee exemption")
        verbose_name_plural = _("fee exemptions")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "fee_year"], name="one_exemption_per_member_and_year"
            )
        ]

    def __str__(self) -> str:
        return f"{self.organisation} {self.fee_year}"


class ReminderStep(models.TextChoices):
    BEFORE_DUE = "before_due", _("Before the due date")
    AT_DUE = "at_due", _("On the due date")
    OVERDUE = "overdue", _("30 days after the due date")


class ReminderSent(AppendOnlyModel):
    """One reminder step of one invoice, written before the e-mail goes: the unique constraint
    makes each step go out once even when two beats run at the same time."""

    invoice = models.ForeignKey(
        Invoice, on_delete=models.PROTECT, related_name="reminders", verbose_name=_("invoice")
    )
    step = models.CharField(_("step"), max_length=20, choices=ReminderStep.choices)
    sent_on = models.DateField(_("sent on"))
    to_email = models.EmailField(_("sent to"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["invoice", "sent_on"]
        verbose_name = _("reminder")
        verbose_name_plural = _("reminders")
        constraints = [
            models.UniqueConstraint(fields=["invoice", "step"], name="one_reminder_per_invoice_and_step")
        ]

    def __str__(self) -> str:
        return f"{self.invoice} {self.step}"


ZERO = Decimal("0.00")
