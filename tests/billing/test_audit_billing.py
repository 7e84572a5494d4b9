"""The secretariat's billing actions are in the audit trail (written by the services, not forms)."""

import datetime
from decimal import Decimal

from billing.services.issuing import issue_fee_year
from billing.services.payments import grant_exemption, issue_credit_note, record_payment
from members.models import AuditAction, AuditEntry
from tests.factories import OrganisationFactory

from .helpers import YEAR, make_invoice


def test_issuing_a_year_is_audited_once_and_a_rerun_adds_nothing(members, billing_contacts, secretariat):
    invoices = issue_fee_year(YEAR, secretariat, issued_on=datetime.date(YEAR, 2, 1), notify=False)
    issue_fee_year(YEAR, secretariat, issued_on=datetime.date(YEAR, 2, 1), notify=False)
    entry = AuditEntry.objects.get(action=AuditAction.BILLING_YEAR_ISSUED)
    assert entry.actor == secretariat
    assert entry.data["fee_year"] == YEAR and entry.data["invoices"] == len(invoices) == 3


def test_payment_credit_note_and_exemption_are_audited(members, secretariat):
    invoice = make_invoice(members["comune"])
    record_payment(invoice.pk, Decimal("100.00"), datetime.date(YEAR, 2, 10), "TRF-1", secretariat)
    note = issue_credit_note(invoice.pk, Decimal("50.00"), "Wrong band", secretariat, notify=False)
    other = OrganisationFactory(name="Comune di Fornovo")
    grant_exemption(other, YEAR, "Joined in December", secretariat)
    entries = {e.action: e for e in AuditEntry.objects.filter(actor=secretariat)}
    assert entries[AuditAction.PAYMENT_RECORDED].target_id == str(invoice.pk)
    assert entries[AuditAction.PAYMENT_RECORDED].data["reference"] == "TRF-1"
    assert entries[AuditAction.CREDIT_NOTE_ISSUED].target_id == str(note.pk)
    assert entries[AuditAction.EXEMPTION_GRANTED].target_label == str(other)
    assert entries[AuditAction.EXEMPTION_GRANTED].data["fee_year"] == YEAR
