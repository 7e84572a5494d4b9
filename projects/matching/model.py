"""Plain data that goes into and comes out of the matching engine (no Django, no ORM)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

CandidateId = str | int


@dataclass(frozen=True, slots=True)
class CandidateProfile:
    """Everything the engine knows about one organisation that could be suggested.

    `texts` are free texts in any of the supported languages (description, expertise, earlier
    projects and ideas); each is analysed in its own detected language. `nuts` is the most
    precise NUTS code known (e.g. "SE110" or "ITC4"), `engagement` a non-negative activity
    count (earlier projects, ideas, events...) that the engine dampens with log1p. `groups` are
    the working groups its people are in, each with the priorities of its theme.
    """

    id: CandidateId
    name: str
    country: str | None = None
    kind: str | None = None
    is_public: bool | None = None
    nuts: str | None = None
    town: str | None = None
    texts: tuple[str, ...] = ()
    priorities: frozenset[str] = frozenset()
    programmes: frozenset[str] = frozenset()
    projects: tuple[str, ...] = ()
    engagement: float = 0.0
    # Working groups its people take part in now, as (group label, priorities of the group's
    # theme): a weaker sign of interest than the declared `priorities`, kept apart from them.
    groups: tuple[tuple[str, frozenset[str]], ...] = ()


@dataclass(frozen=True, slots=True)
class Collaboration:
    """Two organisations that were partners in the same earlier projects (labels/acronyms).

    `programmes`, when known, is the programme of each of those projects, in the same order
    (the same labels as `CandidateProfile.programmes` and `IdeaQuery.programme`).
    """

    first: CandidateId
    second: CandidateId
    projects: tuple[str, ...]
    programmes: tuple[str | None, ...] = ()


@dataclass(frozen=True, slots=True)
class IdeaQuery:
    """A project idea as a member posts it, plus the lead organisation and exclusions.

    `exclude_ids` holds members who declined or were dismissed for this idea (and anybody else
    the caller wants hidden); the lead is always excluded.
    """

    text: str
    lead_id: CandidateId | None = None
    programme: str | None = None
    priorities: frozenset[str] = frozenset()
    lead_country: str | None = None
    lead_nuts: str | None = None
    lead_town: str | None = None
    wanted_countries: frozenset[str] = frozenset()
    wanted_kinds: frozenset[str] = frozenset()
    exclude_ids: frozenset[CandidateId] = frozenset()


@dataclass(frozen=True, slots=True)
class Reason:
    """A machine-readable reason: a stable `code` and JSON-friendly `params` to translate."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Suggestion:
    candidate_id: CandidateId
    score: float
    reasons: tuple[Reason, ...]
