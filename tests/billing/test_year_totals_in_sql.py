"""The fee year's totals and states are counted by the database (issue 16: a year of 10,000
invoices was loaded whole for every view of the fee year page). The SQL must give, invoice by
invoice, the state that ``fee_state`` gives; the expectation here is computed independently,
from the payment and credit-note rows with Python's exact decimals."""

import datetime
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from billing.models import FeeState, Invoice, Payment, Series, fee_state
from billing.selectors import annotate_states, overdue_invoices, with_states, year_totals
from billing.services.payments import grant_exemption, issue_credit_note, record_payment
from tests.factories import OrganisationFactory

from .helpers import YEAR, make_invoice

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2027, 5, 10)
PAST = TODAY - datetime.timedelta(days=1)
FUTURE = TODAY + datetime.timedelta(days=1)

# amount, credit notes, payments, due day. Several sums are inexact in binary floating point
# (0.70 + 0.10 < 0.80 there), which is how SQLite adds decimals.
CASES = [
    ("100.00", [], [], FUTURE),
    ("100.00", [], [], TODAY),  # due today is not overdue yet
    ("100.00", [], [], PAST),
    ("100.00", [], ["33.33", "33.33", "33.34"], PAST),
    ("100.00", [], ["33.33", "33.33"], PAST),
    ("100.00", [], ["33.33", "33.33"], FUTURE),
    ("0.80", [], ["0.70", "0.10"], PAST),
    ("0.80", [], ["0.70"], FUTURE),
    ("0.80", ["0.70", "0.10"], [], PAST),
    ("0.80", ["0.70"], ["0.10"], PAST),
    ("100.00", ["100.00"], [], PAST),
    ("100.00", ["60.00"], ["40.00"], PAST),
    ("100.00", ["30.00"], ["20.00"], PAST),
    ("100.00", ["30.00"], ["20.00"], FUTURE),
    ("100.00", [], ["0.01"], FUTURE),
    ("1750.00", [], ["1749.99"], PAST),
]


@pytest.fixture
def invoices(secretariat):
    made = []
    for number, (amount, credits, payments, due_on) in enumerate(CASES):
        invoice = make_invoice(OrganisationFactory(), amount, due_on=due_on)
        for credit in credits:
            issue_credit_note(
                invoice.pk, Decimal(credit), "Smaller", secretariat, issued_on=PAST, notify=False
            )
        for part, payment in enumerate(payments):
            record_payment(invoice.pk, Decimal(payment), PAST, f"TRF-{number}-{part}", secretariat)
        made.append(invoice)
    return made


def expected_of(invoice: Invoice) -> tuple[FeeState, Decimal, Decimal, Decimal]:
    """State, net invoiced, paid and outstanding of one invoice, from its rows in Python."""
    credited = sum(
        (note.amount_eur for note in Invoice.objects.filter(credits=invoice, series=Series.CREDIT_NOTE)),
        Decimal(0),
    )
    paid = sum((payment.amount_eur for payment in Payment.objects.filter(invoice=invoice)), Decimal(0))
    state = fee_state(
        invoiced=invoice.amount_eur, credited=credited, paid=paid, due_on=invoice.due_on, today=TODAY
    )
    net = invoice.amount_eur - credited
    return state, net, paid, max(net - paid, Decimal(0))


def test_the_database_gives_every_invoice_the_state_fee_state_gives(invoices):
    in_sql = {row.pk: row for row in with_states(Invoice.objects.filter(fee_year=YEAR), TODAY)}
    for invoice in invoices:
        state, _net, _paid, outstanding = expected_of(invoice)
        assert (in_sql[invoice.pk].state, in_sql[invoice.pk].outstanding_eur) == (state, outstanding), (
            invoice.amount_eur,
            invoice.due_on,
        )


def test_the_cases_reach_every_state_an_invoice_can_have(invoices):
    states = {expected_of(invoice)[0] for invoice in invoices}
    assert states == {
        FeeState.INVOICED,
        FeeState.PARTIALLY_PAID,
        FeeState.OVERDUE,
        FeeState.PAID,
        FeeState.CREDITED,
    }


