"""CSV of one indicator, or of partner matching's hit rate, for a period (``?year=2025`` or
``?start=…&end=…``)."""

from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBadRequest
from django.utils.translation import gettext as _

from sern_portal.csv_export import csv_response
from sern_portal.permissions import permission_required

from ..forms import PeriodForm
from ..hit_rate import HitRateRow, hit_rate
from ..indicators import REGISTRY, compute


@permission_required("evaluation.view_evaluation")
def indicator_csv(request: HttpRequest, key: str) -> HttpResponse:
    if key not in REGISTRY:
        raise Http404(_("There is no indicator with this key."))
    form = PeriodForm.from_request(request)
    if form.is_bound and not form.is_valid():
        messages = [str(error) for errors in form.errors.values() for error in errors]
        return HttpResponseBadRequest(" ".join(messages), content_type="text/plain; charset=utf-8")
    period = form.period
    span = "-".join(period.query().values())
    return csv_response(compute(key, period).table.csv_rows(), f"sern-{key}-{span}.csv")


def hit_rate_rows(period) -> list[list]:
    """The hit rate as spreadsheet rows: a header, then per priority, per country and the total."""
    figures = hit_rate(period)
    header = [
        _("Group"),
        _("Name"),
        _("Suggested"),
        _("Invited"),
        _("Interest"),
        _("Joined"),
        _("Dismissed"),
        _("Invited / suggested (%)"),
        _("Interest / invited (%)"),
        _("Joined / invited (%)"),
    ]

    def line(group: str, row: HitRateRow) -> list:
        counts = [row.suggested, row.invited, row.interest, row.joined, row.dismissed]
        return [group, row.label, *counts, row.invited_rate, row.interest_rate, row.joined_rate]

    rows = [header]
    rows += [line(_("Priority"), row) for row in figures.by_priority]
    rows += [line(_("Country"), row) for row in figures.by_country]
    rows.append(line(_("All"), figures.total))
    return rows


@permission_required("evaluation.view_evaluation")
def hit_rate_csv(request: HttpRequest) -> HttpResponse:
    form = PeriodForm.from_request(request)
    if form.is_bound and not form.is_valid():
        messages = [str(error) for errors in form.errors.values() for error in errors]
        return HttpResponseBadRequest(" ".join(messages), content_type="text/plain; charset=utf-8")
    period = form.period
    span = "-".join(period.query().values())
    return csv_response(hit_rate_rows(period), f"sern-matching-hit-rate-{span}.csv")
