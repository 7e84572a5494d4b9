"""Every indicator computed on the known network of conftest.py, checked number by number."""

import datetime

import pytest

from evaluation.indicators import REGISTRY, compute
from evaluation.models import Risk, RiskLevel, RiskStatus
from evaluation.period import Period

Y2025 = Period.year(2025)
D = datetime.date


def rows(key: str, period: Period = Y2025):
    return compute(key, period).table.rows


def total(key: str, period: Period = Y2025):
    return compute(key, period).table.total


def test_every_area_has_its_indicators_registered():
    assert {indicator.area for indicator in REGISTRY.values()} == {"A", "B", "C", "D", "E"}


# A — projects per priority (the lead's priorities), approval rate


def test_projects_per_priority_count_submitted_and_approved_under_each_priority_of_the_lead(known_network):
    by_priority = {row[0]: row[1:] for row in rows("a-projects-per-priority")}
    assert by_priority["Climate action"] == (3, 2, 2 / 3)
    assert by_priority["e-Government"] == (2, 1, 0.5)
    assert by_priority["No priority"] == (1, 0, 0.0)
    assert by_priority["Smart mobility"] == (0, 0, None)
    assert total("a-projects-per-priority") == ("All projects", 4, 2, 0.5)


def test_projects_per_priority_is_empty_without_projects_in_the_period(known_network):
    result = compute("a-projects-per-priority", Period.year(2023))
    assert result.table.rows == [] and result.table.total is None
    assert "No data for this period." in str(result.chart)


def test_projects_per_priority_in_another_period(known_network):
    by_priority = {row[0]: row[1:] for row in rows("a-projects-per-priority", Period.year(2024))}
    assert by_priority["Climate action"] == (1, 1, 1.0)
    assert "No priority" not in by_priority


# C — participations, members without activity


def test_participations_per_member_count_projects_led_and_joined(known_network):
    assert rows("c-participations-per-member") == [
        ("Comune Uno", "Italy", 2, 1, 3),
        ("Region Test", "Sweden", 1, 1, 2),
        ("Kommun Ny", "Sweden", 0, 1, 1),
        ("Provincia Due", "Italy", 0, 1, 1),
    ]


def test_participations_per_country(known_network):
    assert rows("c-participations-per-country") == [("Sweden", 2, 2, 3), ("Italy", 3, 2, 4)]
    assert total("c-participations-per-country") == ("All countries", 5, 4, 7)


def test_members_without_activity_lists_only_the_inactive_members(known_network):
    assert rows("c-members-without-activity") == [
        ("Associazione Tre", "Italy", "Civil-society organisation", D(2015, 5, 1))
    ]


def test_a_member_who_left_before_the_period_is_not_listed_as_inactive(known_network):
    names = [row[0] for row in rows("c-members-without-activity", Period.year(2026))]
    assert "Provincia Due" not in names
    assert sorted(names) == ["Associazione Tre", "Comune Uno", "Kommun Ny", "Region Test"]


# D — membership


def test_members_over_time_counts_the_members_at_each_month_end(known_network):
    table = compute("d-members-over-time", Y2025).table
    assert [str(column.label) for column in table.columns] == ["Date", "Sweden", "Italy", "All members"]
    by_day = {row[0]: row[1:] for row in table.rows}
    assert len(by_day) == 12
    assert by_day[D(2025, 1, 31)] == (1, 3, 4)
    assert by_day[D(2025, 3, 31)] == (2, 3, 5)
    assert by_day[D(2025, 6, 30)] == (2, 3, 5)  # the last day of membership still counts
    assert by_day[D(2025, 7, 31)] == (2, 2, 4)
    assert by_day[D(2025, 12, 31)] == (2, 2, 4)


def test_members_over_time_stops_today(known_network, frozen_today):
    table = compute("d-members-over-time", Period.year(2026)).table
    assert [row[0] for row in table.rows] == [D(2026, 1, 31), D(2026, 2, 28), frozen_today]
    assert compute("d-members-over-time", Period.year(2027)).table.rows == []


def test_members_over_time_of_a_long_period_has_one_point_per_year(known_network):
    table = compute("d-members-over-time", Period(D(2021, 1, 1), D(2025, 12, 31))).table
    assert table.rows == [
        (D(2021, 12, 31), 1, 3, 4),
        (D(2022, 12, 31), 1, 3, 4),
        (D(2023, 12, 31), 1, 3, 4),
        (D(2024, 12, 31), 1, 3, 4),
        (D(2025, 12, 31), 2, 2, 4),
    ]


