"""The temporal fit of the weights (fitting.py, fit_matching) on a tiny synthetic export."""

from __future__ import annotations

import random
from io import StringIO
from pathlib import Path

from django.core.management import call_command

from projects.matching import IdeaQuery, MatchingIndex, Weights
from projects.matching.model import Collaboration
from projects.matching.scoring import Adaptation
from projects.matching_lab import fitting
from projects.matching_lab.keep import parse_project
from tests.matching.builders import profile
from tests.matching.keep_export import RECORDS, partner, write_export

TOPICS = {
    "P": "electric buses charging depots public transport",
    "Q": "wetlands birds habitats river restoration",
}


def synthetic_records(seed: int = 3) -> list[dict[str, object]]:
    """40 projects, one a month from 2015/01: two programmes, 24 organisations in four
    countries, consortia that re-form around a few leads (so graph signals matter)."""
    rng = random.Random(seed)
    organisations = [(f"Org {i}", ("SE", "IT", "DE", "FI")[i % 4]) for i in range(24)]
    records = []
    for number in range(40):
        programme = "P" if number % 3 else "Q"
        members = rng.sample(organisations[:12] if programme == "P" else organisations[8:], 4)
        records.append(
            {
                **RECORDS[0],
                "id": f"{programme}||X{number}",
                "programme": programme,
                "acronym": f"X{number}",
                "title": f"Project {number}",
                "description_en": TOPICS[programme],
                "thematic": [programme],
                "start": f"{2015 + number // 12}/{number % 12 + 1:02d}/01",
                "partners": [
                    partner(name, country, lead=position == 0)
                    for position, (name, country) in enumerate(members)
                ],
            }
        )
    return records


def projects_of(records: list[dict[str, object]]):
    return [parse_project(record) for record in records]


def later_scrambled(records: list[dict[str, object]], cut: str) -> list[dict[str, object]]:
    """The same export with every project from the cut on given other partners and text."""
    scrambled = []
    for record in records:
        if str(record["start"]) >= cut:
            record = {
                **record,
                "description_en": "something else entirely",
                "partners": [
                    partner("Intruder", "PL", lead=True),
                    partner("Org 1", "SE"),
                    partner("Org 22", "DE"),
                ],
            }
        scrambled.append(record)
    return scrambled


def fitted(records: list[dict[str, object]], cut: str) -> fitting.FitResult:
    projects = projects_of(records)
    earlier, queries = fitting.fit_part(projects, cut)
    return fitting.fit({"synthetic": fitting.collect(earlier, queries)}, rounds=2)


def test_the_cut_date_leaves_the_earliest_share_of_the_queries_before_it() -> None:
    projects = projects_of(synthetic_records())
    queries = fitting.protocol_queries(projects)
    cut = fitting.cut_date(projects, share=0.6)
    before = [query for query in queries if query.project.start < cut]
    assert 0.5 * len(queries) <= len(before) <= 0.6 * len(queries)
    assert all(query.project.start >= cut for query in queries if query not in before)


def test_the_fitting_part_holds_no_project_from_the_cut_on() -> None:
    projects = projects_of(synthetic_records())
    cut = fitting.cut_date(projects)
    earlier, queries = fitting.fit_part(projects, cut)
    assert earlier and queries
    assert all(project.start < cut for project in earlier)
    assert all(query.project.start < cut for query in queries)


def test_the_fit_is_deterministic() -> None:
    cut = fitting.cut_date(projects_of(synthetic_records()))
    first, second = fitted(synthetic_records(), cut), fitted(synthetic_records(), cut)
    assert first == second


def test_the_fit_never_reads_the_later_projects() -> None:
    # The cut itself is set from the queries' start dates only (fit_matching computes it
    # once from the whole file); everything after it may change without changing the fit.
    records = synthetic_records()
    cut = fitting.cut_date(projects_of(records))
    scrambled = later_scrambled(records, cut)
    # The scrambling changes the data (the later queries differ) but not the fit.
    assert fitting.protocol_queries(projects_of(scrambled)) != fitting.protocol_queries(
        projects_of(records)
    )
    assert fitted(scrambled, cut) == fitted(records, cut)


def test_the_fit_gains_on_its_own_queries() -> None:
    records = synthetic_records()
    projects = projects_of(records)
    earlier, queries = fitting.fit_part(projects, fitting.cut_date(projects))
    collected = fitting.collect(earlier, queries)
    result = fitting.fit({"synthetic": collected}, start=Weights().without(*fitting.FITTED))
    # From all-zero weights (ranking by id) the ascent must find something better.
    assert result.quality > fitting.quality(collected, [0.0] * len(fitting.FITTED))


def test_fit_matching_prints_the_cut_dates_and_every_fitted_weight(tmp_path: Path) -> None:
    path = write_export(tmp_path / "projects.jsonl.gz", synthetic_records())
    out = StringIO()
    call_command("fit_matching", str(path), "--rounds", "1", stdout=out)
    text = out.getvalue()
    assert "queries starting before 2017/" in text
    for name in fitting.FITTED:
        assert f"\n{name} = " in text
    assert "graph_boost = " in text and "full_share = " in text


