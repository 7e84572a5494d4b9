"""Matching engine: rank candidate organisations for a project idea (no Django inside)."""

from projects.matching.index import MatchingIndex
from projects.matching.model import (
    CandidateId,
    CandidateProfile,
    Collaboration,
    IdeaQuery,
    Reason,
    Suggestion,
)
from projects.matching.reason_codes import explain
from projects.matching.weights import DEFAULT_WEIGHTS, Weights

__all__ = [
    "DEFAULT_WEIGHTS",
    "CandidateId",
    "CandidateProfile",
    "Collaboration",
    "IdeaQuery",
    "MatchingIndex",
    "Reason",
    "Suggestion",
    "Weights",
    "explain",
]
