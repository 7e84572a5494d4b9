"""A Board meeting's life on the calendar: planned → held (attendance) → minutes approved, and the
decisions that can only be recorded at a meeting being held, never at a future one."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from members.models import ApplicationState, BoardMeeting, MeetingStatus
from members.rules import is_member_contact
from members.services.applications import move_to_meeting, transition
from members.services.errors import TransitionRefused
from members.services.meetings import ALLOWED_MEETING_TRANSITIONS, change_meeting_status
from tests.factories import ApplicantFactory

from .conftest import make_application

M = MeetingStatus
S = ApplicationState
ALL_PAIRS = [(a.value, b.value) for a in M for b in M]


def days(n: int) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=n)


@pytest.mark.parametrize(("from_status", "to_status"), ALL_PAIRS)
def test_every_pair_of_meeting_statuses_is_allowed_exactly_when_the_table_says(
    db, secretariat, board_member, from_status, to_status
):
    # The calendar allows every listed change: an agenda is published before the day, a meeting
    # is held on its day (today here for held/minutes, in 20 days for the others).
    on_the_day = to_status in (M.HELD, M.MINUTES_APPROVED)
    meeting = BoardMeeting.objects.create(date=days(0 if on_the_day else 20), status=from_status)
    if (from_status, to_status) in ALLOWED_MEETING_TRANSITIONS:
        change_meeting_status(meeting, to_status, secretariat, attendees=[board_member])
        assert meeting.status == to_status
    else:
        with pytest.raises(TransitionRefused):
            change_meeting_status(meeting, to_status, secretariat, attendees=[board_member])
        meeting.refresh_from_db()
        assert meeting.status == from_status


@pytest.mark.parametrize("pair", list(ALLOWED_MEETING_TRANSITIONS))
def test_only_the_secretariat_changes_a_meetings_status(db, chair, board_member, pair):
    meeting = BoardMeeting.objects.create(date=days(0), status=pair[0])
    with pytest.raises(TransitionRefused, match="not allowed"):
        change_meeting_status(meeting, pair[1], chair, attendees=[board_member])


def test_a_meeting_is_not_held_before_its_day(db, secretariat, board_member):
    meeting = BoardMeeting.objects.create(date=days(1))
    with pytest.raises(TransitionRefused, match="has not come yet"):
        change_meeting_status(meeting, M.HELD, secretariat, attendees=[board_member])
    meeting.refresh_from_db()
    assert meeting.status == M.PLANNED


def test_a_meeting_is_held_with_its_attendance(db, secretariat, board_member, chair):
    meeting = BoardMeeting.objects.create(date=days(0))
    with pytest.raises(TransitionRefused, match="who attended"):
        change_meeting_status(meeting, M.HELD, secretariat, attendees=[])
    change_meeting_status(meeting, M.HELD, secretariat, attendees=[board_member, chair])
    assert set(meeting.attendees.all()) == {board_member, chair}


def test_the_minutes_wait_for_every_decision(db, secretariat, held_meeting):
    make_application(ApplicantFactory(), state=S.READY, meeting=held_meeting)
    with pytest.raises(TransitionRefused, match="still await"):
        change_meeting_status(held_meeting, M.MINUTES_APPROVED, secretariat)


def test_the_chair_cannot_decide_for_a_meeting_months_ahead(db, chair):
    """Today's defect: the decision was recorded and membership began months later (403)."""
    future = BoardMeeting.objects.create(date=days(90), status=M.AGENDA_PUBLISHED)
    application = make_application(ApplicantFactory(), state=S.READY, meeting=future)
    with translation.override("sv"), pytest.raises(TransitionRefused) as refused:
        transition(application, S.APPROVED, chair)
    assert "har inte hållits ännu" in str(refused.value)
    application.refresh_from_db()
    assert application.state == S.READY and application.organisation is None


