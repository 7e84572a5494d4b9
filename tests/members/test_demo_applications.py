from io import StringIO

import pytest
from django.core.management import call_command

from members.models import ApplicationState, BoardMeeting, MeetingStatus, MembershipApplication


@pytest.fixture
def demo(db):
    call_command("seed_demo", stdout=StringIO())


def test_the_demo_has_an_application_in_every_state(demo):
    states = set(MembershipApplication.objects.values_list("state", flat=True))
    assert states == set(ApplicationState.values)


def test_the_demo_has_a_past_meeting_with_minutes_and_decisions(demo, client):
    from members.demo.applications import PAST_MEETING
    from members.models import User

    past = BoardMeeting.objects.get(date=PAST_MEETING, status=MeetingStatus.MINUTES_APPROVED)
    assert past.attendees.count() == 2
    assert set(past.events.values_list("to_state", flat=True)) >= {"approved", "rejected"}
    client.force_login(User.objects.get(email="board@demo.sern.eu"))
    minutes = client.get(f"/en/board/meetings/{past.pk}/minutes/").content.decode()
    assert "Motala kommun" in minutes and "Società Consulenze Europa Srl" in minutes


def test_the_demo_plans_this_years_three_meetings(demo):
    from django.utils import timezone

    year = timezone.localdate().year
    assert sorted(d.month for d in BoardMeeting.objects.filter(date__year=year).dates("date", "day")) == [
        2,
        5,
        11,
    ]


def test_no_past_meeting_of_the_demo_still_says_planned(demo):
    from django.utils import timezone

    past = BoardMeeting.objects.filter(date__lt=timezone.localdate())
    assert past.count() >= 3
    assert set(past.values_list("status", flat=True)) == {MeetingStatus.MINUTES_APPROVED}
    assert all(meeting.attendees.count() == 2 and meeting.notes for meeting in past)


def test_every_decision_of_the_demo_was_recorded_at_a_meeting_already_held(demo):
    from django.utils import timezone

    from members.models import ApplicationEvent

    decisions = ApplicationEvent.objects.filter(to_state__in=["approved", "rejected", "deferred"])
    assert decisions.count() == 3
    for event in decisions.select_related("meeting"):
        assert event.meeting.date < timezone.localdate()
        assert event.meeting.status == MeetingStatus.MINUTES_APPROVED
        assert event.created_at.date() == event.meeting.date
    deferred = MembershipApplication.objects.get(state="deferred")
    assert deferred.meeting.date > timezone.localdate()  # on the next meeting's agenda


def test_every_demo_member_has_a_contact_person_to_invite(demo):
    from members.models import Organisation

    without = Organisation.objects.members().filter(contacts__isnull=True)
    assert list(without.values_list("name", flat=True)) == []
