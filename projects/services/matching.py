"""Partner matching in the portal: the ORM read into the engine's plain data, results stored.

The engine (``projects.matching``) never sees a model: this module builds its
``CandidateProfile``s (member organisations only), ``Collaboration``s (the co-partner graph of
every project record) and one ``IdeaQuery`` per idea, and stores the answer as
``PartnerSuggestion`` rows. The management commands call the same ``MatchingIndex``.
"""

import datetime
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.text import slugify

from members.models import Organisation, StaffExpert
from projects.matching import CandidateProfile, Collaboration, IdeaQuery, MatchingIndex, Suggestion
from projects.models import (
    ExpressionOfInterest,
    PartnerSuggestion,
    Programme,
    ProjectIdea,
    ProjectRecord,
    SuggestionDismissal,
)
from projects.selectors import co_partner_edges, idea_for_matching, organisations_excluded_from
from projects.services.consortium import balance_shortlist, is_proven
from sern_portal import versions
from workinggroups.models import WorkingGroupMembership

LANGUAGES = [code for code, _name in settings.LANGUAGES]
SUGGESTIONS_PER_IDEA = 10
# The engine ranks this many, so that newcomers a little further down can enter the shortlist
# (``balanced``); the ``SUGGESTIONS_PER_IDEA`` kept are stored.
SUGGESTION_POOL = 3 * SUGGESTIONS_PER_IDEA

# NUTS-2 codes of the regions the network draws from (Organisation.region is a name): the engine
# compares NUTS prefixes, so the lead's and the candidates' regions become comparable.
REGION_NUTS = {
    "norrbotten": "SE33",
    "västerbotten": "SE33",
    "västra götaland": "SE23",
    "östergötland": "SE12",
    "stockholm": "SE11",
    "skåne": "SE22",
    "emilia-romagna": "ITH5",
    "lombardia": "ITC4",
    "veneto": "ITH3",
    "toscana": "ITI1",
}

# Words in the programme names of project records -> the portal's Programme codes.
PROGRAMME_KEYWORDS = [
    ("erasmus", Programme.ERASMUS_PLUS),
    ("interreg", Programme.INTERREG),
    ("espon", Programme.INTERREG),
    ("urbact", Programme.INTERREG),
    ("interact", Programme.INTERREG),
    ("horizon", Programme.HORIZON_EUROPE),
    ("creative europe", Programme.CREATIVE_EUROPE),
    ("cerv", Programme.CERV),
    ("europe for citizens", Programme.CERV),
    ("life", Programme.LIFE),
]


def programme_code(name: str) -> str:
    """A record's free-text programme as the portal's ``Programme`` code when one fits, else the
    name itself (so "Interreg Europe" and an idea targeting ``interreg`` meet)."""
    name = (name or "").strip()
    if name in Programme.values:
        return name
    words = f" {slugify(name).replace('-', ' ')} "
    for keyword, code in PROGRAMME_KEYWORDS:
        if f" {keyword} " in words:
            return code
    return name


def region_nuts(country: str, region: str) -> str | None:
    nuts = REGION_NUTS.get((region or "").strip().lower())
    return nuts if nuts and nuts.startswith(country) else None


def _texts(values: Iterable[str | None]) -> list[str]:
    """Non-empty texts, each once, in their first order."""
    seen: dict[str, None] = {}
    for value in values:
        value = (value or "").strip()
        if value:
            seen.setdefault(value, None)
    return list(seen)


