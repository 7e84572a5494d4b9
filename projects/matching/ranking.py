"""Rank candidates for an idea: score them, keep the best, explain each.

The engine's modules import in one direction: ``index`` → ``ranking`` → ``scoring`` and
``reason_codes`` → ``model``, ``weights``, ``places``; ``scoring`` and ``reason_codes`` name
``MatchingIndex`` in type hints only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from projects.matching.model import IdeaQuery, Suggestion
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
