"""Payments, credit notes and exemptions: every change to what a member owes goes through here."""

import datetime
from decimal import Decimal

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from members.models import AuditAction
from members.services.audit import record_audit
from outbox.queue import enqueue

from ..models import Exemption, Invoice, Payment, Series
from ..selectors import with_totals
from .errors import BillingRefused
from .numbering import take_number


def _locked_invoice(invoice_id: int) -> Invoice:
    """The fee invoice, locked for the transaction, with its credited and paid sums read after the lock."""
    Invoice.objects.select_for_update().get(pk=invoice_id, series=Series.INVOICE)
    return with_totals(Invoice.objects.filter(pk=invoice_id)).select_related("organisation").get()


def record_payment(invoice_id: int, amount: Decimal, paid_on: datetime.date, reference: str, user) -> Payment:
    """Record money received for an invoice.

    Checks (a refusal writes nothing): the amount is positive; the invoice is not fully credited;
    the amount is not more than what is left to pay; the reference was not used before. The
    invoice row is locked so two payments recorded at once cannot together pay too much.
    Side effects: one Payment row (append-only), a ``payment_recorded`` audit entry. The fee state
    follows from it.
    """
    reference = reference.strip()
    if amount is None or amount <= 0:
        raise BillingRefused(_("The amount must be more than zero."), "amount_eur")
    if not reference:
        raise BillingRefused(_("Give the payment's reference (bank transfer id)."), "reference")
    with transaction.atomic():
        invoice = _locked_invoice(invoice_id)
        owed = invoice.amount_eur - invoice.credited_eur
        if owed <= 0:
            raise BillingRefused(
                _("This invoice is cancelled by a credit note: no payment can be recorded on it.")
            )
        left = owed - invoice.paid_eur
        if left <= 0:
            raise BillingRefused(_("This invoice is already paid."))
        if amount > left:
            raise BillingRefused(
                _("This is more than is left to pay (EUR %(left)s): record at most that amount.")
                % {"left": left},
                "amount_eur",
            )
        if Payment.objects.filter(reference__iexact=reference).exists():
            raise BillingRefused(_("A payment with this reference is already recorded."), "reference")
        try:
            with transaction.atomic():
                payment = Payment.objects.create(
                    invoice=invoice, amount_eur=amount, paid_on=paid_on, reference=reference, recorded_by=user
                )
        except IntegrityError:  # the same reference recorded at the same moment by somebody else
            raise BillingRefused(
                _("A payment with this reference is already recorded."), "reference"
            ) from None
        record_audit(
            user,
            AuditAction.PAYMENT_RECORDED,
            invoice,
            {"amount_eur": str(amount), "paid_on": paid_on.isoformat(), "reference": reference},
        )
    return payment


def issue_credit_note(
    invoice_id: int,
    amount: Decimal | None,
    reason: str,
    user,
    issued_on: datetime.date | None = None,
    notify: bool = True,
) -> Invoice:
    """Cancel an invoice fully (``amount`` None) or partly with a credit note.

    Credit notes have their own gap-free series per year (``NC-2027-0001``). Checks: a reason is
    given; the amount is positive and not more than what is neither credited nor paid yet (money
    received is refunded outside the portal, then credited). The invoice is never changed or
    deleted. Side effects: a credit-note Invoice row, its e-mail queued to the billing contact, a
    ``credit_note_issued`` audit entry.
    """
    reason = reason.strip()
    if not reason:
        raise BillingRefused(_("Say why the invoice is credited."), "reason")
    issued_on = issued_on or timezone.localdate()
    with transaction.atomic():
        invoice = _locked_invoice(invoice_id)
        creditable = invoice.amount_eur - invoice.credited_eur - invoice.paid_eur
        if creditable <= 0:
            raise BillingRefused(_("Nothing is left to credit on this invoice."))
        if amount is None:
            amount = creditable
        if amount <= 0:
            raise BillingRefused(_("The amount must be more than zero."), "amount_eur")
        if amount > creditable:
            raise BillingRefused(
                _("At most EUR %(left)s can be credited (the rest is paid or already credited).")
                % {"left": creditable},
                "amount_eur",
            )
        sequence, number = take_number(Series.CREDIT_NOTE, issued_on.year)
        note = Invoice.objects.create(
            series=Series.CREDIT_NOTE,
            number=number,
            year=issued_on.year,
            sequence=sequence,
            organisation=invoice.organisation,
            fee_year=invoice.fee_year,
            amount_eur=amount,
            issued_on=issued_on,
            due_on=issued_on,
            language=invoice.language,
            credits=invoice,
            reason=reason,
            recipient_name=invoice.recipient_name,
            recipient_address=invoice.recipient_address,
            identifiers=invoice.identifiers,
            band_description=invoice.band_description,
            issued_by=user,
        )
        if notify:
            enqueue("billing.tasks.send_invoice", note.pk, key=f"invoice-issued:{note.pk}")
        record_audit(
            user,
            AuditAction.CREDIT_NOTE_ISSUED,
            note,
            {"credits": invoice.number, "amount_eur": str(amount), "reason": reason},
        )
    return note


def grant_exemption(organisation, fee_year: int, reason: str, user) -> Exemption:
    """Record that a member owes no fee for a year. Refused if it is already exempt or invoiced
    (an issued invoice is cancelled with a credit note instead). Side effects: the Exemption row,
    an ``exemption_granted`` audit entry."""
    reason = reason.strip()
    if not reason:
        raise BillingRefused(_("Say why the member is exempt."), "reason")
    with transaction.atomic():
        if Invoice.objects.filter(
            series=Series.INVOICE, organisation=organisation, fee_year=fee_year
        ).exists():
            raise BillingRefused(
                _("This member is already invoiced for the year: issue a credit note instead.")
            )
        try:
            with transaction.atomic():
                exemption = Exemption.objects.create(
                    organisation=organisation, fee_year=fee_year, reason=reason, granted_by=user
                )
        except IntegrityError:
            raise BillingRefused(_("This member is already exempt for the year.")) from None
        record_audit(
            user, AuditAction.EXEMPTION_GRANTED, organisation, {"fee_year": fee_year, "reason": reason}
        )
    return exemption
