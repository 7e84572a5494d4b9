"""The matching index: build once from plain profiles, then rank candidates for ideas."""

from __future__ import annotations

from collections.abc import Collection, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from projects.matching.affinity import PlaceAffinity, membership_share
from projects.matching.graph import PartnerGraph
from projects.matching.model import (
    CandidateId,
    CandidateProfile,
    Collaboration,
    IdeaQuery,
    Suggestion,
)
from projects.matching.places import normalise_country, normalise_nuts, nuts_prefixes
from projects.matching.ranking import Standing, rank, standings
from projects.matching.scoring import DEFAULT_ADAPTATION, Adaptation
from projects.matching.text import Analyzer
from projects.matching.textindex import TextIndex
from projects.matching.weights import DEFAULT_WEIGHTS, Weights

MISSING = -1


class Codebook:
    """Maps labels (countries, towns, programmes...) to small ints for vectorised comparisons."""

    def __init__(self) -> None:
        self.code_of: dict[str, int] = {}
        self._labels: list[str] = []

    def encode(self, label: str | None) -> int:
        if not label:
            return MISSING
        return self.code_of.setdefault(label, len(self.code_of))

    def lookup(self, label: str | None) -> int:
        return self.code_of.get(label, MISSING) if label else MISSING

    def label(self, code: int) -> str | None:
        if code < 0:
            return None
        if len(self._labels) != len(self.code_of):
            self._labels = list(self.code_of)  # codes are insertion order
        return self._labels[code] if code < len(self._labels) else None


def _membership(sets: Sequence[frozenset[str]], book: Codebook) -> sp.csc_matrix:
    """Sparse candidates x labels 0/1 matrix (column slices answer "who has label X")."""
    rows, cols = [], []
    for row, labels in enumerate(sets):
        for label in labels:
            rows.append(row)
            cols.append(book.encode(label))
    data = np.ones(len(rows), dtype=np.float32)
    shape = (len(sets), max(len(book.code_of), 1))
    return sp.csc_matrix((data, (rows, cols)), shape=shape)


def _town_key(town: str | None) -> str | None:
    return " ".join(town.lower().split()) if town else None


@dataclass(slots=True)
class Columns:
    """Per-candidate attributes as arrays, row i = candidate i."""

    country: np.ndarray
    nuts1: np.ndarray
    nuts2: np.ndarray
    nuts3: np.ndarray
    town: np.ndarray
    kind: np.ndarray
    is_public: np.ndarray
    engagement: np.ndarray
    id_rank: np.ndarray
    location: np.ndarray


@dataclass(slots=True)
class Locations:
    """Distinct (country, NUTS-1, NUTS-2, NUTS-3) combinations of the candidates.

    Place signals depend only on these, so they are computed per location (a few thousand)
    and gathered once per query instead of being computed per candidate.
    """

    country: np.ndarray
    nuts1: np.ndarray
    nuts2: np.ndarray
    nuts3: np.ndarray


