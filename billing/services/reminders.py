"""Payment reminders: before the due day, on it, and 30 days after; each step once per invoice."""

import datetime
from collections.abc import Callable

from django.db import IntegrityError, transaction

from ..models import UNPAID_STATES, Invoice, ReminderSent, ReminderStep
from ..selectors import annotate_states, fee_invoices

BEFORE_DUE_DAYS = 7
OVERDUE_AFTER_DAYS = 30

STEP_OFFSETS = [
    (ReminderStep.OVERDUE, OVERDUE_AFTER_DAYS),
    (ReminderStep.AT_DUE, 0),
    (ReminderStep.BEFORE_DUE, -BEFORE_DUE_DAYS),
]


def step_for(due_on: datetime.date, today: datetime.date) -> ReminderStep | None:
    """The latest step whose day has come (an invoice issued late gets no "before due" after its due day)."""
    for step, offset in STEP_OFFSETS:
        if today >= due_on + datetime.timedelta(days=offset):
            return step
    return None


def reminders_due(today: datetime.date) -> list[tuple[Invoice, ReminderStep]]:
    """Unpaid fee invoices (invoiced, partially paid, overdue) whose current step was not sent."""
    invoices = annotate_states(
        fee_invoices().filter(due_on__lte=today + datetime.timedelta(days=BEFORE_DUE_DAYS)), today
    )
    unpaid = [invoice for invoice in invoices if invoice.state in UNPAID_STATES]
    sent = set(
        ReminderSent.objects.filter(invoice__in=[i.pk for i in unpaid]).values_list("invoice_id", "step")
    )
    due = []
    for invoice in unpaid:
        step = step_for(invoice.due_on, today)
        if step is not None and (invoice.pk, step) not in sent:
            due.append((invoice, step))
    return due


def send_reminder(
    invoice: Invoice, step: ReminderStep, today: datetime.date, email: str, send: Callable[[], object]
) -> bool:
    """Send one reminder step of one invoice and record it, once; False if it was already sent.

    Side effects, in one transaction: locks the invoice row (``select_for_update``), so that a second
    beat running at the same time waits and then finds the record; calls ``send`` (the e-mail);
    writes ``ReminderSent``. If ``send`` raises (the mail server refused or was unreachable),
    nothing is recorded and the next beat sends the step again, since the step of the day is the
    latest one whose day has come: a reminder is never lost. The price: a crash after the mail
    server took the message and before the commit sends it again the next day, a rare duplicate
    preferred to a lost reminder.
    """
    with transaction.atomic():
        Invoice.objects.select_for_update().filter(pk=invoice.pk).exists()
        if ReminderSent.objects.filter(invoice=invoice, step=step).exists():
            return False
        send()
        try:
            with transaction.atomic():
                ReminderSent.objects.create(invoice=invoice, step=step, sent_on=today, to_email=email)
        except IntegrityError:  # SQLite has no row locks: the other run recorded it meanwhile
            return False
    return True
