"""A meeting's paperwork: agenda items, the paperless pack, the convocation, attendance and quorum."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from outbox.queue import enqueue
from sern_portal.quorum import parse_quorum

from ..models import (
    AgendaItem,
    Attendance,
    AttendanceMode,
    BoardMeeting,
    BoardSeat,
    ConvocationKind,
    ConvocationSend,
    MeetingDocument,
    MeetingStatus,
    Presence,
    User,
)
from .errors import TransitionRefused


def board_on(day) -> list[User]:
    """The people holding a Board seat on ``day`` (the meeting's convocation and attendance list)."""
    ids = BoardSeat.objects.current(on=day).values("user")
    return list(User.objects.filter(pk__in=ids, is_active=True).order_by("name", "pk"))


def _check_secretariat(by_user) -> None:
    from ..rules import is_secretariat

    if not is_secretariat(by_user):
        raise TransitionRefused(_("You are not allowed to make this change."))


def _check_not_closed(meeting: BoardMeeting) -> None:
    if meeting.status == MeetingStatus.MINUTES_APPROVED:
        raise TransitionRefused(_("The minutes of this meeting are approved: its papers are final."))


# --- Agenda and pack -------------------------------------------------------------------------
def add_agenda_item(meeting: BoardMeeting, by_user, title: str, description: str = "") -> AgendaItem:
    """Side effects: saves the item at the end of the agenda."""
    _check_secretariat(by_user)
    _check_not_closed(meeting)
    last = meeting.agenda_items.aggregate(n=Max("position"))["n"] or 0
    return AgendaItem.objects.create(meeting=meeting, title=title, description=description, position=last + 1)


def attach_upload(meeting: BoardMeeting, by_user, title: str, upload) -> MeetingDocument:
    """Side effects: stores the file in private storage and adds it to the meeting's pack."""
    _check_secretariat(by_user)
    _check_not_closed(meeting)
    document = MeetingDocument(meeting=meeting, title=title, added_by=by_user)
    document.file.save(upload.name, ContentFile(upload.read()), save=False)
    document.save()
    return document


def attach_library_document(meeting: BoardMeeting, by_user, library_document) -> MeetingDocument:
    """Side effects: adds a library document (by reference, its versions stay in the library)."""
    _check_secretariat(by_user)
    _check_not_closed(meeting)
    return MeetingDocument.objects.create(
        meeting=meeting, title=library_document.title, library_document=library_document, added_by=by_user
    )


# --- Convocation ---------------------------------------------------------------------------
def send_convocation(meeting: BoardMeeting, by_user, resend: bool = False) -> ConvocationSend:
    """Convene the Board: e-mail every current Board member the agenda and the pack's link.

    Sent once: a second "send" (a double click, two tabs) is refused; sending again is the explicit
    ``resend=True``, logged as its own round. Side effects, in order:
    1. checks: the secretariat acts, the meeting is not over;
    2. appends a ``ConvocationSend`` (round 1, or the next round for a resend; the unique
       (meeting, round) constraint settles two clicks at once);
    3. queues ``members.tasks.send_convocation`` (outbox; one e-mail per person and round, each in
       the person's language).
    """
    _check_secretariat(by_user)
    _check_not_closed(meeting)
    if meeting.status == MeetingStatus.HELD:
        raise TransitionRefused(_("This meeting has been held: its convocation can no longer be sent."))
    try:
        with transaction.atomic():
            last = meeting.convocations.aggregate(n=Max("round"))["n"] or 0
            if last and not resend:
                raise TransitionRefused(
                    _("The convocation has already been sent. Use “Send again” to send it once more.")
                )
            if not last and resend:
                raise TransitionRefused(_("The convocation has not been sent yet."))
            sent = ConvocationSend.objects.create(
                meeting=meeting,
                round=last + 1,
                kind=ConvocationKind.RESENT if last else ConvocationKind.SENT,
                sent_by=by_user,
            )
            enqueue("members.tasks.send_convocation", sent.pk)
    except IntegrityError:
        raise TransitionRefused(_("The convocation has just been sent by someone else.")) from None
    return sent


# --- Attendance and quorum -----------------------------------------------------------------
@dataclass(frozen=True)
class QuorumState:
    seats: int
    present: int
    excused: int
    absent: int
    required: int

    @property
    def reached(self) -> bool:
        return self.seats > 0 and self.present >= self.required


def quorum_for(present: int, seats: int, excused: int = 0, absent: int = 0) -> QuorumState:
    required = parse_quorum(settings.SERN_BOARD_QUORUM).required(seats)
    return QuorumState(seats=seats, present=present, excused=excused, absent=absent, required=required)


def meeting_quorum(meeting: BoardMeeting) -> QuorumState:
    """The quorum of a meeting: Board seats on its day, members recorded present (in person or online).

    Meetings whose attendance was recorded before per-person attendance existed count their
    ``attendees`` (the data migration turned them into "present" rows).
    """
    rows = list(meeting.attendance.values_list("presence", flat=True))
    seats = len(board_on(meeting.date))
    if not rows:
        present = meeting.attendees.count()
        return quorum_for(present, max(seats, present))
    return quorum_for(
        rows.count(Presence.PRESENT),
        max(seats, len(rows)),
        excused=rows.count(Presence.EXCUSED),
        absent=rows.count(Presence.ABSENT),
    )


def check_quorum_for_decisions(meeting: BoardMeeting) -> None:
    """Refuses a decision at a meeting whose recorded attendance does not reach the quorum.

    A meeting with no attendance recorded at all cannot be held (``change_meeting_status``
    requires it), so there is nothing to count before then.
    """
    if not meeting.attendance.exists() and not meeting.attendees.exists():
        return
    state = meeting_quorum(meeting)
    if not state.reached:
        raise TransitionRefused(
            _(
                "The quorum is not reached: %(present)s Board member(s) present, %(required)s "
                "required. No decision can be recorded."
            )
            % {"present": state.present, "required": state.required}
        )


def record_attendance(meeting: BoardMeeting, by_user, entries: dict[int, tuple[str, str]]) -> QuorumState:
    """Record each Board member's attendance: ``{user_id: (presence, mode)}``.

    Side effects: replaces the meeting's attendance rows for the people given; the meeting's
    ``attendees`` become the people present (what the older pages and indicators read).
    """
    _check_secretariat(by_user)
    _check_not_closed(meeting)
    allowed = {person.pk for person in board_on(meeting.date)}
    with transaction.atomic():
        BoardMeeting.objects.select_for_update().filter(pk=meeting.pk).get()
        for user_id, (presence, mode) in entries.items():
            if user_id not in allowed or presence not in Presence.values:
                raise TransitionRefused(_("Please record the attendance of the Board's members only."))
            if presence != Presence.PRESENT:
                mode = ""
            elif mode not in AttendanceMode.values:
                mode = AttendanceMode.IN_PERSON
            Attendance.objects.update_or_create(
                meeting=meeting, person_id=user_id, defaults={"presence": presence, "mode": mode}
            )
        present = meeting.attendance.filter(presence=Presence.PRESENT).values_list("person", flat=True)
        meeting.attendees.set(list(present))
    return meeting_quorum(meeting)
