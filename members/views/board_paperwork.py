"""A meeting's paperwork: the pack page (agenda, documents, convocation) and the attendance."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from sern_portal.permissions import permission_required

from ..models import (
    AttendanceMode,
    BoardMeeting,
    MeetingDocument,
    MeetingStatus,
    MembershipApplication,
    Presence,
)
from ..paperwork_forms import AgendaItemForm, LibraryPickForm, UploadForm
from ..rules import is_secretariat
from ..services.errors import TransitionRefused
from ..services.paperwork import (
    add_agenda_item,
    attach_library_document,
    attach_upload,
    board_on,
    meeting_quorum,
    record_attendance,
    send_convocation,
)
from .helpers import refused


@permission_required("members.view_board_papers")
def pack(request, pk: int):
    """The convocation's page: agenda (applications and other items), the papers, the sendings."""
    meeting = get_object_or_404(BoardMeeting, pk=pk)
    secretariat = is_secretariat(request.user)
    return render(
        request,
        "members/board/pack.html",
        {
            "meeting": meeting,
            "applications": MembershipApplication.objects.filter(meeting=meeting).order_by(
                "submitted_at", "pk"
            ),
            "items": meeting.agenda_items.all(),
            "documents": meeting.documents.select_related("library_document"),
            "convocations": meeting.convocations.select_related("sent_by"),
            "is_secretariat": secretariat,
            "can_prepare": secretariat and meeting.status != MeetingStatus.MINUTES_APPROVED,
            # Three forms on one page: each its own ids, so every label names its own field.
            "item_form": AgendaItemForm(auto_id="item-%s"),
            "upload_form": UploadForm(auto_id="upload-%s"),
            "pick_form": LibraryPickForm(auto_id="pick-%s") if secretariat else None,
        },
    )


def _back_to_pack(meeting_pk: int):
    return redirect("board_pack", meeting_pk)


def _change_pack(request, pk: int, form, change, done: str, invalid: str | None = None):
    """Check ``form``; call ``change(meeting, cleaned_data)``; say it is done, or why not (the
    form's errors, or ``invalid`` in their place; a service's refusal); back to the pack."""
    meeting = get_object_or_404(BoardMeeting, pk=pk)
    if not form.is_valid():
        for error in [invalid] if invalid else [" ".join(errors) for errors in form.errors.values()]:
            messages.error(request, error)
        return _back_to_pack(pk)
    try:
        change(meeting, form.cleaned_data)
        messages.success(request, done)
    except TransitionRefused as error:
        refused(request, error)
    return _back_to_pack(pk)


@require_POST
@permission_required("members.prepare_meeting")
def add_item(request, pk: int):
    return _change_pack(
        request,
        pk,
        AgendaItemForm(request.POST),
        lambda meeting, data: add_agenda_item(meeting, request.user, data["title"], data["description"]),
        _("The item has been added to the agenda."),
        invalid=_("Please give the agenda item a title."),
    )


@require_POST
@permission_required("members.prepare_meeting")
def upload(request, pk: int):
    return _change_pack(
        request,
        pk,
        UploadForm(request.POST, request.FILES),
        lambda meeting, data: attach_upload(meeting, request.user, data["title"], data["file"]),
        _("The document has been added to the meeting papers."),
    )


@require_POST
@permission_required("members.prepare_meeting")
def pick(request, pk: int):
    return _change_pack(
        request,
        pk,
        LibraryPickForm(request.POST),
        lambda meeting, data: attach_library_document(meeting, request.user, data["document"]),
        _("The document has been added to the meeting papers."),
        invalid=_("Please choose a document from the library."),
    )


@require_POST
@permission_required("members.prepare_meeting")
def convene(request, pk: int):
    """Send the convocation (once), or send it again when the form says so explicitly."""
    meeting = get_object_or_404(BoardMeeting, pk=pk)
    resend = request.POST.get("resend") == "1"
    try:
        send_convocation(meeting, request.user, resend=resend)
        messages.success(request, _("The convocation is being sent to the Board."))
    except TransitionRefused as error:
        refused(request, error)
    return _back_to_pack(pk)


@permission_required("members.view_board_papers")
def document(request, pk: int, document_pk: int):
    """A paper of the pack: an upload from private storage, or the library document's latest file."""
    paper = get_object_or_404(
        MeetingDocument.objects.select_related("library_document"), pk=document_pk, meeting=pk
    )
    if paper.file:
        return FileResponse(
            paper.file.open("rb"), as_attachment=True, filename=paper.file.name.rsplit("/", 1)[-1]
        )
    version = (
        paper.library_document.versions.order_by("-uploaded_at", "-pk").first()
        if paper.library_document
        else None
    )
    if version is None:
        raise Http404
    return FileResponse(version.file.open("rb"), as_attachment=True, filename=version.original_name)


@permission_required("members.view_board_papers")
def attendance(request, pk: int):
    """Who attended (present / excused / absent, in person or online) and the quorum, before decisions."""
    meeting = get_object_or_404(BoardMeeting, pk=pk)
    people = board_on(meeting.date)
    can_record = is_secretariat(request.user) and meeting.status != MeetingStatus.MINUTES_APPROVED
    if request.method == "POST":
        if not can_record:
            raise PermissionDenied
        entries = {}
        for person in people:
            presence = request.POST.get(f"presence-{person.pk}", "")
            if presence:
                entries[person.pk] = (presence, request.POST.get(f"mode-{person.pk}", ""))
        try:
            state = record_attendance(meeting, request.user, entries)
            messages.success(
                request,
                _("Attendance recorded: %(present)s present, %(required)s required for the quorum.")
                % {"present": state.present, "required": state.required},
            )
        except TransitionRefused as error:
            refused(request, error)
        return redirect("board_attendance", pk)
    recorded = {row.person_id: row for row in meeting.attendance.all()}
    rows = [(person, recorded.get(person.pk)) for person in people]
    return render(
        request,
        "members/board/attendance.html",
        {
            "meeting": meeting,
            "rows": rows,
            "quorum": meeting_quorum(meeting),
            "can_record": can_record,
            "presences": Presence.choices,
            "modes": AttendanceMode.choices,
        },
    )
