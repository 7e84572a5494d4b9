"""The billing events of one organisation for the member record's timeline."""

import datetime
from collections.abc import Iterable

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from sern_portal.timeline import TimelineEntry

from .models import Invoice, Payment, ReminderSent, Series


def _at(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def billing_timeline(organisation, limit: int) -> Iterable[TimelineEntry]:
    """Invoices and credit notes issued, payments recorded, reminders sent (three queries)."""
    entries = []
    for invoice in Invoice.objects.filter(organisation=organisation).order_by("-issued_on", "-pk")[:limit]:
        title = (
            _("Credit note %(number)s issued")
            if invoice.series == Series.CREDIT_NOTE
            else _("Invoice %(number)s issued")
        ) % {"number": invoice.number}
        url = reverse("billing:invoice", args=[invoice.credits_id or invoice.pk])
        entries.append(
            TimelineEntry(_at(invoice.issued_on), "invoice", title, f"EUR {invoice.amount_eur}", url)
        )
    payments = (
        Payment.objects.filter(invoice__organisation=organisation)
        .select_related("invoice")
        .order_by("-paid_on", "-pk")
    )
    for payment in payments[:limit]:
        title = _("Payment for %(number)s recorded") % {"number": payment.invoice.number}
        url = reverse("billing:invoice", args=[payment.invoice_id])
        entries.append(
            TimelineEntry(_at(payment.paid_on), "payment", title, f"EUR {payment.amount_eur}", url)
        )
    reminders = (
        ReminderSent.objects.filter(invoice__organisation=organisation)
        .select_related("invoice")
        .order_by("-sent_on", "-pk")
    )
    for reminder in reminders[:limit]:
        title = _("Reminder for %(number)s sent") % {"number": reminder.invoice.number}
        url = reverse("billing:invoice", args=[reminder.invoice_id])
        entries.append(
            TimelineEntry(_at(reminder.sent_on), "reminder", title, reminder.get_step_display(), url)
        )
    return entries
