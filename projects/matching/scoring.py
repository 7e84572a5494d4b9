"""Signals for one idea over all candidates (vectorised), their combination and the top k."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from projects.matching.model import IdeaQuery
from projects.matching.places import NEIGHBOURS, normalise_country, normalise_nuts, nuts_prefixes
from projects.matching.weights import Weights

if TYPE_CHECKING:
    from projects.matching.index import MatchingIndex

# How much a shared NUTS-3 / NUTS-2 / NUTS-1 area with the lead counts (same_region signal).
REGION_LEVELS = (1.0, 0.6, 0.3)
# The consortium signal re-ranks the best POOL candidates by links to the best SEEDS.
CONSORTIUM_SEEDS = 5
CONSORTIUM_POOL = 100


@dataclass(frozen=True, slots=True)
class Adaptation:
    """How the signals adapt to the data instead of Interreg constants.

    - Programme evidence is scaled by how selective the idea's programme is among the
      candidates: a programme with at most `full_share` of them counts fully (an Interreg
      programme: about 2 % of keep.eu's organisations), one with all of them not at all (a portal
      where every idea answers the same call); in between log(1/share) / log(1/full_share).
    - The less the programme says (1 - that strength), and the more consortia re-form in the
      data (the partner graph's `repeat_share`: pairs with two or more shared projects), the
      more the lead's own partners and their partners count: both graph signals are multiplied
      by 1 + graph_boost x (1 - strength) + reform_boost x repeat_share.
    """

    # Fitted with the weights by fit_matching on the earlier queries of keep.eu and h2020
    # (see weights.py and docs/matching.md). With repeat shares of about 0.013 (keep.eu) and
    # 0.097 (h2020) the reform term adds about 1 and 8 to the factor.
    full_share: float = 0.02
    graph_boost: float = 1.0
    reform_boost: float = 80.0
    # The largest repeat share the reform boost was fitted on (h2020: 0.097). A small network
    # re-forms far more often (the demo: 0.45), and the boost extrapolated there made the lead's
    # earlier partners 38 times stronger, ahead of every better fit (the portal replay, docs).
    repeat_share_cap: float = 0.1

    def graph_factor(self, strength: float, repeat_share: float) -> float:
        """What the lead's graph signals are multiplied by (see the class)."""
        reform = self.reform_boost * min(repeat_share, self.repeat_share_cap)
        return 1.0 + self.graph_boost * (1.0 - strength) + reform

    def programme_strength(self, members: int, candidates: int) -> float:
        if candidates <= 0 or members <= 0:
            return 0.0
        share = members / candidates
        if share <= self.full_share:
            return 1.0
        return float(np.clip(np.log(share) / np.log(self.full_share), 0.0, 1.0))


DEFAULT_ADAPTATION = Adaptation()
FIXED = Adaptation(
    full_share=1.0, graph_boost=0.0, reform_boost=0.0
)  # the old, non-adaptive behaviour


@dataclass(slots=True)
class QueryContext:
    """What the signals found out about one idea; reasons are read from it."""

    query: IdeaQuery
    text_columns: np.ndarray
    text_weights: np.ndarray
    text_words: dict[int, str]
    lead_neighbours: np.ndarray
    lead_shared: np.ndarray
    lead_country: str | None
    lead_nuts: tuple[str | None, str | None, str | None]
    programme_strength: float = 1.0
    signals: dict[str, np.ndarray] = field(default_factory=dict)
    # Place signals per location (see index.Locations); in the fast path they are not expanded
    # to candidates, only their weighted sum is (`location_prior`, under `prior_weights`).
    by_location: dict[str, np.ndarray] = field(default_factory=dict)
    location_prior: np.ndarray | None = None
    prior_weights: Weights | None = None

    def value(self, name: str, row: int, location: int) -> float:
        """One candidate's value of one signal, whichever way it was stored."""
        if name in self.by_location:
            return float(self.by_location[name][location])
        return float(self.signals[name][row])


def _scaled(values: np.ndarray, excluded: list[int], zero: np.ndarray) -> np.ndarray:
    """Divide by the largest value among eligible candidates, so a signal lies in [0, 1]
    whatever its raw scale (the lead's own profile would otherwise set the scale)."""
    values[excluded] = 0.0
    peak = float(values.max()) if values.size else 0.0
    return (values / peak).astype(np.float32, copy=False) if peak > 0 else zero


def _code_table(size: int, wanted: list[int], values: np.ndarray | float = 1.0) -> np.ndarray:
    table = np.zeros(size + 1, dtype=np.float32)
    wanted = [code for code in wanted if code >= 0]
    if wanted:
        table[wanted] = values
    return table


def _lead_place(index: MatchingIndex, query: IdeaQuery) -> tuple[str | None, tuple, int]:
    """Lead country, NUTS prefixes and town code; a known lead's own profile fills gaps."""
    columns = index.columns
    country = normalise_country(query.lead_country)
    nuts = nuts_prefixes(normalise_nuts(query.lead_nuts))
    town = index.towns.lookup(_town(query.lead_town))
    row = index.row_of.get(query.lead_id) if query.lead_id is not None else None
    if row is not None:
        country = country or index.countries.label(int(columns.country[row]))
        if nuts[0] is None:
            nuts = nuts_prefixes(
                index.nuts_codes.label(int(columns.nuts3[row]))
                or index.nuts_codes.label(int(columns.nuts2[row]))
            )
        town = town if town >= 0 else int(columns.town[row])
    return country, nuts, town


class _Needed:
    """Which signals a weighting uses (all of them when no weighting is given)."""

    def __init__(self, weights: Weights | None):
        self.weights = weights

    def __call__(self, *names: str) -> bool:
        return self.weights is None or any(getattr(self.weights, name) for name in names)


def compute_signals(
    index: MatchingIndex,
    query: IdeaQuery,
    weights: Weights | None = None,
    adaptation: Adaptation | None = None,
) -> QueryContext:
    """Every signal for every candidate, each in [0, 1] (the lead's graph signals up to
    1 + graph_boost when the programme says little, see `Adaptation`). All-zero signals share
    one array.

    With `weights`, signals weighted 0 are skipped (left at zero): less dense work per query.
    """
    adaptation = adaptation or index.adaptation
    zero = index.zero_signal
    wanted = _Needed(weights)
    excluded = excluded_rows(index, query)
    text_columns, text_weights, words = index.text.query_terms(query.text)
    lead_neighbours, lead_shared = index.graph.partners(query.lead_id)
    lead_country, lead_nuts, lead_town = _lead_place(index, query)
    context = QueryContext(
        query,
        text_columns,
        text_weights,
        words,
        lead_neighbours,
        lead_shared,
        lead_country,
        lead_nuts,
    )
    signals = context.signals = dict.fromkeys(Weights.signal_names(), zero)
    programme = index.programme_book.lookup(query.programme)
    strength = 0.0
    if programme >= 0:
        members = int(index.programmes.indptr[programme + 1] - index.programmes.indptr[programme])
        strength = adaptation.programme_strength(members, len(index))
    context.programme_strength = strength
    signals.update(_member_signals(index, programme, lead_town, wanted, strength))
    by_location = _location_signals(index, programme, lead_country, lead_nuts, wanted)
    for name in ("programme_country", "programme_region"):
        if name in by_location and strength < 1.0:
            by_location[name] = by_location[name] * np.float32(strength)
    context.by_location = by_location
    if weights is None:
        for name, values in by_location.items():
            signals[name] = values[index.columns.location]
    else:
        prior = np.zeros(index.locations.country.size, np.float32)
        for name, values in by_location.items():
            prior += np.float32(getattr(weights, name)) * values
        context.location_prior = prior[index.columns.location]
        context.prior_weights = weights
    signals["text"] = _scaled(index.text.scores(text_columns, text_weights), excluded, zero)
    priorities = [index.priority_book.lookup(p) for p in query.priorities]
    priorities = [code for code in priorities if code >= 0]
    if priorities and wanted("priorities"):
        shared = np.asarray(index.priority_matrix[:, priorities].sum(axis=1)).ravel()
        signals["priorities"] = (shared / len(query.priorities)).astype(np.float32)
    group_codes = [index.group_priority_book.lookup(p) for p in query.priorities]
    group_codes = [code for code in group_codes if code >= 0]
    if group_codes and wanted("group_interest"):
        shared = np.asarray(index.group_priority_matrix[:, group_codes].sum(axis=1)).ravel()
        signals["group_interest"] = (shared / len(query.priorities)).astype(np.float32)
    boost = np.float32(adaptation.graph_factor(strength, index.graph.repeat_share))
    if lead_neighbours.size and wanted("lead_programme_partner"):
        # Among the lead's partners, those it worked with in the idea's own programme, relative
        # to the lead's most frequent partner there (a research lead has hundreds of partners
        # across programmes; which of them come back depends on the call).
        nodes, in_programme = index.graph.programme_partners(query.lead_id, query.programme)
        if nodes.size:
            partner = np.zeros(len(index.graph.node_of), np.float32)
            partner[nodes] = in_programme / in_programme.max()
            signals["lead_programme_partner"] = partner[: len(index)] * boost
    if lead_neighbours.size and wanted("lead_partner", "lead_second_degree"):
        partner = np.zeros(len(index.graph.node_of), np.float32)
        # Half for having worked with the lead at all, half for how often, relative to the
        # lead's most frequent partner (1 for that one): every further shared project counts
        # (the old log2 curve was flat from three on), and a lead with a long history is read
        # on its own scale. Among the lead's partners the most frequent come first, as in the
        # co-partner baselines (on h2020 that order is most of the answer).
        shared = lead_shared.astype(np.float32)
        partner[lead_neighbours] = 0.5 + 0.5 * shared / shared.max()
        signals["lead_partner"] = partner[: len(index)] * boost
        second = np.log1p(index.graph.second_degree(lead_neighbours, lead_shared))
        signals["lead_second_degree"] = _scaled(second, excluded, zero) * boost
    n_countries = len(index.countries.code_of)
    if query.wanted_countries:
        codes = [index.countries.lookup(normalise_country(c)) for c in query.wanted_countries]
        signals["wanted_country"] = _code_table(n_countries, codes)[index.columns.country]
    if query.wanted_kinds:
        signals["wanted_kind"] = _wanted_kind(index, query)
    return context


def _member_signals(
    index: MatchingIndex, programme: int, lead_town: int, wanted: _Needed, strength: float = 1.0
) -> dict[str, np.ndarray]:
    """Per-candidate signals of activity, programme membership and town."""
    columns = index.columns
    signals: dict[str, np.ndarray] = {}
    if wanted("engagement"):
        signals["engagement"] = columns.engagement
    if programme >= 0:
        member = np.zeros(len(index), np.float32)
        start, end = index.programmes.indptr[programme : programme + 2]
        member[index.programmes.indices[start:end]] = strength
        signals["programme"] = member
        if wanted("programme_activity"):
            signals["programme_activity"] = member * columns.engagement
    if lead_town >= 0 and wanted("same_town"):
        signals["same_town"] = _code_table(len(index.towns.code_of), [lead_town])[columns.town]
    return signals


def _location_signals(
    index: MatchingIndex,
    programme: int,
    lead_country: str | None,
    lead_nuts: tuple[str | None, str | None, str | None],
    wanted: _Needed,
) -> dict[str, np.ndarray]:
    """Signals that depend on a candidate only through its location, one value per location
    (those not needed, or all-zero, are left out)."""
    columns = index.locations
    signals: dict[str, np.ndarray] = {}
    if programme >= 0 and wanted("programme_country"):
        signals["programme_country"] = index.programme_country_share[programme][columns.country]
    if programme >= 0 and wanted("programme_region"):
        signals["programme_region"] = index.programme_region_share[programme][columns.nuts2]
    n_countries = len(index.countries.code_of)
    country = index.countries.lookup(lead_country)
    if country >= 0 and wanted("same_country"):
        signals["same_country"] = _code_table(n_countries, [country])[columns.country]
    if country >= 0 and wanted("country_affinity"):
        signals["country_affinity"] = index.country_affinity.table_for(country)[columns.country]
    neighbours = [index.countries.lookup(c) for c in NEIGHBOURS.get(lead_country or "", ())]
    if any(code >= 0 for code in neighbours) and wanted("neighbour_country"):
        signals["neighbour_country"] = _code_table(n_countries, neighbours)[columns.country]
    n_nuts = len(index.nuts_codes.code_of)
    region_codes = [index.nuts_codes.lookup(prefix) for prefix in lead_nuts]
    if any(code >= 0 for code in region_codes) and wanted("same_region"):
        region = np.zeros(columns.country.size, np.float32)
        for level, code, value in zip(
            (columns.nuts1, columns.nuts2, columns.nuts3),
            region_codes,
            reversed(REGION_LEVELS),
            strict=True,
        ):
            if code >= 0:
                np.maximum(region, _code_table(n_nuts, [code], value)[level], out=region)
        signals["same_region"] = region
    if region_codes[1] >= 0 and wanted("region_affinity"):
        table = index.region_affinity.table_for(region_codes[1])
        signals["region_affinity"] = table[columns.nuts2]
    return signals


def _town(town: str | None) -> str | None:
    return " ".join(town.lower().split()) if town else None


def _wanted_kind(index: MatchingIndex, query: IdeaQuery) -> np.ndarray:
    """Kinds are free labels ("municipality", "university"); "public"/"private" also match the
    public-body flag, so an idea can ask for public partners of any kind."""
    wanted = {kind.lower() for kind in query.wanted_kinds}
    codes = [index.kinds.lookup(kind) for kind in wanted]
    matches = _code_table(len(index.kinds.code_of), codes)[index.columns.kind] > 0
    if "public" in wanted:
        matches |= index.columns.is_public == 1
    if "private" in wanted:
        matches |= index.columns.is_public == 0
    return matches.astype(np.float32)


def combine(
    signals: dict[str, np.ndarray], weights: Weights, zero: np.ndarray | None = None
) -> np.ndarray:
    """Weighted sum of the signals; `zero` is the shared all-zero array, skipped for speed."""
    total = np.zeros(signals["text"].shape, dtype=np.float32)
    for name in Weights.signal_names():
        weight = getattr(weights, name)
        if weight and signals[name] is not zero:
            total += np.float32(weight) * signals[name]
    return total


def score(index: MatchingIndex, context: QueryContext, weights: Weights) -> np.ndarray:
    """Final scores: the linear combination, then the consortium signal, which looks at the
    best candidates found so far: partners who already worked with several of them fit an
    emerging consortium (real consortia re-form around earlier ones)."""
    signals = context.signals
    signals["consortium"] = index.zero_signal
    scores = combine(signals, weights, index.zero_signal)
    if context.location_prior is not None:
        if weights is not context.prior_weights:
            raise ValueError("score() needs the weights the signals were computed with")
        scores += context.location_prior
    scores[excluded_rows(index, context.query)] = -np.inf
    if weights.consortium and len(index) > CONSORTIUM_SEEDS:
        seeds = top_rows(scores, index.columns.id_rank, CONSORTIUM_SEEDS)
        pool = top_rows(scores, index.columns.id_rank, CONSORTIUM_POOL)
        links = index.graph.adjacency[pool][:, seeds]
        together = np.asarray((links > 0).sum(axis=1)).ravel().astype(np.float32)
        signals["consortium"] = np.zeros(len(index), np.float32)
        signals["consortium"][pool] = together / CONSORTIUM_SEEDS
        scores[pool] += weights.consortium * signals["consortium"][pool]
    return scores


def excluded_rows(index: MatchingIndex, query: IdeaQuery) -> list[int]:
    ids = set(query.exclude_ids)
    if query.lead_id is not None:
        ids.add(query.lead_id)
    return [index.row_of[candidate] for candidate in ids if candidate in index.row_of]


def top_rows(scores: np.ndarray, id_rank: np.ndarray, k: int) -> np.ndarray:
    """Rows of the k highest finite scores, ties broken by candidate id (deterministic)."""
    k = min(k, scores.size)
    if k <= 0:
        return np.empty(0, dtype=np.int64)
    candidates = np.argpartition(scores, scores.size - k)[scores.size - k :]
    threshold = scores[candidates].min()
    if not np.isfinite(threshold):
        candidates = candidates[np.isfinite(scores[candidates])]
        if candidates.size == 0:
            return np.empty(0, dtype=np.int64)
        threshold = scores[candidates].min()
    # Everything tied with the k-th score competes on id, not on argpartition's whim.
    pool = np.flatnonzero(scores >= threshold)
    order = np.lexsort((id_rank[pool], -scores[pool]))
    return pool[order[:k]]
