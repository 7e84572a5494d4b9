"""The evaluation dashboard: every indicator for the chosen period, each chart with its table."""

from django.views.generic import TemplateView

from sern_portal.permissions import PermissionRequiredMixin

from ..forms import PeriodForm, ReportRequestForm
from ..indicators import compute_all
from ..models import ReportRun


class DashboardView(PermissionRequiredMixin, TemplateView):
    permission_required = "evaluation.view_evaluation"
    template_name = "evaluation/dashboard.html"

    def get_context_data(self, **kwargs):
        form = PeriodForm.from_request(self.request)
        period = form.period
        return super().get_context_data(
            form=form,
            period=period,
            areas=compute_all(period),
            report_form=ReportRequestForm(),
            report_runs=ReportRun.objects.select_related("requested_by")[:5],
            **kwargs,
        )
