"""Structured reasons (codes + params) for a suggestion, and a plain English renderer.

The portal translates reasons by `code` into the viewer's language; `explain` is the English
rendering for the command line. Reasons are listed strongest first (by their share of the
score); every suggestion gets at least one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from projects.matching.model import Reason
from projects.matching.scoring import REGION_LEVELS, QueryContext
from projects.matching.weights import Weights

if TYPE_CHECKING:
    from projects.matching.index import MatchingIndex

MAX_TERMS = 3
MAX_LISTED = 3
# A word explains a suggestion only if it is long enough to carry a topic, is not a generic word
# (`stopwords.GENERIC_IN_REASONS`) and is rare: found in at most this share of all profiles
# (a word of only two profiles always counts as rare, for small networks).
MIN_TERM_LENGTH = 3
MAX_TERM_DOC_SHARE = 0.2
ALWAYS_RARE_DOCS = 2
# Reasons of one family say the same thing twice ("has been active in Horizon Europe" and "has
# taken part in Horizon Europe"): only the strongest of each family is given.
FAMILIES: dict[str, str] = {
    "same_programme": "programme",
    "active_in_programme": "programme",
    "country_in_programme": "programme",
    "same_town": "place",
    "same_region": "place",
    "same_country": "place",
    "neighbouring_country": "place",
    "wanted_country": "place",
}

# code -> English template over its params; docs/matching.md lists the same table.
TEMPLATES: dict[str, str] = {
    "similar_text": "its profile talks about {terms}",
    "shared_priorities": "shares the priorities {priorities}",
    "same_programme": "has taken part in {programme}",
    "country_in_programme": "is based in {country}, a country active in {programme}",
    "active_in_programme": "has been active in {programme}",
    "past_partner_of_lead": "worked with the lead in {projects}",
    "partner_of_lead_partner": "worked with the lead's partners {partners}",
    "same_country": "is in the lead's country ({country})",
    "neighbouring_country": "is in a country next to the lead's ({country})",
    "same_region": "is in the lead's region (NUTS {nuts})",
    "same_town": "is in the lead's town ({town})",
    "wanted_country": "is in a wanted country ({country})",
    "wanted_kind": "is a wanted kind of organisation ({kind})",
    "active_member": "is an active member ({engagement} activities)",
    "working_group": "its people take part in the working group {groups}",
}


def _join(values: Any) -> str:
    if isinstance(values, list | tuple):
        return ", ".join(str(value) for value in values)
    return str(values)


def explain(reason: Reason) -> str:
    """Plain English for one reason, e.g. "shares the priorities smart-mobility, climate"."""
    template = TEMPLATES.get(reason.code)
    if template is None:
        return reason.code.replace("_", " ")
    return template.format(**{key: _join(value) for key, value in reason.params.items()})


def _country_of(index: MatchingIndex, row: int) -> str | None:
    return index.countries.label(int(index.columns.country[row]))


def _region_code(context: QueryContext, value: float) -> str | None:
    nuts3, nuts2, nuts1 = reversed(context.lead_nuts)
    for level_value, prefix in zip(REGION_LEVELS, (nuts3, nuts2, nuts1), strict=True):
        if value >= level_value:
            return prefix
    return None


ReasonMaker = Callable[["MatchingIndex", "QueryContext", int, float], Reason | None]


def telling_term(word: str) -> bool:
    """Whether a word can be shown as a reason at all (long enough, not a generic word)."""
    from projects.matching.stopwords import GENERIC_IN_REASONS

    return len(word) >= MIN_TERM_LENGTH and word.lower() not in GENERIC_IN_REASONS


def _rare_enough(index: MatchingIndex) -> float:
    """The lowest IDF of a word found in at most `MAX_TERM_DOC_SHARE` of the profiles."""
    import math

    n_docs = index.text.weights_by_doc.shape[0]
    doc_freq = max(MAX_TERM_DOC_SHARE * n_docs, ALWAYS_RARE_DOCS)
    return math.log1p((n_docs - doc_freq + 0.5) / (doc_freq + 0.5))


def _similar_text(index: MatchingIndex, context: QueryContext, row: int, _: float) -> Reason | None:
    candidates = index.text.top_terms(
        row, context.text_columns, context.text_weights, context.text_words, 4 * MAX_TERMS
    )
    column_of = {word: column for column, word in context.text_words.items()}
    min_idf = _rare_enough(index)
    terms = [
        word
        for word in candidates
        if telling_term(word)
        and float(index.text.idf[column_of[word]]) >= min_idf - 1e-6  # float32 IDFs
    ][:MAX_TERMS]
    return Reason("similar_text", {"terms": terms}) if terms else None


def _priorities(index: MatchingIndex, context: QueryContext, row: int, _: float) -> Reason:
    shared = sorted(index.priorities[row] & context.query.priorities)
    return Reason("shared_priorities", {"priorities": shared})


def _programme(index: MatchingIndex, context: QueryContext, row: int, _: float) -> Reason:
    return Reason("same_programme", {"programme": context.query.programme})


def _programme_country(index: MatchingIndex, context: QueryContext, row: int, _: float) -> Reason:
    params = {"country": _country_of(index, row), "programme": context.query.programme}
    return Reason("country_in_programme", params)


def _programme_activity(index: MatchingIndex, context: QueryContext, row: int, _: float) -> Reason:
    return Reason("active_in_programme", {"programme": context.query.programme})


def _lead_partner(index: MatchingIndex, context: QueryContext, row: int, _: float) -> Reason:
    lead_node = index.graph.node_of[context.query.lead_id]
    projects = sorted(index.graph.shared_projects(lead_node, row))
    return Reason("past_partner_of_lead", {"projects": projects})


def _second_degree(index: MatchingIndex, context: QueryContext, row: int, _: float) -> Reason:
    via = index.graph.links_to(row, context.lead_neighbours)
    names = sorted(index.names[node] if node < len(index) else str(node) for node in via)
    return Reason("partner_of_lead_partner", {"partners": names[:MAX_LISTED]})


def _group_interest(index: MatchingIndex, context: QueryContext, row: int, _: float) -> Reason:
    """The working groups (labels) whose theme has one of the idea's priorities."""
    groups = sorted(
        {label for label, codes in index.groups[row] if codes & context.query.priorities}
    )
    return Reason("working_group", {"groups": groups[:MAX_LISTED]})


