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
    from members.models import User

    past = BoardMeeting.objects.get(status=MeetingStatus.MINUTES_APPROVED)
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
