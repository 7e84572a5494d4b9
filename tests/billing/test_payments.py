"""Bad input on payments and credit notes: a clear, translated refusal, and nothing half-written."""

import datetime
from decimal import Decimal

import pytest
from django.utils import translation

from billing.models import Exemption, Invoice, Payment
from billing.services.errors import BillingRefused
from billing.services.payments import grant_exemption, issue_credit_note, record_payment

from .helpers import YEAR, make_invoice

PAID_ON = datetime.date(2027, 2, 20)


@pytest.fixture
def invoice(members):
    return make_invoice(members["comune"], "1000.00")


def refusal(call) -> BillingRefused:
    with pytest.raises(BillingRefused) as info:
        call()
    return info.value


def test_partial_payments_add_up_to_paid(invoice, secretariat):
    record_payment(invoice.pk, Decimal("400.00"), PAID_ON, "TRF-1", secretariat)
    record_payment(invoice.pk, Decimal("600.00"), PAID_ON, "TRF-2", secretariat)
    assert Payment.objects.filter(invoice=invoice).count() == 2


@pytest.mark.parametrize("amount", [Decimal("0"), Decimal("-10.00")])
def test_a_zero_or_negative_amount_is_refused(invoice, secretariat, amount):
    error = refusal(lambda: record_payment(invoice.pk, amount, PAID_ON, "TRF-1", secretariat))
    assert error.field == "amount_eur" and "more than zero" in error.message
    assert not Payment.objects.exists()


def test_a_duplicate_reference_is_refused(invoice, members, secretariat):
    other = make_invoice(members["kommun"])
    record_payment(invoice.pk, Decimal("100.00"), PAID_ON, "TRF-1", secretariat)
    error = refusal(lambda: record_payment(other.pk, Decimal("100.00"), PAID_ON, "trf-1", secretariat))
    assert error.field == "reference" and "already recorded" in error.message
    assert Payment.objects.count() == 1


def test_an_overpayment_is_refused_with_what_is_left(invoice, secretariat):
    record_payment(invoice.pk, Decimal("900.00"), PAID_ON, "TRF-1", secretariat)
    error = refusal(lambda: record_payment(invoice.pk, Decimal("100.01"), PAID_ON, "TRF-2", secretariat))
    assert "EUR 100.00" in error.message
    assert Payment.objects.count() == 1


def test_a_payment_on_a_credited_invoice_is_refused(invoice, secretariat):
    issue_credit_note(invoice.pk, None, "Cancelled", secretariat)
    error = refusal(lambda: record_payment(invoice.pk, Decimal("10.00"), PAID_ON, "TRF-1", secretariat))
    assert "credit note" in error.message
    assert not Payment.objects.exists()


def test_a_payment_on_a_paid_invoice_is_refused(invoice, secretariat):
    record_payment(invoice.pk, Decimal("1000.00"), PAID_ON, "TRF-1", secretariat)
    assert (
        "already paid"
        in refusal(lambda: record_payment(invoice.pk, Decimal("1.00"), PAID_ON, "TRF-2", secretariat)).message
    )


def test_the_refusal_is_translated(invoice, secretariat):
    with translation.override("it"):
        error = refusal(lambda: record_payment(invoice.pk, Decimal("0"), PAID_ON, "TRF-1", secretariat))
    assert "zero" in error.message and "amount" not in error.message


def test_a_credit_note_cannot_cancel_what_is_paid(invoice, secretariat):
    record_payment(invoice.pk, Decimal("700.00"), PAID_ON, "TRF-1", secretariat)
    error = refusal(lambda: issue_credit_note(invoice.pk, Decimal("400.00"), "Too much", secretariat))
    assert "EUR 300.00" in error.message
    assert Invoice.objects.count() == 1
    note = issue_credit_note(invoice.pk, None, "The rest is waived", secretariat)
    assert note.amount_eur == Decimal("300.00")
    assert (
        "Nothing is left"
        in refusal(lambda: issue_credit_note(invoice.pk, None, "Again", secretariat)).message
    )


def test_a_credit_note_needs_a_reason(invoice, secretariat):
    assert refusal(lambda: issue_credit_note(invoice.pk, None, "  ", secretariat)).field == "reason"


def test_an_invoiced_member_is_not_exempted_and_an_exemption_is_recorded_once(invoice, members, secretariat):
    assert (
        "credit note" in refusal(lambda: grant_exemption(members["comune"], YEAR, "x", secretariat)).message
    )
    grant_exemption(members["kommun"], YEAR, "Board decision", secretariat)
    assert (
        "already exempt"
        in refusal(lambda: grant_exemption(members["kommun"], YEAR, "again", secretariat)).message
    )
    assert Exemption.objects.count() == 1
