"""Minutes drafted in the portal, and the Board's written procedures between meetings."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from sern_portal.permissions import permission_required

from ..models import (
    BoardMeeting,
    MeetingStatus,
    Minutes,
    MinutesState,
    Outcome,
    ProcedureVote,
    WrittenProcedure,
)
from ..paperwork_forms import MinutesForm, ProcedureForm, VoteForm
from ..rules import is_board_member, is_chair, is_secretariat
from ..services.errors import TransitionRefused
from ..services.minutes import MINUTES_WORKFLOW, change_minutes_state, save_draft
from ..services.procedures import cast_vote, close_procedure, eligible_voters, open_procedure
from .helpers import refused


@permission_required("members.view_board_papers")
def minutes_draft(request, pk: int):
    """The secretariat drafts the minutes; the Board reads them once circulated."""
    meeting = get_object_or_404(BoardMeeting, pk=pk)
    minutes = Minutes.objects.filter(meeting=meeting).first()
    secretariat = is_secretariat(request.user)
    if not secretariat and (minutes is None or minutes.state == MinutesState.DRAFT):
        minutes = None  # a draft is the secretariat's working copy
    if request.method == "POST":
        if not secretariat:
            raise PermissionDenied
        form = MinutesForm(request.POST)
        if form.is_valid():
            try:
                save_draft(meeting, request.user, form.cleaned_data["text"], form.cleaned_data["language"])
                messages.success(request, _("The draft minutes have been saved."))
                return redirect("board_minutes_draft", pk)
            except TransitionRefused as error:
                refused(request, error)
    else:
        initial = {"text": minutes.text, "language": minutes.language} if minutes else {"language": "en"}
        form = MinutesForm(initial=initial)
    later_meetings = BoardMeeting.objects.filter(
        date__gt=meeting.date, status__in=[MeetingStatus.HELD, MeetingStatus.MINUTES_APPROVED]
    )
    adopted = WrittenProcedure.objects.filter(result__outcome=Outcome.ADOPTED)
    return render(
        request,
        "members/board/minutes_draft.html",
        {
            "meeting": meeting,
            "minutes": minutes,
            "form": form,
            "can_edit": secretariat
            and meeting.status in (MeetingStatus.HELD, MeetingStatus.MINUTES_APPROVED)
            and (minutes is None or minutes.state == MinutesState.DRAFT),
            "next_states": sorted(MINUTES_WORKFLOW.next_states(minutes.state, "secretariat"))
            if (minutes and secretariat)
            else [],
            "later_meetings": later_meetings,
            "adopted_procedures": adopted,
            "history": minutes.changes.select_related("changed_by") if minutes else [],
        },
    )


@require_POST
@permission_required("members.prepare_meeting")
def minutes_state(request, pk: int):
    meeting = get_object_or_404(BoardMeeting, pk=pk)
    minutes = get_object_or_404(Minutes, meeting=meeting)
    to_state = request.POST.get("to_state", "")
    at_meeting = procedure = None
    approval = request.POST.get("approval", "")
    kind, _sep, number = approval.partition("-")
    if number.isdigit() and kind == "meeting":
        at_meeting = BoardMeeting.objects.filter(pk=int(number)).first()
    elif number.isdigit() and kind == "procedure":
        procedure = WrittenProcedure.objects.filter(pk=int(number)).first()
    try:
        if to_state not in MinutesState.values:
            raise TransitionRefused(_("You are not allowed to make this change."))
        change_minutes_state(minutes, to_state, request.user, at_meeting=at_meeting, procedure=procedure)
        messages.success(
            request, _("The minutes are now “%(state)s”.") % {"state": MinutesState(to_state).label}
        )
    except TransitionRefused as error:
        refused(request, error)
    return redirect("board_minutes_draft", pk)


# --- Written procedures ----------------------------------------------------------------------
@permission_required("members.view_written_procedures")
def procedures(request):
    return render(
        request,
        "members/board/procedures.html",
        {
            "procedures": WrittenProcedure.objects.select_related("result").order_by("-deadline", "-pk")[:50],
            "can_open": is_chair(request.user),
            "form": ProcedureForm(),
        },
    )


@require_POST
@permission_required("members.open_written_procedure")
def procedure_new(request):
    form = ProcedureForm(request.POST)
    if not form.is_valid():
        for errors in form.errors.values():
            messages.error(request, " ".join(errors))
        return redirect("board_procedures")
    try:
        procedure = open_procedure(
            request.user,
            form.cleaned_data["question"],
            form.cleaned_data["deadline"],
            form.cleaned_data["explanation"],
        )
    except TransitionRefused as error:
        refused(request, error)
        return redirect("board_procedures")
    messages.success(request, _("The question has been put to the Board."))
    return redirect("board_procedure", procedure.pk)


@permission_required("members.view_written_procedures")
def procedure(request, pk: int):
    item = get_object_or_404(WrittenProcedure.objects.select_related("opened_by"), pk=pk)
    mine = ProcedureVote.objects.filter(procedure=item, voter=request.user).first()
    voters = eligible_voters()
    votes = {v.voter_id: v for v in item.votes.all()}
    return render(
        request,
        "members/board/procedure.html",
        {
            "procedure": item,
            "result": getattr(item, "result", None),
            "mine": mine,
            "vote_form": VoteForm(initial={"vote": mine.vote} if mine else {}),
            "can_vote": is_board_member(request.user) and item.is_open,
            "can_close": is_chair(request.user) and item.closed_at is None,
            "voters": [(person, votes.get(person.pk)) for person in voters],
            "log": item.vote_log.select_related("voter"),
            "now": timezone.now(),
        },
    )


@require_POST
@permission_required("members.vote_written_procedure")
def vote(request, pk: int):
    item = get_object_or_404(WrittenProcedure, pk=pk)
    form = VoteForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Please vote yes, no or abstain."))
        return redirect("board_procedure", pk)
    try:
        cast_vote(item, request.user, form.cleaned_data["vote"])
        messages.success(request, _("Your vote has been recorded."))
    except TransitionRefused as error:
        refused(request, error)
    return redirect("board_procedure", pk)


@require_POST
@permission_required("members.close_written_procedure")
def close(request, pk: int):
    item = get_object_or_404(WrittenProcedure, pk=pk)
    try:
        close_procedure(item, request.user)
        messages.success(request, _("The written procedure is closed and its result recorded."))
    except TransitionRefused as error:
        refused(request, error)
    return redirect("board_procedure", pk)
