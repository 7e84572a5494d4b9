"""The engine's promises to the portal: who is excluded, reasons, determinism, signals."""

from __future__ import annotations

from dataclasses import replace

from projects.matching import (
    CandidateProfile,
    Collaboration,
    IdeaQuery,
    MatchingIndex,
    Reason,
    explain,
)
from tests.matching.builders import profile


def test_the_lead_is_never_suggested(small_index: MatchingIndex, bus_idea: IdeaQuery) -> None:
    suggested = [s.candidate_id for s in small_index.suggest(bus_idea, k=10)]
    assert "lead" not in suggested
    assert len(suggested) == len(small_index) - 1


def test_declined_and_dismissed_members_are_not_suggested(
    small_index: MatchingIndex, bus_idea: IdeaQuery
) -> None:
    idea = replace(bus_idea, exclude_ids=frozenset({"bus", "heat"}))
    suggested = {s.candidate_id for s in small_index.suggest(idea, k=10)}
    assert suggested == {"bike", "farm"}


def test_unknown_excluded_ids_are_ignored(small_index: MatchingIndex, bus_idea: IdeaQuery) -> None:
    idea = replace(bus_idea, exclude_ids=frozenset({"nobody", 42}))
    assert len(small_index.suggest(idea, k=10)) == 4


def test_every_suggestion_has_at_least_one_reason(
    small_index: MatchingIndex, bus_idea: IdeaQuery
) -> None:
    suggestions = small_index.suggest(bus_idea, k=10)
    assert suggestions
    assert all(len(s.reasons) >= 1 for s in suggestions)
    assert all(isinstance(r, Reason) and explain(r) for s in suggestions for r in s.reasons)


def test_a_candidate_without_any_matching_signal_still_gets_a_reason() -> None:
    index = MatchingIndex.build([profile("a"), profile("b"), profile("lead")])
    suggestions = index.suggest(IdeaQuery(text="", lead_id="lead"), k=5)
    assert [s.reasons[0].code for s in suggestions] == ["active_member", "active_member"]


def test_the_text_reason_names_the_overlapping_words(
    small_index: MatchingIndex, bus_idea: IdeaQuery
) -> None:
    # (The lead's partner "farm" may come first: in this five-member index the programme says
    # little, so the lead's own partners count more, see scoring.Adaptation.)
    bus = next(s for s in small_index.suggest(bus_idea, k=2) if s.candidate_id == "bus")
    text_reason = next(r for r in bus.reasons if r.code == "similar_text")
    assert set(text_reason.params["terms"]) == {"electric", "bus"}


def test_the_same_input_gives_the_same_output(
    small_index: MatchingIndex, bus_idea: IdeaQuery
) -> None:
    assert small_index.suggest(bus_idea, k=10) == small_index.suggest(bus_idea, k=10)


def test_ties_are_broken_by_candidate_id() -> None:
    twins = [profile(name, texts=("same words",)) for name in ("c", "a", "d", "b")]
    index = MatchingIndex.build(twins)
    suggestions = index.suggest(IdeaQuery(text="same words"), k=3)
    assert [s.candidate_id for s in suggestions] == ["a", "b", "c"]
    assert len({s.score for s in suggestions}) == 1


def test_integer_ids_are_ranked_and_tied_by_their_value() -> None:
    index = MatchingIndex.build([profile(number, texts=("x y",)) for number in (10, 2, 33)])
    suggestions = index.suggest(IdeaQuery(text="nothing shared"), k=3)
    assert [s.candidate_id for s in suggestions] == [2, 10, 33]


def _two_equal_candidates(**extra: object) -> list[CandidateProfile]:
    return [
        profile("a", texts=("water management",)),
        profile("b", texts=("water management",), **extra),
    ]


def test_shared_priorities_raise_a_candidate_and_say_which() -> None:
    index = MatchingIndex.build(
        _two_equal_candidates(priorities=frozenset({"smart-mobility", "climate-action", "x"}))
    )
    idea = IdeaQuery(text="water", priorities=frozenset({"climate-action", "smart-mobility"}))
    best = index.suggest(idea, k=2)[0]
    assert best.candidate_id == "b"
    reason = next(r for r in best.reasons if r.code == "shared_priorities")
    assert reason.params == {"priorities": ["climate-action", "smart-mobility"]}


def test_a_wanted_country_raises_a_candidate_and_says_which() -> None:
    profiles = [profile("a", country="IT"), profile("b", country="SE")]
    index = MatchingIndex.build(profiles)
    idea = IdeaQuery(text="", lead_country="IT", wanted_countries=frozenset({"SE"}))
    best = index.suggest(idea, k=2)[0]
    assert best.candidate_id == "b"
    assert Reason("wanted_country", {"country": "SE"}) in best.reasons


