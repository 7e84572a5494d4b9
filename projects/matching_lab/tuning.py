"""Fit the signal weights once, on one half of the keep.eu queries (never per query).

    python -m projects.matching_lab.tuning /path/to/projects.jsonl.gz [en|national]

1. Signals of every candidate of every even-numbered query (the odd half stays unseen).
2. Logistic regression (gold partner = 1, a sample of the others = 0) gives a starting point.
3. Coordinate ascent on recall@10 + MRR + nDCG@10 of the full rankings improves it: the
   regression fits "is this a partner", the portal needs "is this among the first ten".
The printed weights were rounded by hand into weights.py.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from sklearn.linear_model import LogisticRegression

from projects.matching.index import MatchingIndex
from projects.matching.scoring import compute_signals, excluded_rows
from projects.matching.text import Analyzer
from projects.matching.weights import Weights
from projects.matching_lab.keep import (
    Project,
    ProtocolQuery,
    TextMode,
    build_queries,
    load_projects,
)
from projects.matching_lab.keep_profiles import build_inputs, idea_for

NEGATIVES_PER_QUERY = 2000
# Signals that keep.eu cannot inform (ideas there ask for nothing) or that are re-rankers.
NOT_FITTED = frozenset({"wanted_country", "wanted_kind", "consortium", "group_interest"})
STEPS = (0.0, 0.5, 0.75, 1.33, 2.0)


@dataclass(slots=True)
class QuerySignals:
    features: np.ndarray  # candidates x signals (excluded candidates removed)
    gold: np.ndarray  # bool per candidate


def tuning_split(position: int, _: ProtocolQuery) -> bool:
    return position % 2 == 0


def collect(projects: Sequence[Project], mode: TextMode = "en") -> list[QuerySignals]:
    names = Weights.signal_names()
    queries = [q for i, q in enumerate(build_queries(projects)) if tuning_split(i, q)]
    by_date: dict[str, list[ProtocolQuery]] = defaultdict(list)
    for query in queries:
        by_date[query.project.start or ""].append(query)
    analyzer = Analyzer(cache_texts=True)
    collected = []
    for date in sorted(by_date):
        index = MatchingIndex.build(*build_inputs(projects, date, mode), analyzer=analyzer)
        for query in by_date[date]:
            idea = idea_for(query, mode)
            signals = compute_signals(index, idea).signals
            keep = np.ones(len(index), dtype=bool)
            keep[excluded_rows(index, idea)] = False
            gold = np.zeros(len(index), dtype=bool)
            gold[[index.row_of[g] for g in query.gold]] = True
            features = np.column_stack([signals[name] for name in names])[keep]
            collected.append(QuerySignals(features.astype(np.float32), gold[keep]))
    return collected


def fit_logistic(queries: Sequence[QuerySignals], seed: int = 7) -> np.ndarray:
    rng = np.random.default_rng(seed)
    blocks, labels = [], []
    for query in queries:
        negatives = np.flatnonzero(~query.gold)
        if negatives.size > NEGATIVES_PER_QUERY:
            negatives = rng.choice(negatives, NEGATIVES_PER_QUERY, replace=False)
        rows = np.concatenate([np.flatnonzero(query.gold), negatives])
        blocks.append(query.features[rows])
        labels.append(query.gold[rows])
    model = LogisticRegression(max_iter=2000).fit(np.vstack(blocks), np.concatenate(labels))
    coefficients = model.coef_.ravel()
    return coefficients * 5.0 / max(float(np.abs(coefficients).max()), 1e-9)


def ranking_quality(queries: Sequence[QuerySignals], weights: np.ndarray) -> float:
    """Mean recall@10 + MRR (first 100) + nDCG@10 of the rankings these weights give."""
    total = 0.0
    for query in queries:
        scores = query.features @ weights
        depth = min(100, scores.size)
        top = np.argpartition(-scores, depth - 1)[:depth]
        hits = query.gold[top[np.argsort(-scores[top], kind="stable")]]
        n_gold = int(query.gold.sum())
        positions = np.flatnonzero(hits)
        gains = 1.0 / np.log2(np.arange(10) + 2.0)
        total += hits[:10].sum() / n_gold
        total += 1.0 / (positions[0] + 1) if positions.size else 0.0
        total += gains[positions[positions < 10]].sum() / gains[: min(n_gold, 10)].sum()
    return total / max(len(queries), 1)


def coordinate_ascent(
    queries: Sequence[QuerySignals], start: np.ndarray, rounds: int = 2
) -> np.ndarray:
    names = Weights.signal_names()
    best, best_quality = start.copy(), ranking_quality(queries, start)
    for _ in range(rounds):
        for position, name in enumerate(names):
            if name in NOT_FITTED:
                continue
            tries = [best[position] * step for step in STEPS]
            tries += [best[position] + delta for delta in (-1.0, -0.5, 0.5, 1.0)]
            for value in tries:
                candidate = best.copy()
                candidate[position] = value
                quality = ranking_quality(queries, candidate)
                if quality > best_quality + 1e-4:
                    best, best_quality = candidate, quality
    return best


def main(argv: Sequence[str]) -> None:
    mode: TextMode = "national" if len(argv) > 2 and argv[2] == "national" else "en"
    queries = collect(load_projects(argv[1]), mode)
    start = fit_logistic(queries)
    start[[Weights.signal_names().index(name) for name in NOT_FITTED]] = 0.0
    fitted = coordinate_ascent(queries, start)
    for name, value in zip(Weights.signal_names(), fitted, strict=True):
        print(f"{name} = {value:.2f}")


if __name__ == "__main__":
    main(sys.argv)
