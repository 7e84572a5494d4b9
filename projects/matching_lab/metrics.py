"""Ranking metrics with binary relevance (a gold partner is relevant, anything else is not)."""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass


def recall_at_k(ranked: Sequence[object], gold: Collection[object], k: int = 10) -> float:
    """Share of the gold items found in the first k."""
    if not gold:
        return 0.0
    return len(set(ranked[:k]) & set(gold)) / len(gold)


def reciprocal_rank(ranked: Sequence[object], gold: Collection[object]) -> float:
    """1 / position of the first gold item (0 when none is ranked)."""
    for position, item in enumerate(ranked, start=1):
        if item in gold:
            return 1.0 / position
    return 0.0


def ndcg_at_k(ranked: Sequence[object], gold: Collection[object], k: int = 10) -> float:
    """DCG of the first k over the DCG of a perfect ranking of the same gold set."""
    if not gold:
        return 0.0
    dcg = sum(1.0 / math.log2(pos + 2) for pos, item in enumerate(ranked[:k]) if item in gold)
    ideal = sum(1.0 / math.log2(pos + 2) for pos in range(min(len(gold), k)))
    return dcg / ideal


@dataclass(slots=True)
class MetricTotals:
    """Running sums to average recall@10, MRR and nDCG@10 over queries."""

    recall: float = 0.0
    mrr: float = 0.0
    ndcg: float = 0.0
    queries: int = 0

    def add(self, ranked: Sequence[object], gold: Collection[object], k: int = 10) -> None:
        self.recall += recall_at_k(ranked, gold, k)
        self.mrr += reciprocal_rank(ranked, gold)
        self.ndcg += ndcg_at_k(ranked, gold, k)
        self.queries += 1

    def means(self) -> tuple[float, float, float]:
        if not self.queries:
            return 0.0, 0.0, 0.0
        return self.recall / self.queries, self.mrr / self.queries, self.ndcg / self.queries
