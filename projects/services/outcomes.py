import datetime
from decimal import Decimal

from django.db import transaction
from django.utils.translation import gettext as _

from members.models import User
from members.rules import is_secretariat
from projects.models import (
    MAX_EU_GRANT_EUR,
    MAX_PARTICIPANTS,
    OUTCOME_WORKFLOW,
    PHASES_WITH_SUBMISSIONS,
    OutcomeChange,
    ProjectIdea,
    ProjectOutcome,
    ProjectRecord,
    ProjectRecordChange,
    RecordChangeKind,
)
from projects.selectors import accepted_partners
from projects.signals import queue_figures_refresh

from .errors import TransitionRefused


@transaction.atomic
def record_submission(
    idea: ProjectIdea, *, acronym: str, programme: str, submitted_on: datetime.date, by: User
) -> ProjectRecord:
    """Record that the idea was submitted to an EU programme (a pending ``ProjectRecord``).

    Side effects, in order: check the idea is in the financing phase or later; save the record
    with the idea's lead and its project group as partners (verified when the secretariat records
    it, otherwise waiting for its check); log it; the figures refresh (queued on commit by the
    records' signal).
    """
    if idea.phase not in PHASES_WITH_SUBMISSIONS:
        raise TransitionRefused(_("Move the idea to the financing phase before recording its submission."))
    if ProjectRecord.objects.filter(acronym=acronym, programme=programme, submitted_on=submitted_on).exists():
        raise TransitionRefused(_("This submission is already recorded."))
    record = ProjectRecord.objects.create(
        idea=idea,
        acronym=acronym,
        title=idea.title,
        programme=programme,
        submitted_on=submitted_on,
        lead=idea.lead,
        verified=is_secretariat(by),
    )
    record.partners.set(accepted_partners(idea))
    log_record_change(record, RecordChangeKind.SUBMITTED, by, {"verified": [None, record.verified]})
    return record


def decide_outcome(
    record: ProjectRecord, outcome: str, *, eu_grant_eur: Decimal, participants: int, by: User
) -> ProjectRecord:
    """Record the programme's answer to a submission: the transition function of ``OUTCOME_WORKFLOW``.

    Side effects, in order: check the transition and the figures' bounds; a conditional UPDATE (a
    concurrent answer makes this one fail with a clear message) that leaves the record unverified
    unless the secretariat recorded it (so a member's figures reach the public ones only once
    checked); the append-only log records (``OutcomeChange``, ``ProjectRecordChange``); the
    partners become the idea's project group as it is now; the figures refresh, queued on commit.
    """
    check_bounds(eu_grant_eur, participants)
    from_outcome = record.outcome
    OUTCOME_WORKFLOW.check(from_outcome, outcome)
    if outcome == ProjectOutcome.REJECTED:
        eu_grant_eur, participants = Decimal(0), 0
    with transaction.atomic():
        verified = is_secretariat(by)
        before = figures_of(record)
        updated = ProjectRecord.objects.filter(pk=record.pk, outcome=from_outcome).update(
            outcome=outcome, eu_grant_eur=eu_grant_eur, participants=participants, verified=verified
        )
        if not updated:
            raise TransitionRefused(_("Someone else recorded the outcome meanwhile."))
        record.outcome, record.eu_grant_eur, record.participants = outcome, eu_grant_eur, participants
        OutcomeChange.objects.create(
            record=record, from_outcome=from_outcome, to_outcome=outcome, changed_by=by
        )
        record.verified = verified
        log_record_change(record, RecordChangeKind.OUTCOME, by, diff(before, figures_of(record)))
        queue_figures_refresh()  # .update() sends no post_save
        if record.idea_id:
            record.partners.set(accepted_partners(record.idea))
    return record


FIGURE_FIELDS = ("outcome", "eu_grant_eur", "participants", "verified")


def figures_of(record: ProjectRecord) -> dict[str, str]:
    return {name: str(getattr(record, name)) for name in FIGURE_FIELDS}


def diff(before: dict[str, str], after: dict[str, str]) -> dict[str, list[str]]:
    return {name: [before[name], after[name]] for name in before if before[name] != after[name]}


def check_bounds(eu_grant_eur: Decimal, participants: int) -> None:
    """The database refuses figures out of bounds too; this says it in words, not a 500."""
    if not 0 <= Decimal(eu_grant_eur) <= MAX_EU_GRANT_EUR or not 0 <= int(participants) <= MAX_PARTICIPANTS:
        raise TransitionRefused(_("These figures are out of the possible range of one project."))


def log_record_change(
    record: ProjectRecord, kind: str, by: User | None, changes: dict, reason: str = ""
) -> ProjectRecordChange:
    """The append-only trail of every change to a record's figures."""
    return ProjectRecordChange.objects.create(record=record, kind=kind, by=by, changes=changes, reason=reason)


def verify_record(record: ProjectRecord, by: User) -> bool:
    """The secretariat confirms a member's record: from now on it counts in the public figures.

    Side effects, in order: a conditional UPDATE (verifying twice does nothing and returns False);
    log it; the figures refresh, queued on commit.
    """
    with transaction.atomic():
        if not ProjectRecord.objects.filter(pk=record.pk, verified=False).update(verified=True):
            return False
        record.verified = True
        log_record_change(record, RecordChangeKind.VERIFIED, by, {"verified": ["False", "True"]})
        queue_figures_refresh()
    return True


def correct_record(
    record: ProjectRecord,
    *,
    outcome: str,
    eu_grant_eur: Decimal,
    participants: int,
    reason: str,
    by: User,
) -> ProjectRecord:
    """The secretariat corrects a record's outcome and figures (a correction is verified at once).

    Side effects, in order: check the bounds; lock the record; save the new figures; log the
    change with its reason (nothing is changed silently); the figures refresh, queued on commit.
    """
    check_bounds(eu_grant_eur, participants)
    if outcome != ProjectOutcome.APPROVED:
        eu_grant_eur, participants = Decimal(0), 0
    with transaction.atomic():
        locked = ProjectRecord.objects.select_for_update().get(pk=record.pk)
        before = figures_of(locked)
        locked.outcome, locked.eu_grant_eur, locked.participants = outcome, eu_grant_eur, participants
        locked.verified = True
        locked.save(update_fields=["outcome", "eu_grant_eur", "participants", "verified"])
        log_record_change(locked, RecordChangeKind.CORRECTED, by, diff(before, figures_of(locked)), reason)
    return locked
