"""The secretariat's fee year: totals, overdue members, the invoices, exports, issuing, exemptions."""

import datetime

from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import F
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from members.models import Organisation
from sern_portal import versions
from sern_portal.csv_export import csv_response
from sern_portal.permissions import permission_required
from sern_portal.reader_cache import reader_page_cache
from sern_portal.xlsx_export import xlsx_response

from ..converters import FeeYearConverter
from ..forms import ExemptionForm, IssueYearForm
from ..models import Exemption, FeeState
from ..selectors import annotate_states, fee_invoices, invoices_in_order, overdue_invoice_ids, year_totals
from ..services.errors import BillingRefused
from ..services.issuing import DUE_AFTER_DAYS, issue_fee_year, plan_fee_year
from ..services.payments import grant_exemption

INVOICES_PER_PAGE = 25
# The overdue list names this many invoices and counts the rest (the CSV has them all).
OVERDUE_SHOWN = 50


def _members():
    return Organisation.objects.members().order_by("name")


@permission_required("billing.manage")
def current_year(request):
    return redirect("billing:year", timezone.localdate().year)


def _exemption_form(year, data=None):
    invoiced = fee_invoices(year).values("organisation_id")
    return ExemptionForm(data, organisations=_members().exclude(pk__in=invoiced), prefix="exempt")


@permission_required("billing.manage")
@reader_page_cache
def year(request, year: int):
    today = timezone.localdate()
    # The totals and the overdue list add up the whole year (10,000 invoices in a large network):
    # shared until the next invoice, payment, credit note or exemption, or the next day.
    seconds = settings.LIST_CACHE_SECONDS
    totals = versions.cached(
        ("billing",), ("fee-year", year, today), lambda: year_totals(year, today), seconds
    )
    overdue_count = dict(totals["counts"])[FeeState.OVERDUE]
    overdue_ids = versions.cached(
        ("billing",),
        ("overdue", year, today, OVERDUE_SHOWN),
        lambda: overdue_invoice_ids(year, today, OVERDUE_SHOWN) if overdue_count else [],
        seconds,
    )
    # Each row shows its organisation's name only (not a whole translated organisation per row).
    invoices = fee_invoices(year).select_related(None).annotate(organisation_name=F("organisation__name"))
    paginator = Paginator(invoices, INVOICES_PER_PAGE)
    paginator.count = totals["count"]  # the same invoices, already counted with the totals
    page = paginator.get_page(request.GET.get("page"))
    # The tables are drawn from these only when their shared HTML is not in the cache.
    invoices = SimpleLazyObject(lambda: annotate_states(page.object_list, today))
    overdue = SimpleLazyObject(lambda: invoices_in_order(overdue_ids, today))
    tables_key = ":".join(
        [versions.stamp(("billing", "directory")), str(year), today.isoformat(), request.GET.urlencode()]
    )
    return render(
        request,
        "billing/desk/year.html",
        {
            "year": year,
            "totals": totals,
            "page_obj": page,
            "paginator": page.paginator,
            "is_paginated": page.has_other_pages(),
            "invoices": invoices,
            "overdue": overdue,
            "tables_seconds": seconds,
            "tables_key": tables_key,
            "overdue_count": overdue_count,
            "exemptions": Exemption.objects.filter(fee_year=year).select_related("organisation"),
            "exemption_form": _exemption_form(year),
            "years": [other for other in (year - 1, year + 1) if FeeYearConverter.holds(other)],
        },
    )


@permission_required("billing.manage")
def issue(request, year: int):
    """Issue the year's invoices after a confirm step; a second submit issues nothing twice."""
    today = timezone.localdate()
    initial_due = today + datetime.timedelta(days=DUE_AFTER_DAYS)
    form = IssueYearForm(request.POST or None, initial={"due_on": initial_due})
    if request.method == "POST" and form.is_valid():
        invoices = issue_fee_year(year, request.user, issued_on=today, due_on=form.cleaned_data["due_on"])
        if invoices:
            messages.success(
                request,
                _("%(count)s invoices issued, %(first)s to %(last)s.")
                % {"count": len(invoices), "first": invoices[0].number, "last": invoices[-1].number},
            )
        else:
            messages.info(request, _("Nothing to issue: every member already has its invoice for the year."))
        return redirect("billing:year", year)
    return render(
        request, "billing/desk/issue.html", {"year": year, "plan": plan_fee_year(year, today), "form": form}
    )


@permission_required("billing.manage")
@require_POST
def exempt(request, year: int):
    form = _exemption_form(year, request.POST)
    if form.is_valid():
        try:
            grant_exemption(
                form.cleaned_data["organisation"], year, form.cleaned_data["reason"], request.user
            )
            messages.success(request, _("The exemption is recorded."))
        except BillingRefused as refusal:
            messages.error(request, refusal.message)
    else:
        messages.error(request, _("Choose a member and give the reason."))
    return redirect("billing:year", year)


def invoice_table(year: int) -> list[list]:
    """The year's invoices as rows (the first is the header), for the CSV and the XLSX export."""
    header = [
        _("Number"),
        _("Member"),
        _("Country"),
        _("Fee year"),
        _("Issued on"),
        _("Due on"),
        _("Amount (EUR)"),
        _("Credited (EUR)"),
        _("Paid (EUR)"),
        _("Outstanding (EUR)"),
        _("State"),
    ]
    rows = [
        [
            i.number,
            i.organisation.name,
            i.organisation.country,
            i.fee_year,
            i.issued_on,
            i.due_on,
            i.amount_eur,
            i.credited_eur,
            i.paid_eur,
            i.outstanding_eur,
            str(i.state.label),
        ]
        for i in annotate_states(fee_invoices(year).order_by("year", "sequence"))
    ]
    return [header, *rows]


@permission_required("billing.manage")
def export_csv(request, year: int):
    return csv_response(invoice_table(year), f"invoices-{year}.csv")


@permission_required("billing.manage")
def export_xlsx(request, year: int):
    return xlsx_response(
        invoice_table(year), f"invoices-{year}.xlsx", _("Invoices %(year)s") % {"year": year}
    )
