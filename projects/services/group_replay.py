"""Replay of the portal's own history: does working-group interest rank interested members higher?

For every idea that members answered with interest (pending or accepted), the engine ranks all
member organisations twice over today's profiles, once with the ``group_interest`` signal and
once with it switched off, and reports where the organisations that answered come (recall@k,
MRR, their mean rank). Read-only: it writes nothing.

Not a temporal replay: profiles are today's (their engagement counts the very interests that are
the answers, and group memberships are today's), so absolute numbers flatter the engine; only the
difference between the two runs is the point.
"""

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass

from projects.matching import MatchingIndex
from projects.matching.weights import DEFAULT_WEIGHTS
from projects.models import ExpressionOfInterest, InterestStatus, ProjectIdea
from projects.services.matching import candidate_profiles, collaborations, idea_query

ANSWERED = (InterestStatus.PENDING, InterestStatus.ACCEPTED)


@dataclass(frozen=True)
class ReplayScore:
    """One variant over all replayed ideas."""

    name: str
    ideas: int
    answers: int
    recall: float
    mrr: float
    mean_rank: float
    ranks: dict[tuple[int, int], int]


@dataclass(frozen=True)
class GroupReplay:
    k: int
    with_groups: ReplayScore
    without_groups: ReplayScore
    answers_in_a_group: int  # answering organisations with a group of the idea's theme

    def moved(self) -> tuple[int, int, int]:
        """How many (idea, organisation) answers rank better, worse, the same with the signal."""
        better = worse = same = 0
        for key, rank in self.with_groups.ranks.items():
            other = self.without_groups.ranks[key]
            better += rank < other
            worse += rank > other
            same += rank == other
        return better, worse, same

    def lines(self) -> list[str]:
        better, worse, same = self.moved()
        rows = [
            f"{'variant':<16} {'ideas':>5} {'answers':>7} {f'recall@{self.k}':>9} {'MRR':>6} {'mean rank':>9}"
        ]
        for score in (self.without_groups, self.with_groups):
            rows.append(
                f"{score.name:<16} {score.ideas:>5} {score.answers:>7} {score.recall:>9.3f} "
                f"{score.mrr:>6.3f} {score.mean_rank:>9.2f}"
            )
        rows.append(
            f"answers whose organisation is in a group of the idea's theme: {self.answers_in_a_group}"
        )
        rows.append(f"answers ranked better with groups: {better}, worse: {worse}, same: {same}")
        return rows


def answered_ideas(statuses: Iterable[str]) -> dict[int, set[int]]:
    """{idea id: the organisations that answered it with one of these interest statuses}."""
    answered: dict[int, set[int]] = {}
    rows = ExpressionOfInterest.objects.filter(status__in=list(statuses)).values_list(
        "idea_id", "organisation_id"
    )
    for idea_id, organisation_id in rows:
        answered.setdefault(idea_id, set()).add(organisation_id)
    return answered


def score_replay(name: str, index: MatchingIndex, queries: list, k: int) -> ReplayScore:
    """Where each ``(idea id, query, answering organisations)`` puts its answers in ``index``."""
    ranks: dict[tuple[int, int], int] = {}
    recall = mrr = 0.0
    for idea_id, query, gold in queries:
        order = [s.candidate_id for s in index.suggest(query, k=len(index))]
        position = {candidate: rank for rank, candidate in enumerate(order, start=1)}
        found = sorted(position[organisation] for organisation in gold)
        recall += sum(rank <= k for rank in found) / len(gold)
        mrr += 1.0 / found[0]
        for organisation in gold:
            ranks[(idea_id, organisation)] = position[organisation]
    n = max(len(queries), 1)
    return ReplayScore(
        name=name,
        ideas=len(queries),
        answers=len(ranks),
        recall=recall / n,
        mrr=mrr / n,
        mean_rank=sum(ranks.values()) / max(len(ranks), 1),
        ranks=ranks,
    )


def replay_group_signal(k: int = 10, statuses: Iterable[str] = ANSWERED) -> GroupReplay:
    """Rank every answered idea's candidates with and without ``group_interest`` (read-only).

    The organisations that answered are let back in (``idea_query`` excludes them, as the
    suggestions should); answering organisations that are not candidates (non-members) are left out.
    """
    profiles = candidate_profiles()
    edges = collaborations()
    with_index = MatchingIndex.build(profiles, edges)
    without_index = MatchingIndex.build(profiles, edges, weights=DEFAULT_WEIGHTS.without("group_interest"))
    by_id = {profile.id: profile for profile in profiles}
    answered = answered_ideas(statuses)
    queries = []
    in_a_group = 0
    for idea in ProjectIdea.objects.filter(pk__in=answered).order_by("pk"):
        gold = {organisation for organisation in answered[idea.pk] if organisation in by_id}
        gold.discard(idea.lead_id)
        if not gold:
            continue
        query = idea_query(idea)
        query = dataclasses.replace(query, exclude_ids=query.exclude_ids - gold)
        in_a_group += sum(
            any(codes & query.priorities for _slug, codes in by_id[organisation].groups)
            for organisation in gold
        )
        queries.append((idea.pk, query, gold))
    return GroupReplay(
        k=k,
        with_groups=score_replay("with groups", with_index, queries, k),
        without_groups=score_replay("without groups", without_index, queries, k),
        answers_in_a_group=in_a_group,
    )
