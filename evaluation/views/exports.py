"""CSV of one indicator for a period (``?year=2025`` or ``?start=…&end=…``)."""

import csv

from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBadRequest
from django.utils.translation import gettext as _

from sern_portal.csv_safety import safe_row
from sern_portal.permissions import permission_required

from ..forms import PeriodForm
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
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="sern-{key}-{span}.csv"'
    response.write("\ufeff")  # a byte-order mark, so spreadsheets read å, ä, ö and à as UTF-8
    csv.writer(response).writerows(safe_row(row) for row in compute(key, period).table.csv_rows())
    return response
