"""The steps of an idea's workflow: phase moves, expressions of interest and their answers."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from sern_portal.permissions import permission_required

from ..forms import DecisionForm, InterestForm, PhaseForm
from ..models import ExpressionOfInterest, InterestStatus, ProjectIdea
from ..selectors import member_organisations_of
from ..services import TransitionRefused, express_interest, move_idea_to_phase, set_interest_status


def get_idea(request, pk: int) -> ProjectIdea:
    return get_object_or_404(ProjectIdea.objects.select_related("lead"), pk=pk)


def get_interest(request, pk: int) -> ExpressionOfInterest:
    return get_object_or_404(ExpressionOfInterest.objects.select_related("idea__lead", "organisation"), pk=pk)


@require_POST
@permission_required("projects.move_idea_phase", get_idea)
def move_phase(request, pk: int):
    idea = get_idea(request, pk)
    form = PhaseForm(request.POST)
    if form.is_valid():
        # The phase the user saw on the page: a move made meanwhile by someone else is refused.
        idea.phase = request.POST.get("from_phase") or idea.phase
        try:
            change = move_idea_to_phase(
                idea, form.cleaned_data["to_phase"], by=request.user, note=form.cleaned_data["note"]
            )
        except TransitionRefused as refused:
            messages.error(request, refused.message)
        else:
            messages.success(
                request,
                _("The idea is now in the “%(phase)s” phase.") % {"phase": change.get_to_phase_display()},
            )
    else:
        messages.error(request, _("Choose the phase to move the idea to."))
    return redirect("projects:idea_detail", pk)


@permission_required("projects.express_interest", get_idea)
def express(request, pk: int):
    idea = get_idea(request, pk)
    organisations = member_organisations_of(request.user).exclude(pk=idea.lead_id)
    form = InterestForm(request.POST or None, organisations=organisations)
    if request.method == "POST" and form.is_valid():
        try:
            interest, created = express_interest(
                idea, form.cleaned_data["organisation"], message=form.cleaned_data["message"], by=request.user
            )
        except TransitionRefused as refused:
            form.add_error(None, refused.message)
        else:
            if created:
                messages.success(
                    request, _("Your interest is sent to the lead, who will answer you by e-mail.")
                )
            else:
                messages.info(
                    request,
                    _("Your organisation has already expressed interest in this idea (%(status)s).")
                    % {"status": interest.get_status_display()},
                )
            return redirect("projects:idea_detail", pk)
    return render(request, "projects/interest_form.html", {"idea": idea, "form": form})


@require_POST
@permission_required("projects.decide_interest", get_interest)
def decide(request, pk: int):
    interest = get_interest(request, pk)
    form = DecisionForm(request.POST)
    if form.is_valid():
        try:
            set_interest_status(
                interest, form.cleaned_data["decision"], by=request.user, note=form.cleaned_data["note"]
            )
        except TransitionRefused as refused:
            messages.error(request, refused.message)
        else:
            text = (
                _("%(organisation)s joins the project group.")
                if interest.status == InterestStatus.ACCEPTED
                else _("You declined the interest of %(organisation)s.")
            )
            messages.success(request, text % {"organisation": interest.organisation.name})
    else:
        messages.error(request, _("Choose to accept or decline."))
    return redirect("projects:idea_detail", interest.idea_id)


@require_POST
@permission_required("projects.withdraw_interest", get_interest)
def withdraw(request, pk: int):
    interest = get_interest(request, pk)
    try:
        set_interest_status(interest, InterestStatus.WITHDRAWN, by=request.user)
    except TransitionRefused as refused:
        messages.error(request, refused.message)
    else:
        messages.success(request, _("Your expression of interest is withdrawn."))
    return redirect("projects:idea_detail", interest.idea_id)