def candidate_profiles(
    members: Iterable[Organisation] | None = None, *, expertise: bool = True, interests: bool = True
) -> list[CandidateProfile]:
    """One profile per member organisation, in a fixed number of queries.

    ``expertise=False`` leaves the staff's expertise pool out of the texts and
    ``interests=False`` the expressions of interest out of the engagement (for the replay of
    what each portal signal adds, ``signal_replay``).

    Texts: the description in every language, the expertise areas and job titles of the staff
    who consented to be listed, the titles of earlier project records and the titles and
    summaries of the ideas it led. Engagement: ideas led + expressions of interest + projects.
    Groups: the active working groups its contacts are in today, each (slug) with the priorities
    of its thematic area, in one query however many groups and memberships.
    """
    members = list(
        members
        if members is not None
        else Organisation.objects.members().prefetch_related("priorities").order_by("pk")
    )
    ids = [organisation.pk for organisation in members]
    texts: dict[int, list[str]] = defaultdict(list)
    experts = (
        StaffExpert.objects.consented().filter(organisation__in=ids)
        if expertise
        else StaffExpert.objects.none()
    )
    for expert in experts.prefetch_related("areas"):
        texts[expert.organisation_id].append(expert.job_title)
        for area in expert.areas.all():
            texts[expert.organisation_id].extend(getattr(area, f"name_{code}") for code in LANGUAGES)

    programmes: dict[int, set[str]] = defaultdict(set)
    projects: dict[int, set[str]] = defaultdict(set)
    participations: dict[int, int] = defaultdict(int)
    records = ProjectRecord.objects.filter(Q(partners__in=ids) | Q(lead__in=ids)).distinct()
    for record in records.prefetch_related("partners").order_by("submitted_on", "pk"):
        group = {record.lead_id, *(partner.pk for partner in record.partners.all())}
        for organisation_id in group.intersection(ids):
            texts[organisation_id].append(record.title)
            programmes[organisation_id].add(programme_code(record.programme))
            projects[organisation_id].add(record.acronym)
            participations[organisation_id] += 1

    ideas_led: dict[int, int] = defaultdict(int)
    idea_fields = [f"{name}_{code}" for name in ("title", "summary") for code in LANGUAGES]
    for idea in ProjectIdea.objects.filter(lead__in=ids).order_by("pk").values("lead_id", *idea_fields):
        texts[idea["lead_id"]].extend(idea[field] for field in idea_fields)
        ideas_led[idea["lead_id"]] += 1
    interest_counts = dict(
        ExpressionOfInterest.objects.filter(organisation__in=ids if interests else [])
        .values_list("organisation")
        .annotate(count=Count("pk"))
    )

    group_priorities: dict[int, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for organisation_id, slug, code in (
        WorkingGroupMembership.objects.current()
        .filter(
            contact__organisation__in=ids,
            group__is_active=True,
            group__thematic_area__priorities__isnull=False,
        )
        .values_list("contact__organisation_id", "group__slug", "group__thematic_area__priorities__code")
        .distinct()
    ):
        group_priorities[organisation_id][slug].add(code)

    profiles = []
    for organisation in members:
        descriptions = [getattr(organisation, f"description_{code}", "") for code in LANGUAGES]
        profiles.append(
            CandidateProfile(
                id=organisation.pk,
                name=organisation.name,
                country=organisation.country,
                kind=organisation.kind,
                is_public=organisation.is_public,
                nuts=region_nuts(organisation.country, organisation.region),
                town=organisation.town or None,
                texts=tuple(_texts([*descriptions, *texts[organisation.pk]])),
                priorities=frozenset(priority.code for priority in organisation.priorities.all()),
                programmes=frozenset(programmes[organisation.pk]),
                projects=tuple(sorted(projects[organisation.pk])),
                engagement=float(
                    ideas_led[organisation.pk]
                    + interest_counts.get(organisation.pk, 0)
                    + participations[organisation.pk]
                ),
                groups=tuple(
                    (slug, frozenset(codes))
                    for slug, codes in sorted(group_priorities[organisation.pk].items())
                ),
            )
        )
    return profiles


def collaborations() -> list[Collaboration]:
    """Every pair of organisations that were in the same project record, with its acronyms and
    each record's programme (as ``programme_code``, the codes ideas and profiles use)."""
    records = {
        pk: (acronym, programme_code(programme))
        for pk, acronym, programme in ProjectRecord.objects.values_list("pk", "acronym", "programme")
    }
    shared: dict[tuple[int, int], dict[str, str]] = defaultdict(dict)
    for first, second, record_id in co_partner_edges():
        acronym, programme = records[record_id]
        shared[(first, second)].setdefault(acronym, programme)
    return [
        Collaboration(first, second, tuple(sorted(labels)), tuple(labels[label] for label in sorted(labels)))
        for (first, second), labels in sorted(shared.items())
    ]


def build_index() -> MatchingIndex:
    """The engine's index over today's members (build once, ask for many ideas)."""
    return MatchingIndex.build(candidate_profiles(), collaborations())


def dismissed_from(idea: ProjectIdea) -> set[int]:
    return set(SuggestionDismissal.objects.filter(idea=idea).values_list("organisation_id", flat=True))


def idea_query(idea: ProjectIdea) -> IdeaQuery:
    """The idea as the engine reads it; never suggested: the lead, members who answered the idea
    (``organisations_excluded_from``), dismissed members and non-members."""
    data = idea_for_matching(idea)
    texts = data["texts"]
    # The original language first; each language on its own line (the engine analyses lines).
    ordered = sorted(texts, key=lambda code: (code != data["original_language"], code))
    lead = Organisation.objects.get(pk=data["lead_id"])
    programme = data["programme"]
    if programme == Programme.OTHER and idea.target_programme_other:
        programme = programme_code(idea.target_programme_other)
    non_members = Organisation.objects.exclude(pk__in=Organisation.objects.members().values("pk"))
    # Non-members are not in the index (profiles are members only); excluding them as well keeps
    # them out even of an index built before they left the network.
    excluded = organisations_excluded_from(idea) | dismissed_from(idea)
    excluded |= set(non_members.values_list("pk", flat=True))
    return IdeaQuery(
        text="\n".join(texts[code] for code in ordered),
        lead_id=data["lead_id"],
        programme=programme,
        priorities=frozenset(data["priorities"]),
        lead_country=lead.country,
        lead_nuts=region_nuts(lead.country, lead.region),
        lead_town=lead.town or None,
        wanted_countries=frozenset(data["partner_countries"]),
        wanted_kinds=frozenset(data["partner_kinds"]),
        exclude_ids=frozenset(excluded),
    )


def balanced(suggestions: list[Suggestion]) -> list[Suggestion]:
    """The ``SUGGESTIONS_PER_IDEA`` to store: at least ``MATCHING_MIN_NEWCOMERS`` (3 by default)
    newcomers when the ranked pool has them, in score order (``balance_shortlist``)."""
    return balance_shortlist(
        suggestions,
        lambda suggestion: not is_proven([{"code": reason.code} for reason in suggestion.reasons]),
        size=SUGGESTIONS_PER_IDEA,
        min_newcomers=getattr(settings, "MATCHING_MIN_NEWCOMERS", 3),
        pool=SUGGESTION_POOL,
    )


def suggestions_for(
    idea: ProjectIdea, k: int = SUGGESTION_POOL, *, index: MatchingIndex | None = None
) -> list[Suggestion]:
    """The engine's ranked suggestions for one idea (an index is built when none is given)."""
    index = index or build_index()
    return index.suggest(idea_query(idea), k=k)


def _plain(value: Any) -> Any:
    """JSON-friendly params: numpy scalars as Python numbers, tuples and sets as lists."""
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in sorted(value.items())}
    if isinstance(value, list | tuple | set | frozenset):
        items = [_plain(item) for item in value]
        return sorted(items, key=str) if isinstance(value, set | frozenset) else items
    if hasattr(value, "item"):
        return value.item()
    if isinstance(value, float):
        return round(value, 6)
    return value


