"""Replay real keep.eu consortia through the engine and the baselines; report the metrics."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from projects.matching.index import MatchingIndex
from projects.matching.scoring import (
    DEFAULT_ADAPTATION,
    FIXED,
    Adaptation,
    compute_signals,
    score,
    top_rows,
)
from projects.matching.text import Analyzer
from projects.matching.weights import DEFAULT_WEIGHTS, Weights
from projects.matching_lab.baselines import (
    BASELINES,
    GRAPH_BASELINES,
    TEXT_BASELINES,
    Baselines,
    PartCache,
    graph_baseline,
)
from projects.matching_lab.diagnostics import GoldBreakdown, History
from projects.matching_lab.keep import Project, ProtocolQuery, TextMode, build_queries
from projects.matching_lab.keep_profiles import Timeline, idea_for
from projects.matching_lab.metrics import MetricTotals

ENGINE = "engine"
# MRR is computed over the first DEPTH suggestions (a gold partner ranked lower scores 0).
DEPTH = 100
# The data sets' reference protocol: the first 500 queries in file order (all of keep.eu's).
FIRST = 500


@dataclass(slots=True)
class Results:
    """Metric totals per method, over all queries and over the SE/IT slice."""

    overall: dict[str, MetricTotals] = field(default_factory=lambda: defaultdict(MetricTotals))
    se_it: dict[str, MetricTotals] = field(default_factory=lambda: defaultdict(MetricTotals))
    # The test part of a temporal split: the same metrics over the queries starting on or
    # after `cut` (the weights were fitted before it, see fitting.py).
    cut: str | None = None
    later: Results | None = None

    def add(self, method: str, query: ProtocolQuery, ranked: Sequence[object]) -> None:
        self.overall[method].add(ranked, query.gold)
        if query.in_slice:
            self.se_it[method].add(ranked, query.gold)
        if (
            self.later is not None
            and self.cut is not None
            and (query.project.start or "") >= self.cut
        ):
            self.later.add(method, query, ranked)


Variant = Weights | tuple[Weights, Adaptation]


def variant_ranking(index: MatchingIndex, variant: Variant, idea, depth: int) -> list:
    """Ranking with other weights (and adaptation), through the same signals and
    tie-breaking as `suggest`."""
    weights, adaptation = variant if isinstance(variant, tuple) else (variant, None)
    scores = score(index, compute_signals(index, idea, adaptation=adaptation), weights)
    return [index.ids[row] for row in top_rows(scores, index.columns.id_rank, depth)]


def evaluate(
    projects: Sequence[Project],
    mode: TextMode = "en",
    max_queries: int | None = None,
    *,
    first: int | None = None,
    baselines: Sequence[str] = BASELINES,
    graph_baselines: Sequence[str] = GRAPH_BASELINES,
    variants: Mapping[str, Variant] | None = None,
    weights: Weights = DEFAULT_WEIGHTS,
    query_filter: Callable[[int, ProtocolQuery], bool] | None = None,
    progress: Callable[[int, int], None] | None = None,
    breakdown: GoldBreakdown | None = None,
    cut: str | None = None,
) -> Results:
    """Run the protocol. One index per distinct start date, built only from earlier projects
    (profiles and graph are updated incrementally from one date to the next). Without any text
    in the data set (h2020-consortia-graph) the text baselines are skipped.

    `variants` are extra weightings (ablations) ranked from the same signals; `query_filter`
    picks a split of the queries by (position, query); `breakdown`, when given, collects where
    the engine ranked each kind of gold partner (see diagnostics.py); with `cut`, the results
    of the queries starting on or after it are also kept apart (`Results.later`).
    """
    queries = build_queries(projects)
    if first is not None:
        queries = queries[:first]
    if max_queries is not None and max_queries < len(queries):
        step = len(queries) / max_queries
        queries = [queries[int(i * step)] for i in range(max_queries)]
    if query_filter is not None:
        queries = [query for position, query in enumerate(queries) if query_filter(position, query)]
    by_date: dict[str, list[ProtocolQuery]] = defaultdict(list)
    for query in queries:
        by_date[query.project.start or ""].append(query)
    analyzer = Analyzer(cache_texts=True)  # the same project texts recur in every build
    parts = PartCache()  # the same for the baselines' TF-IDF
    has_text = any(project.texts(mode) for project in projects)
    text_baselines = [name for name in baselines if has_text or name not in TEXT_BASELINES]
    # Profiles and the co-partner graph grow date by date: nothing is rebuilt from scratch.
    timeline = Timeline(projects, mode, pairs_only=not has_text)
    results = Results(cut=cut, later=Results() if cut is not None else None)
    done = 0
    for date in sorted(by_date):
        profiles, collaborations = timeline.inputs(date)
        index = MatchingIndex.build(
            profiles, analyzer=analyzer, weights=weights, graph=timeline.graph()
        )
        reference = (
            Baselines(profiles, collaborations, parts, text=has_text) if text_baselines else None
        )
        history = History.of(profiles, collaborations) if breakdown is not None else None
        for query in by_date[date]:
            idea = idea_for(query, mode)
            ranking = [suggestion.candidate_id for suggestion in index.suggest(idea, k=DEPTH)]
            results.add(ENGINE, query, ranking)
            if breakdown is not None and history is not None:
                breakdown.add(history, query, ranking)
            for name, variant in (variants or {}).items():
                results.add(name, query, variant_ranking(index, variant, idea, DEPTH))
            for method in text_baselines:
                assert reference is not None
                results.add(method, query, reference.rank(method, idea, DEPTH))
            for method in graph_baselines:
                results.add(method, query, graph_baseline(index, method, idea, DEPTH))
            done += 1
            if progress is not None:
                progress(done, len(queries))
    return results


def ablation_variants(weights: Weights = DEFAULT_WEIGHTS) -> dict[str, Variant]:
    """The engine with each used signal switched off in turn, and without its adaptation to
    the programme's selectivity (the fixed signals of the previous engine)."""
    variants: dict[str, Variant] = {
        f"without {name}": weights.without(name)
        for name in Weights.signal_names()
        if getattr(weights, name)
    }
    variants["without adaptation"] = (weights, FIXED)
    variants["without graph boost"] = (weights, replace(DEFAULT_ADAPTATION, graph_boost=0.0))
    variants["without reform boost"] = (weights, replace(DEFAULT_ADAPTATION, reform_boost=0.0))
    return variants


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


def best_baseline_line(results: Results) -> str:
    """The best baseline of the run on each metric, and the engine's ratio to it."""
    engine = results.overall[ENGINE].means()
    cells = []
    for position, metric in enumerate(("recall@10", "MRR", "nDCG@10")):
        others = {m: t.means()[position] for m, t in results.overall.items() if _baseline(m)}
        if not others:
            continue
        best = max(sorted(others), key=lambda m: others[m])
        ratio = engine[position] / others[best] if others[best] else float("inf")
        cells.append(f"{metric} {others[best]:.3f} ({best}; engine x{ratio:.2f})")
    return "best baseline: " + "; ".join(cells)


def _baseline(method: str) -> bool:
    return method != ENGINE and not method.startswith("without ")
