"""Fit the signal weights on a temporal split: earlier queries of several data sets together.

    python manage.py fit_matching keep/projects.jsonl.gz h2020/projects.jsonl.gz

For each data set the protocol's queries (the first FIRST in file order, as evaluate_matching)
are split by start date: the earliest FIT_SHARE of them (those starting before the cut date,
`cut_date`) are the fitting part, the rest the test part. The fit never reads a project that
starts on or after the cut: those are dropped before the profiles, the graph and the queries
are built (`fit_part`), and evaluate_matching reports the later part separately.

1. Signals of the fitting queries' candidates are computed once, without the adaptation
   (programme signals unscaled, the lead's graph signals without their factor), with the
   programme's members, the candidates and the graph's repeat share kept per query, so that
   the adaptation's constants (full_share, graph_boost, reform_boost; scoring.Adaptation) are
   fitted with the weights. Only the candidates that could reach a first page are kept: the
   gold and the first KEEP_TOP of each signal (ties cut by activity).
2. Coordinate ascent over a small grid (GRID per weight; BOOSTS, FULL_SHARES, REFORM_BOOSTS
   for the adaptation), from START (the weights of record before this fit) and from
   `graph_first` of them, on the sum over data sets of the mean recall@10 + MRR + nDCG@10.
   One weighting is one matrix product per query; ties are broken by candidate id, as in the
   engine. Nothing is fitted per query, per organisation or per data set.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import numpy as np

from projects.matching.index import MatchingIndex
from projects.matching.scoring import (
    DEFAULT_ADAPTATION,
    Adaptation,
    compute_signals,
    excluded_rows,
)
from projects.matching.text import Analyzer
from projects.matching.weights import Weights
from projects.matching_lab.keep import Project, ProtocolQuery, TextMode, build_queries
from projects.matching_lab.keep_profiles import Timeline, idea_for

FIT_SHARE = 0.6
FIRST = 500
KEEP_TOP = 300
DEPTH = 100
# Signals keep.eu and h2020 cannot inform (their ideas ask for nothing; no working groups) or
# that re-rank after the linear sum.
NOT_FITTED = frozenset({"wanted_country", "wanted_kind", "consortium", "group_interest"})
FITTED = tuple(name for name in Weights.signal_names() if name not in NOT_FITTED)
GRAPH = ("lead_partner", "lead_second_degree", "lead_programme_partner")
PROGRAMME = ("programme", "programme_country", "programme_activity", "programme_region")
FULL_SHARES = (0.01, 0.02, 0.05, 0.1, 0.2)
REFORM_BOOSTS = (0.0, 5.0, 10.0, 20.0, 40.0, 80.0)
GRID = (-1.0, -0.5, -0.25, 0.0, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0, 8.0, 12.0, 16.0)
BOOSTS = (0.0, 1.0, 2.0, 3.0, 4.0, 6.0, 10.0)
_GAINS = 1.0 / np.log2(np.arange(10) + 2.0)
# Where the ascent starts: the weights and adaptation of record before the temporal fit
# (fitted on even keep.eu queries of all dates, see docs/matching.md), fixed here so that the
# command gives the same result whatever weights.py holds now.
START = Weights(
    text=3.75,
    priorities=0.5,
    programme=0.5,
    programme_country=0.0,
    programme_activity=8.0,
    programme_region=0.75,
    lead_partner=3.5,
    lead_second_degree=0.75,
    lead_programme_partner=0.0,  # added after that fit
    same_country=-0.4,
    neighbour_country=0.3,
    same_region=0.5,
    same_town=0.0,
    country_affinity=0.0,
    region_affinity=2.5,
    engagement=0.0,
)
START_ADAPTATION = Adaptation(full_share=0.02, graph_boost=3.0, reform_boost=0.0)


@dataclass(slots=True)
class QuerySignals:
    """One fitting query: kept candidates x FITTED signals, in candidate-id order."""

    features: np.ndarray
    gold: np.ndarray  # bool per kept candidate
    n_gold: int
    members: int  # the idea's programme's earlier members among the candidates
    candidates: int
    repeat_share: float  # of the partner graph (see graph.PartnerGraph.repeat_share)


@dataclass(slots=True)
class FitResult:
    weights: Weights
    graph_boost: float
    full_share: float
    reform_boost: float
    quality: float
    per_set: dict[str, float]


def protocol_queries(projects: Sequence[Project], first: int = FIRST) -> list[ProtocolQuery]:
    return build_queries(projects)[:first]


def cut_date(projects: Sequence[Project], share: float = FIT_SHARE, first: int = FIRST) -> str:
    """Start date that splits the protocol's queries: the earliest `share` start before it.

    Only the queries' start dates are read."""
    dates = sorted(query.project.start or "" for query in protocol_queries(projects, first))
    if not dates:
        raise ValueError("no protocol queries")
    return dates[min(int(len(dates) * share), len(dates) - 1)]