def test_the_year_totals_add_up_what_each_invoice_owes_and_count_each_state(invoices, secretariat):
    grant_exemption(OrganisationFactory(), YEAR, "Joined in December", secretariat)
    expected = {"invoiced": Decimal(0), "paid": Decimal(0), "outstanding": Decimal(0), "overdue": Decimal(0)}
    counts = dict.fromkeys(FeeState, 0)
    for invoice in invoices:
        state, net, paid, outstanding = expected_of(invoice)
        expected["invoiced"] += net
        expected["paid"] += paid
        expected["outstanding"] += outstanding
        if state == FeeState.OVERDUE:
            expected["overdue"] += outstanding
        counts[state] += 1
    counts[FeeState.EXEMPT] = 1

    totals = year_totals(YEAR, TODAY)

    assert {key: totals[key] for key in expected} == expected
    assert totals["count"] == len(CASES)
    assert dict(totals["counts"]) == {
        state: n for state, n in counts.items() if state != FeeState.NOT_INVOICED
    }


def test_the_overdue_list_holds_exactly_the_overdue_invoices_oldest_due_first(invoices):
    expected = {invoice.pk for invoice in invoices if expected_of(invoice)[0] == FeeState.OVERDUE}
    listed = list(overdue_invoices(YEAR, TODAY))
    assert {invoice.pk for invoice in listed} == expected
    assert [invoice.due_on for invoice in listed] == sorted(invoice.due_on for invoice in listed)


def test_the_year_totals_are_added_up_by_the_database_in_the_same_queries_for_one_invoice_and_many(
    secretariat,
):
    make_invoice(OrganisationFactory(), "100.00")
    with CaptureQueriesContext(connection) as one:
        year_totals(YEAR, TODAY)
    for _ in range(30):
        make_invoice(OrganisationFactory(), "100.00")
    with CaptureQueriesContext(connection) as many:
        totals = year_totals(YEAR, TODAY)
    assert totals["count"] == 31
    assert len(many) == len(one) == 2
    # One row per state comes back, never one per invoice.
    assert "GROUP BY" in many.captured_queries[0]["sql"]


def test_the_fee_year_page_adds_up_the_year_once_and_again_after_a_payment(
    client, secretariat, settings, fresh_cache, monkeypatch
):
    from django.urls import reverse

    from billing.views import desk

    settings.LIST_CACHE_SECONDS = 600
    invoice = make_invoice(OrganisationFactory(name="Comune di Cache"), "800.00")
    added_up = []
    monkeypatch.setattr(desk, "year_totals", lambda *args: added_up.append(args) or year_totals(*args))
    client.force_login(secretariat)
    url = reverse("billing:year", args=[YEAR])

    first = client.get(url).context["totals"]
    second = client.get(url).context["totals"]
    assert len(added_up) == 1
    assert second == first and first["paid"] == Decimal(0)

    record_payment(invoice.pk, Decimal("300.00"), PAST, "TRF-CACHE", secretariat)
    after = client.get(url).context["totals"]

    assert len(added_up) == 2
    assert (after["paid"], after["outstanding"]) == (Decimal("300.00"), Decimal("500.00"))


def test_the_fee_year_tables_are_drawn_once_and_again_after_a_payment_or_a_new_name(
    client, secretariat, settings, fresh_cache, monkeypatch
):
    from django.urls import reverse

    from billing.views import desk

    settings.LIST_CACHE_SECONDS = 600
    member = OrganisationFactory(name="Comune di Prima")
    invoice = make_invoice(member, "800.00")
    drawn = []
    monkeypatch.setattr(desk, "annotate_states", lambda *args: drawn.append(1) or annotate_states(*args))
    client.force_login(secretariat)
    url = reverse("billing:year", args=[YEAR])

    def tables(page: str) -> str:  # the rest holds each request's own CSRF token
        return page.split("<h2>Overdue</h2>")[1].split("<h2>Exemptions</h2>")[0]

    first = client.get(url).content.decode()
    second = client.get(url).content.decode()
    assert len(drawn) == 1 and tables(second) == tables(first) and "Comune di Prima" in tables(first)

    record_payment(invoice.pk, Decimal("800.00"), PAST, "TRF-TABLES", secretariat)
    paid = client.get(url).content.decode()
    assert len(drawn) == 2 and 'data-label="Paid (EUR)">800.00<' in paid

    member.name = "Comune di Dopo"
    member.save()
    renamed = client.get(url).content.decode()
    assert "Comune di Dopo" in renamed and "Comune di Prima" not in renamed
