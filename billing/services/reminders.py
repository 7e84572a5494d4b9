"""Payment reminders: before the due day, on it, and 30 days after; each step once per invoice."""

import datetime

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


def claim_reminder(invoice: Invoice, step: ReminderStep, today: datetime.date, email: str) -> bool:
    """Write the step's record before the e-mail goes; False if another run wrote it first."""
    try:
        with transaction.atomic():
            ReminderSent.objects.create(invoice=invoice, step=step, sent_on=today, to_email=email)
    except IntegrityError:
        return False
    return True
