"""Reusable queries: invoices with what was credited and paid, in a fixed number of queries."""

import datetime
from decimal import Decimal

from django.db import connection
from django.db.models import (
    Case,
    CharField,
    DecimalField,
    ExpressionWrapper,
    F,
    OuterRef,
    QuerySet,
    Subquery,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Coalesce, Greatest, Round
from django.utils import timezone

from .models import ZERO, Exemption, FeeState, Invoice, Payment, Series, fee_state

MONEY = DecimalField(max_digits=12, decimal_places=2)
# Amounts are whole cents. SQLite sums decimals in floating point (33.33 + 33.33 + 33.34 need not
# be 100.00 there), so the comparisons in SQL allow half a cent: exact for cent amounts on both
# databases.
CENT = Decimal("0.01")
HALF_CENT = Value(Decimal("0.005"), output_field=MONEY)


def with_totals(invoices: QuerySet) -> QuerySet:
    """Each invoice with ``credited_eur`` (its credit notes) and ``paid_eur`` (its payments):
    subqueries, so the two sums never multiply each other's rows."""
    credited = (
        Invoice.objects.filter(credits=OuterRef("pk"))
        .values("credits")
        .annotate(total=Sum("amount_eur"))
        .values("total")
    )
    paid = (
        Payment.objects.filter(invoice=OuterRef("pk"))
        .values("invoice")
        .annotate(total=Sum("amount_eur"))
        .values("total")
    )
    return invoices.annotate(
        credited_eur=Coalesce(Subquery(credited, output_field=MONEY), Value(ZERO), output_field=MONEY),
        paid_eur=Coalesce(Subquery(paid, output_field=MONEY), Value(ZERO), output_field=MONEY),
    )


def fee_invoices(fee_year: int | None = None) -> QuerySet:
    """Fee invoices (not credit notes) with their totals and organisation, newest number first."""
    invoices = Invoice.objects.filter(series=Series.INVOICE).select_related("organisation")
    if fee_year is not None:
        invoices = invoices.filter(fee_year=fee_year)
    return with_totals(invoices).order_by("-year", "-sequence")


def state_of(invoice: Invoice, today: datetime.date | None = None) -> FeeState:
    """The fee state of an invoice annotated by ``with_totals``."""
    return fee_state(
        invoiced=invoice.amount_eur,
        credited=invoice.credited_eur,
        paid=invoice.paid_eur,
        due_on=invoice.due_on,
        today=today or timezone.localdate(),
    )


def outstanding_of(invoice: Invoice) -> Decimal:
    return max(invoice.amount_eur - invoice.credited_eur - invoice.paid_eur, ZERO)


def annotate_states(invoices, today: datetime.date | None = None) -> list[Invoice]:
    """The invoices as a list, each with ``state`` and ``outstanding_eur``."""
    today = today or timezone.localdate()
    rows = list(invoices)
    for invoice in rows:
        invoice.state = state_of(invoice, today)
        invoice.outstanding_eur = outstanding_of(invoice)
    return rows


def member_fee_state(organisation, fee_year: int, today: datetime.date | None = None) -> FeeState:
    """A member's fee state for a year (exempt, or its invoice's state, or not invoiced)."""
    if Exemption.objects.filter(organisation=organisation, fee_year=fee_year).exists():
        return FeeState.EXEMPT
    invoice = fee_invoices(fee_year).filter(organisation=organisation).first()
    if invoice is None:
        return FeeState.NOT_INVOICED
    return state_of(invoice, today)


def with_states(invoices: QuerySet, today: datetime.date) -> QuerySet:
    """``with_totals`` and, computed in SQL, ``owed_eur`` (net of credit notes),
    ``outstanding_eur`` and ``state``: the same answer as ``fee_state`` for an invoice, which a
    test checks case by case, so that a fee year of 10,000 invoices is counted by the database
    instead of being loaded."""
    owed = ExpressionWrapper(F("amount_eur") - F("credited_eur"), output_field=MONEY)
    invoices = with_totals(invoices).annotate(owed_eur=owed)
    return invoices.annotate(
        # Rounded to cents: SQLite's floating-point sums leave residues (1.1e-16 for 0.80 - 0.70 - 0.10).
        outstanding_eur=Round(
            Greatest(
                ExpressionWrapper(F("owed_eur") - F("paid_eur"), output_field=MONEY),
                Value(ZERO, output_field=MONEY),
                output_field=MONEY,
            ),
            2,
            output_field=MONEY,
        ),
        state=Case(
            When(owed_eur__lt=HALF_CENT, then=Value(FeeState.CREDITED.value)),
            When(paid_eur__gt=F("owed_eur") - HALF_CENT, then=Value(FeeState.PAID.value)),
            When(due_on__lt=today, then=Value(FeeState.OVERDUE.value)),
            When(paid_eur__gt=HALF_CENT, then=Value(FeeState.PARTIALLY_PAID.value)),
            default=Value(FeeState.INVOICED.value),
            output_field=CharField(),
        ),
    )


# Each invoice of a fee year with what it owes after credit notes and what was paid, summed once
# by joins (the ORM's correlated subqueries were evaluated up to eight times per invoice when the
# state was grouped on), and its state: the same rules as ``fee_state``, which a test checks case
# by case. Amounts are whole cents; SQLite adds decimals in floating point, so the comparisons
# allow half a cent.
_STATES_SQL = """
WITH year_invoices AS (
    SELECT id, amount_eur, due_on, year, sequence FROM {invoice}
    WHERE series = %(series)s AND fee_year = %(fee_year)s
), credited AS (
    SELECT credits_id AS invoice_id, SUM(amount_eur) AS amount FROM {invoice}
    WHERE credits_id IN (SELECT id FROM year_invoices) GROUP BY credits_id
), paid AS (
    SELECT invoice_id, SUM(amount_eur) AS amount FROM {payment}
    WHERE invoice_id IN (SELECT id FROM year_invoices) GROUP BY invoice_id
), sums AS (
    SELECT y.id, y.due_on, y.year, y.sequence,
           y.amount_eur - COALESCE(c.amount, 0) AS owed, COALESCE(p.amount, 0) AS paid
    FROM year_invoices y
    LEFT JOIN credited c ON c.invoice_id = y.id
    LEFT JOIN paid p ON p.invoice_id = y.id
), states AS (
    SELECT id, due_on, year, sequence, owed, paid,
           CASE WHEN owed - paid > 0 THEN owed - paid ELSE 0 END AS outstanding,
           CASE WHEN owed < 0.005 THEN 'credited'
                WHEN paid > owed - 0.005 THEN 'paid'
                WHEN due_on < %(today)s THEN 'overdue'
                WHEN paid > 0.005 THEN 'partially_paid'
                ELSE 'invoiced' END AS state
    FROM sums
)
"""


def _states_sql(select: str, fee_year: int, today: datetime.date) -> tuple[str, dict]:
    sql = _STATES_SQL.format(invoice=Invoice._meta.db_table, payment=Payment._meta.db_table) + select
    return sql, {"series": Series.INVOICE.value, "fee_year": fee_year, "today": today}


def overdue_invoice_ids(fee_year: int, today: datetime.date, limit: int) -> list[int]:
    """The ids of the fee year's first ``limit`` overdue invoices, oldest due day first."""
    sql, params = _states_sql(
        "SELECT id FROM states WHERE state = 'overdue' ORDER BY due_on, year, sequence LIMIT %(limit)s",
        fee_year,
        today,
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, {**params, "limit": limit})
        return [row[0] for row in cursor.fetchall()]


def invoices_in_order(ids: list[int], today: datetime.date) -> list[Invoice]:
    """These invoices in this order, each with its totals, state and ``organisation_name``."""
    # The organisation's name only: a whole (translated) organisation per row cost a third of the
    # fee year page's time.
    invoices = Invoice.objects.filter(pk__in=ids).annotate(organisation_name=F("organisation__name"))
    found = with_states(invoices, today)
    by_id = {invoice.pk: invoice for invoice in found}
    return [by_id[pk] for pk in ids if pk in by_id]


def overdue_invoices(fee_year: int, today: datetime.date | None = None, limit: int = 50) -> list[Invoice]:
    """The fee year's first ``limit`` overdue invoices, oldest due day first, each with
    ``outstanding_eur`` and ``organisation_name``."""
    today = today or timezone.localdate()
    return invoices_in_order(overdue_invoice_ids(fee_year, today, limit), today)


def _cents(amount: Decimal | float | None) -> Decimal:
    """A sum from the database in whole cents (SQLite adds decimals in floating point)."""
    return Decimal(str(amount or 0)).quantize(CENT)


def year_totals(fee_year: int, today: datetime.date | None = None) -> dict:
    """Invoiced (net of credit notes), paid, outstanding and overdue amounts of a fee year, and
    the invoices counted per state (exemptions included). Two queries, whatever the number of
    invoices: the sums are grouped by state in the database."""
    today = today or timezone.localdate()
    sql, params = _states_sql(
        "SELECT state, COUNT(*), SUM(owed), SUM(paid), SUM(outstanding) FROM states GROUP BY state",
        fee_year,
        today,
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        per_state = [
            {"state": state, "count": count, "invoiced": owed, "paid": paid, "outstanding": outstanding}
            for state, count, owed, paid, outstanding in cursor.fetchall()
        ]
    totals = {"invoiced": ZERO, "paid": ZERO, "outstanding": ZERO, "overdue": ZERO, "count": 0}
    counts = dict.fromkeys(FeeState, 0)
    for row in per_state:
        state = FeeState(row["state"])
        counts[state] = row["count"]
        totals["count"] += row["count"]
        totals["invoiced"] += _cents(row["invoiced"])
        totals["paid"] += _cents(row["paid"])
        totals["outstanding"] += _cents(row["outstanding"])
        if state == FeeState.OVERDUE:
            totals["overdue"] = _cents(row["outstanding"])
    counts[FeeState.EXEMPT] = Exemption.objects.filter(fee_year=fee_year).count()
    totals["counts"] = [(state, counts[state]) for state in FeeState if state != FeeState.NOT_INVOICED]
    return totals