def fit_part(
    projects: Sequence[Project], cut: str, first: int = FIRST
) -> tuple[list[Project], list[ProtocolQuery]]:
    """The projects that start before the cut, and the fitting queries built from them alone
    (the same queries, with the same gold, as the protocol's queries before the cut)."""
    chosen = {query.project.id for query in protocol_queries(projects, first)}
    earlier = [project for project in projects if project.start and project.start < cut]
    queries = [query for query in build_queries(earlier) if query.project.id in chosen]
    return earlier, queries


def collect(
    projects: Sequence[Project],
    queries: Sequence[ProtocolQuery],
    mode: TextMode = "en",
    keep_top: int = KEEP_TOP,
) -> list[QuerySignals]:
    """Signals of every fitting query, from indexes built date by date (see evaluation)."""
    by_date: dict[str, list[ProtocolQuery]] = defaultdict(list)
    for query in queries:
        by_date[query.project.start or ""].append(query)
    has_text = any(project.texts(mode) for project in projects)
    timeline = Timeline(projects, mode, pairs_only=not has_text)
    analyzer = Analyzer(cache_texts=True)
    unadapted = Adaptation(full_share=1.0, graph_boost=0.0, reform_boost=0.0)
    collected = []
    for date in sorted(by_date):
        profiles, _ = timeline.inputs(date)
        index = MatchingIndex.build(profiles, analyzer=analyzer, graph=timeline.graph())
        order = np.argsort(index.columns.id_rank, kind="stable")
        for query in by_date[date]:
            idea = idea_for(query, mode)
            context = compute_signals(index, idea, adaptation=unadapted)
            programme = index.programme_book.lookup(idea.programme)
            members = (
                int(index.programmes.indptr[programme + 1] - index.programmes.indptr[programme])
                if programme >= 0
                else 0
            )
            matrix = np.column_stack([context.signals[name] for name in FITTED])
            eligible = np.ones(len(index), dtype=bool)
            eligible[excluded_rows(index, idea)] = False
            gold = np.zeros(len(index), dtype=bool)
            gold[[index.row_of[key] for key in query.gold if key in index.row_of]] = True
            keep = gold.copy()
            # Ties (e.g. every member of a programme) are cut by activity, the order in which
            # any weighting with activity in it would rank them, instead of at random.
            activity = index.columns.engagement * np.float32(1e-3)
            for column in matrix.T:
                if keep_top < column.size:
                    keep[np.argpartition(-(column + activity), keep_top)[:keep_top]] = True
                else:
                    keep[:] = True
            keep &= eligible
            rows = order[keep[order]]
            collected.append(
                QuerySignals(
                    matrix[rows].astype(np.float32),
                    gold[rows],
                    len(query.gold),
                    members,
                    len(index),
                    index.graph.repeat_share,
                )
            )
    return collected


