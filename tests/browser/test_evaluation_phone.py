"""The evaluation dashboard on a phone: the charts' text stays legible and each table's name is shown
whole. At 390 px the charts' labels were about 7 px high (a 640-unit drawing shrunk to the screen)
and the tables' captions were cut off inside their scrolling boxes (review of 2026-11-30)."""

from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

from tests.browser.helpers import login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts" / "evaluation"

# For every chart: its id, and the smallest of its texts' font sizes as drawn on the screen (the
# font size in the drawing's units times the drawing's scale) and of their boxes' heights.
CHART_TEXT = """[...document.querySelectorAll('svg.chart')].map(svg => {
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    const texts = [...svg.querySelectorAll('text')];
    return {
        id: svg.id,
        font: Math.min(...texts.map(text => parseFloat(getComputedStyle(text).fontSize) * scale)),
        height: Math.min(...texts.map(text => text.getBoundingClientRect().height)),
    };
})"""
# Each table's name: its text, whether it lies in a scrolling box, and where it ends on the screen.
TABLE_NAMES = """[...document.querySelectorAll('.indicator table, .hit-rate table')].map(table => {
    const name = document.getElementById(table.getAttribute('aria-labelledby')) || table.caption;
    return {
        text: name.textContent,
        scrolls: name.closest('.table-scroll') !== null,
        right: name.getBoundingClientRect().right,
    };
})"""


@pytest.mark.parametrize("language", ["it", "sv"])
def test_on_a_phone_the_charts_text_is_legible_and_the_tables_names_are_whole(page, live_server, language):
    call_command("seed_demo", stdout=StringIO())
    page.set_viewport_size({"width": 390, "height": 800})
    login(page, live_server, "secretariat@demo.sern.eu", settings.DEMO_PASSWORD)
    page.goto(f"{live_server.url}/{language}/evaluation/")

    charts = page.evaluate(CHART_TEXT)
    ids = {chart["id"] for chart in charts}
    # Bars, the members over time (steps) and the members by region (tiles) all have data.
    assert {"chart-a-ideas-per-priority", "chart-d-members-over-time", "chart-d-members-by-region"} <= ids
    too_small = [chart for chart in charts if chart["font"] < 11 or chart["height"] < 11]
    assert not too_small
    assert page.evaluate("document.documentElement.scrollWidth") <= 390

    names = page.evaluate(TABLE_NAMES)
    assert len(names) > 10
    assert [name["text"] for name in names if name["scrolls"] or name["right"] > 390] == []
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"dashboard-{language}-390.png"), full_page=True)
