"""Billing e-mails: the invoice when issued, and the reminders (periodic, Celery beat)."""

from celery import shared_task
from django.urls import reverse
from django.utils import timezone, translation

from sern_portal.mail import send_once, send_to_user

from .models import Invoice
from .services.contacts import billing_contact
from .services.issuing import issue_member_invoice
from .services.reminders import claim_reminder, reminders_due


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

    Each (invoice, step) is claimed in ``ReminderSent`` before sending, so two beats running at
    once send it once. Paid, credited and exempt fees get nothing.
    """
    today = timezone.localdate()
    sent = 0
    for invoice, step in reminders_due(today):
        contact = billing_contact(invoice.organisation)
        if contact is None:
            continue
        user = contact.user
        if not claim_reminder(invoice, step, today, user.email):
            continue
        send_to_user(
            user,
            "billing/emails/invoice_reminder",
            {
                "invoice": invoice,
                "step": step,
                "outstanding": invoice.outstanding_eur,
                "link": _link(user.language or "en"),
            },
        )
        sent += 1
    return sent


@shared_task
def invoice_new_member(organisation_id: int, fee_year: int) -> int:
    """The first fee invoice of a member admitted during the year (queued by the admission)."""
    return int(issue_member_invoice(organisation_id, fee_year) is not None)
