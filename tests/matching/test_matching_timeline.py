"""The fast evaluation gives the same inputs and baseline scores as rebuilding every date."""

from __future__ import annotations

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from projects.matching import IdeaQuery, MatchingIndex
from projects.matching.graph import PartnerGraph
from projects.matching_lab.baselines import GRAPH_BASELINES, PartCache, TfidfFit, graph_baseline
from projects.matching_lab.evaluation import ENGINE, evaluate
from projects.matching_lab.keep import parse_project
from projects.matching_lab.keep_profiles import Timeline, build_inputs
from tests.matching.keep_export import RECORDS, partner
from tests.matching.test_matching_evaluation import PROJECTS


def test_timeline_gives_what_build_inputs_gives_at_every_date() -> None:
    timeline = Timeline(PROJECTS)
    for date in ("2015/01/01", "2016/06/01", "2017/01/02", "2018/06/01", "2020/01/01"):
        profiles, collaborations = timeline.inputs(date)
        assert (profiles, collaborations) == build_inputs(PROJECTS, date)
        rebuilt = PartnerGraph(
            {p.id: row for row, p in enumerate(profiles)}, len(profiles), collaborations
        )
        graph = timeline.graph()
        assert (graph.adjacency != rebuilt.adjacency).nnz == 0
        for pair in rebuilt.labels:
            assert graph.shared_projects(*pair) == rebuilt.shared_projects(*pair)
        for key in graph.node_of:
            for programme in ("P", "Q", "unknown"):
                ours = graph.programme_partners(key, programme)
                theirs = rebuilt.programme_partners(key, programme)
                assert dict(zip(*ours, strict=True)) == dict(zip(*theirs, strict=True))


def test_tfidf_from_parts_scores_like_scikit_learn() -> None:
    documents = [["Electric buses", "in small towns"], ["Harbour logistics"], ["buses", "buses"]]
    query = "Electric buses for the harbour and trams"
    fit = TfidfFit(PartCache(), [[] for _ in documents])  # an empty corpus does not crash
    cache = PartCache()
    fit = TfidfFit(cache, [[cache.part(part) for part in doc] for doc in documents])
    ours = (fit.matrix @ fit.transform(query).T).toarray().ravel()
    vectorizer = TfidfVectorizer(stop_words="english")
    matrix = vectorizer.fit_transform(" ".join(doc) for doc in documents)
    theirs = (matrix @ vectorizer.transform([query]).T).toarray().ravel()
    np.testing.assert_allclose(ours, theirs, rtol=1e-5)


def test_graph_baselines_put_the_leads_partners_first_and_never_the_lead() -> None:
    profiles, collaborations = build_inputs(PROJECTS, "2018/06/01")
    index = MatchingIndex.build(profiles, collaborations)
    lead = next(p.id for p in profiles if p.name == "Lead Org")
    idea = IdeaQuery(text="", lead_id=lead, programme="P")
    partners = {index.ids[n] for n in index.graph.partners(lead)[0]}
    for method in GRAPH_BASELINES:
        ranked = graph_baseline(index, method, idea)
        assert lead not in ranked
        assert set(ranked[: len(partners)]) == partners


def test_a_data_set_without_text_is_evaluated_without_the_text_baselines() -> None:
    blank = {"title": None, "description_en": None, "description_1": None, "thematic": []}
    records = [
        {**RECORDS[0], **blank, "id": "H||1", "acronym": None, "start": "2015/01/01"},
        {
            **RECORDS[0],
            **blank,
            "id": "H||2",
            "acronym": None,
            "start": "2016/01/01",
            "partners": [
                partner("PIC 9", "DE", lead=True),
                partner("Bus  Maker", "IT"),
                partner("Third", "FI"),
            ],
        },
    ]
    results = evaluate([parse_project(record) for record in records])
    assert set(results.overall) == {ENGINE, "popularity", *GRAPH_BASELINES}
    assert results.overall[ENGINE].queries == 1
