"""How much each signal counts. One fixed linear combination for every query.

Each signal lies in [0, 1] (see scoring.py), so a weight reads as "points for a perfect value
of that signal" (the lead's graph signals are further multiplied by scoring.Adaptation's
graph factor). The defaults and the adaptation constants in scoring.DEFAULT_ADAPTATION were
fitted on a temporal split of two real data sets together (2026-11-29, again after the
signal lead_programme_partner was added):

    python manage.py fit_matching ../shared/data/keep-interreg-2014-2020/projects.jsonl.gz \
        ../shared/data/h2020-consortia-graph/projects.jsonl.gz

that is, coordinate ascent over a small grid (projects/matching_lab/fitting.py) on the keep.eu
protocol queries starting before 2017/01/02 (300 of 500) and the h2020 ones starting before
2018/11/01 (297 of the first 500), from the earlier weights and from a partners-first start.
The later queries (200 and 203) are the test part that evaluate_matching reports apart. Nothing
is tuned per query, per organisation or per data set. Zero means "did not help on top of the
others": those signals are still computed, and a caller may switch them on.

wanted_country, wanted_kind and group_interest cannot be fitted (keep.eu and h2020 ideas ask
for nothing and have no working groups): the wishes are set so that an explicit wish outweighs
the place signals and most of the programme signal (not the lead's own frequent partners);
group_interest (the portal's working groups) at half the weight of declared priorities.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace


@dataclass(frozen=True, slots=True)
class Weights:
    text: float = 4.0
    priorities: float = 0.25
    programme: float = 8.0
    programme_country: float = 0.0
    programme_activity: float = 8.0
    programme_region: float = 0.75
    lead_partner: float = 6.0
    lead_second_degree: float = 0.25
    # Shared projects with the lead in the idea's programme (see scoring.compute_signals).
    lead_programme_partner: float = 2.0
    same_country: float = -0.5
    neighbour_country: float = 0.25
    same_region: float = 0.5
    same_town: float = 1.0
    country_affinity: float = 0.0
    region_affinity: float = 2.5
    engagement: float = 0.0
    wanted_country: float = 6.0
    wanted_kind: float = 6.0
    consortium: float = 0.0
    # Half the declared priorities' weight: being in a working group of the idea's theme is a
    # sign of interest, weaker than ticking the priority. Not fitted (no groups in the data).
    group_interest: float = 0.125

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
