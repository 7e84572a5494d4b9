"""The reference baselines of the keep.eu evaluation on hand-made candidates."""

from __future__ import annotations

import pytest

from projects.matching import Collaboration, IdeaQuery
from projects.matching_lab.baselines import BASELINES, Baselines
from tests.matching.builders import profile


@pytest.fixture
def baselines() -> Baselines:
    profiles = [
        profile("lead", name="Comune di Udine", country="IT", town="Udine", nuts="ITH42 / Udine"),
        profile("bus", texts=("Electric bus fleets",), country="SE", town="Umea"),
        profile("near", texts=("Harbour logistics",), country="SI", town="Nova Gorica"),
        profile("udine", texts=("Harbour logistics",), country="IT", town="Udine"),
        profile("busy", texts=("Harbour logistics",), country="AT", engagement=9.0),
        profile(
            "alps",
            texts=("Harbour logistics",),
            country="AT",
            programmes=frozenset({"Italy - Austria"}),
        ),
    ]
    collaborations = [Collaboration("lead", "near", ("CROSS",))]
    return Baselines(profiles, collaborations)


def test_every_baseline_excludes_the_lead(baselines: Baselines) -> None:
    idea = IdeaQuery(text="Electric bus", lead_id="lead", lead_town="Udine", lead_country="IT")
    for method in BASELINES:
        ranked = baselines.rank(method, idea)
        assert "lead" not in ranked
        assert len(ranked) == 5


def test_text_baseline_reads_only_texts(baselines: Baselines) -> None:
    idea = IdeaQuery(text="Electric bus", lead_id="lead", lead_town="Udine", lead_country="IT")
    assert baselines.rank("tfidf", idea)[0] == "bus"
    assert baselines.rank("tfidf_copartners", idea)[0] == "near"


def test_full_baseline_matches_the_lead_place_and_the_programme(baselines: Baselines) -> None:
    idea = IdeaQuery(text="Cheese", lead_id="lead", lead_town="Udine")
    # "udine" is in the lead's town; "near" worked with the lead, so its document carries the
    # lead's name and place. Neither has a word of the idea's text.
    assert set(baselines.rank("tfidf_full", idea)[:2]) == {"udine", "near"}
    assert set(baselines.rank("tfidf", idea)[:2]) != {"udine", "near"}
    programme = IdeaQuery(text="Cheese", lead_id="lead", programme="Italy - Austria")
    assert baselines.rank("tfidf_full", programme)[0] == "alps"


def test_popularity_ranks_by_engagement(baselines: Baselines) -> None:
    assert baselines.rank("popularity", IdeaQuery(text="", lead_id="lead"))[0] == "busy"


def test_unknown_baseline_is_an_error(baselines: Baselines) -> None:
    with pytest.raises(ValueError, match="unknown baseline"):
        baselines.rank("bm25", IdeaQuery(text="x"))
