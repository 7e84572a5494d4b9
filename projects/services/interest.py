from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from members.models import Organisation, User
from outbox.queue import enqueue
from projects.models import (
    DECISIONS,
    INTEREST_WORKFLOW,
    ExpressionOfInterest,
    InterestStatus,
    InterestStatusChange,
    ProjectIdea,
)

from .errors import TransitionRefused


def check_idea_accepts_interest(idea: ProjectIdea, organisation: Organisation) -> None:
    """Refuse, with a message for the member, an expression of interest the idea cannot take."""
    if organisation.pk == idea.lead_id:
        raise TransitionRefused(_("Your organisation leads this idea: it cannot express interest in it."))
    if not organisation.is_member:
        raise TransitionRefused(_("Only member organisations can express interest in an idea."))
    if idea.interest_deadline_passed():
        raise TransitionRefused(
            _("The deadline for expressions of interest in this idea was %(date)s.")
            % {"date": date_format(idea.eoi_deadline, "DATE_FORMAT")}
        )
    if not idea.is_open_for_interest:
        raise TransitionRefused(
            _("This idea is in the “%(phase)s” phase: it no longer takes expressions of interest.")
            % {"phase": idea.get_phase_display()}
        )


def express_interest(
    idea: ProjectIdea, organisation: Organisation, *, message: str, by: User
) -> tuple[ExpressionOfInterest, bool]:
    """Express ``organisation``'s interest in ``idea``; returns (the expression, whether it is new).

    One per organisation and idea: submitting twice (or two colleagues at once) returns the
    existing expression and changes nothing; a withdrawn one is expressed again through
    ``set_interest_status``. Side effects, in order: checks (lead, membership, deadline, phase);
    save; the append-only log record; on commit, the e-mail to the lead's contacts (at most once
    each, keyed by the log record: a retried task sends nothing more).
    """
    check_idea_accepts_interest(idea, organisation)
    existing = ExpressionOfInterest.objects.filter(idea=idea, organisation=organisation).first()
    if existing is None:
        try:
            with transaction.atomic():
                interest = ExpressionOfInterest.objects.create(
                    idea=idea, organisation=organisation, message=message, expressed_by=by
                )
                InterestStatusChange.objects.create(
                    interest=interest, to_status=InterestStatus.PENDING, changed_by=by
                )
                _queue_notification("notify_interest_expressed", interest.pk, InterestStatus.PENDING)
            return interest, True
        except IntegrityError:  # a concurrent submit for the same organisation won the race
            existing = ExpressionOfInterest.objects.get(idea=idea, organisation=organisation)
    if existing.status == InterestStatus.WITHDRAWN:
        existing.message = message
        return set_interest_status(existing, InterestStatus.PENDING, by=by), True
    return existing, False


def set_interest_status(
    interest: ExpressionOfInterest, to_status: str, *, by: User, note: str = ""
) -> ExpressionOfInterest:
    """The one way an expression of interest changes status: the transition function of
    ``INTEREST_WORKFLOW``.

    Side effects, in order: check the transition from the status the caller saw; a conditional
    UPDATE (a concurrent change makes this one fail with a clear message); for a decision
    (accepted / declined) record who decided and when; the append-only log record; on commit,
    the e-mail: to the lead's contacts when interest is expressed again, to the member's
    contacts on acceptance or decline (at most once per contact and log record: a retried task
    sends nothing more, a later change of the same kind sends again).
    """
    from_status = interest.status
    INTEREST_WORKFLOW.check(from_status, to_status)
    if to_status == InterestStatus.PENDING:
        check_idea_accepts_interest(interest.idea, interest.organisation)
    changes = {"status": to_status}
    if to_status in DECISIONS:
        changes |= {"decided_by": by, "decided_at": timezone.now()}
    if to_status == InterestStatus.PENDING:
        changes |= {"message": interest.message, "expressed_by": by, "decided_by": None, "decided_at": None}
    with transaction.atomic():
        updated = ExpressionOfInterest.objects.filter(pk=interest.pk, status=from_status).update(**changes)
        if not updated:
            raise TransitionRefused(
                _("Someone else answered this expression of interest meanwhile. Check its status.")
            )
        for name, value in changes.items():
            setattr(interest, name, value)
        InterestStatusChange.objects.create(
            interest=interest, from_status=from_status, to_status=to_status, changed_by=by, note=note
        )
        if to_status == InterestStatus.PENDING:
            _queue_notification("notify_interest_expressed", interest.pk, to_status)
        elif to_status in DECISIONS:
            _queue_notification("notify_interest_decided", interest.pk, to_status)
    return interest


def _queue_notification(task_name: str, interest_id: int, status: str) -> None:
    enqueue(f"projects.tasks.{task_name}", interest_id, status)
