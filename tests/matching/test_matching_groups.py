"""The working-group interest signal in the engine (plain data, no Django)."""

from __future__ import annotations

import pytest

from projects.matching import IdeaQuery, MatchingIndex
from projects.matching.reason_codes import explain
from projects.matching.weights import DEFAULT_WEIGHTS
from tests.matching.builders import profile

TEXT = "Cycling lanes and safe school routes for pupils."


def index_of(*profiles):
    return MatchingIndex.build(list(profiles))


def test_a_group_of_the_ideas_theme_lifts_an_otherwise_equal_candidate_and_is_named():
    plain = profile(1, texts=(TEXT,))
    grouped = profile(2, texts=(TEXT,), groups=(("wg-mobility", frozenset({"mobility"})),))
    query = IdeaQuery(text=TEXT, priorities=frozenset({"mobility", "climate"}))
    suggestions = index_of(plain, grouped).suggest(query, k=2)
    assert [s.candidate_id for s in suggestions] == [2, 1]
    reasons = {reason.code: reason for reason in suggestions[0].reasons}
    assert reasons["working_group"].params == {"groups": ["wg-mobility"]}
    assert "working_group" not in {reason.code for reason in suggestions[1].reasons}
    assert explain(reasons["working_group"]) == (
        "its people take part in the working group wg-mobility"
    )
    # Half of the idea's priorities are covered by the group: half the weight.
    assert suggestions[0].score - suggestions[1].score == (
        pytest.approx(DEFAULT_WEIGHTS.group_interest / 2, rel=1e-5)
    )


def test_group_interest_is_weaker_than_and_apart_from_the_declared_priorities():
    declared = profile(1, texts=(TEXT,), priorities=frozenset({"mobility"}))
    grouped = profile(2, texts=(TEXT,), groups=(("wg-mobility", frozenset({"mobility"})),))
    query = IdeaQuery(text=TEXT, priorities=frozenset({"mobility"}))
    index = index_of(declared, grouped)
    assert index.priorities[1] == frozenset()  # not merged into the declared priorities
    suggestions = index.suggest(query, k=2)
    assert [s.candidate_id for s in suggestions] == [1, 2]
    assert DEFAULT_WEIGHTS.group_interest < DEFAULT_WEIGHTS.priorities


def test_a_group_of_another_theme_says_nothing():
    plain = profile(1, texts=(TEXT,))
    grouped = profile(2, texts=(TEXT,), groups=(("wg-culture", frozenset({"culture"})),))
    query = IdeaQuery(text=TEXT, priorities=frozenset({"mobility"}))
    suggestions = index_of(plain, grouped).suggest(query, k=2)
    assert [s.candidate_id for s in suggestions] == [1, 2]
    assert suggestions[0].score == suggestions[1].score
    assert all(r.code != "working_group" for s in suggestions for r in s.reasons)


def test_switching_the_signal_off_gives_the_ranking_without_groups():
    plain = profile(1, texts=(TEXT,))
    grouped = profile(2, texts=(TEXT,), groups=(("wg-mobility", frozenset({"mobility"})),))
    query = IdeaQuery(text=TEXT, priorities=frozenset({"mobility"}))
    index = MatchingIndex.build([plain, grouped], weights=DEFAULT_WEIGHTS.without("group_interest"))
    assert [s.candidate_id for s in index.suggest(query, k=2)] == [1, 2]
