"""Convocation (sent once, resent explicitly, in each member's language), the pack's papers in
private storage behind permission checks, attendance on the desk, and who may see what."""

import datetime

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from members.models import (
    Attendance,
    BoardMeeting,
    ConvocationSend,
    MeetingDocument,
    Presence,
    WrittenProcedure,
)
from members.services.calendar import issue_calendar_token
from members.services.errors import TransitionRefused
from members.services.paperwork import add_agenda_item, send_convocation
from tests.factories import ApplicantFactory, BoardMemberFactory

from .conftest import make_application


@pytest.fixture
def meeting(db):
    return BoardMeeting.objects.create(date=timezone.localdate() + datetime.timedelta(days=20), place="Parma")


@pytest.fixture
def board(db, chair):
    swede = BoardMemberFactory(language="sv")
    italian = BoardMemberFactory(language="it")
    return [chair, swede, italian]


def test_the_convocation_is_sent_once_to_each_board_member_in_their_language(
    meeting, board, secretariat, django_capture_on_commit_callbacks
):
    make_application(ApplicantFactory(), state="ready", meeting=meeting, name="Comune di Fidenza")
    add_agenda_item(meeting, secretariat, "Budget 2032")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        send_convocation(meeting, secretariat)
    assert sorted(m.to[0] for m in mail.outbox) == sorted(p.email for p in board)
    by_person = {m.to[0]: m for m in mail.outbox}
    assert "Fidenza" in by_person[board[1].email].body and "Budget 2032" in by_person[board[1].email].body
    assert by_person[board[1].email].subject.startswith("Kallelse")
    assert by_person[board[2].email].subject.startswith("Convocazione")
    with pytest.raises(TransitionRefused, match="already been sent"):
        send_convocation(meeting, secretariat)  # the second click
    assert len(mail.outbox) == 3


def test_a_resend_is_explicit_logged_and_sends_again(
    meeting, board, secretariat, django_capture_on_commit_callbacks
):
    with pytest.raises(TransitionRefused, match="not been sent yet"):
        send_convocation(meeting, secretariat, resend=True)
    with django_capture_on_commit_callbacks(execute=True):
        send_convocation(meeting, secretariat)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        send_convocation(meeting, secretariat, resend=True)
    assert len(mail.outbox) == 3
    assert list(ConvocationSend.objects.filter(meeting=meeting).values_list("round", "kind")) == [
        (1, "sent"),
        (2, "resent"),
    ]


def test_only_the_secretariat_convenes(meeting, board):
    with pytest.raises(TransitionRefused, match="not allowed"):
        send_convocation(meeting, board[0])


def test_the_convene_button_twice_sends_once(
    client, meeting, board, secretariat, django_capture_on_commit_callbacks
):
    client.force_login(secretariat)
    url = reverse("board_convene", args=[meeting.pk])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url)
        response = client.post(url, follow=True)
    assert "already been sent" in response.content.decode()
    assert len(mail.outbox) == 3


def test_an_uploaded_paper_is_private_and_served_to_the_board_only(
    client, meeting, board, secretariat, member, outsider
):
    client.force_login(secretariat)
    upload = SimpleUploadedFile("budget.pdf", b"%PDF-1.4 budget", content_type="application/pdf")
    client.post(reverse("board_pack_upload", args=[meeting.pk]), {"title": "Budget", "file": upload})
    paper = MeetingDocument.objects.get(meeting=meeting)
    url = reverse("board_pack_document", args=[meeting.pk, paper.pk])
    with pytest.raises(ValueError):
        paper.file.url  # noqa: B018 - private storage has no public address
    for person, status in [
        (board[1], 200),
        (board[0], 200),
        (secretariat, 200),
        (member, 403),
        (outsider, 403),
    ]:
        client.force_login(person)
        response = client.get(url)
        assert response.status_code == status, person
        if status == 200:
            assert b"".join(response.streaming_content) == b"%PDF-1.4 budget"
    client.logout()
    assert client.get(url).status_code == 302


PAGES = ["board_pack", "board_attendance", "board_minutes_draft"]


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize(
    ("who", "status"),
    [("chair", 200), ("board_member", 200), ("secretariat", 200), ("member", 403), ("outsider", 403)],
)
def test_who_sees_the_meeting_papers(client, meeting, page, who, status, request):
    client.force_login(request.getfixturevalue(who))
    assert client.get(reverse(page, args=[meeting.pk])).status_code == status


@pytest.mark.parametrize(
    ("url_name", "who", "status"),
    [
        ("board_convene", "chair", 403),
        ("board_convene", "board_member", 403),
        ("board_pack_item", "board_member", 403),
        ("board_pack_item", "member", 403),
        ("board_minutes_state", "chair", 403),
        ("board_attendance", "board_member", 403),
        ("board_attendance", "chair", 403),
        ("board_minutes_draft", "board_member", 403),
    ],
)
def test_only_the_secretariat_prepares_the_papers(client, meeting, url_name, who, status, request):
    client.force_login(request.getfixturevalue(who))
    assert client.post(reverse(url_name, args=[meeting.pk]), {"title": "x"}).status_code == status


