"""The demo's fee year: every member invoiced, most paid, some in part, some overdue, one credit note."""

import datetime
from collections import Counter
from io import StringIO

from django.core.management import call_command

from billing.demo.invoices import DEMO_FEE_YEAR
from billing.models import FeeState, Invoice, Series
from billing.selectors import annotate_states, fee_invoices


def test_the_demo_year_is_realistic(db):
    call_command("seed_demo", stdout=StringIO())
    invoices = annotate_states(fee_invoices(DEMO_FEE_YEAR), datetime.date(2026, 11, 1))
    states = Counter(invoice.state for invoice in invoices)
    assert states[FeeState.PAID] > sum(states.values()) / 2
    assert states[FeeState.OVERDUE] >= 2  # unpaid and partly paid, past their due day
    assert states[FeeState.CREDITED] == 1
    assert Invoice.objects.filter(series=Series.CREDIT_NOTE).count() == 1
    numbers = list(fee_invoices(DEMO_FEE_YEAR).order_by("sequence").values_list("sequence", flat=True))
    assert numbers == list(range(1, len(numbers) + 1))
    from strategy.models import NetworkProfile

    assert NetworkProfile.objects.current().iban  # the invoices say where to pay
