"""The Board's quorum: the arithmetic (by hand), the setting's strict parsing, the attendance it is
counted from (excused and absent do not count) and decisions refused while it is not reached."""

import datetime

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.utils import timezone

from members.models import Attendance, BoardMeeting, BoardSeat, MeetingStatus, Presence
from members.services.applications import transition
from members.services.errors import TransitionRefused
from members.services.paperwork import meeting_quorum, record_attendance
from sern_portal.env import env_quorum
from sern_portal.quorum import QuorumSyntaxError, parse_quorum
from tests.factories import ApplicantFactory, BoardMemberFactory

from .conftest import make_application


# setting, seats, present, required, reached — worked out by hand, not by the formula.
@pytest.mark.parametrize(
    ("setting", "seats", "present", "required", "reached"),
    [
        ("majority", 22, 12, 12, True),  # more than half of 22 is 12
        ("majority", 22, 11, 12, False),  # exactly half is not a majority
        ("majority", 21, 11, 11, True),
        ("majority", 21, 10, 11, False),
        ("majority", 1, 1, 1, True),
        ("majority", 0, 0, 0, False),  # no Board, no quorum
        ("8", 22, 8, 8, True),  # a count
        ("8", 22, 7, 8, False),
        ("8", 5, 5, 5, True),  # never more than the seats
        ("1/2", 22, 11, 11, True),  # a share: exactly half is enough
        ("1/2", 22, 10, 11, False),
        ("1/2", 21, 11, 11, True),  # 10.5 rounds up to 11
        ("1/2", 21, 10, 11, False),
        ("1/3", 22, 8, 8, True),  # 7.33 → 8
        ("1/3", 22, 7, 8, False),
        ("0.5", 10, 5, 5, True),
        ("2/3", 9, 6, 6, True),  # exact boundary
        ("2/3", 9, 5, 6, False),
        ("1", 22, 1, 1, True),
    ],
)
def test_the_quorum_arithmetic(setting, seats, present, required, reached):
    quorum = parse_quorum(setting)
    assert quorum.required(seats) == required
    assert quorum.reached(present, seats) is reached


@pytest.mark.parametrize("bad", ["half", "0", "-3", "3/2", "0/4", "1/0", "0.0", "12 members", ""])
def test_a_bad_quorum_is_refused(bad):
    with pytest.raises(QuorumSyntaxError):
        parse_quorum(bad)


def test_a_bad_quorum_setting_stops_start_up_naming_the_variable(monkeypatch):
    monkeypatch.setenv("SERN_BOARD_QUORUM", "most")
    with pytest.raises(ImproperlyConfigured, match="SERN_BOARD_QUORUM='most' is not a quorum"):
        env_quorum("SERN_BOARD_QUORUM", "majority")
    monkeypatch.setenv("SERN_BOARD_QUORUM", " 2/3 ")
    assert env_quorum("SERN_BOARD_QUORUM", "majority") == "2/3"
    monkeypatch.delenv("SERN_BOARD_QUORUM")
    assert env_quorum("SERN_BOARD_QUORUM", "majority") == "majority"


@pytest.fixture
def board(db, chair):
    """The chair and four Board members: five seats, a majority is three."""
    return [chair, *(BoardMemberFactory() for _ in range(4))]


@pytest.fixture
def today_meeting(db):
    return BoardMeeting.objects.create(date=timezone.localdate(), place="Parma")


def test_excused_and_absent_members_do_not_count_for_the_quorum(board, today_meeting, secretariat, settings):
    settings.SERN_BOARD_QUORUM = "majority"
    chair, a, b, c, d = board
    state = record_attendance(
        today_meeting,
        secretariat,
        {
            chair.pk: (Presence.PRESENT, "in_person"),
            a.pk: (Presence.PRESENT, "online"),
            b.pk: (Presence.EXCUSED, "online"),
            c.pk: (Presence.ABSENT, ""),
            d.pk: (Presence.EXCUSED, ""),
        },
    )
    assert (state.seats, state.present, state.excused, state.absent, state.required) == (5, 2, 2, 1, 3)
    assert not state.reached
    # the existing attendees are derived from the attendance: those present
    assert set(today_meeting.attendees.all()) == {chair, a}
    assert (
        Attendance.objects.get(meeting=today_meeting, person=b).mode == ""
    )  # only the present attend somehow
    state = record_attendance(today_meeting, secretariat, {b.pk: (Presence.PRESENT, "online")})
    assert state.present == 3 and state.reached


def test_someone_without_a_seat_cannot_be_recorded_present(board, today_meeting, secretariat, outsider):
    with pytest.raises(TransitionRefused, match="Board's members only"):
        record_attendance(today_meeting, secretariat, {outsider.pk: (Presence.PRESENT, "in_person")})


def test_a_seat_ended_before_the_meeting_does_not_count(board, today_meeting):
    gone = BoardMemberFactory()
    BoardSeat.objects.filter(user=gone).update(ended_on=timezone.localdate() - datetime.timedelta(days=1))
    assert meeting_quorum(today_meeting).seats == 5  # the chair and four members; not the sixth
    assert meeting_quorum(today_meeting).required == 3


def test_decisions_are_refused_while_the_quorum_is_not_reached(
    board, today_meeting, secretariat, chair, settings
):
    settings.SERN_BOARD_QUORUM = "majority"
    application = make_application(ApplicantFactory(), state="ready", meeting=today_meeting)
    _chair, a, b, _c, _d = board
    record_attendance(today_meeting, secretariat, {chair.pk: (Presence.PRESENT, "in_person")})
    BoardMeeting.objects.filter(pk=today_meeting.pk).update(status=MeetingStatus.HELD)
    with pytest.raises(TransitionRefused, match="quorum is not reached: 1 Board member"):
        transition(application, "approved", chair)
    application.refresh_from_db()
    assert application.state == "ready"
    record_attendance(
        today_meeting,
        secretariat,
        {a.pk: (Presence.PRESENT, "online"), b.pk: (Presence.PRESENT, "in_person")},
    )
    transition(application, "approved", chair)
    application.refresh_from_db()
    assert application.state == "approved"


def test_the_quorum_refusal_is_translated(board, today_meeting, secretariat, chair):
    from django.utils import translation

    application = make_application(ApplicantFactory(), state="ready", meeting=today_meeting)
    record_attendance(today_meeting, secretariat, {chair.pk: (Presence.PRESENT, "in_person")})
    BoardMeeting.objects.filter(pk=today_meeting.pk).update(status=MeetingStatus.HELD)
    with translation.override("it"), pytest.raises(TransitionRefused) as refused:
        transition(application, "approved", chair)
    assert "quorum is not reached" not in refused.value.message
