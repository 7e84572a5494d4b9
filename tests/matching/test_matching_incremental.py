"""One changed profile updates the index in place (issue 16): the ranking then equals that of an
index built afresh with the changed profile, and ``standings`` places one candidate as
``suggest`` does."""

import dataclasses

import pytest

from projects.matching import CandidateProfile, Collaboration, IdeaQuery, MatchingIndex

PROFILES = [
    CandidateProfile(
        1,
        "Kalix",
        "SE",
        "municipality",
        True,
        "SE332",
        "Kalix",
        ("Cross-border tourism along the river, museums and cycling routes.",),
        frozenset({"tourism"}),
        frozenset({"interreg-nord"}),
        engagement=4,
    ),
    CandidateProfile(
        2,
        "Bologna",
        "IT",
        "municipality",
        True,
        "ITH55",
        "Bologna",
        ("Museo civico, turismo culturale e mobilità sostenibile.",),
        frozenset({"culture", "mobility"}),
        frozenset({"central-europe"}),
        engagement=9,
    ),
    CandidateProfile(
        3,
        "Oulu University",
        "FI",
        "university",
        True,
        "FI1D9",
        "Oulu",
        ("Research on arctic energy, wind power and smart grids.",),
        frozenset({"energy"}),
        frozenset({"interreg-nord"}),
        engagement=2,
    ),
    CandidateProfile(
        4,
        "Tromsø Energy",
        "NO",
        "company",
        False,
        "NO074",
        "Tromsø",
        ("Wind farms and energy storage in the arctic.",),
        frozenset({"energy", "innovation"}),
        frozenset(),
        engagement=1,
        groups=(("arctic-energy", frozenset({"energy"})),),
    ),
    CandidateProfile(
        5,
        "Luleå Tourism",
        "SE",
        "association",
        False,
        "SE332",
        "Luleå",
        ("Nature tourism, guided tours and winter events.",),
        frozenset({"tourism"}),
        frozenset({"interreg-nord"}),
        engagement=6,
    ),
    CandidateProfile(
        6,
        "Modena Musei",
        "IT",
        "museum",
        True,
        "ITH54",
        "Modena",
        ("Museums, heritage collections and cultural tourism for families.",),
        frozenset({"culture", "tourism"}),
        frozenset(),
        engagement=3,
    ),
]
COLLABORATIONS = [
    Collaboration(1, 5, ("NORTH",)),
    Collaboration(3, 4, ("WIND",)),
    Collaboration(2, 6, ("ART",)),
]
QUERIES = [
    IdeaQuery(
        "Cycling tourism and museums across the border",
        lead_id=1,
        programme="interreg-nord",
        priorities=frozenset({"tourism"}),
        lead_country="SE",
    ),
    IdeaQuery(
        "Arctic wind energy storage", lead_id=3, priorities=frozenset({"energy"}), lead_country="FI"
    ),
    IdeaQuery(
        "Cultural heritage and museums for families",
        lead_id=2,
        programme="central-europe",
        priorities=frozenset({"culture"}),
        lead_country="IT",
        wanted_countries=frozenset({"SE"}),
    ),
    IdeaQuery(
        "Smart mobility in cities",
        priorities=frozenset({"mobility", "innovation"}),
        wanted_kinds=frozenset({"public"}),
    ),
]

CHANGES = {
    "text": lambda p: dataclasses.replace(
        p, texts=("Wind power, energy storage and museums of science.",)
    ),
    "priorities": lambda p: dataclasses.replace(p, priorities=frozenset({"energy", "culture"})),
    "country": lambda p: dataclasses.replace(p, country="NO", nuts="NO074", town="Tromsø"),
    "programmes": lambda p: dataclasses.replace(p, programmes=frozenset({"central-europe"})),
    "engagement": lambda p: dataclasses.replace(p, engagement=40),
    "groups": lambda p: dataclasses.replace(p, groups=(("culture-wg", frozenset({"culture"})),)),
    "emptied": lambda p: dataclasses.replace(
        p, texts=(), priorities=frozenset(), programmes=frozenset()
    ),
}


def ranking(index, query):
    return [(s.candidate_id, s.score, s.reasons) for s in index.suggest(query, k=6)]


@pytest.mark.parametrize("change", sorted(CHANGES))
@pytest.mark.parametrize("changed_id", [1, 5])
def test_an_updated_index_ranks_as_a_fresh_one(change, changed_id):
    index = MatchingIndex.build(PROFILES, COLLABORATIONS)
    before = [ranking(index, query) for query in QUERIES]
    profiles = [CHANGES[change](p) if p.id == changed_id else p for p in PROFILES]
    index.update_profile(profiles[changed_id - 1])
    fresh = MatchingIndex.build(profiles, COLLABORATIONS)
    for query in QUERIES:
        assert ranking(index, query) == ranking(fresh, query)
    assert [ranking(index, query) for query in QUERIES] != before or change in {
        "groups",
        "programmes",
    }


def test_several_updates_in_a_row_and_back():
    index = MatchingIndex.build(PROFILES, COLLABORATIONS)
    original = [ranking(index, query) for query in QUERIES]
    changed = CHANGES["country"](CHANGES["text"](PROFILES[5]))
    index.update_profile(changed)
    index.update_profile(CHANGES["priorities"](PROFILES[2]))
    fresh = MatchingIndex.build(
        [*PROFILES[:2], CHANGES["priorities"](PROFILES[2]), *PROFILES[3:5], changed], COLLABORATIONS
    )
    assert [ranking(index, q) for q in QUERIES] == [ranking(fresh, q) for q in QUERIES]
    index.update_profile(PROFILES[5])
    index.update_profile(PROFILES[2])
    assert [ranking(index, q) for q in QUERIES] == original


def test_a_new_candidate_needs_a_new_index():
    index = MatchingIndex.build(PROFILES, COLLABORATIONS)
    with pytest.raises(KeyError):
        index.update_profile(CandidateProfile(99, "Newcomer"))


def test_standings_place_a_candidate_as_the_ranking_does():
    index = MatchingIndex.build(PROFILES, COLLABORATIONS)
    queries = dict(enumerate(QUERIES))
    for candidate in (2, 4, 5, 6):
        tenth = {key: 0.0 for key in queries}
        standings = index.standings(candidate, queries, tenth)
        for key, query in queries.items():
            ranked = [s.candidate_id for s in index.suggest(query, k=len(PROFILES))]
            standing = standings[key]
            if candidate in ranked:
                assert standing.position == ranked.index(candidate)
                assert standing.score == index.suggest(query, k=6)[standing.position].score
                assert standing.reaches
            else:  # the lead, or excluded
                assert standing.score is None and standing.reaches is False
    assert index.standings(99, queries)[0].position is None
