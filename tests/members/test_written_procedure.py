"""Written procedure: one vote per person, changeable until the deadline and not after, the result
by the documented rule (participation quorum, simple majority of votes cast), recorded once."""

import datetime
import threading

import pytest
import time_machine
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from members.models import (
    AppendOnlyError,
    Outcome,
    ProcedureResult,
    ProcedureVote,
    ProcedureVoteLog,
    WrittenProcedure,
)
from members.services.errors import TransitionRefused
from members.services.procedures import (
    cast_vote,
    close_expired_procedures,
    close_procedure,
    compute_outcome,
    open_procedure,
)
from members.tasks import close_expired_procedures as close_task
from tests.factories import BoardMemberFactory

START = datetime.datetime(2031, 3, 2, 9, 0, tzinfo=datetime.UTC)
DEADLINE = START + datetime.timedelta(days=7)


@pytest.fixture
def board(db, chair):
    return [chair, *(BoardMemberFactory() for _ in range(4))]


@pytest.fixture
def procedure(board):
    with time_machine.travel(START, tick=False):
        return open_procedure(board[0], "Join the Eurocities network?", DEADLINE)


# yes, no, abstain, eligible (majority quorum) → outcome, participation required
@pytest.mark.parametrize(
    ("yes", "no", "abstain", "eligible", "outcome", "required"),
    [
        (3, 0, 0, 5, Outcome.ADOPTED, 3),
        (2, 1, 0, 5, Outcome.ADOPTED, 3),
        (1, 1, 1, 5, Outcome.REJECTED, 3),  # a tie is not adopted
        (1, 2, 0, 5, Outcome.REJECTED, 3),
        (1, 0, 2, 5, Outcome.ADOPTED, 3),  # abstentions count for participation, not the majority
        (2, 0, 0, 5, Outcome.NO_QUORUM, 3),
        (0, 0, 3, 5, Outcome.REJECTED, 3),
        (12, 0, 0, 22, Outcome.ADOPTED, 12),
        (6, 5, 0, 22, Outcome.NO_QUORUM, 12),
        (0, 0, 0, 0, Outcome.NO_QUORUM, 0),
    ],
)
def test_the_result_rule(yes, no, abstain, eligible, outcome, required, settings):
    settings.SERN_BOARD_QUORUM = "majority"
    assert compute_outcome(yes, no, abstain, eligible) == (outcome, required)


def test_only_the_chair_opens_a_procedure(board, db):
    with pytest.raises(TransitionRefused, match="Only the chair"):
        open_procedure(board[1], "Question?", timezone.now() + datetime.timedelta(days=2))
    with pytest.raises(TransitionRefused, match="in the future"):
        open_procedure(board[0], "Question?", timezone.now() - datetime.timedelta(minutes=1))


def test_a_vote_can_be_changed_until_the_deadline_and_the_changes_are_logged(board, procedure):
    voter = board[1]
    with time_machine.travel(START + datetime.timedelta(days=1), tick=False):
        cast_vote(procedure, voter, "yes")
        cast_vote(procedure, voter, "yes")  # the same vote again changes nothing
    with time_machine.travel(DEADLINE - datetime.timedelta(seconds=1), tick=False):
        cast_vote(procedure, voter, "no")
    assert ProcedureVote.objects.get(procedure=procedure, voter=voter).vote == "no"
    log = list(ProcedureVoteLog.objects.filter(procedure=procedure).values_list("previous", "vote"))
    assert log == [("", "yes"), ("yes", "no")]


def test_a_vote_at_or_after_the_deadline_is_refused(board, procedure):
    voter = board[1]
    with time_machine.travel(START + datetime.timedelta(days=1), tick=False):
        cast_vote(procedure, voter, "yes")
    for moment in (DEADLINE, DEADLINE + datetime.timedelta(days=3)):
        with time_machine.travel(moment, tick=False), pytest.raises(TransitionRefused, match="no longer"):
            cast_vote(procedure, voter, "no")
        with time_machine.travel(moment, tick=False), pytest.raises(TransitionRefused, match="no longer"):
            cast_vote(procedure, board[2], "yes")
    assert ProcedureVote.objects.get(procedure=procedure, voter=voter).vote == "yes"
    assert ProcedureVote.objects.filter(procedure=procedure).count() == 1