def _same_country(index: MatchingIndex, context: QueryContext, row: int, _: float) -> Reason:
    return Reason("same_country", {"country": _country_of(index, row)})


def _neighbour(index: MatchingIndex, context: QueryContext, row: int, _: float) -> Reason:
    return Reason("neighbouring_country", {"country": _country_of(index, row)})


def _region(index: MatchingIndex, context: QueryContext, row: int, value: float) -> Reason:
    return Reason("same_region", {"nuts": _region_code(context, value)})


def _town(index: MatchingIndex, context: QueryContext, row: int, _: float) -> Reason:
    return Reason("same_town", {"town": context.query.lead_town})


def _wanted_country(index: MatchingIndex, context: QueryContext, row: int, _: float) -> Reason:
    return Reason("wanted_country", {"country": _country_of(index, row)})


def _wanted_kind(index: MatchingIndex, context: QueryContext, row: int, _: float) -> Reason:
    wanted = {kind.lower() for kind in context.query.wanted_kinds}
    kind = index.kind_labels[row]
    if kind is None or kind.lower() not in wanted:
        kind = "public" if index.columns.is_public[row] == 1 else "private"
    return Reason("wanted_kind", {"kind": kind})


def _engagement(index: MatchingIndex, context: QueryContext, row: int, _: float) -> Reason:
    return Reason("active_member", {"engagement": index.engagement[row]})


MAKERS: dict[str, ReasonMaker] = {
    "text": _similar_text,
    "priorities": _priorities,
    "group_interest": _group_interest,
    "programme": _programme,
    "programme_country": _programme_country,
    "programme_activity": _programme_activity,
    "lead_partner": _lead_partner,
    "lead_programme_partner": _lead_partner,
    "lead_second_degree": _second_degree,
    "same_country": _same_country,
    "neighbour_country": _neighbour,
    "same_region": _region,
    "same_town": _town,
    "wanted_country": _wanted_country,
    "wanted_kind": _wanted_kind,
    "engagement": _engagement,
}


def reasons_for(index: MatchingIndex, context: QueryContext, row: int) -> tuple[Reason, ...]:
    contributions = []
    location = int(index.columns.location[row])
    for name in Weights.signal_names():
        value = context.value(name, row, location)
        contribution = getattr(index.weights, name) * value
        if contribution > 0 and name in MAKERS:
            contributions.append((contribution, name, value))
    contributions.sort(key=lambda item: (-item[0], item[1]))
    reasons = []
    families = set()
    for _, name, value in contributions:
        reason = MAKERS[name](index, context, row, value)
        if reason is None:
            continue
        family = FAMILIES.get(reason.code, reason.code)
        if family not in families:
            families.add(family)
            reasons.append(reason)
    if not reasons:
        # Nothing specific matched: say the truthful thing, that it was ranked by activity.
        reasons.append(_engagement(index, context, row, 0.0))
    return tuple(reasons)