def test_an_italian_lead_looking_for_swedish_municipalities_gets_them_first() -> None:
    profiles = [
        profile("it-town", country="IT", kind="municipality"),
        profile("se-uni", country="SE", kind="university"),
        profile("se-town", country="SE", kind="Municipality"),
    ]
    idea = IdeaQuery(
        text="",
        lead_country="IT",
        wanted_countries=frozenset({"SE"}),
        wanted_kinds=frozenset({"municipality"}),
    )
    best = MatchingIndex.build(profiles).suggest(idea, k=3)[0]
    assert best.candidate_id == "se-town"
    assert Reason("wanted_kind", {"kind": "Municipality"}) in best.reasons


def test_the_co_partner_reason_names_the_shared_project() -> None:
    profiles = [profile("lead"), profile("old-friend"), profile("stranger")]
    collaborations = [Collaboration("lead", "old-friend", ("MOBEC", "ARCTIC"))]
    index = MatchingIndex.build(profiles, collaborations)
    best = index.suggest(IdeaQuery(text="", lead_id="lead"), k=2)[0]
    assert best.candidate_id == "old-friend"
    assert Reason("past_partner_of_lead", {"projects": ["ARCTIC", "MOBEC"]}) in best.reasons


def test_a_lead_who_is_not_a_candidate_still_brings_its_partners() -> None:
    index = MatchingIndex.build(
        [profile("friend"), profile("stranger")], [Collaboration("outside", "friend", ("P1",))]
    )
    best = index.suggest(IdeaQuery(text="", lead_id="outside"), k=2)[0]
    assert best.candidate_id == "friend"


def test_the_same_programme_raises_a_candidate() -> None:
    index = MatchingIndex.build(_two_equal_candidates(programmes=frozenset({"Interreg Baltic"})))
    best = index.suggest(IdeaQuery(text="water", programme="Interreg Baltic"), k=2)[0]
    assert best.candidate_id == "b"
    assert Reason("same_programme", {"programme": "Interreg Baltic"}) in best.reasons


def test_explain_renders_plain_english() -> None:
    assert explain(Reason("wanted_country", {"country": "SE"})) == "is in a wanted country (SE)"
    assert explain(Reason("shared_priorities", {"priorities": ["a", "b"]})) == (
        "shares the priorities a, b"
    )
    assert explain(Reason("some_new_code", {})) == "some new code"


def test_an_empty_index_suggests_nobody() -> None:
    assert MatchingIndex.build([]).suggest(IdeaQuery(text="anything"), k=5) == []


def test_the_fast_path_scores_like_the_plain_weighted_sum_of_all_signals() -> None:
    import numpy as np

    from projects.matching.scoring import compute_signals, score
    from projects.matching.weights import DEFAULT_WEIGHTS

    places = [("SE", "SE110"), ("SE", "SE224"), ("IT", "ITC45"), ("FI", None), (None, None)]
    profiles = [
        profile(
            i,
            country=country,
            nuts=nuts,
            texts=(f"bus {i % 3} mobility",),
            programmes=frozenset({"P"}) if i % 2 else frozenset(),
            engagement=float(i),
        )
        for i, (country, nuts) in enumerate(places * 4)
    ]
    collaborations = [Collaboration(0, 2, ("A",)), Collaboration(2, 7, ("B",))]
    index = MatchingIndex.build(profiles, collaborations)
    idea = IdeaQuery(text="bus mobility", lead_id=0, programme="P", lead_nuts="SE110")
    fast = score(index, compute_signals(index, idea, DEFAULT_WEIGHTS), DEFAULT_WEIGHTS)
    plain = score(index, compute_signals(index, idea), DEFAULT_WEIGHTS)
    assert np.isfinite(plain).sum() == len(index) - 1
    assert np.allclose(fast, plain, atol=1e-5)
    assert len(set(np.round(plain[np.isfinite(plain)], 4))) > 3  # the signals did something


def test_the_engine_package_does_not_import_django() -> None:
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    code = (
        "import sys, projects.matching, projects.matching_lab.evaluation, "
        "projects.matching_lab.bench; "
        "print('django' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_a_word_most_profiles_share_is_not_given_as_a_reason() -> None:
    from projects.matching import IdeaQuery, MatchingIndex
    from tests.matching.builders import profile

    profiles = [profile("lead", texts=("Cycling in the valley",), country="IT")] + [
        profile(
            f"m{n}", texts=(f"Valley towns {'cycling lanes' if n == 0 else 'farming'} number{n}",)
        )
        for n in range(8)
    ]
    index = MatchingIndex.build(profiles, [])
    best = index.suggest(IdeaQuery(text="cycling valley", lead_id="lead"), k=1)[0]
    text_reason = next(r for r in best.reasons if r.code == "similar_text")
    assert text_reason.params["terms"] == ["cycling"]  # "valley" is in every profile
