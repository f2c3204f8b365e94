"""The SVG chart helper: what a screen reader and a sighted reader get from a chart."""

import re

from feedback.quality.charts import BAR_AREA, bar_chart, column_chart

HOSTILE = "</text></svg><script>alert(1)</script>"


def test_a_bar_chart_names_itself_and_writes_every_value():
    chart = bar_chart("Words", "How often each word comes up.", [("walking", 4), ("pain", 2)])
    svg = str(chart.svg)
    assert svg.startswith("<svg") and 'role="img"' in svg
    assert re.search(r'<title id="([^"]+)">Words</title>', svg)
    assert "<desc" in svg and "How often each word comes up." in svg
    assert ">walking</text>" in svg and ">4</text>" in svg and ">2</text>" in svg
    lengths = [float(width) for width in re.findall(r'<rect [^>]*width="([\d.]+)"', svg)]
    assert lengths == [BAR_AREA, BAR_AREA / 2]


def test_a_limit_line_is_drawn_with_its_label():
    chart = bar_chart(
        "Grades", "d", [("low", 1), ("high", 2)], limit_after=0, limit_label="Limit: 8"
    )
    assert "<line" in chart.svg and ">Limit: 8</text>" in chart.svg


def test_labels_and_titles_stay_text():
    for chart in (
        bar_chart(HOSTILE, HOSTILE, [(HOSTILE, 1)]),
        column_chart(HOSTILE, HOSTILE, [(HOSTILE, 1)]),
    ):
        svg = str(chart.svg)
        assert "<script>" not in svg
        assert svg.count("</svg>") == 1


def test_columns_over_time_write_each_value_and_period():
    svg = str(column_chart("Helpful", "d", [("2024-01", 50), ("2024-02", 100)], unit="%").svg)
    assert ">50%</text>" in svg and ">100%</text>" in svg and ">2024-02</text>" in svg
