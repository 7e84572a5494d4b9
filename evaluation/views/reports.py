"""The annual report PDF: request it, follow its production, download it when ready."""

from django.contrib import messages
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.generic import DetailView

from sern_portal.permissions import PermissionRequiredMixin, permission_required

from ..forms import PeriodForm, ReportRequestForm
from ..models import ReportRun, ReportStatus
from ..services.reports import request_report, restart_report


@require_POST
@permission_required("evaluation.view_evaluation")
def report_create(request: HttpRequest) -> HttpResponse:
    period_form, report_form = PeriodForm(request.POST), ReportRequestForm(request.POST)
    if not (period_form.is_valid() and report_form.is_valid()):
        messages = [
            str(e) for form in (period_form, report_form) for errors in form.errors.values() for e in errors
        ]
        return HttpResponse(" ".join(messages), status=400, content_type="text/plain; charset=utf-8")
    run = request_report(
        user=request.user, period=period_form.period, language=report_form.cleaned_data["language"]
    )
    return redirect("evaluation:report_status", pk=run.pk)


class ReportStatusView(PermissionRequiredMixin, DetailView):
    """Shows the progress; the page reloads itself every 2 seconds until the run is finished."""

    permission_required = "evaluation.view_report_run"
    template_name = "evaluation/report_status.html"
    context_object_name = "run"

    def get_queryset(self):
        return ReportRun.objects.select_related("requested_by")

    def get_permission_object(self):
        return self.get_object()


def _run(request: HttpRequest, pk: int) -> ReportRun:
    return get_object_or_404(ReportRun, pk=pk)


@permission_required("evaluation.view_report_run", get_object=_run)
def report_download(request: HttpRequest, pk: int) -> FileResponse:
    run = _run(request, pk)
    if run.status != ReportStatus.READY or not run.file:
        raise Http404(_("This report is not ready."))
    return FileResponse(
        run.file.open("rb"), as_attachment=True, filename=run.filename, content_type="application/pdf"
    )


@require_POST
@permission_required("evaluation.view_report_run", get_object=_run)
def report_restart(request: HttpRequest, pk: int) -> HttpResponse:
    """Produce a failed or stalled run again; its page follows the new attempt.

    Any evaluator may (as they may request a report); the state is checked by the service, so
    a second click, when the run is already queued again, gets a message rather than an error.
    """
    if restart_report(_run(request, pk)):
        messages.success(request, _("The report is being produced again."))
    else:
        messages.info(request, _("This report is already being produced."))
    return redirect("evaluation:report_status", pk=pk)
