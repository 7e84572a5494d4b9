"""The evaluation protocol end to end on a small export, with the gold-partner breakdown."""

from __future__ import annotations

from projects.matching_lab.diagnostics import GoldBreakdown
from projects.matching_lab.evaluation import ENGINE, evaluate, summary_line
from projects.matching_lab.keep import parse_project
from tests.matching.keep_export import RECORDS, partner

# Another programme's project, and a later project of programme P whose lead is new: one of its
# gold partners took part in P before, the other only in Q.
SIDE = {
    **RECORDS[0],
    "id": "Q||SIDE",
    "programme": "Q",
    "acronym": "SIDE",
    "start": "2017/01/01",
    "partners": [
        partner("Side Lead", "SE", lead=True),
        partner("Stranger", "PL"),
        partner("Other", "PL"),
    ],
}
FOURTH = {
    **RECORDS[0],
    "id": "P||FOURTH",
    "acronym": "FOURTH",
    "start": "2019/01/01",
    "partners": [
        partner("Fresh Lead", "AT", lead=True),
        partner("Third", "FI"),
        partner("Stranger", "PL"),
    ],
}
PROJECTS = [parse_project(record) for record in [*RECORDS, SIDE, FOURTH]]


def test_every_query_is_ranked_and_the_summary_line_has_the_required_shape() -> None:
    results = evaluate(PROJECTS, baselines=())
    totals = results.overall[ENGINE]
    assert totals.queries == 3  # NEXT, LATER, FOURTH: SIDE has no partner from the past
    # At most six candidates per query: every gold partner is within the first ten.
    assert totals.means()[0] == 1.0
    assert summary_line(results).startswith("engine recall@10=1.000 mrr=")
    assert summary_line(results).endswith(" queries=3")


def test_the_breakdown_sorts_gold_partners_by_what_linked_them_to_the_idea() -> None:
    breakdown = GoldBreakdown()
    evaluate(PROJECTS, baselines=(), breakdown=breakdown)
    # NEXT: Bus Maker; LATER: Third and Newcomer — all partners of the lead before.
    # FOURTH (new lead): Third took part in P before, Stranger only in Q.
    assert breakdown.gold == {"lead_partner": 3, "programme": 1, "neither": 1}
    assert breakdown.top10["lead_partner"] == 3
    table = breakdown.format(100)
    assert "worked with the lead before" in table and "neither (text and place only)" in table
