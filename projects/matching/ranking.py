"""Rank candidates for an idea: score them, keep the best, explain each.

The engine's modules import in one direction: ``index`` → ``ranking`` → ``scoring`` and
``reason_codes`` → ``model``, ``weights``, ``places``; ``scoring`` and ``reason_codes`` name
``MatchingIndex`` in type hints only.
"""

from __future__ import annotations

from collections.abc import Collection, Hashable, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import numpy as np

from projects.matching.model import CandidateId, IdeaQuery, Suggestion
from projects.matching.reason_codes import reasons_for
from projects.matching.scoring import QueryContext, compute_signals, score, top_rows

if TYPE_CHECKING:
    from projects.matching.index import MatchingIndex


def rank(index: MatchingIndex, query: IdeaQuery, k: int) -> list[Suggestion]:
    """The ``k`` best candidates for ``query``, best first, each with its reasons."""
    context = compute_signals(index, query, index.weights)
    scores = score(index, context, index.weights)
    return _suggestions(index, context, scores, k)


def _suggestions(
    index: MatchingIndex, context: QueryContext, scores: np.ndarray, k: int
) -> list[Suggestion]:
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
    ``top_rows``), ``reaches`` whether the score is at least the given threshold (None without),
    ``suggestions`` the idea's ranking when it was asked for (see ``standings``)."""

    score: float | None
    position: int | None
    reaches: bool | None = None
    suggestions: list[Suggestion] | None = None


def standings(
    index: MatchingIndex,
    candidate_id: CandidateId,
    queries: Mapping[Hashable, IdeaQuery],
    thresholds: Mapping[Hashable, float],
    k: int = 0,
    always: Collection[Hashable] = (),
) -> dict[Hashable, Standing]:
    """``Standing`` of one candidate for each query: the same signals and scores as ``rank``
    (so the same score and place), without top-k selection and reasons. With ``k``, the ideas
    where it is among the first ``k``, and those of ``always``, also get their ``rank(k)``
    from the same scores (no second scoring)."""
    row = index.row_of.get(candidate_id)
    id_rank = index.columns.id_rank
    result: dict[Hashable, Standing] = {}
    for key, query in queries.items():
        threshold = thresholds.get(key)
        unplaced = Standing(None, None, False if threshold is not None else None)
        if row is None and key not in always:
            result[key] = unplaced
            continue
        context = compute_signals(index, query, index.weights)
        scores = score(index, context, index.weights)
        value = scores[row] if row is not None else -np.inf
        standing = unplaced
        if np.isfinite(value):
            ahead = int(np.count_nonzero(scores > value))
            ahead += int(np.count_nonzero((scores == value) & (id_rank < id_rank[row])))
            rounded = round(float(value), 6)
            standing = Standing(rounded, ahead, None if threshold is None else rounded >= threshold)
        if k and (key in always or (standing.position is not None and standing.position < k)):
            standing = replace(standing, suggestions=_suggestions(index, context, scores, k))
        result[key] = standing
    return result
