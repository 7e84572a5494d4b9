"""Submissions of ideas to EU programmes, their outcome, and the network's project history."""

from django.contrib import messages
from django.db.models import Count, Q, Sum
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_filters.views import FilterView

from sern_portal.permissions import PermissionRequiredMixin, permission_required

from ..filters import FilterQueryMixin, RecordFilter
from ..forms import CorrectionForm, OutcomeForm, SubmissionForm
from ..models import ProjectOutcome, ProjectRecord
from ..services import TransitionRefused, correct_record, decide_outcome, record_submission, verify_record
from .workflow import get_idea


def get_record(request, pk: int) -> ProjectRecord:
    return get_object_or_404(ProjectRecord.objects.select_related("idea__lead"), pk=pk)


@permission_required("projects.record_submission", get_idea)
def submission(request, pk: int):
    idea = get_idea(request, pk)
    form = SubmissionForm(request.POST or None, initial={"programme": idea.programme_name})
    if request.method == "POST" and form.is_valid():
        try:
            record_submission(idea, by=request.user, **form.cleaned_data)
        except TransitionRefused as refused:
            form.add_error(None, refused.message)
        else:
            messages.success(
                request, _("The submission is recorded. Record its outcome when the answer comes.")
            )
            return redirect("projects:idea_detail", pk)
    return render(request, "projects/submission_form.html", {"idea": idea, "form": form})


@permission_required("projects.decide_outcome", get_record)
def outcome(request, pk: int):
    record = get_record(request, pk)
    form = OutcomeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            decide_outcome(
                record,
                data["outcome"],
                eu_grant_eur=data["eu_grant_eur"] or 0,
                participants=data["participants"] or 0,
                by=request.user,
            )
        except TransitionRefused as refused:
            form.add_error(None, refused.message)
        else:
            messages.success(request, _("The outcome is recorded."))
            return redirect("projects:idea_detail", record.idea_id)
    return render(
        request, "projects/outcome_form.html", {"record": record, "idea": record.idea, "form": form}
    )


@require_POST
@permission_required("projects.verify_record", get_record)
def verify(request, pk: int):
    """The secretariat confirms a member's record: it now counts in the public figures."""
    record = get_record(request, pk)
    if verify_record(record, request.user):
        messages.success(
            request,
            _("%(acronym)s is verified: it counts in the public figures.") % {"acronym": record.acronym},
        )
    else:
        messages.info(request, _("This record had already been verified."))
    return redirect("projects:project_history")


@permission_required("projects.correct_record", get_record)
def correct(request, pk: int):
    """The secretariat corrects a record's outcome and figures, giving a reason (logged)."""
    record = get_record(request, pk)
    initial = {
        "outcome": record.outcome,
        "eu_grant_eur": record.eu_grant_eur,
        "participants": record.participants,
    }
    form = CorrectionForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            correct_record(
                record,
                outcome=data["outcome"],
                eu_grant_eur=data["eu_grant_eur"] or 0,
                participants=data["participants"] or 0,
                reason=data["reason"],
                by=request.user,
            )
        except TransitionRefused as refused:
            form.add_error(None, refused.message)
        else:
            messages.success(request, _("The correction is saved and logged."))
            return redirect("projects:project_history")
    changes = record.changes.select_related("by")
    return render(
        request, "projects/record_correct.html", {"record": record, "form": form, "changes": changes}
    )


class ProjectHistoryView(PermissionRequiredMixin, FilterQueryMixin, FilterView):
    """The network's projects submitted at EU level: the records behind the public figures."""

    permission_required = "projects.view_project_history"
    filterset_class = RecordFilter
    strict = False  # an invalid filter is ignored (and reported), not an empty list
    template_name = "projects/history.html"
    context_object_name = "records"
    paginate_by = 25

    def get_queryset(self):
        return ProjectRecord.objects.select_related("lead").order_by("-submitted_on", "acronym")

    def get_context_data(self, **kwargs):
        approved = Q(outcome=ProjectOutcome.APPROVED)
        totals = self.object_list.aggregate(
            submitted=Count("pk"),
            approved=Count("pk", filter=approved),
            participants=Sum("participants", filter=approved),
            eu_grants=Sum("eu_grant_eur", filter=approved),
        )
        return super().get_context_data(
            totals=totals, can_check_records=self.request.user.has_perm("projects.correct_record"), **kwargs
        )
