from collections.abc import Iterable

from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from members.models import Organisation, User
from projects.models import (
    PHASE_WORKFLOW,
    IdeaPhaseChange,
    PcmPhase,
    ProjectIdea,
    ProjectOutcome,
)
from projects.signals import idea_changed
from strategy.models import Priority, TransversalPerspective

from .errors import TransitionRefused

TEXT_FIELDS = ("title", "summary", "description", "partner_roles")


def _announce_change(idea_id: int) -> None:
    # Inside the transaction: receivers write their tasks to the outbox with the change.
    idea_changed.send(sender=ProjectIdea, idea_id=idea_id)


@transaction.atomic
def save_idea(
    idea: ProjectIdea,
    *,
    texts: dict[str, str],
    priorities: Iterable[Priority],
    perspectives: Iterable[TransversalPerspective],
    by: User,
    lead: Organisation | None = None,
) -> ProjectIdea:
    """Create or update an idea; the texts are stored in the idea's ``original_language``.

    Side effects, in order: save the idea (a new one records its author and creation time), set
    its priorities and perspectives, for a new idea log its first phase, then on commit send
    ``idea_changed`` (partner matching listens).
    """
    is_new = idea.pk is None
    if is_new:
        idea.lead = lead or idea.lead
        idea.created_by = by
        idea.created_at = timezone.now()
    with translation.override(idea.original_language):
        for name in TEXT_FIELDS:
            if name in texts:
                setattr(idea, name, texts[name])
    idea.save()
    idea.priorities.set(priorities)
    idea.perspectives.set(perspectives)
    if is_new:
        IdeaPhaseChange.objects.create(
            idea=idea, to_phase=idea.phase, changed_by=by, changed_at=idea.created_at
        )
    _announce_change(idea.pk)
    return idea


def move_idea_to_phase(idea: ProjectIdea, to_phase: str, *, by: User, note: str = "") -> IdeaPhaseChange:
    """Move an idea to another PCM phase: the one transition function of ``PHASE_WORKFLOW``.

    Side effects, in order: check the transition against the phase the caller saw (the idea
    object) and, for implementation, that a submission was approved; a conditional UPDATE (the
    loser of a race gets a clear message); the append-only log record (``IdeaPhaseChange``);
    on commit, ``idea_changed`` (partner matching listens).
    """
    from_phase = idea.phase
    PHASE_WORKFLOW.check(from_phase, to_phase)
    if (
        to_phase == PcmPhase.IMPLEMENTATION
        and not idea.records.filter(outcome=ProjectOutcome.APPROVED).exists()
    ):
        raise TransitionRefused(_("Record an approved submission before moving the idea to implementation."))
    with transaction.atomic():
        moved = ProjectIdea.objects.filter(pk=idea.pk, phase=from_phase).update(phase=to_phase)
        if not moved:
            raise TransitionRefused(
                _("Someone else changed the phase of this idea meanwhile. Check its phase and try again.")
            )
        change = IdeaPhaseChange.objects.create(
            idea=idea, from_phase=from_phase, to_phase=to_phase, changed_by=by, note=note
        )
        idea.phase = to_phase
        _announce_change(idea.pk)
    return change
