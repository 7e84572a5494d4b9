"""Replay of the portal's own history: what each portal signal adds (issue 15 point 2).

For every idea that members answered with interest (pending or accepted), all member
organisations are ranked by the engine as it is, then once per portal signal with that signal
left out, and the table says where the organisations that answered come (recall@k, MRR, mean
rank) and how many answers move up or down without it. The variants:

- weights switched off (``Weights.without``): profile texts (``text``), strategy priorities,
  working groups, the call the idea answers (the programme signals), the lead's earlier
  projects (the partner graph), place;
- profiles built without the expertise pool (the consenting staff's areas and job titles), and
  without the expressions of interest in the activity count (``candidate_profiles`` options);
- queries that no longer leave out the members the lead dismissed or who declined.

Read-only. Not a temporal replay: profiles are today's (their activity counts the very
interests that are the answers), so absolute numbers flatter the engine; the differences
between the rows are the point. The answers themselves are let back in (``idea_query``
excludes them, as the suggestions should).
"""

import dataclasses
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from projects.matching import IdeaQuery, MatchingIndex
from projects.matching.model import CandidateProfile
from projects.matching.weights import DEFAULT_WEIGHTS, Weights
from projects.models import ExpressionOfInterest, InterestStatus, ProjectIdea
from projects.services.group_replay import ANSWERED, ReplayScore, answered_ideas, score_replay
from projects.services.matching import (
    candidate_profiles,
    collaborations,
    dismissed_from,
    idea_query,
)

ENGINE = "engine"
# Portal signals that are engine weights: the label printed, the weights switched off.
WEIGHT_VARIANTS: dict[str, tuple[str, ...]] = {
    "profile texts": ("text",),
    "priorities": ("priorities",),
    "working groups": ("group_interest",),
    "call (programme)": ("programme", "programme_country", "programme_activity", "programme_region"),
    "lead's projects (graph)": ("lead_partner", "lead_second_degree", "lead_programme_partner"),
    "place": (
        "same_country",
        "neighbour_country",
        "same_region",
        "same_town",
        "region_affinity",
        "country_affinity",
    ),
    "activity": ("engagement",),
}
EXPERTISE = "expertise pool"
INTERESTS = "interest history"
DISMISSALS = "dismissals and declines"


@dataclass(frozen=True)
class Variant:
    name: str
    profiles: list[CandidateProfile]
    weights: Weights
    query: Callable[[ProjectIdea, IdeaQuery], IdeaQuery] = lambda _idea, query: query


@dataclass(frozen=True)
class SignalReplay:
    k: int
    ideas: int
    answers: int
    scores: list[ReplayScore]  # the engine first, then one per left-out signal

    def score(self, name: str) -> ReplayScore:
        return next(score for score in self.scores if score.name == name)

    def moved(self, name: str) -> tuple[int, int]:
        """Answers ranked better / worse by the engine than without that signal."""
        engine, other = self.score(ENGINE).ranks, self.score(name).ranks
        better = sum(engine[key] < other[key] for key in engine)
        worse = sum(engine[key] > other[key] for key in engine)
        return better, worse

    def lines(self) -> list[str]:
        header = (
            f"{'variant':<34} {f'recall@{self.k}':>9} {'MRR':>6} {'mean rank':>9} "
            f"{'better with':>11} {'worse with':>10}"
        )
        rows = [f"{self.ideas} ideas, {self.answers} answers", header, "-" * len(header)]
        for score in self.scores:
            name = score.name if score.name == ENGINE else f"without {score.name}"
            if score.name == ENGINE:
                moved = f"{'':>11} {'':>10}"
            else:
                better, worse = self.moved(score.name)
                moved = f"{better:>11} {worse:>10}"
            rows.append(f"{name:<34} {score.recall:>9.3f} {score.mrr:>6.3f} {score.mean_rank:>9.2f} {moved}")
        return rows


def _without_dismissals(idea: ProjectIdea, query: IdeaQuery) -> IdeaQuery:
    declined = set(
        ExpressionOfInterest.objects.filter(idea=idea, status=InterestStatus.DECLINED).values_list(
            "organisation_id", flat=True
        )
    )
    return dataclasses.replace(query, exclude_ids=query.exclude_ids - dismissed_from(idea) - declined)


def variants() -> list[Variant]:
    """The engine and each portal signal left out (profiles built once per profile variant)."""
    profiles = candidate_profiles()
    found = [Variant(ENGINE, profiles, DEFAULT_WEIGHTS)]
    found += [
        Variant(name, profiles, DEFAULT_WEIGHTS.without(*signals))
        for name, signals in WEIGHT_VARIANTS.items()
    ]
    found.append(Variant(EXPERTISE, candidate_profiles(expertise=False), DEFAULT_WEIGHTS))
    found.append(Variant(INTERESTS, candidate_profiles(interests=False), DEFAULT_WEIGHTS))
    found.append(Variant(DISMISSALS, profiles, DEFAULT_WEIGHTS, _without_dismissals))
    return found


def replay_signals(k: int = 10, statuses: Iterable[str] = ANSWERED) -> SignalReplay:
    """Rank every answered idea's members with the engine and with each portal signal left out."""
    edges = collaborations()
    answered = answered_ideas(statuses)
    ideas = list(ProjectIdea.objects.filter(pk__in=answered).order_by("pk"))
    scores = []
    for variant in variants():
        index = MatchingIndex.build(variant.profiles, edges, weights=variant.weights)
        queries = []
        for idea in ideas:
            gold = {organisation for organisation in answered[idea.pk] if organisation in index.row_of}
            gold.discard(idea.lead_id)
            if not gold:
                continue
            query = variant.query(idea, idea_query(idea))
            queries.append((idea.pk, dataclasses.replace(query, exclude_ids=query.exclude_ids - gold), gold))
        scores.append(score_replay(variant.name, index, queries, k))
    engine = scores[0]
    return SignalReplay(k=k, ideas=engine.ideas, answers=engine.answers, scores=scores)
