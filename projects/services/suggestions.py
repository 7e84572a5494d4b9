"""What the lead does with a suggestion: invite the member to express interest, or dismiss it."""

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from members.models import Organisation, User
from outbox.queue import enqueue
from projects.models import (
    PartnerSuggestion,
    ProjectIdea,
    SuggestionDismissal,
    SuggestionInvitation,
    Visibility,
)
from projects.selectors import organisations_excluded_from

from .errors import TransitionRefused
from .recompute import queue_idea_recompute


def invite_suggested_partner(
    idea: ProjectIdea, organisation: Organisation, *, by: User
) -> tuple[SuggestionInvitation, bool]:
    """Invite a member to express interest in the idea; returns (invitation, created).

    Side effects, in order: check the idea is open to interest and visible to all members, and
    the organisation is a member
    that has not answered, been dismissed or led the idea; record the invitation once (a second
    click, even a concurrent one, finds the first: created is False and nothing is sent); on
    commit, e-mail the member's contacts in their language (at most once each per invitation),
    or, when the member has no contact person to reach, tell the secretariat by e-mail.
    """
    if not idea.is_open_for_interest:
        raise TransitionRefused(_("This idea no longer takes expressions of interest."))
    if idea.visibility != Visibility.MEMBERS:
        raise TransitionRefused(_("Make the idea visible to all members before inviting one."))
    if not organisation.is_member or organisation.pk in organisations_excluded_from(idea):
        raise TransitionRefused(
            _("%(organisation)s cannot be invited to this idea.") % {"organisation": organisation}
        )
    if SuggestionDismissal.objects.filter(idea=idea, organisation=organisation).exists():
        raise TransitionRefused(
            _("%(organisation)s was dismissed for this idea.") % {"organisation": organisation}
        )
    try:
        with transaction.atomic():
            invitation, created = SuggestionInvitation.objects.get_or_create(
                idea=idea, organisation=organisation, defaults={"by": by}
            )
    except IntegrityError:  # the other click of a double click won the race
        return SuggestionInvitation.objects.get(idea=idea, organisation=organisation), False
    if created:
        if reachable_contacts(organisation):
            enqueue("projects.tasks.notify_partner_invited", invitation.pk)
        else:
            enqueue("projects.tasks.notify_invitation_unreached", invitation.pk)
    return invitation, created


def reachable_contacts(organisation: Organisation) -> int:
    """How many of the organisation's contact persons an invitation e-mails (active accounts)."""
    return User.objects.filter(organisation_contacts__organisation=organisation, is_active=True).count()


@transaction.atomic
def dismiss_suggestion(
    idea: ProjectIdea, organisation: Organisation, *, by: User, note: str = ""
) -> SuggestionDismissal:
    """Dismiss a suggested member for this idea, for good.

    Side effects, in order: the append-only dismissal (with the rank and reasons it had, as
    feedback; a member dismissed twice keeps the first record); delete its stored suggestion;
    on commit, queue a recompute of the idea so another member takes the free place.
    """
    existing = SuggestionDismissal.objects.filter(idea=idea, organisation=organisation).first()
    if existing:
        return existing
    suggestion = PartnerSuggestion.objects.filter(idea=idea, organisation=organisation).first()
    dismissal = SuggestionDismissal.objects.create(
        idea=idea,
        organisation=organisation,
        by=by,
        note=note,
        rank=suggestion.rank if suggestion else None,
        reasons=suggestion.reasons if suggestion else [],
    )
    PartnerSuggestion.objects.filter(idea=idea, organisation=organisation).delete()
    queue_idea_recompute(idea.pk)
    return dismissal
