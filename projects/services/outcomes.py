import datetime
from decimal import Decimal

from django.db import transaction
from django.utils.translation import gettext as _

from members.models import User
from projects.models import (
    OUTCOME_WORKFLOW,
    PHASES_WITH_SUBMISSIONS,
    OutcomeChange,
    ProjectIdea,
    ProjectOutcome,
    ProjectRecord,
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
    with the idea's lead and its project group as partners; the figures refresh (queued on
    commit by the records' signal).
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
    )
    record.partners.set(accepted_partners(idea))
    return record


def decide_outcome(
    record: ProjectRecord, outcome: str, *, eu_grant_eur: Decimal, participants: int, by: User
) -> ProjectRecord:
    """Record the programme's answer to a submission: the transition function of ``OUTCOME_WORKFLOW``.

    Side effects, in order: check the transition; a conditional UPDATE (a concurrent answer
    makes this one fail with a clear message); the append-only log record (``OutcomeChange``);
    the partners become the idea's project group as it is now; the figures refresh, queued on
    commit.
    """
    from_outcome = record.outcome
    OUTCOME_WORKFLOW.check(from_outcome, outcome)
    if outcome == ProjectOutcome.REJECTED:
        eu_grant_eur, participants = Decimal(0), 0
    with transaction.atomic():
        updated = ProjectRecord.objects.filter(pk=record.pk, outcome=from_outcome).update(
            outcome=outcome, eu_grant_eur=eu_grant_eur, participants=participants
        )
        if not updated:
            raise TransitionRefused(_("Someone else recorded the outcome meanwhile."))
        record.outcome, record.eu_grant_eur, record.participants = outcome, eu_grant_eur, participants
        OutcomeChange.objects.create(
            record=record, from_outcome=from_outcome, to_outcome=outcome, changed_by=by
        )
        queue_figures_refresh()  # .update() sends no post_save
        if record.idea_id:
            record.partners.set(accepted_partners(record.idea))
    return record
