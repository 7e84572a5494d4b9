"""Partner matching at scale (issue 16): one index per worker, ideas read in bulk, and a profile
change that recomputes only the ideas it can change.

- ``shared_index()``: the index is built once per worker process and reused by every task until
  it is older than ``MATCHING_INDEX_MAX_AGE`` seconds (ideas and projects also feed the
  profiles: their drift is bounded by that age; ``0`` disables reuse). A member's profile change
  (``profiles_changed(organisation_id)``) bumps a version in the shared cache and records which
  member it was under that version: a worker a few versions behind re-reads only those members'
  profiles and updates its index in place (``MatchingIndex.update_profile``, a fraction of a
  second); it rebuilds when more than ``MAX_INCREMENTAL_CHANGES`` are missing, when a change is
  not recorded (unknown member, evicted key) or when a member joined or left the network.
- ``idea_queries(ideas)``: the engine's queries for many ideas in a fixed number of queries.
- ``ideas_touched_by_profile(organisation_id, ideas)``: of the open ideas, those whose stored
  suggestions hold the organisation or whose new ranking does — the only ones a change of that
  profile can change (the others' candidates and scores did not move).
  ``suggestions_touched_by_profile`` gives their new suggestions too: the member's score and
  place are computed for every idea (``MatchingIndex.standings``, no reasons), and only the
  ideas that suggest it today or whose new shortlist pool it enters are ranked and returned;
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
CHANGE_KEY = "projects:matching:profile-change:{}"  # the member changed under a version
# A worker further behind than this rebuilds instead of updating its index member by member.
MAX_INCREMENTAL_CHANGES = 20
_built: dict[str, object] = {}  # this process's index: {"index", "version", "at"}


def profiles_version() -> int:
    return cache.get(VERSION_KEY, 0)


def profiles_changed(organisation_id: int | None = None) -> None:
    """Every worker's index is stale: with the member's id, workers update it in place for that
    member (``shared_index``), without it they rebuild."""
    try:
        version = cache.incr(VERSION_KEY)
    except ValueError:
        version = 1
        cache.set(VERSION_KEY, version, timeout=None)
    if organisation_id is not None:
        cache.set(CHANGE_KEY.format(version), organisation_id, timeout=24 * 3600)


def _catch_up(index: MatchingIndex, since: int, version: int) -> bool:
    """Update ``index`` in place for the members changed after version ``since`` up to
    ``version``; False when it cannot (then the caller rebuilds, the index may be half updated).
    One profile read (``candidate_profiles``) per changed member."""
    if not 0 < version - since <= MAX_INCREMENTAL_CHANGES:
        return False
    keys = [CHANGE_KEY.format(number) for number in range(since + 1, version + 1)]
    changes = cache.get_many(keys)
    if len(changes) != len(keys):
        return False
    for organisation_id in dict.fromkeys(changes[key] for key in keys):
        members = Organisation.objects.members().filter(pk=organisation_id).prefetch_related("priorities")
        profiles = matching.candidate_profiles(members)
        if len(profiles) != 1 or organisation_id not in index.row_of:
            return False  # joined or left the network: the candidates themselves changed
        index.update_profile(profiles[0])
    return True


def shared_index() -> MatchingIndex:
    """This worker's index, updated in place for the members whose profile changed, rebuilt when
    that is not possible or it is too old (see module doc)."""
    max_age = getattr(settings, "MATCHING_INDEX_MAX_AGE", 0)
    version = profiles_version()
    young = _built and time.monotonic() - _built["at"] < max_age
    if young and _built["version"] != version and _catch_up(_built["index"], _built["version"], version):
        _built["version"] = version
    elif not young or _built["version"] != version:
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
    change: those that suggest it today (it leaves or moves), and those whose new ranked pool
    (``SUGGESTION_POOL``, from which ``balanced`` picks the shortlist) includes it (it enters).

    The member's score and place are first computed for every idea without reasons
    (``MatchingIndex.standings``, compared with each idea's stored 10th score); only the touched
    ideas get their suggestions and reasons (from the same scores), and the caller stores them.
    The other ideas keep their stored shortlist: the member is not in it and cannot enter it,
    and the others' scores moved only by the change of corpus statistics (IDF, maxima), which
    the next full recompute (bulk, or when their idea changes) catches up with."""
    stored = PartnerSuggestion.objects.filter(idea__in=[idea.pk for idea in ideas])
    suggested = set(stored.filter(organisation_id=organisation_id).values_list("idea_id", flat=True))
    tenth: dict[int, float] = {}
    for idea_id, score in stored.order_by("idea_id", "rank").values_list("idea_id", "score"):
        tenth[idea_id] = score  # the last stored, as ranks ascend
    queries = {
        idea_id: query
        for idea_id, query in idea_queries(ideas).items()
        # Left out: where it can never be suggested (lead, answered, dismissed, not a member).
        if idea_id in suggested or organisation_id not in query.exclude_ids
    }
    standings = index.standings(organisation_id, queries, tenth, k=SUGGESTION_POOL, always=suggested)
    touched = {}
    for idea_id, standing in standings.items():
        if standing.suggestions is not None:  # stored there today, or it enters the pool
            touched[idea_id] = standing.suggestions
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
