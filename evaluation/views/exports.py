"""CSV of one indicator for a period (``?year=2025`` or ``?start=…&end=…``)."""

from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBadRequest
from django.utils.translation import gettext as _

from sern_portal.csv_export import csv_response
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
    return csv_response(compute(key, period).table.csv_rows(), f"sern-{key}-{span}.csv")
