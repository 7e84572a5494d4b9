"""Thin tasks: they take ids, call the services and send e-mails once. Services queue them by
name through the outbox (``outbox.queue.enqueue``) and never import this module."""

import time

from celery import group, shared_task
from django.db.models import F
from django.utils import timezone

from members.models import User
from sern_portal.mail import send_once

from .models import (
    ExpressionOfInterest,
    InterestStatus,
    InterestStatusChange,
    MatchingRun,
    ProjectIdea,
    SuggestionInvitation,
)
from .services.matching import SUGGESTION_POOL, store_suggestions
from .services.matching_batch import (
    idea_queries,
    ideas_a_profile_can_enter,
    ideas_for_matching,
    profiles_changed,
    shared_index,
    suggestions_touched_by_profile,
)
from .services.recompute import chunks, mark_recompute_started, newer_recompute_ran, open_idea_ids


def _contacts_of(organisation_id: int):
    return User.objects.filter(
        organisation_contacts__organisation_id=organisation_id, is_active=True
    ).order_by("email")


def _interest(interest_id: int) -> ExpressionOfInterest | None:
    return (
        ExpressionOfInterest.objects.select_related("idea", "idea__lead", "organisation")
        .filter(pk=interest_id)
        .first()
    )


def _status_change_id(interest: ExpressionOfInterest) -> int | None:
    """The log record of the status the expression is in: it names the event an e-mail is about.

    The status alone does not: interest withdrawn and expressed again (and accepted again) takes
    the same status twice, and each time the e-mail is news.
    """
    return (
        InterestStatusChange.objects.filter(interest=interest, to_status=interest.status)
        .order_by("-pk")
        .values_list("pk", flat=True)
        .first()
    )


@shared_task
def notify_interest_expressed(interest_id: int, status: str = InterestStatus.PENDING) -> int:
    """E-mail the lead's contacts about a new expression of interest; returns how many were sent.

    Does nothing when the expression has meanwhile left the status it was queued for. Each contact
    gets it once per expression (``interest-expressed:<interest>:<status change>:<user>``).
    """
    interest = _interest(interest_id)
    if interest is None or interest.status != status:
        return 0
    change_id = _status_change_id(interest)
    context = {"interest": interest, "idea": interest.idea}
    return sum(
        send_once(
            f"interest-expressed:{interest.pk}:{change_id}:{user.pk}",
            user,
            "projects/emails/interest_expressed",
            context,
        )
        for user in _contacts_of(interest.idea.lead_id)
    )


@shared_task
def notify_interest_decided(interest_id: int, status: str) -> int:
    """E-mail the interested member's contacts that the lead accepted or declined; returns the count.

    Each contact gets it once per decision (``interest-decided:<interest>:<status change>:<user>``).
    """
    interest = _interest(interest_id)
    if interest is None or interest.status != status:
        return 0
    change_id = _status_change_id(interest)
    context = {"interest": interest, "idea": interest.idea, "accepted": status == InterestStatus.ACCEPTED}
    return sum(
        send_once(
            f"interest-decided:{interest.pk}:{change_id}:{user.pk}",
            user,
            "projects/emails/interest_decided",
            context,
        )
        for user in _contacts_of(interest.organisation_id)
    )


# --- Partner matching (issue 5) -----------------------------------------------------------------


@shared_task
def notify_partner_invited(invitation_id: int) -> int:
    """E-mail the invited member's contacts (each in their language); returns how many were sent.

    Each contact gets it once (``partner-invited:<invitation>:<user>``; one invitation per idea
    and member).
    """
    invitation = (
        SuggestionInvitation.objects.select_related("idea", "idea__lead", "organisation")
        .filter(pk=invitation_id)
        .first()
    )
    if invitation is None:
        return 0
    context = {"invitation": invitation, "idea": invitation.idea, "organisation": invitation.organisation}
    return sum(
        send_once(
            f"partner-invited:{invitation.pk}:{user.pk}", user, "projects/emails/partner_invited", context
        )
        for user in _contacts_of(invitation.organisation_id)
    )


@shared_task
def notify_invitation_unreached(invitation_id: int) -> int:
    """Tell the secretariat that an invited member has no contact person: nobody was e-mailed."""
    invitation = (
        SuggestionInvitation.objects.select_related("idea", "idea__lead", "organisation")
        .filter(pk=invitation_id)
        .first()
    )
    if invitation is None:
        return 0
    context = {"invitation": invitation, "idea": invitation.idea, "organisation": invitation.organisation}
    return sum(
        send_once(
            f"invitation-unreached:{invitation.pk}:{user.pk}",
            user,
            "projects/emails/invitation_unreached",
            context,
        )
        for user in User.objects.filter(is_secretariat=True, is_active=True).order_by("email")
    )