def test_people_without_a_seat_do_not_vote(procedure, member, secretariat):
    for person in (member, secretariat):
        with (
            time_machine.travel(START, tick=False),
            pytest.raises(TransitionRefused, match="Only Board members"),
        ):
            cast_vote(procedure, person, "yes")


def test_the_database_keeps_one_vote_per_person(board, procedure):
    ProcedureVote.objects.create(procedure=procedure, voter=board[1], vote="yes")
    with pytest.raises(IntegrityError), transaction.atomic():
        ProcedureVote.objects.create(procedure=procedure, voter=board[1], vote="no")


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_votes_at_once_by_the_same_person_leave_one_vote(board, procedure):
    if connection.vendor != "postgresql":
        pytest.skip("Row locks and concurrent transactions need PostgreSQL")
    voter = board[1]
    barrier = threading.Barrier(4)
    errors = []

    def vote(choice):
        try:
            barrier.wait()
            cast_vote(procedure, voter, choice)
        except Exception as error:
            errors.append(error)
        finally:
            connection.close()

    with time_machine.travel(START + datetime.timedelta(hours=1), tick=False):
        threads = [threading.Thread(target=vote, args=(c,)) for c in ("yes", "no", "abstain", "yes")]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert errors == []
    assert ProcedureVote.objects.filter(procedure=procedure, voter=voter).count() == 1
    final = ProcedureVote.objects.get(procedure=procedure, voter=voter).vote
    assert ProcedureVoteLog.objects.filter(procedure=procedure).order_by("-at", "-pk").first().vote == final


def test_the_chair_closes_early_only_once_everyone_has_voted(board, procedure):
    chair = board[0]
    with time_machine.travel(START + datetime.timedelta(days=1), tick=False):
        for person, choice in zip(board[:4], ["yes", "yes", "no", "abstain"], strict=True):
            cast_vote(procedure, person, choice)
        with pytest.raises(TransitionRefused, match="Not every Board member"):
            close_procedure(procedure, chair)
        with pytest.raises(TransitionRefused, match="Only the chair"):
            close_procedure(procedure, board[1])
        cast_vote(procedure, board[4], "yes")
        result = close_procedure(procedure, chair)
        assert (result.yes, result.no, result.abstain, result.eligible, result.outcome) == (
            3,
            1,
            1,
            5,
            "adopted",
        )
        with pytest.raises(TransitionRefused, match="already closed"):
            close_procedure(procedure, chair)
        with pytest.raises(TransitionRefused, match="no longer"):
            cast_vote(procedure, board[1], "no")


def test_the_periodic_task_closes_expired_procedures_once(board, procedure, settings):
    settings.SERN_BOARD_QUORUM = "majority"
    with time_machine.travel(START + datetime.timedelta(days=1), tick=False):
        cast_vote(procedure, board[1], "yes")
        cast_vote(procedure, board[2], "yes")
        assert close_expired_procedures() == 0  # not due yet
    with time_machine.travel(DEADLINE + datetime.timedelta(minutes=5), tick=False):
        assert close_task.delay().get() == 1
        assert close_task.delay().get() == 0  # idempotent
    result = ProcedureResult.objects.get(procedure=procedure)
    assert (result.yes, result.participation, result.quorum, result.outcome) == (2, 2, 3, Outcome.NO_QUORUM)
    assert result.closed_by is None
    procedure.refresh_from_db()
    assert procedure.closed_at is not None


def test_the_result_and_the_vote_log_are_append_only(board, procedure):
    with time_machine.travel(START + datetime.timedelta(days=1), tick=False):
        cast_vote(procedure, board[1], "yes")
    with time_machine.travel(DEADLINE, tick=False):
        result = close_procedure(procedure)
    result.outcome = Outcome.ADOPTED
    with pytest.raises(AppendOnlyError):
        result.save()
    with pytest.raises(AppendOnlyError):
        ProcedureResult.objects.filter(pk=result.pk).update(outcome=Outcome.ADOPTED)
    with pytest.raises(AppendOnlyError):
        ProcedureVoteLog.objects.filter(procedure=procedure).delete()
    assert WrittenProcedure.objects.get(pk=procedure.pk).result.outcome == Outcome.NO_QUORUM
