"""Where the keep.eu gold partners come from, and how many of each kind the engine finds.

A gold partner is one of three kinds, judged only from what the profiles know on the query's
date (the same past the engine sees):

- `lead_partner`: it was a partner of the lead in an earlier project;
- `programme`: otherwise, it took part in an earlier project of the query's programme;
- `neither`: nothing in the past links it to the lead or the programme, so only its text and
  its place can bring it up.

The breakdown says which part of recall@10 is within reach of which evidence: it is how the
gap between the engine and a target is explained, not a metric to tune.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from projects.matching.model import CandidateProfile, Collaboration
from projects.matching_lab.keep import ProtocolQuery

GOLD_KINDS = ("lead_partner", "programme", "neither")
GOLD_KIND_LABELS = {
    "lead_partner": "worked with the lead before",
    "programme": "took part in the idea's programme",
    "neither": "neither (text and place only)",
}


@dataclass(slots=True)
class History:
    """Earlier programmes and partners of every organisation known on one date."""

    programmes: dict[str, frozenset[str]]
    partners: dict[str, set[str]]

    @classmethod
    def of(
        cls, profiles: Sequence[CandidateProfile], collaborations: Iterable[Collaboration]
    ) -> History:
        partners: dict[str, set[str]] = defaultdict(set)
        for link in collaborations:
            partners[str(link.first)].add(str(link.second))
            partners[str(link.second)].add(str(link.first))
        programmes = {str(profile.id): profile.programmes for profile in profiles}
        return cls(programmes, dict(partners))

    def gold_kind(self, query: ProtocolQuery, candidate: str) -> str:
        if candidate in self.partners.get(query.lead.key, ()):
            return "lead_partner"
        if query.project.programme in self.programmes.get(candidate, frozenset()):
            return "programme"
        return "neither"


@dataclass(slots=True)
class GoldBreakdown:
    """Gold partners per kind, and how many of them the ranking put in its first 10 / 100."""

    gold: Counter[str] = field(default_factory=Counter)
    top10: Counter[str] = field(default_factory=Counter)
    ranked: Counter[str] = field(default_factory=Counter)

    def add(self, history: History, query: ProtocolQuery, ranking: Sequence[object]) -> None:
        positions = {candidate: position for position, candidate in enumerate(ranking)}
        for candidate in query.gold:
            kind = history.gold_kind(query, candidate)
            self.gold[kind] += 1
            position = positions.get(candidate)
            if position is not None:
                self.ranked[kind] += 1
                self.top10[kind] += position < 10

    def format(self, depth: int) -> str:
        total = sum(self.gold.values())
        header = (
            f"{'gold partner':<36} {'gold':>5} {'share':>6} {'in top 10':>10} "
            f"{'in top ' + str(depth):>11}"
        )
        lines = [header, "-" * len(header)]
        for kind in GOLD_KINDS:
            count = self.gold[kind]
            top10, ranked = _share(self.top10[kind], count), _share(self.ranked[kind], count)
            lines.append(
                f"{GOLD_KIND_LABELS[kind]:<36} {count:>5} {_share(count, total):>6.3f} "
                f"{top10:>10.3f} {ranked:>11.3f}"
            )
        return "\n".join(lines)


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0
