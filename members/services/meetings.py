"""Board meetings: which meeting an application goes to, the year's three meetings, their status."""

import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from outbox.queue import enqueue

from ..models import BoardMeeting, MeetingStatus
from .errors import TransitionRefused

MEETING_MONTHS = (2, 5, 11)  # February, May, November
OPEN_STATUSES = (MeetingStatus.PLANNED, MeetingStatus.AGENDA_PUBLISHED)
MEETING_TRANSITIONS = {
    MeetingStatus.PLANNED: MeetingStatus.AGENDA_PUBLISHED,
    MeetingStatus.AGENDA_PUBLISHED: MeetingStatus.HELD,
    MeetingStatus.HELD: MeetingStatus.MINUTES_APPROVED,
}


def next_open_meeting(
    on: datetime.date | None = None, after: BoardMeeting | None = None
) -> BoardMeeting | None:
    """The first open meeting whose agenda cut-off is on or after ``on`` (and after ``after``)."""
    on = on or timezone.localdate()
    candidates = BoardMeeting.objects.filter(status__in=OPEN_STATUSES).order_by("date")
    if after is not None:
        candidates = candidates.filter(date__gt=after.date)
    return next((meeting for meeting in candidates if meeting.agenda_cutoff >= on), None)


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


def advance_meeting(meeting: BoardMeeting, to_status: str, attendees=None) -> BoardMeeting:
    """Move a meeting one status on (planned → agenda published → held → minutes approved).

    Side effects, in order: lock and check the status; save; store the attendees (when held);
    queue the board's e-mail when the agenda is published.
    """
    with transaction.atomic():
        locked = BoardMeeting.objects.select_for_update().get(pk=meeting.pk)
        if MEETING_TRANSITIONS.get(locked.status) != to_status:
            raise TransitionRefused(
                _("This meeting is “%(status)s”: it cannot become “%(to)s”.")
                % {"status": locked.get_status_display(), "to": MeetingStatus(to_status).label}
            )
        BoardMeeting.objects.filter(pk=locked.pk, status=locked.status).update(status=to_status)
        if attendees is not None:
            locked.attendees.set(attendees)
        if to_status == MeetingStatus.AGENDA_PUBLISHED:
            enqueue("members.tasks.notify_agenda_published", locked.pk)
    meeting.refresh_from_db()
    return meeting
