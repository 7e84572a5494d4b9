"""Reminders: before the due day, on it, 30 days after; once per step, only to unpaid invoices,
in the billing contact's language."""

import datetime
from decimal import Decimal

import pytest
import time_machine
from django.core import mail

from billing.models import ReminderSent, ReminderStep
from billing.services.payments import issue_credit_note, record_payment
from billing.services.reminders import send_reminder, step_for
from billing.tasks import send_invoice_reminders

from .helpers import DUE, make_invoice


def at(day: datetime.date):
    return time_machine.travel(datetime.datetime.combine(day, datetime.time(9)), tick=False)


@pytest.mark.parametrize(
    ("today", "step"),
    [
        (DUE - datetime.timedelta(days=8), None),
        (DUE - datetime.timedelta(days=7), ReminderStep.BEFORE_DUE),
        (DUE - datetime.timedelta(days=1), ReminderStep.BEFORE_DUE),
        (DUE, ReminderStep.AT_DUE),
        (DUE + datetime.timedelta(days=29), ReminderStep.AT_DUE),
        (DUE + datetime.timedelta(days=30), ReminderStep.OVERDUE),
        (DUE + datetime.timedelta(days=300), ReminderStep.OVERDUE),
    ],
)
def test_the_step_follows_the_due_day(today, step):
    assert step_for(DUE, today) == step


@pytest.fixture
def invoices(members, billing_contacts, secretariat):
    unpaid = make_invoice(members["comune"], "1000.00")
    partial = make_invoice(members["kommun"], "500.00")
    paid = make_invoice(members["association"], "250.00")
    record_payment(partial.pk, Decimal("100.00"), datetime.date(2027, 2, 10), "P-1", secretariat)
    record_payment(paid.pk, Decimal("250.00"), datetime.date(2027, 2, 10), "P-2", secretariat)
    return {"unpaid": unpaid, "partial": partial, "paid": paid}


def test_each_step_goes_once_and_only_to_unpaid_invoices(invoices, billing_contacts):
    mail.outbox.clear()
    for day in [DUE - datetime.timedelta(days=7), DUE - datetime.timedelta(days=6)]:
        with at(day):
            send_invoice_reminders()
    assert sorted(m.to[0] for m in mail.outbox) == ["ekonomi@ale.example", "ragioneria@parma.example"]
    with at(DUE):
        assert send_invoice_reminders() == 2
        assert send_invoice_reminders() == 0
    with at(DUE + datetime.timedelta(days=30)):
        assert send_invoice_reminders() == 2
    steps = sorted(ReminderSent.objects.values_list("invoice__number", "step"))
    assert steps == sorted(
        (invoice.number, step)
        for invoice in (invoices["unpaid"], invoices["partial"])
        for step in ReminderStep
    )
    assert len(mail.outbox) == 6


def test_reminders_are_in_the_billing_contacts_language(invoices):
    mail.outbox.clear()
    with at(DUE + datetime.timedelta(days=30)):
        send_invoice_reminders()
    subjects = {m.to[0]: m.subject for m in mail.outbox}
    assert subjects["ragioneria@parma.example"].startswith("Scaduta")
    assert subjects["ekonomi@ale.example"].startswith("Förfallen")
    assert "EUR 400,00" in next(m.body for m in mail.outbox if m.to[0] == "ekonomi@ale.example")


def test_a_credited_invoice_gets_no_reminder(invoices, secretariat):
    issue_credit_note(invoices["unpaid"].pk, None, "Left the network", secretariat)
    mail.outbox.clear()
    with at(DUE):
        send_invoice_reminders()
    assert [m.to[0] for m in mail.outbox] == ["ekonomi@ale.example"]


def test_a_step_already_sent_by_an_overlapping_beat_is_not_sent_again(invoices):
    sends = []
    assert send_reminder(
        invoices["unpaid"], ReminderStep.AT_DUE, DUE, "x@example.org", lambda: sends.append(1)
    )
    assert not send_reminder(
        invoices["unpaid"], ReminderStep.AT_DUE, DUE, "x@example.org", lambda: sends.append(2)
    )
    assert sends == [1]
    mail.outbox.clear()
    with at(DUE):
        send_invoice_reminders()
    assert [m.to[0] for m in mail.outbox] == ["ekonomi@ale.example"]


def test_without_a_billing_role_the_primary_contact_is_reminded(invoices, billing_contacts):
    # The kommun has no billing role: its primary contact (ekonomi@) receives it (asserted above);
    # the comune's billing role holder receives it rather than its other contacts.
    from .helpers import contact

    contact(invoices["unpaid"].organisation, "en", primary=True, email="sindaco@parma.example")
    mail.outbox.clear()
    with at(DUE):
        send_invoice_reminders()
    assert "sindaco@parma.example" not in {m.to[0] for m in mail.outbox}


def test_a_reminder_the_mail_server_did_not_take_is_sent_by_the_next_beat(invoices, monkeypatch):
    import billing.tasks

    real_send = billing.tasks.send_to_user
    down = {"ragioneria@parma.example"}

    def flaky_send(user, template, context=None):
        if user.email in down:
            raise ConnectionRefusedError("mail server unreachable")
        return real_send(user, template, context)

    monkeypatch.setattr(billing.tasks, "send_to_user", flaky_send)
    mail.outbox.clear()
    with at(DUE):
        assert send_invoice_reminders() == 1  # the other member's reminder still goes
    assert [m.to[0] for m in mail.outbox] == ["ekonomi@ale.example"]
    assert not ReminderSent.objects.filter(to_email="ragioneria@parma.example").exists()
    down.clear()
    with at(DUE + datetime.timedelta(days=1)):
        assert send_invoice_reminders() == 1
    assert [m.to[0] for m in mail.outbox] == ["ekonomi@ale.example", "ragioneria@parma.example"]
    assert (
        ReminderSent.objects.filter(to_email="ragioneria@parma.example", step=ReminderStep.AT_DUE).count()
        == 1
    )