@pytest.mark.parametrize(
    ("url_name", "who", "status"),
    [
        ("board_procedures", "chair", 200),
        ("board_procedures", "board_member", 200),
        ("board_procedures", "secretariat", 200),
        ("board_procedures", "member", 403),
        ("board_procedures", "outsider", 403),
    ],
)
def test_who_sees_the_written_procedures(client, url_name, who, status, request):
    client.force_login(request.getfixturevalue(who))
    assert client.get(reverse(url_name)).status_code == status


@pytest.mark.parametrize(
    ("who", "status"), [("board_member", 403), ("secretariat", 403), ("member", 403), ("outsider", 403)]
)
def test_only_the_chair_opens_a_written_procedure(client, who, status, request):
    client.force_login(request.getfixturevalue(who))
    deadline = (timezone.localtime() + datetime.timedelta(days=3)).strftime("%Y-%m-%dT%H:%M")
    response = client.post(reverse("board_procedure_new"), {"question": "Q?", "deadline": deadline})
    assert response.status_code == status
    assert not WrittenProcedure.objects.exists()


def test_the_secretariat_and_members_do_not_vote(client, chair, secretariat, member):
    procedure = WrittenProcedure.objects.create(
        question="Q?", deadline=timezone.now() + datetime.timedelta(days=2), opened_by=chair
    )
    for person in (secretariat, member):
        client.force_login(person)
        assert (
            client.post(reverse("board_procedure_vote", args=[procedure.pk]), {"vote": "yes"}).status_code
            == 403
        )
    assert not procedure.votes.exists()


def test_attendance_is_recorded_on_the_desk(client, board, secretariat):
    today = BoardMeeting.objects.create(date=timezone.localdate(), place="Parma")
    client.force_login(secretariat)
    data = {f"presence-{board[0].pk}": "present", f"mode-{board[0].pk}": "online"}
    data |= {f"presence-{board[1].pk}": "excused", f"presence-{board[2].pk}": "present"}
    response = client.post(reverse("board_attendance", args=[today.pk]), data, follow=True)
    page = response.content.decode()
    assert "2 present, 2 required" in page
    assert "Quorum reached" in page
    assert Attendance.objects.get(meeting=today, person=board[0]).mode == "online"
    assert Attendance.objects.get(meeting=today, person=board[1]).presence == Presence.EXCUSED


def test_the_calendar_feed_has_meetings_and_procedure_deadlines(client, meeting, board):
    procedure = WrittenProcedure.objects.create(
        question="Adopt the budget?", deadline=timezone.now() + datetime.timedelta(days=2), opened_by=board[0]
    )
    token = issue_calendar_token(board[1])
    feed = client.get(reverse("board_calendar", args=[token])).content.decode()
    assert f"board-meeting-{meeting.pk}@" in feed
    assert f"written-procedure-{procedure.pk}@" in feed
    assert "Adopt the budget?" in feed


def test_the_board_page_lists_open_procedures_with_their_deadline(client, board):
    WrittenProcedure.objects.create(
        question="Adopt the budget?", deadline=timezone.now() + datetime.timedelta(days=2), opened_by=board[0]
    )
    client.force_login(board[1])
    assert "Adopt the budget?" in client.get(reverse("board_meetings")).content.decode()


def test_minutes_are_drafted_circulated_and_approved_on_the_desk(client, secretariat):
    today = timezone.localdate()
    held = BoardMeeting.objects.create(date=today - datetime.timedelta(days=80), status="held")
    later = BoardMeeting.objects.create(date=today, status="held")
    client.force_login(secretariat)
    draft_url = reverse("board_minutes_draft", args=[held.pk])
    state_url = reverse("board_minutes_state", args=[held.pk])
    client.post(draft_url, {"text": "The Board met.", "language": "sv"})
    client.post(state_url, {"to_state": "circulated"})
    page = client.post(state_url, {"to_state": "approved", "approval": "meeting-abc"}, follow=True)
    assert "Say how the Board approved the minutes" in page.content.decode()
    page = client.post(state_url, {"to_state": "approved", "approval": f"meeting-{later.pk}"}, follow=True)
    held.minutes.refresh_from_db()
    assert held.minutes.state in ("approved", "frozen")
    assert held.minutes.approved_at_meeting == later
    assert "Save the draft" not in page.content.decode()


def test_a_late_vote_gets_a_clear_message(client, chair, board_member):
    procedure = WrittenProcedure.objects.create(
        question="Q?", deadline=timezone.now() - datetime.timedelta(minutes=1), opened_by=chair
    )
    client.force_login(board_member)
    page = client.post(reverse("board_procedure_vote", args=[procedure.pk]), {"vote": "yes"}, follow=True)
    assert "votes can no longer be cast or changed" in page.content.decode()
    assert not procedure.votes.exists()
