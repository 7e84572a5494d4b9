"""Demo data of the Board's paperwork: attendance, minutes approved and filed, a written procedure.

Deterministic and idempotent: dates come from the meetings (not from now), rows are created once,
and the minutes' PDFs are filed only for minutes that do not exist yet.
"""

import datetime

from django.utils import timezone, translation
from django.utils.formats import date_format

from ..models import (
    ApprovalRoute,
    Attendance,
    AttendanceMode,
    BoardMeeting,
    MeetingStatus,
    Minutes,
    MinutesChange,
    MinutesState,
    Outcome,
    Presence,
    ProcedureResult,
    ProcedureVote,
    ProcedureVoteLog,
    User,
    Vote,
    WrittenProcedure,
)
from ..services.minutes import file_minutes
from ..services.procedures import compute_outcome

BOARD_EMAILS = ["chair@demo.sern.eu", "board@demo.sern.eu"]
MINUTES_TEXT = (
    "The chair opened the meeting and the Board approved the agenda.\n\n"
    "The secretariat reported on the membership applications, the network's projects and the "
    "preparation of the General Assembly. The Board took the decisions recorded below."
)

# A written procedure's question and explanation are one text, not translated fields: the Board
# reads Swedish, Italian and English, so the demo's is written in all three (not in English only).
QUESTION = {
    "sv": "Godkänns protokollet från styrelsemötet den {day}?",
    "it": "Si approva il verbale della riunione del Consiglio direttivo del {day}?",
    "en": "Approve the minutes of the Board meeting of {day}?",
}
EXPLANATION = (
    "Protokollsutkastet skickades till styrelsen med möteshandlingarna.\n"
    "La bozza di verbale è stata inviata al Consiglio con i documenti della riunione.\n"
    "The draft minutes were circulated to the Board with the meeting papers."
)


def procedure_question(day: datetime.date) -> str:
    """The question in Swedish, Italian and English, each with the date as its language writes it."""
    parts = []
    for code, text in QUESTION.items():
        with translation.override(code):
            parts.append(text.format(day=date_format(day, "DATE_FORMAT")))
    return " / ".join(parts)


def _procedure_for(meeting: BoardMeeting, board: list[User]) -> WrittenProcedure:
    """A closed written procedure that approved the minutes of ``meeting`` a week after it."""
    chair = board[0]
    deadline = datetime.datetime.combine(
        meeting.date + datetime.timedelta(days=7), datetime.time(12, 0), tzinfo=datetime.UTC
    )
    procedure, created = WrittenProcedure.objects.get_or_create(
        question=procedure_question(meeting.date),
        defaults={
            "deadline": deadline,
            "opened_by": chair,
            "opened_at": deadline - datetime.timedelta(days=7),
            "closed_at": deadline,
            "explanation": EXPLANATION,
        },
    )
    if created:
        for index, person in enumerate(board):
            at = deadline - datetime.timedelta(days=6 - index)
            ProcedureVote.objects.create(procedure=procedure, voter=person, vote=Vote.YES)
            ProcedureVoteLog.objects.create(procedure=procedure, voter=person, vote=Vote.YES, at=at)
        outcome, required = compute_outcome(len(board), 0, 0, len(board))
        ProcedureResult.objects.create(
            procedure=procedure,
            eligible=len(board),
            quorum=required,
            yes=len(board),
            no=0,
            abstain=0,
            outcome=outcome,
            recorded_at=deadline,
        )
    return procedure


def seed_board_paperwork() -> list[Minutes]:
    """Attendance of the past meetings, their minutes approved (at the next meeting, or by a written
    procedure for the latest one) and filed in the library's "minutes" folder."""
    board = list(User.objects.filter(email__in=BOARD_EMAILS).order_by("email"))
    board.sort(key=lambda person: person.email != "chair@demo.sern.eu")  # the chair first
    past = list(
        BoardMeeting.objects.filter(
            date__lt=timezone.localdate(), status=MeetingStatus.MINUTES_APPROVED
        ).order_by("date")
    )
    done = []
    for index, meeting in enumerate(past):
        for person in board:
            Attendance.objects.get_or_create(
                meeting=meeting,
                person=person,
                defaults={"presence": Presence.PRESENT, "mode": AttendanceMode.IN_PERSON},
            )
        if Minutes.objects.filter(meeting=meeting).exists():
            done.append(Minutes.objects.get(meeting=meeting))
            continue
        minutes = Minutes.objects.create(meeting=meeting, text=MINUTES_TEXT, language="en")
        following = past[index + 1] if index + 1 < len(past) else None
        if following is not None:
            approval = {
                "approval_route": ApprovalRoute.MEETING,
                "approved_at_meeting": following,
                "approved_on": following.date,
            }
        else:
            procedure = _procedure_for(meeting, board)
            assert procedure.result.outcome == Outcome.ADOPTED
            approval = {
                "approval_route": ApprovalRoute.WRITTEN_PROCEDURE,
                "approved_by_procedure": procedure,
                "approved_on": procedure.deadline.date(),
            }
        for step_from, step_to in [
            (MinutesState.DRAFT, MinutesState.CIRCULATED),
            (MinutesState.CIRCULATED, MinutesState.APPROVED),
        ]:
            Minutes.objects.move_state(
                minutes.pk, step_from, state=step_to, **(approval if step_to == MinutesState.APPROVED else {})
            )
            MinutesChange.objects.create(minutes=minutes, from_state=step_from, to_state=step_to)
        done.append(file_minutes(minutes))
    return done
