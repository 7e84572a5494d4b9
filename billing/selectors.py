"""Reusable queries: invoices with what was credited and paid, in a fixed number of queries."""

import datetime
from decimal import Decimal

from django.db.models import DecimalField, OuterRef, QuerySet, Subquery, Sum, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from .models import ZERO, Exemption, FeeState, Invoice, Payment, Series, fee_state

MONEY = DecimalField(max_digits=12, decimal_places=2)


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


def year_totals(fee_year: int, today: datetime.date | None = None) -> dict:
    """Invoiced (net of credit notes), paid, outstanding and overdue amounts of a fee year, and
    the invoices counted per state, and the overdue invoices themselves (``overdue_invoices``,
    newest number first). One query (all the year's invoices with their sums)."""
    rows = annotate_states(fee_invoices(fee_year), today)
    totals = {"invoiced": ZERO, "paid": ZERO, "outstanding": ZERO, "overdue": ZERO, "count": len(rows)}
    totals["overdue_invoices"] = [invoice for invoice in rows if invoice.state == FeeState.OVERDUE]
    counts = dict.fromkeys(FeeState, 0)
    for invoice in rows:
        totals["invoiced"] += invoice.amount_eur - invoice.credited_eur
        totals["paid"] += invoice.paid_eur
        totals["outstanding"] += invoice.outstanding_eur
        if invoice.state == FeeState.OVERDUE:
            totals["overdue"] += invoice.outstanding_eur
        counts[invoice.state] += 1
    counts[FeeState.EXEMPT] = Exemption.objects.filter(fee_year=fee_year).count()
    totals["counts"] = [(state, counts[state]) for state in FeeState if state != FeeState.NOT_INVOICED]
    return totals
