"""keep.eu loading and the temporal protocol, on a small synthetic export."""

from __future__ import annotations

import json
from pathlib import Path

from projects.matching_lab.keep import build_queries, load_projects, organisation_key, parse_project
from projects.matching_lab.keep_profiles import build_inputs, idea_for
from tests.matching.keep_export import RECORDS


def test_the_loader_accepts_every_valid_record_gzipped_or_not(export: Path, tmp_path: Path) -> None:
    plain = tmp_path / "projects.jsonl"
    plain.write_text("\n".join(json.dumps(record) for record in RECORDS), encoding="utf-8")
    assert [p.acronym for p in load_projects(export)] == ["OLD", "NEXT", "LATER"]
    assert load_projects(plain) == load_projects(export)


def test_organisations_are_identified_by_normalised_name_and_country() -> None:
    assert organisation_key(" Bus  Maker ", "it") == organisation_key("bus maker", "IT")
    assert organisation_key("Bus Maker", "IT") != organisation_key("Bus Maker", "SE")


def test_queries_need_three_partners_and_a_gold_partner_from_the_past(export: Path) -> None:
    queries = build_queries(load_projects(export))
    assert [q.project.acronym for q in queries] == ["NEXT", "LATER"]
    assert queries[0].gold == {organisation_key("Bus Maker", "IT")}
    assert queries[1].gold == {organisation_key("Third", "FI"), organisation_key("Newcomer", "DE")}


def test_the_lead_is_never_gold() -> None:
    records = [dict(RECORDS[0]), dict(RECORDS[0], id="P||AGAIN", start="2017/01/01")]
    queries = build_queries([parse_project(record) for record in records])
    assert all(q.lead.key not in q.gold for q in queries)
    assert queries and queries[0].gold == {
        organisation_key("Bus Maker", "IT"),
        organisation_key("Third", "FI"),
    }


def test_profiles_are_built_only_from_earlier_projects(export: Path) -> None:
    projects = load_projects(export)
    profiles, collaborations = build_inputs(projects, "2018/01/01")
    everything = " ".join(text for p in profiles for text in p.texts)
    assert "Zeppelin" not in everything and "Secret future" not in everything
    assert all("LATER" not in p.projects for p in profiles)
    assert all("LATER" not in c.projects for c in collaborations)
    newcomer = next(p for p in profiles if p.id == organisation_key("Newcomer", "DE"))
    assert newcomer.projects == ("NEXT",) and newcomer.engagement == 1.0


def test_an_organisation_first_seen_in_the_query_is_not_a_candidate(export: Path) -> None:
    projects = load_projects(export)
    profiles, _ = build_inputs(projects, "2016/06/01")
    assert {p.id for p in profiles} == {
        organisation_key("Lead Org", "SE"),
        organisation_key("Bus Maker", "IT"),
        organisation_key("Third", "FI"),
    }


def test_national_text_mode_prefers_the_national_description(export: Path) -> None:
    query = build_queries(load_projects(export))[0]
    assert "Kommunerna" in idea_for(query, "national").text
    later = build_queries(load_projects(export))[1]
    # No national description: falls back to the English one.
    assert "Zeppelin" in idea_for(later, "national").text


def test_the_idea_carries_the_lead_and_programme(export: Path) -> None:
    idea = idea_for(build_queries(load_projects(export))[0])
    assert idea.lead_id == organisation_key("Lead Org", "SE")
    assert idea.programme == "P" and idea.lead_country == "SE"