def test_members_by_kind_and_country_at_the_end_of_the_period(known_network):
    assert rows("d-members-by-kind") == [
        ("Region", 1, 0, 1),
        ("Municipality", 1, 1, 2),
        ("Civil-society organisation", 0, 1, 1),
    ]
    assert total("d-members-by-kind") == ("All kinds", 2, 2, 4)


def test_joins_and_leavers_per_country(known_network):
    assert rows("d-joins-and-leavers") == [("Sweden", 1, 0, 1), ("Italy", 0, 1, -1)]
    assert total("d-joins-and-leavers") == ("All countries", 1, 1, 0)
    assert rows("d-joins-and-leavers", Period.year(2024)) == []


# E — risks


@pytest.fixture
def risks(db):
    def risk(title, likelihood, impact, status=RiskStatus.OPEN, identified=None, closed=None):
        return Risk.objects.create(
            title=title,
            likelihood=likelihood,
            impact=impact,
            owner="Secretariat",
            mitigation=f"Mitigation of {title}",
            status=status,
            identified_on=identified or D(2024, 1, 1),
            closed_on=closed,
        )

    risk("Members leave", RiskLevel.MEDIUM, RiskLevel.LOW, RiskStatus.MONITORED)
    risk("Few lead partners", RiskLevel.HIGH, RiskLevel.HIGH)
    risk("Closed in 2024", RiskLevel.HIGH, RiskLevel.HIGH, RiskStatus.CLOSED, closed=D(2024, 6, 1))
    risk("Closed in 2025", RiskLevel.LOW, RiskLevel.HIGH, RiskStatus.CLOSED, closed=D(2025, 2, 1))
    risk("Found in 2026", RiskLevel.HIGH, RiskLevel.MEDIUM, identified=D(2026, 2, 1))


def test_the_risk_register_lists_the_risks_of_the_period_highest_score_first(risks):
    assert rows("e-risk-register") == [
        ("Few lead partners", "High", "High", 9, "Secretariat", "Mitigation of Few lead partners", "Open"),
        ("Closed in 2025", "Low", "High", 3, "Secretariat", "Mitigation of Closed in 2025", "Closed"),
        ("Members leave", "Medium", "Low", 2, "Secretariat", "Mitigation of Members leave", "Monitored"),
    ]


def test_the_risk_chart_scales_scores_to_nine(risks):
    chart = str(compute("e-risk-register", Y2025).chart)
    assert ">9</text>" in chart and ">3</text>" in chart and ">2</text>" in chart


def test_indicator_tables_format_values_for_people_and_csv(known_network):
    table = compute("a-projects-per-priority", Y2025).table
    climate = next(row for row in table.display_rows if row[0].text == "Climate action")
    assert [cell.text for cell in climate] == ["Climate action", "3", "2", "67 %"]
    csv = table.csv_rows()
    assert csv[0] == ["Priority", "Submitted", "Approved", "Approval rate (%)"]
    assert ["Climate action", 3, 2, 66.7] in csv
    assert csv[-1] == ["All projects", 4, 2, 50.0]


def test_members_by_region_places_members_on_the_map_and_lists_the_rest(db, frozen_today):
    from tests.factories import OrganisationFactory

    for country, region in [
        ("SE", "Norrbottens län"),
        ("SE", "Region Norrbotten"),
        ("SE", "Västra Götaland"),
        ("SE", ""),
        ("IT", "Emilia-Romagna"),
        ("IT", "Norrbotten"),  # a Swedish region for an Italian member: not placed
        ("DE", "Bayern"),
    ]:
        OrganisationFactory(country=country, region=region)
    OrganisationFactory(country="IT", region="Lazio", member_until=D(2024, 12, 31))
    table = compute("d-members-by-region", Y2025).table
    assert table.rows == [
        ("Norrbotten", "Sweden", 2),
        ("Västra Götaland", "Sweden", 1),
        ("Emilia-Romagna", "Italy", 1),
        ("Other or unknown region", "Sweden", 1),
        ("Other or unknown region", "Italy", 1),
        ("Other or unknown region", "Germany", 1),
    ]
    assert table.total == ("All members", "", 7)
    chart = str(compute("d-members-by-region", Y2025).chart)
    assert "<title>Norrbotten: 2</title>" in chart and "<title>Lazio: 0</title>" in chart
    assert ">Sweden</text>" in chart and ">Italy</text>" in chart
