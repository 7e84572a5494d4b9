"""Rank candidates for an idea: score them, keep the best, explain each.

The engine's modules import in one direction: ``index`` → ``ranking`` → ``scoring`` and
``reason_codes`` → ``model``, ``weights``, ``places``; ``scoring`` and ``reason_codes`` name
``MatchingIndex`` in type hints only.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from projects.matching.model import CandidateId, IdeaQuery, Suggestion
from projects.matching.reason_codes import reasons_for
from projects.matching.scoring import compute_signals, score, top_rows

if TYPE_CHECKING:
    from projects.matching.index import MatchingIndex


def rank(index: MatchingIndex, query: IdeaQuery, k: int) -> list[Suggestion]:
    """The ``k`` best candidates for ``query``, best first, each with its reasons."""
    context = compute_signals(index, query, index.weights)
    scores = score(index, context, index.weights)
    rows = top_rows(scores, index.columns.id_rank, k)
    return [
        Suggestion(
            candidate_id=index.ids[row],
            score=round(float(scores[row]), 6),
            reasons=reasons_for(index, context, int(row)),
        )
        for row in rows
    ]


@dataclass(frozen=True, slots=True)
class Standing:
    """One candidate for one idea: ``score`` as ``rank`` would give it (None when excluded or
    not in the index), ``position`` its 0-based place in the full ranking (ties by id, as
    ``top_rows``), ``reaches`` whether the score is at least the given threshold (None without)."""

    score: float | None
    position: int | None
    reaches: bool | None = None


def standings(
    index: MatchingIndex,
    candidate_id: CandidateId,
    queries: Mapping[Hashable, IdeaQuery],
    thresholds: Mapping[Hashable, float],
) -> dict[Hashable, Standing]:
    """``Standing`` of one candidate for each query: the same signals and scores as ``rank``
    (so the same score and place), without top-k selection and reasons."""
    row = index.row_of.get(candidate_id)
    id_rank = index.columns.id_rank
    result: dict[Hashable, Standing] = {}
    for key, query in queries.items():
        threshold = thresholds.get(key)
        if row is None:
            result[key] = Standing(None, None, False if threshold is not None else None)
            continue
        context = compute_signals(index, query, index.weights)
        scores = score(index, context, index.weights)
        value = scores[row]
        if not np.isfinite(value):
            result[key] = Standing(None, None, False if threshold is not None else None)
            continue
        ahead = int(np.count_nonzero(scores > value))
        ahead += int(np.count_nonzero((scores == value) & (id_rank < id_rank[row])))
        rounded = round(float(value), 6)
        reaches = None if threshold is None else rounded >= threshold
        result[key] = Standing(rounded, ahead, reaches)
    return result
