"""The evaluation dashboard: every indicator for the chosen period, each chart with its table."""

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language
from django.views.generic import TemplateView

from sern_portal import versions
from sern_portal.permissions import PermissionRequiredMixin

from ..forms import PeriodForm, ReportRequestForm
from ..hit_rate import HitRate, hit_rate
from ..indicators import Result, compute_all
from ..models import ReportRun


def indicators_for(period) -> list[dict]:
    """Every indicator for the period, shared by everyone who opens the dashboard for
    ``EVALUATION_CACHE_SECONDS`` or until a figure they count changes (its tables hold
    translated labels: one entry per language). The key is versioned
    (``sern_portal.versions``): any save of a member, idea, call, news item, event… invalidates it.

    Computing them reads the whole network (seconds at 10,000 members, issue 16); the CSV
    exports and the report always compute them afresh.
    """
    seconds = getattr(settings, "EVALUATION_CACHE_SECONDS", 0)
    if not seconds:
        return shown_only(compute_all(period))
    key = versions.versioned_key(
        "evaluation", "dashboard", get_language(), period.start.isoformat(), period.end.isoformat()
    )
    return cache.get_or_set(key, lambda: shown_only(compute_all(period)), seconds)


def shown_only(areas: list[dict]) -> list[dict]:
    """The areas with each table cut to what the page shows (``Result.shown``: the first rows and
    the totals of all): what is cached and read back on every view stays small (issue 16: the
    per-member tables of 10,000 members made a 630 KB entry, read and unpickled each time)."""
    return [
        {**area, "results": [Result(result.indicator, result.shown) for result in area["results"]]}
        for area in areas
    ]


def hit_rate_for(period) -> HitRate:
    """Partner matching's hit rate for the period, cached like the indicators (a new suggestion,
    invitation, interest or dismissal saves a ``projects`` model: the ``evaluation`` group's
    version changes and the figures are counted again)."""
    seconds = getattr(settings, "EVALUATION_CACHE_SECONDS", 0)
    if not seconds:
        return hit_rate(period)
    key = versions.versioned_key(
        "evaluation", "hit-rate", get_language(), period.start.isoformat(), period.end.isoformat()
    )
    return cache.get_or_set(key, lambda: hit_rate(period), seconds)


class DashboardView(PermissionRequiredMixin, TemplateView):
    permission_required = "evaluation.view_evaluation"
    template_name = "evaluation/dashboard.html"

    def get_context_data(self, **kwargs):
        form = PeriodForm.from_request(self.request)
        period = form.period
        return super().get_context_data(
            form=form,
            period=period,
            areas=indicators_for(period),
            hit_rate=hit_rate_for(period),
            report_form=ReportRequestForm(),
            report_runs=ReportRun.objects.select_related("requested_by")[:5],
            **kwargs,
        )