class MatchingIndex:
    """Candidates of one portal (or one evaluation date), ready to be ranked for any idea."""

    def __init__(
        self,
        profiles: Sequence[CandidateProfile],
        collaborations: Iterable[Collaboration] = (),
        *,
        analyzer: Analyzer | None = None,
        weights: Weights = DEFAULT_WEIGHTS,
        graph: PartnerGraph | None = None,
        adaptation: Adaptation = DEFAULT_ADAPTATION,
    ):
        """`graph`, when given, replaces the graph built from `collaborations` (its first
        nodes must be the profiles, in the same order)."""
        self.weights = weights
        self.adaptation = adaptation
        self.ids: list[CandidateId] = [profile.id for profile in profiles]
        self.row_of: dict[CandidateId, int] = {pid: row for row, pid in enumerate(self.ids)}
        if len(self.row_of) != len(self.ids):
            raise ValueError("candidate ids must be unique")
        self.profiles = list(profiles)  # kept so that one can be replaced (update_profile)
        self.names = [profile.name for profile in profiles]
        self.priorities = [profile.priorities for profile in profiles]
        self.engagement = [float(profile.engagement) for profile in profiles]
        self.kind_labels = [profile.kind for profile in profiles]
        self.countries = Codebook()
        self.nuts_codes = Codebook()
        self.towns = Codebook()
        self.kinds = Codebook()
        self.programme_book = Codebook()
        self.priority_book = Codebook()
        self.columns = self._columns(profiles)
        self.locations = self._locations()
        self.zero_signal = np.zeros(len(self.ids), np.float32)
        self.zero_signal.setflags(write=False)
        self.text = TextIndex(analyzer or Analyzer(), [profile.texts for profile in profiles])
        # Working-group interest: its own codebook and matrix, never mixed with declared priorities.
        self.group_priority_book = Codebook()
        self._memberships(profiles)
        if graph is None:
            graph = PartnerGraph(self.row_of, len(self.ids), collaborations)
        elif graph.n_candidates != len(self.ids):
            raise ValueError("the graph's candidates are not the profiles")
        self.graph = graph
        self._place_tables()

    def _memberships(self, profiles: Sequence[CandidateProfile]) -> None:
        self.programmes = _membership([p.programmes for p in profiles], self.programme_book)
        self.priority_matrix = _membership([p.priorities for p in profiles], self.priority_book)
        self.groups = [profile.groups for profile in profiles]
        self.group_priority_matrix = _membership(
            [frozenset().union(*(codes for _label, codes in p.groups)) for p in profiles],
            self.group_priority_book,
        )

    def _place_tables(self) -> None:
        n_countries, n_nuts = len(self.countries.code_of), len(self.nuts_codes.code_of)
        self.programme_country_share = membership_share(
            self.programmes, self.columns.country, n_countries
        )
        self.programme_region_share = membership_share(self.programmes, self.columns.nuts2, n_nuts)
        self.country_affinity = PlaceAffinity(
            self.graph.adjacency, self.columns.country, n_countries
        )
        self.region_affinity = PlaceAffinity(self.graph.adjacency, self.columns.nuts2, n_nuts)

    @classmethod
    def build(
        cls,
        profiles: Sequence[CandidateProfile],
        collaborations: Iterable[Collaboration] = (),
        *,
        analyzer: Analyzer | None = None,
        weights: Weights = DEFAULT_WEIGHTS,
        graph: PartnerGraph | None = None,
        adaptation: Adaptation = DEFAULT_ADAPTATION,
    ) -> MatchingIndex:
        return cls(
            profiles,
            collaborations,
            analyzer=analyzer,
            weights=weights,
            graph=graph,
            adaptation=adaptation,
        )

    def __len__(self) -> int:
        return len(self.ids)

    def _columns(self, profiles: Sequence[CandidateProfile]) -> Columns:
        countries, levels, towns, kinds, public, engagement = [], [], [], [], [], []
        for profile in profiles:
            countries.append(self.countries.encode(normalise_country(profile.country)))
            prefixes = nuts_prefixes(normalise_nuts(profile.nuts))
            levels.append([self.nuts_codes.encode(prefix) for prefix in prefixes])
            towns.append(self.towns.encode(_town_key(profile.town)))
            kinds.append(self.kinds.encode(profile.kind.lower() if profile.kind else None))
            public.append(MISSING if profile.is_public is None else int(profile.is_public))
            engagement.append(max(float(profile.engagement), 0.0))
        nuts = np.asarray(levels, dtype=np.int32).reshape(-1, 3)
        # Ties are broken by id; mixed int/str ids sort by type name first, then value.
        order = sorted(range(len(self.ids)), key=lambda row: _id_sort_key(self.ids[row]))
        id_rank = np.empty(len(self.ids), dtype=np.int64)
        id_rank[order] = np.arange(len(self.ids))
        return Columns(
            country=np.asarray(countries, dtype=np.int32),
            nuts1=nuts[:, 0],
            nuts2=nuts[:, 1],
            nuts3=nuts[:, 2],
            town=np.asarray(towns, dtype=np.int32),
            kind=np.asarray(kinds, dtype=np.int32),
            is_public=np.asarray(public, dtype=np.int8),
            engagement=_scaled_log(np.asarray(engagement, dtype=np.float32)),
            id_rank=id_rank,
            location=np.zeros(len(self.ids), dtype=np.int32),
        )

    def _locations(self) -> Locations:
        columns = self.columns
        places = np.column_stack([columns.country, columns.nuts1, columns.nuts2, columns.nuts3])
        if places.shape[0] == 0:
            places = np.full((1, 4), MISSING, dtype=np.int32)
        unique, inverse = np.unique(places, axis=0, return_inverse=True)
        columns.location = inverse.astype(np.int32).ravel()[: len(self.ids)]
        return Locations(*(np.ascontiguousarray(unique[:, i]) for i in range(4)))

    def suggest(self, query: IdeaQuery, k: int = 10) -> list[Suggestion]:
        """The k best candidates for an idea, best first, each with its reasons."""
        return rank(self, query, k)

    def update_profile(self, profile: CandidateProfile) -> None:
        """Replace one candidate's profile in place (same id, already in the index).

        Only its own texts are analysed again; every derived table (columns, locations, the BM25
        weights, membership matrices, programme shares, place affinities) is recomputed from the
        kept data, vectorised, so the index ranks exactly as one built afresh with the new
        profile. The partner graph is kept: a profile does not hold collaborations. Codebooks
        keep labels nobody has any more (unused codes read 0). Raises ``KeyError`` for an id
        that is not in the index (adding or removing candidates needs a new index).
        """
        row = self.row_of[profile.id]
        self.profiles[row] = profile
        self.names[row] = profile.name
        self.priorities[row] = profile.priorities
        self.engagement[row] = float(profile.engagement)
        self.kind_labels[row] = profile.kind
        self.columns = self._columns(self.profiles)
        self.locations = self._locations()
        self.text.replace_document(row, profile.texts)
        self._memberships(self.profiles)
        self._place_tables()

    def standings(
        self,
        candidate_id: CandidateId,
        queries: Mapping[Hashable, IdeaQuery],
        thresholds: Mapping[Hashable, float] | None = None,
        *,
        k: int = 0,
        always: Collection[Hashable] = (),
    ) -> dict[Hashable, Standing]:
        """Where one candidate stands for each of many ideas: its score and rank (0 = first),
        scored without reasons; with ``thresholds`` (e.g. each idea's stored 10th score) also
        whether its score reaches it; with ``k`` the ``suggest(query, k)`` of the ideas where it
        is among the first k or that are in ``always``. See ``ranking.standings``."""
        return standings(self, candidate_id, queries, thresholds or {}, k, always)


def _scaled_log(values: np.ndarray) -> np.ndarray:
    """log1p, then divided by the maximum: activity counts with diminishing returns, in [0, 1]."""
    logged = np.log1p(values)
    peak = float(logged.max()) if logged.size else 0.0
    return logged / peak if peak > 0 else logged


def _id_sort_key(candidate_id: CandidateId) -> tuple[str, str | int]:
    return (type(candidate_id).__name__, candidate_id)
