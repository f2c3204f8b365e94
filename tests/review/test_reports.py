"""Site-wide quality for editors and auditors: the admin report and the audit command."""

import csv
import io
import json

import pytest
from bs4 import BeautifulSoup
from openpyxl import load_workbook

from django.core.management import call_command
from django.utils.timezone import localtime

from readability.core.severity import PASS, WARN
from readability.models import PlainLanguageStatus
from tests.conftest import HARD_TEXT, PLAIN_TEXT
from tests.factories import ResearchSummaryPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_summaries(editorial):
    plain = ResearchSummaryPageFactory(
        parent=editorial.tree.category, title="Plain one", simple_explanation=PLAIN_TEXT
    )
    hard = ResearchSummaryPageFactory(
        parent=editorial.tree.category, title="Hard one", live=False, simple_explanation=HARD_TEXT
    )
    hard.save_revision(user=editorial.writer)
    return plain, hard


def test_editors_see_failing_summaries_first(client, editorial, two_summaries):
    client.force_login(editorial.editor)
    response = client.get("/admin/reports/plain-language/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "1 too hard to publish" in html
    assert html.index("Hard one") < html.index("Plain one")


def test_an_overridden_summary_counts_once_and_after_those_too_hard(client, editorial):
    from review.signoffs import record_override

    overridden = ResearchSummaryPageFactory(
        parent=editorial.tree.category,
        title="Overridden one",
        live=False,
        simple_explanation=HARD_TEXT,
    )
    overridden.save_revision(user=editorial.writer)
    record_override(
        overridden.get_latest_revision(), editorial.reviewer, "Names cannot be simpler.", []
    )
    too_hard = ResearchSummaryPageFactory(
        parent=editorial.tree.category,
        title="Too hard one",
        live=False,
        simple_explanation=HARD_TEXT,
    )
    too_hard.save_revision(user=editorial.writer)
    client.force_login(editorial.editor)
    html = client.get("/admin/reports/plain-language/").content.decode()
    assert "1 too hard to publish, 1 published with an override" in html
    assert html.index("Too hard one") < html.index("Overridden one")


def test_writers_cannot_open_the_report(client, editorial, two_summaries):
    client.force_login(editorial.writer)
    response = client.get("/admin/reports/plain-language/")
    assert response.status_code in (302, 403)


def report_rows(html) -> list[dict]:
    table = BeautifulSoup(html, "html.parser").select_one("table.listing")
    headings = [th.get_text(" ", strip=True) for th in table.select("thead th")]
    return [
        dict(zip(headings, (td.get_text(" ", strip=True) for td in tr.find_all("td")), strict=True))
        for tr in table.select("tbody tr")
    ]


def overridden(editorial, hard, reason="The terms are explained in the linked glossary."):
    from review.signoffs import record_override

    record_override(hard.get_latest_revision(), editorial.reviewer, reason, [])


def test_each_row_says_how_the_summary_stands(client, editorial, two_summaries):
    plain, hard = two_summaries
    overridden(editorial, hard)
    client.force_login(editorial.editor)
    html = client.get("/admin/reports/plain-language/").content.decode()
    hard_row, plain_row = report_rows(html)
    assert hard_row["Summary"] == "Hard one"
    assert hard_row["Plain language"] == "Published with an override"
    assert hard_row["Override"] == "“The terms are explained in the linked glossary.” (reviewer)"
    assert hard_row["Medical sign-off"] == "No"
    assert plain_row["Medical sign-off"] == "Yes" and plain_row["Override"] == "–"
    assert float(plain_row["Simple explanation grade"]) < 8
    soup = BeautifulSoup(html, "html.parser")
    # The badge's colour says the same as its words: an override is amber.
    assert [badge["class"][1] for badge in soup.select("td .pl-badge")] == [
        f"pl-badge--{WARN}",
        f"pl-badge--{PASS}",
    ]
    links = [a["href"] for a in soup.select("tbody td.title a")]
    assert links == [f"/admin/plain-language/pages/{page.pk}/" for page in (hard, plain)]


def test_the_export_carries_every_row_under_plain_headings(client, editorial, two_summaries):
    plain, hard = two_summaries
    overridden(editorial, hard)
    client.force_login(editorial.editor)
    export = client.get("/admin/reports/plain-language/?export=csv")
    assert export["Content-Disposition"] == 'attachment; filename="plain-language-quality.csv"'
    rows = list(csv.DictReader(io.StringIO(b"".join(export.streaming_content).decode())))
    assert list(rows[0]) == [
        "Page ID",
        "Summary",
        "Plain language",
        "Simple explanation grade",
        "Medical sign-off",
        "Override reason",
        "Overridden by",
        "Checked",
        "Checked before the limits last changed",
        "Graded by an older reading-grade model",
    ]
    assert [(row["Page ID"], row["Summary"]) for row in rows] == [
        (str(hard.pk), "Hard one"),
        (str(plain.pk), "Plain one"),
    ]
    assert rows[0]["Plain language"] == "Published with an override"
    assert rows[0]["Override reason"] == "The terms are explained in the linked glossary."
    assert rows[0]["Overridden by"] == "reviewer"
    assert rows[1]["Medical sign-off"] == "Yes" and rows[1]["Override reason"] == ""
    checked = PlainLanguageStatus.objects.get(page=plain).checked_at
    assert rows[1]["Checked"] == localtime(checked).strftime("%Y-%m-%d %H:%M")
    assert rows[1]["Checked before the limits last changed"] == "No"
    assert rows[1]["Graded by an older reading-grade model"] == "No"


def test_summaries_checked_before_the_limits_changed_are_marked_until_checked_again(
    client, editorial, two_summaries
):
    from readability.models import PlainLanguageSettings

    PlainLanguageSettings.for_site(editorial.tree.home.get_site()).save()  # stamps changed_at
    client.force_login(editorial.editor)
    html = client.get("/admin/reports/plain-language/").content.decode()
    assert "after 2 of these were checked" in html
    assert all("Before the limits changed" in row["Checked"] for row in report_rows(html))

    client.post("/admin/reports/plain-language/recheck/")
    html = client.get("/admin/reports/plain-language/").content.decode()
    assert "of these were checked" not in html
    assert not any("Before the limits changed" in row["Checked"] for row in report_rows(html))


def test_summaries_checked_with_an_older_grade_model_are_marked_until_checked_again(
    client, editorial, two_summaries
):
    # Rows from before the grade model was versioned, or from an older model, show
    # grades on another scale.
    PlainLanguageStatus.objects.filter(page__title="Plain one").update(grade_model="")
    PlainLanguageStatus.objects.filter(page__title="Hard one").update(grade_model="0123abcd")
    client.force_login(editorial.editor)
    html = client.get("/admin/reports/plain-language/").content.decode()
    assert "improved since 2 of these were checked" in html
    assert all("Older reading grade" in row["Checked"] for row in report_rows(html))
    # The export says so too, in CSV and in XLSX.
    assert exported_older_grades(client) == {"Plain one": "Yes", "Hard one": "Yes"}

    client.post("/admin/reports/plain-language/recheck/")
    html = client.get("/admin/reports/plain-language/").content.decode()
    assert "improved since" not in html
    assert not any("Older reading grade" in row["Checked"] for row in report_rows(html))
    assert exported_older_grades(client) == {"Plain one": "No", "Hard one": "No"}


def exported_older_grades(client):
    heading = "Graded by an older reading-grade model"
    export = client.get("/admin/reports/plain-language/?export=csv")
    rows = list(csv.DictReader(io.StringIO(b"".join(export.streaming_content).decode())))
    from_csv = {row["Summary"]: row[heading] for row in rows}
    export = client.get("/admin/reports/plain-language/?export=xlsx")
    sheet = load_workbook(io.BytesIO(b"".join(export.streaming_content))).active
    header, *cells = [[cell.value for cell in row] for row in sheet.iter_rows()]
    from_xlsx = {row[header.index("Summary")]: row[header.index(heading)] for row in cells}
    assert from_csv == from_xlsx
    return from_csv


def test_the_results_wagtail_fetches_are_the_rows_alone(client, editorial, two_summaries):
    client.force_login(editorial.editor)
    html = client.get("/admin/reports/plain-language/results/").content.decode()
    assert [row["Summary"] for row in report_rows(html)] == ["Hard one", "Plain one"]
    assert "<html" not in html and "too hard to publish" not in html


def test_audit_command_lists_each_summary_and_can_fail_ci(editorial, two_summaries, capsys):
    call_command("audit_plain_language")
    out = capsys.readouterr().out
    assert "Plain one" in out and "Hard one" in out
    assert "above the limit of 8" in out

    call_command("audit_plain_language", "--json")
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {row["title"]: row["can_publish"] for row in rows} == {
        "Plain one": True,
        "Hard one": False,
    }
    with pytest.raises(SystemExit) as exit_info:
        call_command("audit_plain_language", "--fail-on-error")
    assert exit_info.value.code == 1
    call_command("audit_plain_language", "--live", "--fail-on-error")  # live ones all pass


def test_editors_cannot_set_a_warning_above_the_limit(editorial):
    from django.core.exceptions import ValidationError

    from readability.models import PlainLanguageSettings

    limits = PlainLanguageSettings.for_site(editorial.tree.home.get_site())
    limits.simple_max_grade = 8
    limits.simple_warn_grade = 9
    with pytest.raises(ValidationError) as error:
        limits.full_clean()
    assert "simple_warn_grade" in error.value.message_dict
