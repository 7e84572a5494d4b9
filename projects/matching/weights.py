"""How much each signal counts. One fixed linear combination for every query.

Each signal lies in [0, 1] (see scoring.py), so a weight reads as "points for a perfect value
of that signal". The defaults were fitted once on the even-numbered half of the keep.eu queries
(logistic regression over their candidates as a start, then coordinate ascent on recall@10 + MRR
+ nDCG@10, then rounded) and checked on the odd half; see docs/matching.md. They are not tuned
per query or per id. Zero means "measured, did not help on top of the others": those signals
are still computed, and a caller may switch them on.

wanted_country, wanted_kind and group_interest cannot be fitted (keep.eu ideas ask for nothing
and have no working groups): the wishes are set so that an explicit wish outweighs the place
signals and most of the programme signal; group_interest (the portal's working groups) at half
the weight of declared priorities.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace


@dataclass(frozen=True, slots=True)
class Weights:
    text: float = 3.75
    priorities: float = 0.5
    programme: float = 0.5
    programme_country: float = 0.0
    programme_activity: float = 8.0
    programme_region: float = 0.75
    lead_partner: float = 3.5
    lead_second_degree: float = 0.75
    same_country: float = -0.4
    neighbour_country: float = 0.3
    same_region: float = 0.5
    same_town: float = 0.0
    country_affinity: float = 0.0
    region_affinity: float = 2.5
    engagement: float = 0.0
    wanted_country: float = 6.0
    wanted_kind: float = 6.0
    consortium: float = 0.0
    # Half the declared priorities' weight: being in a working group of the idea's theme is a
    # sign of interest, weaker than ticking the priority. Not fitted (keep.eu has no groups).
    group_interest: float = 0.25

    @classmethod
    def signal_names(cls) -> tuple[str, ...]:
        return tuple(field.name for field in fields(cls))

    def without(self, *signals: str) -> Weights:
        """The same weights with some signals switched off (for ablations)."""
        unknown = set(signals) - set(self.signal_names())
        if unknown:
            raise ValueError(f"unknown signals: {sorted(unknown)}")
        return replace(self, **{name: 0.0 for name in signals})


DEFAULT_WEIGHTS = Weights()
