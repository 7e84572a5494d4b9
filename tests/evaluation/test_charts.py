"""The SVG charts: values as text, proportional bars, an empty state, accessible and CSP-safe."""

import re

from evaluation.charts import Series, bar_chart, step_chart


def bars(svg: str) -> list[float]:
    return [float(width) for width in re.findall(r'<rect class="chart-bar"[^>]* width="([\d.]+)"', svg)]


def values(svg: str) -> list[str]:
    return re.findall(r'<text class="chart-value"[^>]*>([^<]*)</text>', svg)


def simple(**kwargs) -> str:
    options = {
        "chart_id": "c",
        "title": "Projects",
        "description": "Projects per priority",
        "labels": ["Climate action", "e-Government", "Smart mobility"],
        "series": [Series("Submitted", [10, 5, 2])],
    } | kwargs
    return str(bar_chart(**options))


def test_each_bar_carries_its_value_as_text():
    assert values(simple()) == ["10", "5", "2"]


def test_bar_lengths_are_proportional_to_the_values():
    widths = bars(simple())
    assert len(widths) == 3
    assert widths[1] / widths[0] == 0.5
    assert widths[2] / widths[0] == 0.2


def test_a_fixed_maximum_scales_the_bars_against_it():
    widths = bars(simple(series=[Series("Score", [9, 3, 1])], max_value=9))
    full = bars(simple(series=[Series("Score", [9, 9, 9])], max_value=9))[0]
    assert widths == [full, round(full / 3, 1), round(full / 9, 1)]


def test_empty_data_gives_the_empty_state_and_no_svg():
    for chart in (
        simple(labels=[], series=[Series("Submitted", [])]),
        simple(series=[Series("S", [0, 0, 0])]),
    ):
        assert "<svg" not in chart
        assert "No data for this period." in chart
    assert "<svg" not in str(step_chart(chart_id="s", title="t", description="d", x_labels=[], series=[]))


def test_a_chart_is_an_image_named_by_its_title_and_description():
    svg = simple()
    assert 'role="img"' in svg
    assert '<title id="c-title">Projects</title>' in svg
    assert '<desc id="c-desc">Projects per priority</desc>' in svg
    assert 'aria-labelledby="c-title c-desc"' in svg


def test_each_category_is_named_in_text():
    svg = simple()
    for label in ("Climate action", "e-Government", "Smart mobility"):
        assert f">{label}</text>" in svg


def test_grouped_bars_differ_by_pattern_and_have_a_legend():
    svg = simple(series=[Series("Submitted", [10, 5, 2]), Series("Approved", [8, 1, 0])])
    assert values(svg) == ["10", "8", "5", "1", "2", "0"]
    assert '<pattern id="c-p1"' in svg
    assert 'fill="url(#c-p1)"' in svg
    assert ">Submitted</text>" in svg and ">Approved</text>" in svg


def test_missing_values_show_a_dash_and_no_bar():
    svg = simple(series=[Series("Rate", [0.5, None, 1.0])], value_format=lambda v: f"{round(v * 100)} %")
    assert values(svg) == ["50 %", "–", "100 %"]
    assert len(bars(svg)) == 2


def test_text_is_escaped():
    svg = simple(labels=["<b>A & B</b>", "x", "y"], title='"Quoted" <title>')
    assert "<b>" not in svg
    assert "&lt;b&gt;A &amp; B&lt;/b&gt;" in svg
    assert "&quot;Quoted&quot; &lt;title&gt;" in svg


def test_long_labels_are_shortened_with_the_full_label_kept_as_a_tooltip():
    label = "Services for vulnerable groups and a very long tail indeed"
    svg = simple(labels=[label, "x", "y"])
    assert f"<title>{label}</title>" in svg
    assert "</title>Services for vulnerable groups and a very…</text>" in svg  # 42 characters at most


def test_a_step_chart_labels_each_change_and_the_last_point():
    svg = str(
        step_chart(
            chart_id="s",
            title="Members",
            description="Members per month",
            x_labels=["Jan", "Feb", "Mar", "Apr"],
            series=[Series("Sweden", [20, 20, 22, 22]), Series("Italy", [37, 36, 36, 36])],
        )
    )
    assert values(svg) == ["20", "22", "22", "37", "36", "36"]
    assert 'role="img"' in svg and '<title id="s-title">Members</title>' in svg
    assert svg.count('class="chart-line"') == 2
    assert 'stroke-dasharray="8 4"' in svg  # the second line is dashed, not only another colour
    assert ">Jan</text>" in svg and ">Apr</text>" in svg


def test_charts_use_no_inline_style_or_script():
    svg = simple(series=[Series("a", [1, 2, 3]), Series("b", [3, 2, 1])]) + str(
        step_chart(
            chart_id="s", title="t", description="d", x_labels=["a", "b"], series=[Series("x", [1, 2])]
        )
    )
    assert not re.search(r"\sstyle=|<style|<script|\son[a-z]+=", svg, re.IGNORECASE)


def test_a_long_time_series_shows_only_the_x_labels_that_fit_and_always_the_last():
    months = [f"M{number:02d} 2025" for number in range(1, 13)]
    svg = str(
        step_chart(
            chart_id="s", title="t", description="d", x_labels=months, series=[Series("x", list(range(12)))]
        )
    )
    shown = re.findall(r'<text class="chart-x"[^>]*>([^<]*)</text>', svg)
    assert 2 <= len(shown) < 12
    assert shown[0] == "M01 2025" and shown[-1] == "M12 2025"


def test_the_tile_map_prints_each_count_and_names_each_region():
    from evaluation.charts import tile_map
    from evaluation.regions import TILES, find_region

    svg = str(
        tile_map(
            chart_id="m",
            title="Members by region",
            description="d",
            counts={"Norrbotten": 7, "Emilia-Romagna": 12},
            panels=[("SE", "Sweden"), ("IT", "Italy")],
        )
    )
    assert svg.count('class="chart-tile"') == len(TILES) == 41
    assert values(svg) == ["7", "12"]
    assert "<title>Emilia-Romagna: 12</title>" in svg and 'fill="#0b4f8a"' in svg
    assert "No data" in str(tile_map(chart_id="m", title="t", description="d", counts={}, panels=[]))
    assert find_region("Västra Götalands län") == "Västra Götaland"
    assert find_region("Regione Emilia Romagna") == "Emilia-Romagna"
    assert find_region("Bayern") is None
