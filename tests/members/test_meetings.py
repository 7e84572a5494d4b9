"""Board meetings: the agenda cut-off, the year's meetings, the agenda's queries, PDFs, calendar, mails."""

import datetime
import io

import pytest
from django.core import mail
from django.urls import reverse
from pypdf import PdfReader

from members.models import BoardMeeting, MeetingStatus
from members.services.calendar import issue_calendar_token
from members.services.meetings import (
    change_meeting_status,
    create_year_meetings,
    meeting_date_in,
    next_open_meeting,
)
from members.tasks import send_meeting_reminders
from tests.factories import ApplicantFactory

from .conftest import make_application

YEAR = 2031


@pytest.fixture
def year_meetings(db, settings):
    settings.SERN_AGENDA_CUTOFF_DAYS = 14
    return create_year_meetings(YEAR)


def test_a_year_has_three_meetings_in_february_may_and_november(year_meetings):
    assert [m.date.month for m in year_meetings] == [2, 5, 11]
    assert all(m.date.weekday() == 3 for m in year_meetings)  # Thursdays
    assert create_year_meetings(YEAR) == year_meetings
    assert BoardMeeting.objects.count() == 3


@pytest.mark.parametrize("index", [0, 1, 2])
@pytest.mark.parametrize(("offset", "lands_on_next"), [(-1, False), (0, False), (1, True)])
def test_the_agenda_cut_off_around_each_meeting(year_meetings, index, offset, lands_on_next):
    """On the cut-off day (14 days before) and earlier: this meeting; one day later: the next."""
    meeting = year_meetings[index]
    day = meeting.date - datetime.timedelta(days=14) + datetime.timedelta(days=offset)
    found = next_open_meeting(on=day)
    if not lands_on_next:
        assert found == meeting
    else:
        assert found == (year_meetings[index + 1] if index < 2 else None)


def test_the_cut_off_is_a_setting(year_meetings, settings):
    settings.SERN_AGENDA_CUTOFF_DAYS = 30
    may = year_meetings[1]
    assert next_open_meeting(on=may.date - datetime.timedelta(days=20)) == year_meetings[2]


def test_a_held_meeting_takes_no_more_applications(year_meetings):
    february = year_meetings[0]
    february.status = MeetingStatus.HELD
    february.save()
    assert next_open_meeting(on=february.date - datetime.timedelta(days=30)) == year_meetings[1]


def test_meeting_dates_are_the_third_thursday():
    assert meeting_date_in(2026, 2) == datetime.date(2026, 2, 19)


def test_publishing_the_agenda_mails_the_board_in_their_language(
    year_meetings, board_member, chair, secretariat, django_capture_on_commit_callbacks
):
    board_member.language = "sv"
    board_member.save()
    with django_capture_on_commit_callbacks(execute=True):
        change_meeting_status(year_meetings[0], MeetingStatus.AGENDA_PUBLISHED, secretariat)
    subjects = {m.to[0]: m.subject for m in mail.outbox}
    assert subjects[board_member.email].startswith("Dagordning")
    assert chair.email in subjects
    with pytest.raises(Exception, match="cannot become"):
        change_meeting_status(year_meetings[0], MeetingStatus.MINUTES_APPROVED, secretariat)


def test_board_members_are_reminded_once_n_days_before(db, board_member, settings):
    from django.utils import timezone

    settings.SERN_MEETING_REMINDER_DAYS = 7
    BoardMeeting.objects.create(date=timezone.localdate() + datetime.timedelta(days=7))
    assert send_meeting_reminders() == 1
    assert send_meeting_reminders() == 0
    assert mail.outbox[0].to == [board_member.email]


def agenda_with(n, meeting):
    for i in range(n):
        make_application(ApplicantFactory(), state="ready", meeting=meeting, name=f"Comune di Prova {i}")


@pytest.mark.parametrize("who", ["board_member", "secretariat"])
def test_the_agenda_costs_the_same_queries_with_1_and_50_applications(
    client, request, who, open_meeting, django_assert_num_queries
):
    client.force_login(request.getfixturevalue(who))
    url = reverse("board_meeting", args=[open_meeting.pk])
    agenda_with(1, open_meeting)
    client.get(url)  # warm the caches (sessions, site, content types)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as one:
        assert client.get(url).status_code == 200
    agenda_with(49, open_meeting)
    with django_assert_num_queries(len(one.captured_queries)):
        response = client.get(url)
    assert response.content.decode().count('class="card agenda-item"') == 50


def pdf_text(content: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def test_the_meeting_pack_pdf_names_every_applicant(client, board_member, open_meeting):
    make_application(ApplicantFactory(), state="ready", meeting=open_meeting, name="Kiruna kommun")
    make_application(ApplicantFactory(), state="ready", meeting=open_meeting, name="Comune di Bobbio")
    client.force_login(board_member)
    response = client.get(reverse("board_meeting_pack", args=[open_meeting.pk]))
    assert response["Content-Type"] == "application/pdf"
    text = pdf_text(response.content)
    assert "Kiruna kommun" in text and "Comune di Bobbio" in text


def test_the_minutes_list_attendees_and_decisions_in_html_and_pdf(client, chair, board_member, held_meeting):
    from members.services.applications import transition

    application = make_application(
        ApplicantFactory(), state="ready", meeting=held_meeting, name="Motala kommun"
    )
    transition(application, "approved", chair)
    held_meeting.attendees.set([chair, board_member])
    client.force_login(board_member)
    html = client.get(reverse("board_minutes", args=[held_meeting.pk])).content.decode()
    assert "Motala kommun" in html and board_member.name in html
    text = pdf_text(client.get(reverse("board_minutes_pdf", args=[held_meeting.pk])).content)
    assert "Motala kommun" in text and chair.name in text and "Approved" in text


def test_the_calendar_feed_opens_with_a_board_members_token(client, board_member, open_meeting):
    token = issue_calendar_token(board_member)
    response = client.get(reverse("board_calendar", args=[token]))
    assert response.status_code == 200
    assert b"BEGIN:VEVENT" in response.content
    assert open_meeting.date.strftime("%Y%m%d").encode() in response.content


def test_the_calendar_feed_refuses_a_forged_or_outsiders_token(client, outsider):
    assert client.get(reverse("board_calendar", args=["forged"])).status_code == 404
    token = issue_calendar_token(outsider)
    assert client.get(reverse("board_calendar", args=[token])).status_code == 404
