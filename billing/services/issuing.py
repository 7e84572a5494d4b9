"""Issuing the year's fee invoices (and one member's), numbered without gaps."""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from members.models import AuditAction, FeeBand, Organisation
from members.services.audit import record_audit
from outbox.queue import enqueue

from ..models import BillingDetails, Exemption, Invoice, NumberCounter, Series
from .contacts import billing_language
from .numbering import take_number

DUE_AFTER_DAYS = 30


@dataclass
class PlannedInvoice:
    organisation: Organisation
    band: FeeBand


@dataclass
class YearPlan:
    to_invoice: list[PlannedInvoice]
    already_invoiced: int
    exempt: int
    without_band: list[Organisation]

    @property
    def total_eur(self) -> Decimal:
        return sum((p.band.amount_eur for p in self.to_invoice), Decimal(0))


def plan_fee_year(fee_year: int, on: datetime.date | None = None) -> YearPlan:
    """What issuing the year would do: the members still to invoice, with their band, and those
    left out (already invoiced, exempt, or no band in the fee table)."""
    on = on or timezone.localdate()
    invoiced = set(
        Invoice.objects.filter(series=Series.INVOICE, fee_year=fee_year).values_list(
            "organisation_id", flat=True
        )
    )
    exempt = set(Exemption.objects.filter(fee_year=fee_year).values_list("organisation_id", flat=True))
    bands = list(FeeBand.objects.filter(year=fee_year))
    plan = YearPlan(to_invoice=[], already_invoiced=0, exempt=0, without_band=[])
    for organisation in Organisation.objects.members(on).order_by("name", "pk"):
        if organisation.pk in invoiced:
            plan.already_invoiced += 1
        elif organisation.pk in exempt:
            plan.exempt += 1
        else:
            band = band_for(organisation, bands)
            if band is None:
                plan.without_band.append(organisation)
            else:
                plan.to_invoice.append(PlannedInvoice(organisation, band))
    return plan


def band_for(organisation: Organisation, bands: list[FeeBand]) -> FeeBand | None:
    """``FeeBand.objects.applicable`` over bands already read (one query for the whole year)."""
    for band in sorted(bands, key=lambda b: b.amount_eur, reverse=True):
        if band.is_public != organisation.is_public:
            continue
        if organisation.is_public and band.min_size <= (organisation.inhabitants or 0):
            return band
        if not organisation.is_public and (
            band.min_size <= (organisation.employees or 0)
            or (
                band.min_budget_eur is not None
                and band.min_budget_eur <= (organisation.annual_budget_eur or 0)
            )
        ):
            return band
    return None


def describe_band(band: FeeBand) -> str:
    kind = "public" if band.is_public else "other"
    budget = f" / EUR {band.min_budget_eur}+" if band.min_budget_eur is not None else ""
    return f"{band.year} {kind} {band.min_size}+{budget}"


def _create_invoice(
    organisation: Organisation,
    fee_year: int,
    amount: Decimal,
    issued_on: datetime.date,
    due_on: datetime.date,
    user,
    band_description: str,
    notify: bool = True,
) -> Invoice:
    details = BillingDetails.objects.filter(organisation=organisation).first()
    sequence, number = take_number(Series.INVOICE, issued_on.year)
    invoice = Invoice.objects.create(
        series=Series.INVOICE,
        number=number,
        year=issued_on.year,
        sequence=sequence,
        organisation=organisation,
        fee_year=fee_year,
        amount_eur=amount,
        issued_on=issued_on,
        due_on=due_on,
        language=billing_language(organisation, issued_on),
        recipient_name=(details and details.invoice_name) or organisation.name,
        recipient_address=(details and details.invoice_address) or organisation.address,
        identifiers=details.identifiers() if details else {},
        band_description=band_description,
        issued_by=user,
    )
    if notify:
        enqueue("billing.tasks.send_invoice", invoice.pk, key=f"invoice-issued:{invoice.pk}")
    return invoice


def issue_fee_year(
    fee_year: int,
    user,
    issued_on: datetime.date | None = None,
    due_on: datetime.date | None = None,
    notify: bool = True,
) -> list[Invoice]:
    """Issue the fee year's invoice to every member not yet invoiced (nor exempt), from the fee table.

    Side effects, in one transaction: locks the year's invoice counter (a second run or a double
    click waits here, then finds the invoices made and issues nothing); creates the invoices with
    consecutive numbers; queues each invoice's e-mail to the billing contact (outbox, sent after
    the commit; not with ``notify=False``, as for the demo data). Each invoice keeps who issued
    it. Records a ``billing_year_issued`` audit entry when invoices were issued. Returns the
    invoices issued (empty on a rerun).
    """
    issued_on = issued_on or timezone.localdate()
    due_on = due_on or issued_on + datetime.timedelta(days=DUE_AFTER_DAYS)
    with transaction.atomic():
        # Lock first, then look: the plan is read after any concurrent run has committed.
        take_lock(issued_on.year)
        plan = plan_fee_year(fee_year, issued_on)
        invoices = [
            _create_invoice(
                p.organisation,
                fee_year,
                p.band.amount_eur,
                issued_on,
                due_on,
                user,
                describe_band(p.band),
                notify=notify,
            )
            for p in plan.to_invoice
        ]
        if invoices:
            record_audit(
                user,
                AuditAction.BILLING_YEAR_ISSUED,
                _("Fee year %(year)s") % {"year": fee_year},
                {
                    "fee_year": fee_year,
                    "invoices": len(invoices),
                    "first": invoices[0].number,
                    "last": invoices[-1].number,
                },
            )
    return invoices


def take_lock(year: int) -> None:
    """Lock the year's invoice counter (created if missing) until the transaction ends."""
    NumberCounter.objects.get_or_create(series=Series.INVOICE, year=year)
    NumberCounter.objects.select_for_update().get(series=Series.INVOICE, year=year)


def issue_member_invoice(
    organisation_id: int, fee_year: int, issued_on: datetime.date | None = None
) -> Invoice | None:
    """One member's fee invoice (a new member admitted during the year); nothing if it already has
    one, is exempt, or the fee table has no band for it."""
    issued_on = issued_on or timezone.localdate()
    with transaction.atomic():
        take_lock(issued_on.year)
        organisation = Organisation.objects.get(pk=organisation_id)
        if Invoice.objects.filter(
            series=Series.INVOICE, organisation=organisation, fee_year=fee_year
        ).exists():
            return None
        if Exemption.objects.filter(organisation=organisation, fee_year=fee_year).exists():
            return None
        band = band_for(organisation, list(FeeBand.objects.filter(year=fee_year)))
        if band is None:
            return None
        return _create_invoice(
            organisation,
            fee_year,
            band.amount_eur,
            issued_on,
            issued_on + datetime.timedelta(days=DUE_AFTER_DAYS),
            None,
            describe_band(band),
        )
