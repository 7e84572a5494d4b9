"""The balanced shortlist (issue 15, point 4): newcomers within reach enter the top N."""

import pytest

from projects.services.consortium import balance_shortlist


def shortlist(ranking: str, size: int = 10, min_newcomers: int = 3, pool: int = 30) -> str:
    """``ranking`` best first, one letter each: P a proven partner, N a newcomer; numbered so the
    expectation shows which ones are kept (P1 N1 P2 …)."""
    counts = {"P": 0, "N": 0}
    items = []
    for label in ranking.split():
        counts[label] += 1
        items.append(f"{label}{counts[label]}")
    kept = balance_shortlist(items, lambda item: item.startswith("N"), size, min_newcomers, pool)
    return " ".join(kept)


@pytest.mark.parametrize(
    ("ranking", "size", "min_newcomers", "pool", "expected"),
    [
        # Enough newcomers in the top N already: the top N as ranked.
        ("P P N P N N P P P P P", 10, 3, 30, "P1 P2 N1 P3 N2 N3 P4 P5 P6 P7"),
        # Only one newcomer in the top 10: the next two newcomers of the pool replace the two
        # lowest proven partners; each label stays in score order.
        ("P P P P P N P P P P P P N P N", 10, 3, 30, "P1 P2 P3 P4 P5 N1 P6 P7 N2 N3"),
        # No newcomer in the top 10, one in the pool: it is the only one there is.
        ("P P P P P P P P P P P N", 10, 3, 30, "P1 P2 P3 P4 P5 P6 P7 P8 P9 N1"),
        # Newcomers beyond the pool (3N) are too far down: the top N as ranked.
        ("P P P P P N", 4, 2, 5, "P1 P2 P3 P4"),
        # No newcomer at all, or nothing but newcomers.
        ("P P P P", 3, 1, 9, "P1 P2 P3"),
        ("N N N N", 3, 1, 9, "N1 N2 N3"),
        # Fewer items than places: all of them.
        ("P N", 10, 3, 30, "P1 N1"),
        ("", 10, 3, 30, ""),
        # A minimum above the size is capped by it.
        ("P P N N N", 2, 5, 6, "N1 N2"),
        # No minimum: the ranking's top N.
        ("P P P N", 2, 0, 6, "P1 P2"),
    ],
)
def test_the_expectation_table(ranking, size, min_newcomers, pool, expected):
    assert shortlist(ranking, size, min_newcomers, pool) == expected


@pytest.mark.django_db
def test_the_stored_suggestions_are_the_balanced_shortlist(settings):
    from projects.matching.model import Reason, Suggestion
    from projects.models import PartnerSuggestion
    from projects.services.matching import SUGGESTIONS_PER_IDEA, store_suggestions
    from tests.factories import OrganisationFactory, ProjectIdeaFactory

    settings.MATCHING_MIN_NEWCOMERS = 3
    idea = ProjectIdeaFactory()
    organisations = [OrganisationFactory() for _ in range(14)]
    proven = (Reason("past_partner_of_lead"),)
    # Twelve proven partners first, then two newcomers (ranks 13 and 14 of the pool).
    ranked = [
        Suggestion(
            organisation.pk, 1.0 - number / 100, proven if number < 12 else (Reason("shared_priority"),)
        )
        for number, organisation in enumerate(organisations)
    ]
    assert store_suggestions(idea, ranked)
    stored = list(
        PartnerSuggestion.objects.filter(idea=idea).order_by("rank").values_list("organisation", "rank")
    )
    expected = [organisation.pk for organisation in organisations[:8] + organisations[12:]]
    assert stored == [(pk, rank) for rank, pk in enumerate(expected, start=1)]
    assert len(stored) == SUGGESTIONS_PER_IDEA
