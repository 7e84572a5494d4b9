"""The billing source of the member record's timeline, and the copy of the retired fee records."""

import datetime
import importlib
from decimal import Decimal

from django.apps import apps as django_apps

from billing.models import Invoice, Payment, ReminderStep, Series
from billing.services.payments import issue_credit_note, record_payment
from billing.services.reminders import send_reminder
from members.models import MembershipFee
from sern_portal import timeline

from .helpers import make_invoice


def test_invoices_payments_and_reminders_are_on_the_members_timeline(members, secretariat):
    assert "billing" in timeline.sources()
    invoice = make_invoice(members["comune"], "1000.00")
    record_payment(invoice.pk, Decimal("400.00"), datetime.date(2027, 2, 10), "T-1", secretariat)
    send_reminder(invoice, ReminderStep.AT_DUE, datetime.date(2027, 3, 3), "x@example.org", send=lambda: None)
    issue_credit_note(
        invoice.pk, Decimal("100.00"), "Band corrected", secretariat, issued_on=datetime.date(2027, 3, 5)
    )
    make_invoice(members["kommun"])  # another member's: not on this timeline
    # Other apps' sources (e.g. "Became a member") are on the same timeline: keep billing's entries.
    billing_kinds = {"invoice", "payment", "reminder"}
    entries = [(e.kind, e.title) for e in timeline.entries_for(members["comune"]) if e.kind in billing_kinds]
    assert entries == [
        ("invoice", "Credit note NC-2027-0001 issued"),
        ("reminder", "Reminder for 2027-0001 sent"),
        ("payment", "Payment for 2027-0001 recorded"),
        ("invoice", "Invoice 2027-0001 issued"),
    ]


def test_the_retired_fee_records_become_invoices_and_payments(members):
    comune_fee = MembershipFee.objects.create(
        organisation=members["comune"],
        year=2025,
        amount_eur=1000,
        due_on=datetime.date(2025, 3, 31),
        paid_on=datetime.date(2025, 3, 20),
    )
    MembershipFee.objects.create(
        organisation=members["kommun"], year=2025, amount_eur=500, due_on=datetime.date(2025, 4, 30)
    )
    copy = importlib.import_module("billing.migrations.0002_invoices_from_membership_fees").copy_fees
    copy(django_apps, None)
    copy(django_apps, None)  # a second run copies nothing twice
    invoices = Invoice.objects.filter(series=Series.INVOICE).order_by("sequence")
    assert [(i.number, i.organisation.name, i.amount_eur, i.language) for i in invoices] == [
        ("2025-0001", "Comune di Parma", Decimal(1000), "it"),
        ("2025-0002", "Ale kommun", Decimal(500), "sv"),
    ]
    assert list(Payment.objects.values_list("reference", "amount_eur")) == [
        (
            f"membership-fee-{comune_fee.pk}",
            Decimal(1000),
        )
    ]
