"""A member's fee state is computed from its invoice, credit notes, payments and exemption."""

import datetime
from decimal import Decimal

import pytest
import time_machine

from billing.models import FeeState, fee_state
from billing.selectors import member_fee_state
from billing.services.payments import grant_exemption, issue_credit_note, record_payment

from .helpers import DUE, YEAR, make_invoice

D = Decimal
BEFORE = datetime.date(2027, 3, 1)
AFTER = datetime.date(2027, 3, 4)

# invoiced, credited, paid, today, exempt → state (written by hand)
TABLE = [
    (None, "0", "0", BEFORE, False, FeeState.NOT_INVOICED),
    (None, "0", "0", BEFORE, True, FeeState.EXEMPT),
    ("500", "0", "0", BEFORE, False, FeeState.INVOICED),
    ("500", "0", "0", DUE, False, FeeState.INVOICED),  # due today is not overdue yet
    ("500", "0", "0", AFTER, False, FeeState.OVERDUE),
    ("500", "0", "200", BEFORE, False, FeeState.PARTIALLY_PAID),
    ("500", "0", "200", AFTER, False, FeeState.OVERDUE),  # late even if part is paid
    ("500", "0", "500", BEFORE, False, FeeState.PAID),
    ("500", "0", "500", AFTER, False, FeeState.PAID),
    ("500", "500", "0", BEFORE, False, FeeState.CREDITED),
    ("500", "500", "0", AFTER, False, FeeState.CREDITED),
    ("500", "300", "200", AFTER, False, FeeState.PAID),  # partly credited, the rest paid
    ("500", "300", "0", BEFORE, False, FeeState.INVOICED),
    ("500", "300", "100", BEFORE, False, FeeState.PARTIALLY_PAID),
    ("500", "300", "100", AFTER, False, FeeState.OVERDUE),
    ("500", "0", "0", AFTER, True, FeeState.EXEMPT),
]


@pytest.mark.parametrize(("invoiced", "credited", "paid", "today", "exempt", "expected"), TABLE)
def test_the_fee_state_follows_the_table(invoiced, credited, paid, today, exempt, expected):
    state = fee_state(
        invoiced=D(invoiced) if invoiced else None,
        credited=D(credited),
        paid=D(paid),
        due_on=DUE if invoiced else None,
        today=today,
        exempt=exempt,
    )
    assert state == expected


@time_machine.travel(datetime.datetime(2027, 3, 1, 12), tick=False)
def test_the_state_is_computed_from_the_rows_in_every_case(members, secretariat):
    paid = make_invoice(members["comune"], "1000.00")
    partial = make_invoice(members["kommun"], "500.00")
    credited = make_invoice(members["association"], "250.00")
    record_payment(paid.pk, D("1000.00"), BEFORE, "TRF-1", secretariat)
    record_payment(partial.pk, D("200.00"), BEFORE, "TRF-2", secretariat)
    issue_credit_note(credited.pk, None, "Joined by mistake", secretariat)
    assert member_fee_state(members["comune"], YEAR) == FeeState.PAID
    assert member_fee_state(members["kommun"], YEAR) == FeeState.PARTIALLY_PAID
    assert member_fee_state(members["association"], YEAR) == FeeState.CREDITED
    assert member_fee_state(members["comune"], YEAR + 1) == FeeState.NOT_INVOICED
    grant_exemption(members["comune"], YEAR + 1, "Board decision of 2027-02-14", secretariat)
    assert member_fee_state(members["comune"], YEAR + 1) == FeeState.EXEMPT
    assert member_fee_state(members["kommun"], YEAR, today=AFTER) == FeeState.OVERDUE
