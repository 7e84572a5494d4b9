"""Ranking metrics on hand-computed examples."""

from __future__ import annotations

import math

import pytest

from projects.matching_lab.metrics import MetricTotals, ndcg_at_k, recall_at_k, reciprocal_rank


def test_recall_counts_the_share_of_gold_in_the_first_k() -> None:
    assert recall_at_k(["a", "x", "b", "y"], {"a", "b", "c", "d"}, k=3) == 0.5
    assert recall_at_k(["x"], set(), k=10) == 0.0


def test_reciprocal_rank_uses_the_first_gold_position() -> None:
    assert reciprocal_rank(["x", "y", "a", "b"], {"a", "b"}) == pytest.approx(1 / 3)
    assert reciprocal_rank(["x", "y"], {"a"}) == 0.0


def test_ndcg_compares_with_the_ideal_ordering() -> None:
    # gold at positions 2 and 4 of 2 gold items: (1/log2(3) + 1/log2(5)) / (1 + 1/log2(3))
    expected = (1 / math.log2(3) + 1 / math.log2(5)) / (1 + 1 / math.log2(3))
    assert ndcg_at_k(["x", "a", "y", "b"], {"a", "b"}, k=10) == pytest.approx(expected)
    assert ndcg_at_k(["a", "b"], {"a", "b"}, k=10) == pytest.approx(1.0)


def test_ndcg_caps_the_ideal_at_k() -> None:
    ranked = [f"g{i}" for i in range(10)]
    assert ndcg_at_k(ranked, {f"g{i}" for i in range(20)}, k=10) == pytest.approx(1.0)


def test_totals_average_over_queries() -> None:
    totals = MetricTotals()
    totals.add(["a"], {"a"})
    totals.add(["x", "b"], {"b", "c"})
    recall, mrr, ndcg = totals.means()
    assert recall == pytest.approx((1.0 + 0.5) / 2)
    assert mrr == pytest.approx((1.0 + 0.5) / 2)
    assert ndcg == pytest.approx((1.0 + (1 / math.log2(3)) / (1 + 1 / math.log2(3))) / 2)
    assert totals.queries == 2