def test_on_the_meeting_day_decisions_wait_until_the_meeting_is_recorded_as_held(db, chair, secretariat):
    today = BoardMeeting.objects.create(date=days(0), status=M.AGENDA_PUBLISHED)
    application = make_application(ApplicantFactory(), state=S.READY, meeting=today)
    with pytest.raises(TransitionRefused, match="not recorded as held"):
        transition(application, S.APPROVED, chair)
    change_meeting_status(today, M.HELD, secretariat, attendees=[chair])
    transition(application, S.APPROVED, chair)
    assert application.state == S.APPROVED


def test_the_new_member_reaches_the_members_area_the_moment_the_decision_is_recorded(
    client, chair, applicant, held_meeting, fee_schedule
):
    application = make_application(applicant, state=S.READY, meeting=held_meeting)
    client.force_login(chair)
    response = client.post(reverse("board_decision", args=[application.pk]), {"decision": "approved"})
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.organisation.member_since == timezone.localdate()
    assert is_member_contact(applicant)
    client.force_login(applicant)
    assert client.get(reverse("members_area")).status_code == 200


def test_the_decision_form_is_not_offered_before_the_meeting_is_held(client, chair, open_meeting):
    make_application(ApplicantFactory(), state=S.READY, meeting=open_meeting)
    client.force_login(chair)
    page = client.get(reverse("board_meeting", args=[open_meeting.pk])).content.decode()
    assert "Record the decision" not in page
    assert "decisions are recorded at the meeting, on" in page


def test_a_post_for_a_future_meeting_is_refused_with_a_message(client, chair, open_meeting):
    application = make_application(ApplicantFactory(), state=S.READY, meeting=open_meeting)
    client.force_login(chair)
    response = client.post(
        reverse("board_decision", args=[application.pk]), {"decision": "approved"}, follow=True
    )
    assert "has not been held yet" in response.content.decode()
    application.refresh_from_db()
    assert application.state == S.READY


def test_the_desk_offers_only_meetings_still_open_for_the_agenda(client, secretariat, applicant, settings):
    settings.SERN_AGENDA_CUTOFF_DAYS = 14
    past = BoardMeeting.objects.create(date=days(-30))  # still "planned", but over
    cut_off = BoardMeeting.objects.create(date=days(10))  # ahead, but its cut-off has passed
    held = BoardMeeting.objects.create(date=days(0), status=M.HELD)
    open_ = BoardMeeting.objects.create(date=days(40))
    application = make_application(applicant, state=S.SUBMITTED)
    client.force_login(secretariat)
    response = client.get(reverse("desk_application", args=[application.pk]))
    offered = list(response.context["ready_form"].fields["meeting"].queryset)
    assert offered == [open_]
    for closed in (past, cut_off, held):
        response = client.post(
            reverse("desk_change_state", args=[application.pk]),
            {"to_state": "ready", "meeting": closed.pk},
            follow=True,
        )
        assert "The agenda of this Board meeting is closed" in response.content.decode()
        application.refresh_from_db()
        assert application.state == S.SUBMITTED and application.meeting is None


def test_the_service_refuses_a_closed_meeting_for_the_agenda(db, secretariat, applicant, open_meeting):
    past = BoardMeeting.objects.create(date=days(-30))
    application = make_application(applicant, state=S.SUBMITTED)
    with pytest.raises(TransitionRefused, match="closed"):
        transition(application, S.READY, secretariat, meeting=past)
    ready = make_application(ApplicantFactory(), state=S.READY, meeting=open_meeting)
    with pytest.raises(TransitionRefused, match="closed"):
        move_to_meeting(ready, past, secretariat)


def test_the_secretariat_records_the_meeting_as_held_with_attendance_on_the_page(
    client, secretariat, board_member, chair
):
    meeting = BoardMeeting.objects.create(date=days(0), status=M.AGENDA_PUBLISHED)
    client.force_login(secretariat)
    page = client.get(reverse("board_meeting", args=[meeting.pk])).content.decode()
    assert "Record the meeting as held" in page
    response = client.post(
        reverse("board_meeting_advance", args=[meeting.pk]),
        {"to_status": "held", "attendees": [board_member.pk, chair.pk]},
    )
    assert response.status_code == 302
    meeting.refresh_from_db()
    assert meeting.status == M.HELD and meeting.attendees.count() == 2
