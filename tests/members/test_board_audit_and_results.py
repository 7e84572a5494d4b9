"""Written procedures and approved minutes in the audit trail; the result of a closed procedure
goes to every Board member once, in their language."""

import datetime

import pytest
import time_machine
from django.core import mail
from django.urls import reverse

from members.models import AuditAction, AuditEntry, BoardMeeting, MeetingStatus, MinutesState
from members.services.minutes import change_minutes_state, save_draft
from members.services.procedures import cast_vote, close_procedure, open_procedure
from members.tasks import close_expired_procedures as close_task
from members.tasks import notify_procedure_closed
from outbox.models import OutboxMessage
from tests.factories import BoardMemberFactory

START = datetime.datetime(2031, 3, 2, 9, 0, tzinfo=datetime.UTC)
DEADLINE = START + datetime.timedelta(days=7)


@pytest.fixture
def board(db, chair):
    chair.language = "it"
    chair.save()
    return [chair, BoardMemberFactory(language="sv"), BoardMemberFactory(language="en")]


@pytest.fixture
def procedure(board):
    with time_machine.travel(START, tick=False):
        return open_procedure(board[0], "Join the Eurocities network?", DEADLINE)


def test_opening_and_closing_a_procedure_are_audited(board, procedure):
    with time_machine.travel(START + datetime.timedelta(days=1), tick=False):
        for person in board:
            cast_vote(procedure, person, "yes")
        close_procedure(procedure, board[0])
    opened, closed = AuditEntry.objects.filter(
        target_type="members.writtenprocedure", target_id=str(procedure.pk)
    ).order_by("pk")
    assert (opened.action, opened.actor) == (AuditAction.PROCEDURE_OPENED, board[0])
    assert (closed.action, closed.actor) == (AuditAction.PROCEDURE_CLOSED, board[0])
    assert closed.data["outcome"] == "adopted" and closed.data["yes"] == 3


def test_the_result_goes_to_every_board_member_once_in_their_language(board, procedure, settings):
    settings.SERN_BOARD_QUORUM = "majority"
    with time_machine.travel(START + datetime.timedelta(days=1), tick=False):
        cast_vote(procedure, board[1], "yes")
        cast_vote(procedure, board[2], "no")
    mail.outbox.clear()
    with time_machine.travel(DEADLINE + datetime.timedelta(minutes=5), tick=False):
        assert close_task.delay().get() == 1
        assert close_task.delay().get() == 0
    assert OutboxMessage.objects.filter(task="members.tasks.notify_procedure_closed").count() == 1
    assert notify_procedure_closed(procedure.pk) == 3
    assert notify_procedure_closed(procedure.pk) == 0  # a rerun sends nothing more
    by_address = {message.to[0]: message for message in mail.outbox}
    assert set(by_address) == {person.email for person in board}
    assert "Join the Eurocities network?" in by_address[board[2].email].subject
    assert "Result: Rejected." in by_address[board[2].email].body
    assert "Resultat" in by_address[board[1].email].body
    assert "Risultato" in by_address[board[0].email].body
    assert AuditEntry.objects.get(action=AuditAction.PROCEDURE_CLOSED).actor is None


def test_approving_minutes_is_audited(client, secretariat):
    today = datetime.date.today()
    first = BoardMeeting.objects.create(
        date=today - datetime.timedelta(days=90), place="Parma", status=MeetingStatus.HELD
    )
    second = BoardMeeting.objects.create(date=today, place="Luleå", status=MeetingStatus.HELD)
    minutes = save_draft(first, secretariat, "The Board met in Parma.")
    change_minutes_state(minutes, MinutesState.CIRCULATED, secretariat)
    assert not AuditEntry.objects.filter(action=AuditAction.MINUTES_APPROVED).exists()
    change_minutes_state(minutes, MinutesState.APPROVED, secretariat, at_meeting=second)
    entry = AuditEntry.objects.get(action=AuditAction.MINUTES_APPROVED)
    assert entry.actor == secretariat and entry.target_id == str(minutes.pk)
    assert entry.data["route"] == "meeting"
    client.force_login(secretariat)
    board = client.get(reverse("desk_audit"), {"category": "board"}).content.decode()
    assert "Minutes approved" in board
    billing = client.get(reverse("desk_audit"), {"category": "billing"}).content.decode()
    assert "Minutes approved" not in billing
