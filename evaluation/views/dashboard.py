"""The evaluation dashboard: every indicator for the chosen period, each chart with its table."""

from django.conf import settings
from django.utils.functional import SimpleLazyObject
from django.views.generic import TemplateView

from sern_portal import versions
from sern_portal.permissions import PermissionRequiredMixin
from sern_portal.reader_cache import ReaderPageCacheMixin

from ..forms import PeriodForm, ReportRequestForm
from ..models import ReportRun
from ..services.dashboard import hit_rate_for, indicators_for


class DashboardView(PermissionRequiredMixin, ReaderPageCacheMixin, TemplateView):
    permission_required = "evaluation.view_evaluation"
    template_name = "evaluation/dashboard.html"

    def get_context_data(self, **kwargs):
        form = PeriodForm.from_request(self.request)
        period = form.period
        return super().get_context_data(
            form=form,
            period=period,
            # The charts and tables are the same for every reader: their HTML is kept with the
            # figures (same version, period and language), and the figures are only read (lazily)
            # when it is not there. Drawing ~60 charts and tables was most of a view's time (issue 16).
            sections_seconds=getattr(settings, "EVALUATION_CACHE_SECONDS", 0),
            sections_key=f"v{versions.version('evaluation')}:{period.querystring}",
            areas=SimpleLazyObject(lambda: indicators_for(period)),
            hit_rate=SimpleLazyObject(lambda: hit_rate_for(period)),
            report_form=ReportRequestForm(),
            report_runs=ReportRun.objects.select_related("requested_by")[:5],
            **kwargs,
        )