def _recompute_ideas(idea_ids: list[int], run_id: int | None, requested_at: float | None, index=None) -> int:
    """Recompute these ideas with this worker's index (``matching_batch.shared_index``), their
    queries read in bulk; returns how many changed."""
    changed = 0
    ideas = list(
        ProjectIdea.objects.filter(pk__in=idea_ids)
        .select_related("lead")
        .prefetch_related("priorities")
        .order_by("pk")
    )
    todo = [idea for idea in ideas if not newer_recompute_ran(idea.pk, requested_at)]
    queries = idea_queries([idea for idea in todo if idea.is_open_for_interest])
    if queries and index is None:
        index = shared_index()
    for idea in ideas:
        if idea in todo:
            mark_recompute_started(idea.pk, time.time())
            # Ideas closed to interest keep no suggestions.
            query = queries.get(idea.pk)
            suggestions = index.suggest(query, k=SUGGESTION_POOL) if query else []
            changed += store_suggestions(idea, suggestions)
        if run_id is not None:
            MatchingRun.objects.filter(pk=run_id).update(done=F("done") + 1)
    if run_id is not None:
        # Ideas deleted meanwhile still count as done, so the run always finishes.
        missing = len(set(idea_ids) - {idea.pk for idea in ideas})
        if missing:
            MatchingRun.objects.filter(pk=run_id).update(done=F("done") + missing)
        MatchingRun.objects.filter(pk=run_id, finished_at__isnull=True, done__gte=F("total")).update(
            finished_at=timezone.now()
        )
    return changed


@shared_task
def recompute_idea_suggestions(idea_id: int, requested_at: float | None = None) -> int:
    """Recompute one idea's suggestions (idempotent); skipped when a recompute of the idea started
    after ``requested_at``. Returns 1 when the stored suggestions changed, else 0."""
    return _recompute_ideas([idea_id], None, requested_at)


@shared_task
def recompute_ideas_chunk(
    idea_ids: list[int], run_id: int | None = None, requested_at: float | None = None
) -> int:
    """A chunk of a bulk recompute: one index, every idea of the chunk, progress counted."""
    return _recompute_ideas(idea_ids, run_id, requested_at)


def dispatch_chunks(idea_ids: list[int], *, run_id: int | None, requested_at: float | None):
    """Split the ideas into chunk tasks run in parallel by the workers (inline when eager)."""
    return group(
        recompute_ideas_chunk.s(chunk, run_id, requested_at) for chunk in chunks(idea_ids)
    ).apply_async()


@shared_task
def recompute_after_profile_change(organisation_id: int, requested_at: float | None = None) -> int:
    """After a change of one member's profile: every worker's index is stale
    (``profiles_changed``, with the member: workers update their index in place); the open
    ideas the member may enter (``matching_batch.ideas_a_profile_can_enter``) are checked in
    chunks run in parallel on the matching queue (``recompute_profile_chunk``); returns how
    many ideas are checked."""
    profiles_changed(organisation_id)
    ids = ideas_a_profile_can_enter(organisation_id)
    if ids:
        group(
            recompute_profile_chunk.s(chunk, organisation_id, requested_at) for chunk in chunks(ids)
        ).apply_async()
    return len(ids)


@shared_task
def recompute_profile_chunk(
    idea_ids: list[int], organisation_id: int, requested_at: float | None = None
) -> int:
    """A chunk of a profile change's ideas: the member's new score and place for each (without
    reasons), then the ideas that suggest it before or after are ranked and stored
    (``matching_batch.suggestions_touched_by_profile``). Returns how many were stored changed."""
    ideas = [idea for idea in ideas_for_matching(idea_ids) if not newer_recompute_ran(idea.pk, requested_at)]
    if not ideas:
        return 0
    started = time.time()
    touched = suggestions_touched_by_profile(organisation_id, ideas, shared_index())
    changed = 0
    for idea in ideas:
        if idea.pk in touched:
            mark_recompute_started(idea.pk, started)
            changed += store_suggestions(idea, touched[idea.pk])
    return changed


@shared_task
def recompute_open_ideas(requested_at: float | None = None) -> int:
    """After a profile change: recompute every open idea, in parallel chunks; returns the count."""
    ids = open_idea_ids()
    if ids:
        dispatch_chunks(ids, run_id=None, requested_at=requested_at)
    return len(ids)


@shared_task
def start_matching_run(run_id: int, idea_ids: list[int], requested_at: float | None = None) -> int:
    """The secretariat's bulk recompute (``services.recompute.start_bulk_recompute``): its chunks."""
    dispatch_chunks(idea_ids, run_id=run_id, requested_at=requested_at)
    return len(idea_ids)
