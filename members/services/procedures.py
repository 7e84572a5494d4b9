"""Written procedure between meetings: the chair's question, the Board's votes, the result.

The rule (documented in ``sern_portal/quorum.py``): every vote cast counts for participation,
abstentions included, against ``SERN_BOARD_QUORUM`` of the Board members entitled to vote (the
people holding a seat when the procedure closes: ``eligible_voters``; a vote of someone whose seat
ended meanwhile is kept in the log but not counted); the question is adopted when the quorum is
reached and "yes" outnumbers "no" (a tie is not adopted).
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from outbox.queue import enqueue
from sern_portal.quorum import parse_quorum

from ..models import (
    AuditAction,
    BoardSeat,
    Outcome,
    ProcedureResult,
    ProcedureVote,
    ProcedureVoteLog,
    User,
    Vote,
    WrittenProcedure,
)
from .audit import record_audit
from .errors import TransitionRefused


def eligible_voters() -> list[User]:
    """The Board today: the people who vote in a written procedure."""
    ids = BoardSeat.objects.current().values("user")
    return list(User.objects.filter(pk__in=ids, is_active=True).order_by("name", "pk"))


def compute_outcome(yes: int, no: int, abstain: int, eligible: int) -> tuple[str, int]:
    """(outcome, participation required) for these votes, by the rule in the module docstring."""
    required = parse_quorum(settings.SERN_BOARD_QUORUM).required(eligible)
    if eligible == 0 or yes + no + abstain < required:
        return Outcome.NO_QUORUM, required
    return (Outcome.ADOPTED if yes > no else Outcome.REJECTED), required


def open_procedure(
    by_user, question: str, deadline: datetime.datetime, explanation: str = ""
) -> WrittenProcedure:
    """The chair puts a question to the Board.

    Side effects: saves the procedure; queues ``members.tasks.notify_procedure_opened`` (an e-mail
    to each Board member, in their language); records a ``procedure_opened`` audit entry.
    """
    from ..rules import is_chair

    if not is_chair(by_user):
        raise TransitionRefused(_("Only the chair can open a written procedure."))
    if deadline <= timezone.now():
        raise TransitionRefused(_("The deadline must be in the future."))
    with transaction.atomic():
        procedure = WrittenProcedure.objects.create(
            question=question, explanation=explanation, deadline=deadline, opened_by=by_user
        )
        enqueue("members.tasks.notify_procedure_opened", procedure.pk)
        record_audit(by_user, AuditAction.PROCEDURE_OPENED, procedure)
    return procedure


def cast_vote(procedure: WrittenProcedure, voter, vote: str) -> ProcedureVote:
    """A Board member votes (or changes their vote) until the deadline.

    Side effects, in order: locks the procedure row (a vote and the close never interleave);
    refuses after the deadline or the close; creates or updates the person's one vote (the unique
    constraint settles two first votes at once: the second becomes a change); appends a
    ``ProcedureVoteLog`` entry when the vote is new or different.
    """
    from ..rules import is_board_member

    if vote not in Vote.values:
        raise TransitionRefused(_("Please vote yes, no or abstain."))
    if not is_board_member(voter):
        raise TransitionRefused(_("Only Board members vote in a written procedure."))
    for attempt in range(2):
        try:
            with transaction.atomic():
                return _cast_vote_locked(procedure, voter, vote)
        except IntegrityError:
            if attempt:
                raise
    raise AssertionError("unreachable")


def _cast_vote_locked(procedure: WrittenProcedure, voter, vote: str) -> ProcedureVote:
    locked = WrittenProcedure.objects.select_for_update().get(pk=procedure.pk)
    if locked.closed_at is not None or timezone.now() >= locked.deadline:
        raise TransitionRefused(
            _("This written procedure closed on %(deadline)s: votes can no longer be cast or changed.")
            % {"deadline": formats.date_format(timezone.localtime(locked.deadline), "DATETIME_FORMAT")}
        )
    current = ProcedureVote.objects.select_for_update().filter(procedure=locked, voter=voter).first()
    if current is None:
        current = ProcedureVote.objects.create(procedure=locked, voter=voter, vote=vote)
        ProcedureVoteLog.objects.create(procedure=locked, voter=voter, vote=vote)
    elif current.vote != vote:
        previous = current.vote
        ProcedureVote.objects.filter(pk=current.pk).update(vote=vote, updated_at=timezone.now())
        current.vote = vote
        ProcedureVoteLog.objects.create(procedure=locked, voter=voter, previous=previous, vote=vote)
    return current


def close_procedure(procedure: WrittenProcedure, by_user=None) -> ProcedureResult | None:
    """Close and count: at the deadline (``by_user`` None: the periodic task), or earlier by the
    chair once every Board member has voted.

    Idempotent: the conditional ``UPDATE … WHERE closed_at IS NULL`` lets one closer win; the
    others get None (the task) or a refusal (the chair). Side effects: sets ``closed_at``; appends
    the ``ProcedureResult`` (append-only: the result is never recomputed); records a
    ``procedure_closed`` audit entry; queues ``members.tasks.notify_procedure_closed`` (the result
    by e-mail to each Board member, in their language, once).
    """
    from ..rules import is_chair

    now = timezone.now()
    voters = eligible_voters()
    if by_user is not None:
        if not is_chair(by_user):
            raise TransitionRefused(_("Only the chair can close a written procedure."))
        if now < procedure.deadline:
            voted = set(procedure.votes.values_list("voter_id", flat=True))
            if not {person.pk for person in voters} <= voted:
                raise TransitionRefused(
                    _("Not every Board member has voted yet: the procedure closes at its deadline.")
                )
    elif now < procedure.deadline:
        return None
    with transaction.atomic():
        locked = WrittenProcedure.objects.select_for_update().get(pk=procedure.pk)
        if not WrittenProcedure.objects.filter(pk=locked.pk, closed_at__isnull=True).update(closed_at=now):
            if by_user is not None:
                raise TransitionRefused(_("This written procedure is already closed."))
            return None
        eligible_ids = {person.pk for person in voters}
        counted = [v for v in locked.votes.all() if v.voter_id in eligible_ids]
        yes = sum(v.vote == Vote.YES for v in counted)
        no = sum(v.vote == Vote.NO for v in counted)
        abstain = sum(v.vote == Vote.ABSTAIN for v in counted)
        outcome, required = compute_outcome(yes, no, abstain, len(voters))
        result = ProcedureResult.objects.create(
            procedure=locked,
            eligible=len(voters),
            quorum=required,
            yes=yes,
            no=no,
            abstain=abstain,
            outcome=outcome,
            closed_by=by_user,
            recorded_at=now,
        )
        record_audit(
            by_user,
            AuditAction.PROCEDURE_CLOSED,
            locked,
            {"outcome": outcome, "yes": yes, "no": no, "abstain": abstain, "eligible": len(voters)},
        )
        enqueue("members.tasks.notify_procedure_closed", locked.pk)
    procedure.refresh_from_db()
    return result


def close_expired_procedures() -> int:
    """Close every procedure past its deadline (the periodic task; safe to run twice)."""
    closed = 0
    for procedure in WrittenProcedure.objects.filter(closed_at__isnull=True, deadline__lte=timezone.now()):
        closed += close_procedure(procedure) is not None
    return closed
