"""The evaluation dashboard: every indicator for the chosen period, each chart with its table."""

from django.views.generic import TemplateView

from sern_portal.permissions import PermissionRequiredMixin

from ..forms import PeriodForm, ReportRequestForm
from ..models import ReportRun
from ..services.dashboard import hit_rate_for, indicators_for


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
