"""Minutes drafted in the portal: draft → circulated → approved → frozen (filed in the library).

Every change of state goes through ``change_minutes_state`` and its table ``MINUTES_WORKFLOW``.
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from outbox.queue import enqueue
from sern_portal.workflow import Workflow

from ..models import (
    ApprovalRoute,
    AuditAction,
    BoardMeeting,
    MeetingStatus,
    Minutes,
    MinutesChange,
    MinutesState,
    Outcome,
    WrittenProcedure,
)
from .audit import record_audit
from .errors import TransitionRefused

N = MinutesState
SECRETARIAT = "secretariat"
FILING = "filing"  # the task that files the approved minutes' PDF in the library

MINUTES_WORKFLOW = Workflow(
    MinutesState,
    {
        (N.DRAFT, N.CIRCULATED): SECRETARIAT,
        (N.CIRCULATED, N.DRAFT): SECRETARIAT,
        (N.CIRCULATED, N.APPROVED): SECRETARIAT,
        (N.APPROVED, N.FROZEN): FILING,
    },
    refusal=gettext_lazy("These minutes are “%(from)s”: they cannot become “%(to)s”."),
)


def _check_secretariat(by_user) -> None:
    from ..rules import is_secretariat

    if by_user is None or not is_secretariat(by_user):
        raise TransitionRefused(_("You are not allowed to make this change."))


def save_draft(meeting: BoardMeeting, by_user, text: str, language: str = "en") -> Minutes:
    """Create or edit the draft minutes of a held meeting.

    Side effects: saves the text. Refused once the minutes are approved (and ``Minutes.save``
    refuses it again, whoever calls it).
    """
    _check_secretariat(by_user)
    if meeting.status not in (MeetingStatus.HELD, MeetingStatus.MINUTES_APPROVED):
        raise TransitionRefused(_("Minutes are drafted once the meeting has been held."))
    with transaction.atomic():
        minutes = Minutes.objects.select_for_update().filter(meeting=meeting).first()
        if minutes is None:
            return Minutes.objects.create(meeting=meeting, text=text, language=language)
        if minutes.state != MinutesState.DRAFT:
            raise TransitionRefused(
                _("These minutes are “%(state)s”: only a draft can be edited.")
                % {"state": minutes.get_state_display()}
            )
        minutes.text = text
        minutes.language = language
        minutes.save()
    return minutes


def change_minutes_state(
    minutes: Minutes,
    to_state: str,
    by_user,
    *,
    at_meeting: BoardMeeting | None = None,
    procedure: WrittenProcedure | None = None,
) -> Minutes:
    """Move ``minutes`` from the state its caller saw to ``to_state``.

    Side effects, in order:
    1. checks: the pair is in ``MINUTES_WORKFLOW``, the secretariat acts (the filing task freezes);
       an approval names how: at a later meeting that is held, or by a written procedure whose
       recorded result adopted it;
    2. saves with a conditional ``UPDATE … WHERE state = from`` (the loser of a race is refused);
    3. appends a ``MinutesChange``;
    4. on approval: queues ``members.tasks.file_approved_minutes`` (outbox: the PDFs are filed in
       the library after the commit; a failure there leaves the approval saved and the task
       retried) and records a ``minutes_approved`` audit entry.
    """
    from_state = minutes.state
    role = MINUTES_WORKFLOW.check(from_state, to_state)
    if role == SECRETARIAT:
        _check_secretariat(by_user)
    changes: dict = {"state": to_state}
    if to_state == N.APPROVED:
        if at_meeting is not None:
            if at_meeting.pk == minutes.meeting_id or at_meeting.date <= minutes.meeting.date:
                raise TransitionRefused(_("Minutes are approved at a later meeting."))
            if at_meeting.status not in (MeetingStatus.HELD, MeetingStatus.MINUTES_APPROVED):
                raise TransitionRefused(_("Minutes are approved at a meeting that has been held."))
            changes |= {"approval_route": ApprovalRoute.MEETING, "approved_at_meeting": at_meeting}
        elif procedure is not None:
            result = getattr(procedure, "result", None)
            if result is None or result.outcome != Outcome.ADOPTED:
                raise TransitionRefused(_("This written procedure has not adopted the minutes."))
            changes |= {"approval_route": ApprovalRoute.WRITTEN_PROCEDURE, "approved_by_procedure": procedure}
        else:
            raise TransitionRefused(
                _("Say how the Board approved the minutes: at a meeting or by written procedure.")
            )
        changes["approved_on"] = timezone.localdate()
    with transaction.atomic():
        if not Minutes.objects.move_state(minutes.pk, from_state, **changes):
            raise TransitionRefused(_("These minutes have just been changed by someone else."))
        MinutesChange.objects.create(
            minutes=minutes, from_state=from_state, to_state=to_state, changed_by=by_user
        )
        if to_state == N.APPROVED:
            enqueue("members.tasks.file_approved_minutes", minutes.pk, key=f"file-minutes:{minutes.pk}")
            record_audit(
                by_user,
                AuditAction.MINUTES_APPROVED,
                minutes,
                {"route": changes["approval_route"], "meeting": minutes.meeting_id},
            )
    minutes.refresh_from_db()
    return minutes


def file_minutes(minutes: Minutes) -> Minutes:
    """File approved minutes in the library, one PDF per language, then freeze them.

    Idempotent: frozen minutes are skipped; filing again adds versions to the same document
    (``source_key``), never a second document. Side effects: PDFs in the library (folder
    "minutes", members' access); the minutes become frozen (``MinutesChange`` appended).
    """
    from django.conf import settings
    from django.utils import translation

    from library.models import Access
    from library.services.filing import file_document

    from ..pdf import render_pdf

    minutes = Minutes.objects.select_related("meeting").get(pk=minutes.pk)
    if minutes.state != N.APPROVED:
        return minutes
    meeting = minutes.meeting
    titles = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            titles[code] = _("Minutes of the %(meeting)s") % {"meeting": meeting}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            pdf = render_pdf("members/board/approved_minutes_pdf.html", minutes_pdf_context(minutes))
        file_document(
            source_key=f"minutes:{meeting.pk}",
            folder_slug="minutes",
            titles=titles,
            access=Access.MEMBERS,
            content=pdf,
            filename=f"sern-board-{meeting.date:%Y-%m-%d}-minutes-{code}.pdf",
            language=code,
        )
    return change_minutes_state(minutes, N.FROZEN, None)


def minutes_pdf_context(minutes: Minutes) -> dict:
    """What the approved minutes' PDF shows: the text, the attendance, the quorum, the decisions."""
    from django.conf import settings
    from django.utils.translation import get_language

    from ..models import ApplicationEvent
    from .paperwork import meeting_quorum

    meeting = minutes.meeting
    return {
        "minutes": minutes,
        "meeting": meeting,
        "attendance": meeting.attendance.select_related("person").order_by("person__name"),
        "quorum": meeting_quorum(meeting),
        "agenda_items": meeting.agenda_items.all(),
        "decisions": ApplicationEvent.objects.filter(
            meeting=meeting, to_state__in=["approved", "rejected", "deferred"]
        )
        .select_related("application")
        .order_by("created_at", "pk"),
        "text_language": dict(settings.LANGUAGES).get(minutes.language, minutes.language),
        "other_language": minutes.language != get_language(),
    }