def test_a_partner_of_more_shared_projects_comes_first_among_the_leads_partners() -> None:
    # "a-three" (3 projects with the lead) sorts before "b-four" (4) by id: with the old
    # log2 curve, flat from three projects on, the two tied and the id decided.
    profiles = [profile(name) for name in ("lead", "a-three", "b-four")]
    collaborations = [
        Collaboration("lead", "a-three", ("A1", "A2", "A3")),
        Collaboration("lead", "b-four", ("B1", "B2", "B3", "B4")),
    ]
    only_partners = Weights(**{**dict.fromkeys(Weights.signal_names(), 0.0), "lead_partner": 1.0})
    index = MatchingIndex.build(profiles, collaborations, weights=only_partners)
    ranking = index.suggest(IdeaQuery(text="", lead_id="lead"), k=2)
    assert [suggestion.candidate_id for suggestion in ranking] == ["b-four", "a-three"]


def test_the_repeat_share_counts_the_pairs_that_worked_together_more_than_once() -> None:
    profiles = [profile(name) for name in ("a", "b", "c")]
    collaborations = [Collaboration("a", "b", ("P1", "P2")), Collaboration("b", "c", ("P3",))]
    assert MatchingIndex.build(profiles, collaborations).graph.repeat_share == 0.5


def test_where_consortia_re_form_the_leads_partner_outranks_a_better_text_match() -> None:
    profiles = [
        profile("lead"),
        profile("partner", texts=("organic farming",)),
        profile("text-match", texts=("electric buses",)),
        profile("y"),
        profile("z"),
    ]
    weights = Weights(
        **{**dict.fromkeys(Weights.signal_names(), 0.0), "lead_partner": 0.8, "text": 1.0}
    )
    adaptation = Adaptation(graph_boost=0.0, reform_boost=40.0)
    idea = IdeaQuery(text="electric buses", lead_id="lead")

    def first(collaborations: list[Collaboration]) -> str:
        index = MatchingIndex.build(
            profiles, collaborations, weights=weights, adaptation=adaptation
        )
        return str(index.suggest(idea, k=1)[0].candidate_id)

    with_lead = Collaboration("lead", "partner", ("P1",))
    # Nobody worked together twice: the text match (1.0) beats the partner (0.8).
    assert first([with_lead, Collaboration("y", "z", ("Q1",))]) == "text-match"
    # Half the pairs re-formed: the partner's 0.8 is multiplied by 1 + 40 x 0.5.
    assert first([with_lead, Collaboration("y", "z", ("Q1", "Q2"))]) == "partner"


def test_the_graph_counts_the_projects_shared_in_each_programme() -> None:
    profiles = [profile(name) for name in ("lead", "a", "b")]
    collaborations = [
        Collaboration("lead", "a", ("A1", "A2", "A3"), ("LEIT", "LEIT", "MSCA")),
        Collaboration("lead", "b", ("B1",), ("MSCA",)),
        Collaboration("lead", "a", ("A1",), ("LEIT",)),  # the same project again: counted once
    ]
    graph = MatchingIndex.build(profiles, collaborations).graph

    def shared(programme: str) -> dict[str, float]:
        nodes, counts = graph.programme_partners("lead", programme)
        return {profiles[node].id: float(count) for node, count in zip(nodes, counts, strict=True)}

    assert shared("LEIT") == {"a": 2.0}
    assert shared("MSCA") == {"a": 1.0, "b": 1.0}
    assert shared("SC1") == {}


def test_a_partner_of_the_ideas_programme_comes_before_a_more_frequent_partner_of_another() -> None:
    # "a-often" shared four projects with the lead, all in LEIT; "b-msca" one, in MSCA. For an
    # MSCA idea the lead's MSCA partner comes first, for a LEIT idea the frequent one.
    profiles = [profile(name) for name in ("lead", "a-often", "b-msca")]
    collaborations = [
        Collaboration("lead", "a-often", ("A1", "A2", "A3", "A4"), ("LEIT",) * 4),
        Collaboration("lead", "b-msca", ("B1",), ("MSCA",)),
    ]
    weights = Weights(
        **{
            **dict.fromkeys(Weights.signal_names(), 0.0),
            "lead_partner": 1.0,
            "lead_programme_partner": 1.0,
        }
    )
    index = MatchingIndex.build(profiles, collaborations, weights=weights)

    def ranked(programme: str) -> list[object]:
        idea = IdeaQuery(text="", lead_id="lead", programme=programme)
        return [suggestion.candidate_id for suggestion in index.suggest(idea, k=2)]

    assert ranked("MSCA") == ["b-msca", "a-often"]
    assert ranked("LEIT") == ["a-often", "b-msca"]
    reasons = index.suggest(IdeaQuery(text="", lead_id="lead", programme="MSCA"), k=1)[0].reasons
    assert reasons[0].code == "past_partner_of_lead"


def test_re_forming_beyond_the_fitted_range_boosts_partners_as_at_its_edge() -> None:
    """The reform boost was fitted on repeat shares up to 0.097 (h2020); a small network where
    45 % of the pairs re-form (the demo) must not multiply the lead's partners by 38."""
    adaptation = Adaptation()
    at_the_edge = adaptation.graph_factor(1.0, adaptation.repeat_share_cap)

    assert adaptation.graph_factor(1.0, 0.05) < at_the_edge
    assert adaptation.graph_factor(1.0, 0.45) == at_the_edge == 1.0 + adaptation.reform_boost * 0.1
