"""Replay real keep.eu consortia through the engine and the baselines; report the metrics."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from projects.matching.index import MatchingIndex
from projects.matching.scoring import compute_signals, score, top_rows
from projects.matching.text import Analyzer
from projects.matching.weights import DEFAULT_WEIGHTS, Weights
from projects.matching_lab.baselines import BASELINES, Baselines
from projects.matching_lab.diagnostics import GoldBreakdown, History
from projects.matching_lab.keep import Project, ProtocolQuery, TextMode, build_queries
from projects.matching_lab.keep_profiles import build_inputs, idea_for
from projects.matching_lab.metrics import MetricTotals

ENGINE = "engine"
# MRR is computed over the first DEPTH suggestions (a gold partner ranked lower scores 0).
DEPTH = 100


@dataclass(slots=True)
class Results:
    """Metric totals per method, over all queries and over the SE/IT slice."""

    overall: dict[str, MetricTotals] = field(default_factory=lambda: defaultdict(MetricTotals))
    se_it: dict[str, MetricTotals] = field(default_factory=lambda: defaultdict(MetricTotals))

    def add(self, method: str, query: ProtocolQuery, ranked: Sequence[object]) -> None:
        self.overall[method].add(ranked, query.gold)
        if query.in_slice:
            self.se_it[method].add(ranked, query.gold)


def variant_ranking(index: MatchingIndex, weights: Weights, idea, depth: int) -> list:
    """Ranking with other weights, through the same signals and tie-breaking as `suggest`."""
    scores = score(index, compute_signals(index, idea), weights)
    return [index.ids[row] for row in top_rows(scores, index.columns.id_rank, depth)]


def evaluate(
    projects: Sequence[Project],
    mode: TextMode = "en",
    max_queries: int | None = None,
    *,
    baselines: Sequence[str] = BASELINES,
    variants: Mapping[str, Weights] | None = None,
    weights: Weights = DEFAULT_WEIGHTS,
    query_filter: Callable[[int, ProtocolQuery], bool] | None = None,
    progress: Callable[[int, int], None] | None = None,
    breakdown: GoldBreakdown | None = None,
) -> Results:
    """Run the protocol. One index per distinct start date, built only from earlier projects.

    `variants` are extra weightings (ablations) ranked from the same signals; `query_filter`
    picks a split of the queries by (position, query); `breakdown`, when given, collects where
    the engine ranked each kind of gold partner (see diagnostics.py).
    """
    queries = build_queries(projects, max_queries)
    if query_filter is not None:
        queries = [query for position, query in enumerate(queries) if query_filter(position, query)]
    by_date: dict[str, list[ProtocolQuery]] = defaultdict(list)
    for query in queries:
        by_date[query.project.start or ""].append(query)
    analyzer = Analyzer(cache_texts=True)  # the same project texts recur in every build
    results = Results()
    done = 0
    for date in sorted(by_date):
        profiles, collaborations = build_inputs(projects, date, mode)
        index = MatchingIndex.build(profiles, collaborations, analyzer=analyzer, weights=weights)
        reference = Baselines(profiles, collaborations) if baselines else None
        history = History.of(profiles, collaborations) if breakdown is not None else None
        for query in by_date[date]:
            idea = idea_for(query, mode)
            ranking = [suggestion.candidate_id for suggestion in index.suggest(idea, k=DEPTH)]
            results.add(ENGINE, query, ranking)
            if breakdown is not None and history is not None:
                breakdown.add(history, query, ranking)
            for name, variant in (variants or {}).items():
                results.add(name, query, variant_ranking(index, variant, idea, DEPTH))
            for method in baselines:
                assert reference is not None
                results.add(method, query, reference.rank(method, idea, DEPTH))
            done += 1
            if progress is not None:
                progress(done, len(queries))
    return results


def ablation_variants(weights: Weights = DEFAULT_WEIGHTS) -> dict[str, Weights]:
    """The engine with each used signal switched off in turn."""
    return {
        f"without {name}": weights.without(name)
        for name in Weights.signal_names()
        if getattr(weights, name)
    }


def format_table(results: Results, methods: Sequence[str]) -> str:
    header = (
        f"{'method':<32} {'recall@10':>9} {'MRR':>7} {'nDCG@10':>8} {'queries':>7} | "
        f"{'SE/IT r@10':>10} {'MRR':>7} {'nDCG@10':>8} {'queries':>7}"
    )
    lines = [header, "-" * len(header)]
    for method in methods:
        overall, se_it = results.overall[method], results.se_it[method]
        lines.append(
            f"{method:<32} {_cells(overall.means())} {overall.queries:>7} | "
            f"{se_it.means()[0]:>10.3f} {se_it.means()[1]:>7.3f} {se_it.means()[2]:>8.3f} "
            f"{se_it.queries:>7}"
        )
    return "\n".join(lines)


def _cells(means: tuple[float, float, float]) -> str:
    return f"{means[0]:>9.3f} {means[1]:>7.3f} {means[2]:>8.3f}"


def summary_line(results: Results) -> str:
    totals = results.overall[ENGINE]
    recall, mrr, ndcg = totals.means()
    return (
        f"engine recall@10={recall:.3f} mrr={mrr:.3f} ndcg@10={ndcg:.3f} queries={totals.queries}"
    )
