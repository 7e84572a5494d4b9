"""Board meetings: which meeting an application goes to, the year's three meetings, their life.

A meeting's life is planned → (agenda published) → held, with its attendance → minutes approved.
Every change goes through ``change_meeting_status`` and its table ``MEETING_WORKFLOW``.
"""

import datetime

from django.db import transaction
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from outbox.queue import enqueue
from sern_portal.workflow import Workflow

from ..models import BoardMeeting, MeetingStatus, MembershipApplication
from ..models.applications import AWAITING_DECISION_STATES
from .errors import TransitionRefused

MEETING_MONTHS = (2, 5, 11)  # February, May, November
OPEN_STATUSES = (MeetingStatus.PLANNED, MeetingStatus.AGENDA_PUBLISHED)
M = MeetingStatus
SECRETARIAT = "secretariat"

# (from, to) → who may make the change. Anything not in this table is refused.
MEETING_WORKFLOW = Workflow(
    MeetingStatus,
    {
        (M.PLANNED, M.AGENDA_PUBLISHED): SECRETARIAT,
        (M.PLANNED, M.HELD): SECRETARIAT,
        (M.AGENDA_PUBLISHED, M.HELD): SECRETARIAT,
        (M.HELD, M.MINUTES_APPROVED): SECRETARIAT,
    },
    refusal=gettext_lazy("This meeting is “%(from)s”: it cannot become “%(to)s”."),
)
ALLOWED_MEETING_TRANSITIONS: dict[tuple[str, str], str] = MEETING_WORKFLOW.edges


def next_statuses(meeting: BoardMeeting) -> list[MeetingStatus]:
    """The statuses the meeting can move to from where it is, in the table's order."""
    return [MeetingStatus(to) for (frm, to) in ALLOWED_MEETING_TRANSITIONS if frm == meeting.status]


def next_open_meeting(
    on: datetime.date | None = None, after: BoardMeeting | None = None
) -> BoardMeeting | None:
    """The first meeting still open for the agenda on ``on`` (today by default), after ``after``."""
    candidates = BoardMeeting.objects.open_for_agenda(on)
    if after is not None:
        candidates = candidates.filter(date__gt=after.date)
    return candidates.first()


def meeting_date_in(year: int, month: int) -> datetime.date:
    """The third Thursday of the month: the Board's usual meeting day."""
    first = datetime.date(year, month, 1)
    first_thursday = first + datetime.timedelta(days=(3 - first.weekday()) % 7)
    return first_thursday + datetime.timedelta(weeks=2)


def create_year_meetings(year: int) -> list[BoardMeeting]:
    """The year's February, May and November meetings (existing ones are kept as they are)."""
    meetings = []
    for month in MEETING_MONTHS:
        meeting, _created = BoardMeeting.objects.get_or_create(
            date=meeting_date_in(year, month), defaults={"place": "Parma / online"}
        )
        meetings.append(meeting)
    return meetings


def _check_meeting_actor(role: str, by_user) -> None:
    from ..rules import is_secretariat

    if role == SECRETARIAT and by_user is not None and is_secretariat(by_user):
        return
    raise TransitionRefused(_("You are not allowed to make this change."))


def _check_calendar(locked: BoardMeeting, to_status: str, attendees) -> None:
    """What the calendar and the agenda allow: a meeting is held on its day, not before."""
    day = formats.date_format(locked.date, "DATE_FORMAT")
    if to_status == M.AGENDA_PUBLISHED and locked.date < timezone.localdate():
        raise TransitionRefused(
            _("The meeting of %(date)s is over: record it as held instead of publishing its agenda.")
            % {"date": day}
        )
    if to_status == M.HELD:
        if not locked.has_come:
            raise TransitionRefused(
                _("The meeting of %(date)s has not come yet: it can be recorded as held on its day.")
                % {"date": day}
            )
        if not attendees:
            raise TransitionRefused(_("Please record who attended the meeting."))
    if to_status == M.MINUTES_APPROVED:
        waiting = MembershipApplication.objects.filter(
            meeting=locked, state__in=AWAITING_DECISION_STATES
        ).count()
        if waiting:
            raise TransitionRefused(
                _(
                    "%(count)s application(s) on this agenda still await the Board's decision: "
                    "record the decisions before approving the minutes."
                )
                % {"count": waiting}
            )


def change_meeting_status(meeting: BoardMeeting, to_status: str, by_user, attendees=None) -> BoardMeeting:
    """Move ``meeting`` from the status its caller saw to ``to_status``.

    Side effects, in order:
    1. checks: the (from, to) pair is in ``MEETING_WORKFLOW`` and the actor has its role;
    2. locks the row (``select_for_update``) and checks nobody changed the status meanwhile;
    3. checks the calendar: an agenda is published before the day, a meeting is held on or after
       its day with its attendance, minutes are approved when every application is decided;
    4. saves the status with a conditional ``UPDATE … WHERE status = from`` (the loser of a race
       gets ``TransitionRefused``);
    5. stores the attendees (when held);
    6. queues the Board's e-mail when the agenda is published (outbox, sent after the commit:
       ``tasks.notify_agenda_published``).
    """
    from_status = meeting.status
    _check_meeting_actor(MEETING_WORKFLOW.check(from_status, to_status), by_user)
    with transaction.atomic():
        locked = BoardMeeting.objects.select_for_update().get(pk=meeting.pk)
        if locked.status != from_status:
            raise TransitionRefused(
                _("This meeting has just been changed by someone else: it is now “%(status)s”.")
                % {"status": locked.get_status_display()}
            )
        _check_calendar(locked, to_status, attendees)
        if not BoardMeeting.objects.filter(pk=locked.pk, status=from_status).update(status=to_status):
            raise TransitionRefused(_("This meeting has just been changed by someone else."))
        if to_status == M.HELD:
            locked.attendees.set(attendees)
        if to_status == M.AGENDA_PUBLISHED:
            enqueue("members.tasks.notify_agenda_published", locked.pk)
    meeting.refresh_from_db()
    return meeting
