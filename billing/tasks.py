"""Billing e-mails: the invoice when issued, and the reminders (periodic, Celery beat)."""

import logging

from celery import shared_task
from django.urls import reverse
from django.utils import timezone, translation

from sern_portal.mail import send_once, send_to_user

from .models import Invoice
from .services.contacts import billing_contact
from .services.issuing import issue_member_invoice
from .services.reminders import reminders_due, send_reminder

logger = logging.getLogger(__name__)


def _link(language: str) -> str:
    with translation.override(language):
        return reverse("billing:my_invoices")


@shared_task
def send_invoice(invoice_id: int) -> int:
    """E-mail an invoice or credit note to the member's billing contact (once)."""
    invoice = Invoice.objects.select_related("organisation", "credits").get(pk=invoice_id)
    contact = billing_contact(invoice.organisation)
    if contact is None:
        return 0
    user = contact.user
    return int(
        send_once(
            f"invoice-issued:{invoice.pk}:{user.pk}",
            user,
            "billing/emails/invoice_issued",
            {"invoice": invoice, "link": _link(user.language or "en")},
        )
    )


@shared_task
def send_invoice_reminders() -> int:
    """Remind billing contacts of unpaid invoices: a week before the due day, on it, 30 days after.

    Each (invoice, step) is sent and recorded once (``send_reminder``); one the mail server did
    not take is logged and sent by the next beat. Paid, credited and exempt fees get nothing.
    """
    today = timezone.localdate()
    sent = 0
    for invoice, step in reminders_due(today):
        contact = billing_contact(invoice.organisation)
        if contact is None:
            continue
        user = contact.user
        context = {
            "invoice": invoice,
            "step": step,
            "outstanding": invoice.outstanding_eur,
            "link": _link(user.language or "en"),
        }
        try:
            if send_reminder(
                invoice,
                step,
                today,
                user.email,
                lambda user=user, context=context: send_to_user(
                    user, "billing/emails/invoice_reminder", context
                ),
            ):
                sent += 1
        except Exception:  # one unreachable address or a mail server down: the others still go
            logger.exception("Reminder %s of invoice %s not sent; the next beat retries", step, invoice)
    return sent


@shared_task
def invoice_new_member(organisation_id: int, fee_year: int) -> int:
    """The first fee invoice of a member admitted during the year (queued by the admission)."""
    return int(issue_member_invoice(organisation_id, fee_year) is not None)