def _rows(suggestions: Iterable[Suggestion]) -> list[tuple[int, int, float, list]]:
    return [
        (
            int(suggestion.candidate_id),
            rank,
            round(float(suggestion.score), 6),
            [{"code": reason.code, "params": _plain(reason.params)} for reason in suggestion.reasons],
        )
        for rank, suggestion in enumerate(suggestions, start=1)
    ]


def store_suggestions(
    idea: ProjectIdea, suggestions: Iterable[Suggestion], *, computed_at: datetime.datetime | None = None
) -> bool:
    """Replace the idea's stored suggestions by these, atomically; True when anything changed.

    Side effects, in order: lock the idea's row (concurrent recomputes of one idea wait for each
    other); drop members dismissed meanwhile; keep the balanced shortlist (``balanced``); when
    the ranking differs from the stored one, delete the old rows and create the new ones
    (unchanged rankings are not rewritten, so their ``computed_at`` stays).
    """
    with transaction.atomic():
        ProjectIdea.objects.select_for_update().filter(pk=idea.pk).first()
        dismissed = dismissed_from(idea)
        kept = [suggestion for suggestion in suggestions if suggestion.candidate_id not in dismissed]
        rows = _rows(balanced(kept))
        stored = list(
            PartnerSuggestion.objects.filter(idea=idea)
            .order_by("rank")
            .values_list("organisation_id", "rank", "score", "reasons")
        )
        if stored == rows:
            return False
        computed_at = computed_at or timezone.now()
        PartnerSuggestion.objects.filter(idea=idea).delete()
        PartnerSuggestion.objects.bulk_create(
            PartnerSuggestion(
                idea=idea,
                organisation_id=organisation,
                rank=rank,
                score=score,
                reasons=reasons,
                computed_at=computed_at,
            )
            for organisation, rank, score, reasons in rows
        )
        versions.record_change(PartnerSuggestion)  # bulk_create sends no signal
    return True


def recompute_suggestions(
    idea: ProjectIdea, *, index: MatchingIndex | None = None, computed_at: datetime.datetime | None = None
) -> bool:
    """Compute and store an idea's suggestions; ideas closed to interest keep none.

    Returns True when the stored suggestions changed.
    """
    if not idea.is_open_for_interest:
        return store_suggestions(idea, [], computed_at=computed_at)
    return store_suggestions(idea, suggestions_for(idea, index=index), computed_at=computed_at)