def quality(
    queries: Sequence[QuerySignals],
    weights: Sequence[float] | np.ndarray,
    adaptation: Adaptation = DEFAULT_ADAPTATION,
) -> float:
    """Mean recall@10 + MRR (first DEPTH) + nDCG@10 of the rankings these weights give, with
    the engine's adaptation (scoring.Adaptation) applied to the unadapted signals."""
    graph = np.asarray([name in GRAPH for name in FITTED])
    programme = np.asarray([name in PROGRAMME for name in FITTED])
    total = 0.0
    for query in queries:
        strength = adaptation.programme_strength(query.members, query.candidates)
        scaled = np.array(weights, dtype=np.float64)
        scaled[programme] *= strength
        scaled[graph] *= adaptation.graph_factor(strength, query.repeat_share)
        scores = query.features @ scaled.astype(np.float32)
        # Stable sort of the negated scores: ties keep candidate-id order, as in the engine.
        ranked = np.argsort(-scores, kind="stable")[:DEPTH]
        positions = np.flatnonzero(query.gold[ranked])
        top = positions[positions < 10]
        total += top.size / query.n_gold
        total += 1.0 / (positions[0] + 1) if positions.size else 0.0
        total += _GAINS[top].sum() / _GAINS[: min(query.n_gold, 10)].sum()
    return total / max(len(queries), 1)


def graph_first(weights: Weights) -> Weights:
    """A second starting point: the lead's partners first, then active programme members (the
    shape of the best co-partner baseline); coordinate ascent alone does not get there from
    text-first weights (it stops in a local optimum)."""
    return replace(
        weights, lead_partner=16.0, lead_second_degree=0.5, programme_activity=4.0, engagement=1.0
    )


def fit_from_starts(
    sets: dict[str, list[QuerySignals]],
    start: Weights = START,
    adaptation: Adaptation = START_ADAPTATION,
    rounds: int = 6,
    progress: Callable[[str], None] | None = None,
) -> FitResult:
    """`fit` from the given weights and from `graph_first` of them; the better result (the
    first on a tie)."""
    results = [
        fit(sets, begin, adaptation, rounds, progress) for begin in (start, graph_first(start))
    ]
    return max(results, key=lambda result: result.quality)


def fit(
    sets: dict[str, list[QuerySignals]],
    start: Weights = START,
    adaptation: Adaptation = START_ADAPTATION,
    rounds: int = 6,
    progress: Callable[[str], None] | None = None,
) -> FitResult:
    """Coordinate ascent on the sum over data sets of their mean quality (deterministic:
    fixed order of signals and grid values; a change must gain more than 1e-4). Each round
    tries every grid value of every weight, then of each adaptation constant."""

    def objective(weights: np.ndarray, adapted: Adaptation) -> tuple[float, dict[str, float]]:
        per_set = {name: quality(queries, weights, adapted) for name, queries in sets.items()}
        return sum(per_set.values()), per_set

    weights = np.asarray([getattr(start, name) for name in FITTED], dtype=np.float64)
    best, per_set = objective(weights, adaptation)
    constants = {"graph_boost": BOOSTS, "full_share": FULL_SHARES, "reform_boost": REFORM_BOOSTS}
    for round_number in range(rounds):
        improved = False
        for position in range(len(FITTED)):
            for value in GRID:
                if value == weights[position]:
                    continue
                trial = weights.copy()
                trial[position] = value
                value_quality, value_sets = objective(trial, adaptation)
                if value_quality > best + 1e-4:
                    weights, best, per_set, improved = trial, value_quality, value_sets, True
        for name, values in constants.items():
            for value in values:
                if value == getattr(adaptation, name):
                    continue
                adapted = replace(adaptation, **{name: value})
                value_quality, value_sets = objective(weights, adapted)
                if value_quality > best + 1e-4:
                    adaptation, best, per_set, improved = adapted, value_quality, value_sets, True
        if progress is not None:
            progress(f"round {round_number + 1}: quality {best:.4f}")
        if not improved:
            break
    fitted = replace(start, **{name: float(weights[i]) for i, name in enumerate(FITTED)})
    return FitResult(
        fitted,
        adaptation.graph_boost,
        adaptation.full_share,
        adaptation.reform_boost,
        best,
        per_set,
    )
