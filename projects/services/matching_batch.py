"""Partner matching at scale (issue 16): one index per worker, ideas read in bulk, and a profile
change that recomputes only the ideas it can change.

- ``shared_index()``: the index is built once per worker process and reused by every task until
  a member's profile changes (``profiles_changed()`` bumps a version in the shared cache, so every
  worker rebuilds once) or it is older than ``MATCHING_INDEX_MAX_AGE`` seconds (ideas and
  projects also feed the profiles: their drift is bounded by that age). ``0`` disables reuse.
- ``idea_queries(ideas)``: the engine's queries for many ideas in a fixed number of queries.
- ``ideas_touched_by_profile(organisation_id, ideas)``: of the open ideas, those whose stored
  suggestions hold the organisation or whose new ranking does — the only ones a change of that
  profile can change (the others' candidates and scores did not move).
  ``suggestions_touched_by_profile`` gives their new suggestions too, each idea ranked once;
  ``ideas_a_profile_can_enter`` leaves out, in SQL, the ideas the member can never be suggested
  for; the task checks the rest in chunks, in parallel on the matching queue.
"""

import time
from collections import defaultdict
from collections.abc import Iterable

from django.conf import settings
from django.core.cache import cache

from members.models import Organisation
from projects.matching import IdeaQuery, MatchingIndex, Suggestion
from projects.models import (
    ExpressionOfInterest,
    InterestStatus,
    PartnerSuggestion,
    Programme,
    ProjectIdea,
    SuggestionDismissal,
)

from . import matching
from .matching import LANGUAGES, SUGGESTION_POOL, programme_code, region_nuts

VERSION_KEY = "projects:matching:profiles-version"
_built: dict[str, object] = {}  # this process's index: {"index", "version", "at"}


def profiles_version() -> int:
    return cache.get(VERSION_KEY, 0)


def profiles_changed() -> None:
    """Every worker rebuilds its index before its next recompute."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 1, timeout=None)


def shared_index() -> MatchingIndex:
    """This worker's index, rebuilt when a profile changed or it is too old (see module doc)."""
    max_age = getattr(settings, "MATCHING_INDEX_MAX_AGE", 0)
    version = profiles_version()
    fresh = _built and _built["version"] == version and time.monotonic() - _built["at"] < max_age
    if not fresh:
        _built.update(index=matching.build_index(), version=version, at=time.monotonic())
    return _built["index"]


def forget_index() -> None:
    _built.clear()


def idea_queries(ideas: Iterable[ProjectIdea]) -> dict[int, IdeaQuery]:
    """``services.matching.idea_query`` for many ideas at once: five queries, however many ideas.

    The ideas must come with ``select_related("lead")`` and ``prefetch_related("priorities")``.
    """
    ideas = list(ideas)
    ids = [idea.pk for idea in ideas]
    excluded: dict[int, set[int]] = defaultdict(set)
    answered = ExpressionOfInterest.objects.filter(idea__in=ids).exclude(status=InterestStatus.WITHDRAWN)
    for idea_id, organisation_id in answered.values_list("idea_id", "organisation_id"):
        excluded[idea_id].add(organisation_id)
    dismissed = SuggestionDismissal.objects.filter(idea__in=ids)
    for idea_id, organisation_id in dismissed.values_list("idea_id", "organisation_id"):
        excluded[idea_id].add(organisation_id)
    members = Organisation.objects.members().values("pk")
    non_members = set(Organisation.objects.exclude(pk__in=members).values_list("pk", flat=True))
    queries = {}
    for idea in ideas:
        texts = {}
        for code in LANGUAGES:
            text = " ".join(
                filter(
                    None,
                    (getattr(idea, f"{name}_{code}", "") for name in ("title", "summary", "description")),
                )
            )
            if text:
                texts[code] = text
        ordered = sorted(texts, key=lambda code: (code != idea.original_language, code))
        programme = idea.target_programme
        if programme == Programme.OTHER and idea.target_programme_other:
            programme = programme_code(idea.target_programme_other)
        lead = idea.lead
        queries[idea.pk] = IdeaQuery(
            text="\n".join(texts[code] for code in ordered),
            lead_id=idea.lead_id,
            programme=programme,
            priorities=frozenset(priority.code for priority in idea.priorities.all()),
            lead_country=lead.country,
            lead_nuts=region_nuts(lead.country, lead.region),
            lead_town=lead.town or None,
            wanted_countries=frozenset(idea.partner_countries),
            wanted_kinds=frozenset(idea.partner_kinds),
            exclude_ids=frozenset({idea.lead_id, *excluded[idea.pk], *non_members}),
        )
    return queries


def suggestions_touched_by_profile(
    organisation_id: int, ideas: list[ProjectIdea], index: MatchingIndex
) -> dict[int, list[Suggestion]]:
    """The new suggestions of the ideas (of ``ideas``) that a change of this member's profile can
    change: those that suggest it today, and those whose ranking with the new profile includes it.
    Each idea is ranked once; the caller stores what it gets (no second ranking)."""
    suggested = set(
        PartnerSuggestion.objects.filter(
            organisation_id=organisation_id, idea__in=[idea.pk for idea in ideas]
        )
        .values_list("idea_id", flat=True)
        .distinct()
    )
    touched = {}
    for idea_id, query in idea_queries(ideas).items():
        if organisation_id in query.exclude_ids and idea_id not in suggested:
            continue  # it can never be suggested there (lead, answered, dismissed, not a member)
        suggestions = index.suggest(query, k=SUGGESTION_POOL)
        if idea_id in suggested or any(s.candidate_id == organisation_id for s in suggestions):
            touched[idea_id] = suggestions
    return touched


def ideas_touched_by_profile(
    organisation_id: int, ideas: list[ProjectIdea], index: MatchingIndex
) -> list[int]:
    """The ids of ``suggestions_touched_by_profile``, in order."""
    return sorted(suggestions_touched_by_profile(organisation_id, ideas, index))


def ideas_a_profile_can_enter(organisation_id: int) -> list[int]:
    """The open ideas a change of this member's profile may change, in id order: every open idea
    but those it can never be suggested for (it leads or answered them, or was dismissed there),
    unless they suggest it today (stale suggestions are cleaned up). Three queries."""
    suggested = PartnerSuggestion.objects.filter(organisation_id=organisation_id).values("idea_id")
    closed = set(ProjectIdea.objects.filter(lead_id=organisation_id).values_list("pk", flat=True))
    closed |= set(
        ExpressionOfInterest.objects.filter(organisation_id=organisation_id)
        .exclude(status=InterestStatus.WITHDRAWN)
        .values_list("idea_id", flat=True)
    )
    closed |= set(
        SuggestionDismissal.objects.filter(organisation_id=organisation_id).values_list("idea_id", flat=True)
    )
    closed -= set(suggested.values_list("idea_id", flat=True))
    ids = ProjectIdea.objects.open_for_interest().order_by("pk").values_list("pk", flat=True)
    return [pk for pk in ids if pk not in closed]


def ideas_for_matching(ids: list[int]) -> list[ProjectIdea]:
    """The open ideas of ``ids``, as ``idea_queries`` reads them."""
    return list(
        ProjectIdea.objects.open_for_interest()
        .filter(pk__in=ids)
        .select_related("lead")
        .prefetch_related("priorities")
        .order_by("pk")
    )


def open_ideas_for_matching() -> list[ProjectIdea]:
    return list(
        ProjectIdea.objects.open_for_interest()
        .select_related("lead")
        .prefetch_related("priorities")
        .order_by("pk")
    )
