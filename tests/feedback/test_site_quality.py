"""Reports → Site quality: its figures, worked out here again from the rows the test
made, match the page's tables; the filters change them; the export lists one row per
summary; only editors see it; readers' words stay text in the charts and the tables."""

import csv
import datetime
import io
import math
import re
from html import unescape

import pytest

from django.utils import timezone

from feedback.models import SummaryFeedback
from readability.assessment import thresholds_for_site
from readability.models import PlainLanguageStatus
from tests.conftest import HARD_TEXT
from tests.factories import ResearchSummaryPageFactory

pytestmark = pytest.mark.django_db

URL = "/admin/reports/site-quality/"
HOSTILE = '<script>alert("x")</script> dermatome </svg><img src=x onerror=alert(1)>'


def moment(year, month, day=5):
    return timezone.make_aware(datetime.datetime(year, month, day, 12))


def answer(page, helpful, when, comment=""):
    number = SummaryFeedback.objects.count()
    return SummaryFeedback.objects.create(
        page=page, helpful=helpful, comment=comment, created_at=when, client_key=f"{number:064x}"
    )


def published_with_override(editorial, **fields):
    """A summary over the limit, live as an editor's override allows."""
    from review.signoffs import record_override, record_sign_off

    page = ResearchSummaryPageFactory(live=False, **fields)
    revision = page.save_revision(user=editorial.writer)
    record_override(revision, editorial.reviewer, "Names cannot be simpler.", [])
    record_sign_off(revision, editorial.reviewer)
    revision.publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def site(editorial):
    tree = editorial.tree
    first = ResearchSummaryPageFactory(
        parent=tree.category, title="Stem cells", first_published_at=moment(2024, 1)
    )
    second = published_with_override(
        editorial,
        parent=tree.subcategory,
        title="Walking training",
        first_published_at=moment(2024, 3),
        simple_explanation=HARD_TEXT,
    )
    third = ResearchSummaryPageFactory(
        parent=tree.subcategory, title="Bladder care", first_published_at=moment(2024, 3, 20)
    )
    answer(first, True, moment(2024, 4))
    answer(first, False, moment(2024, 4), "The word dermatome was hard")
    answer(second, False, moment(2024, 5), "What is a dermatome? And spasticity?")
    answer(second, False, moment(2024, 5), "Spasticity was not explained")
    answer(second, True, moment(2024, 5))
    answer(third, True, moment(2024, 5))
    return editorial, [first, second, third]


def tables(html) -> dict[str, list[list[str]]]:
    """Each table's body rows (cell texts), by its caption."""
    found = {}
    for caption, body in re.findall(
        r"<caption>(.*?)</caption>.*?<tbody>(.*?)</tbody>", html, flags=re.S
    ):
        found[unescape(" ".join(caption.split()))] = [
            [
                unescape(" ".join(cell.split()))
                for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)
            ]
            for row in re.findall(r"<tr>(.*?)</tr>", body, flags=re.S)
        ]
    return found


def page_tables(client, user, query=""):
    client.force_login(user)
    response = client.get(URL + query)
    assert response.status_code == 200
    return tables(response.content.decode())


def simple_grades(pages):
    return {page.pk: PlainLanguageStatus.objects.get(page=page).simple_grade for page in pages}


def test_average_grade_by_month_matches_the_stored_grades(client, site):
    editorial, (first, second, third) = site
    grades = simple_grades([first, second, third])
    expected = [
        ["2024-01", str(round(grades[first.pk], 1))],
        ["2024-03", str(round((grades[second.pk] + grades[third.pk]) / 2, 1))],
    ]
    found = page_tables(client, editorial.editor)
    caption = "Average simple explanation grade by month of first publication"
    assert found[caption] == expected


def test_grade_bands_count_each_summary_against_the_limit(client, site):
    editorial, pages = site
    limit = thresholds_for_site()["simple"].max_grade
    over = sum(1 for grade in simple_grades(pages).values() if grade > limit)
    assert over == 1  # the hard one
    found = page_tables(client, editorial.editor)
    caption = f"Simple explanation: summaries per reading grade; {over} over the limit"
    rows = found[caption]
    assert sum(int(count) for _, count in rows) == 3
    hard_grade = simple_grades([pages[1]])[pages[1].pk]
    band = min(3, math.ceil(round(hard_grade - limit, 1)))
    assert int(rows[2 + band][1]) == 1  # row 2 is the band just within the limit


def test_helpfulness_by_category_and_by_month(client, site):
    editorial, _ = site
    found = page_tables(client, editorial.editor)
    # Spinal Cord Injury: 1 yes, 1 no. Walking: 2 yes, 2 no.
    assert found["Found helpful, by category (%)"] == [
        ["Spinal Cord Injury", "50", "1", "1"],
        ["Walking", "50", "2", "2"],
    ]
    assert found["Found helpful, by month answered (%)"] == [
        ["2024-04", "50", "1", "1"],
        ["2024-05", str(round(100 * 2 / 4)), "2", "2"],
    ]


def test_hard_words_count_comments_ignoring_stop_words(client, site):
    editorial, _ = site
    rows = page_tables(client, editorial.editor)["Words in “what was hard” comments"]
    counts = {word: int(count) for word, count, _ in rows}
    assert counts["dermatome"] == 2
    assert counts["spasticity"] == 2
    assert counts["explained"] == 1
    for stop_word in ("the", "was", "what", "is", "and", "hard"):
        assert stop_word not in counts
    assert [word for word, *_ in rows][:2] == ["dermatome", "spasticity"]


def test_filters_by_category_and_publish_date(client, site):
    editorial, (first, second, third) = site
    walking = editorial.tree.subcategory
    found = page_tables(client, editorial.editor, f"?category={walking.pk}")
    assert found["Found helpful, by category (%)"] == [["Walking", "50", "2", "2"]]
    found = page_tables(
        client, editorial.editor, "?published_from=2024-03-10&published_to=2024-12-31"
    )
    assert found["Found helpful, by category (%)"] == [["Walking", "100", "1", "0"]]
    grade = simple_grades([third])[third.pk]
    caption = "Average simple explanation grade by month of first publication"
    assert found[caption] == [["2024-03", str(round(grade, 1))]]


def test_dates_in_the_wrong_order_are_refused_with_a_message(client, site):
    editorial, _ = site
    client.force_login(editorial.editor)
    response = client.get(URL + "?published_from=2024-12-01&published_to=2024-01-01")
    assert response.status_code == 200
    assert "must not be after" in response.content.decode()
    response = client.get(URL + "?published_from=not-a-date&category=99999")
    assert response.status_code == 200
    assert "Enter a valid date" in response.content.decode()


def test_csv_export_lists_one_row_per_summary(client, site):
    editorial, (first, second, third) = site
    client.force_login(editorial.editor)
    response = client.get(URL + "?export=csv")
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    by_title = {row["Summary"]: row for row in rows}
    assert set(by_title) == {"Stem cells", "Walking training", "Bladder care"}
    assert by_title["Walking training"]["Category"] == "Walking"
    assert by_title["Walking training"]["Helpful (yes)"] == "1"
    assert by_title["Walking training"]["Not helpful (no)"] == "2"
    assert by_title["Stem cells"]["First published"] == "2024-01-05"
    grade = simple_grades([second])[second.pk]
    assert float(by_title["Walking training"]["Simple explanation grade"]) == round(grade, 1)


def test_xlsx_export_opens(client, site):
    from openpyxl import load_workbook

    editorial, _ = site
    client.force_login(editorial.editor)
    response = client.get(URL + "?export=xlsx&category=" + str(editorial.tree.subcategory.pk))
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    titles = sorted(row[1] for row in sheet.iter_rows(min_row=2, values_only=True))
    assert titles == ["Bladder care", "Walking training"]


@pytest.mark.parametrize("role", ["writer", "reviewer", "anonymous"])
def test_only_editors_see_the_report(client, site, role):
    editorial, _ = site
    if role != "anonymous":
        client.force_login(getattr(editorial, role))
    for query in ("", "?export=csv"):
        response = client.get(URL + query)
        assert response.status_code in (302, 403)
        assert b"Spinal Cord Injury" not in b"".join(
            getattr(response, "streaming_content", [response.content])
        )


def test_editors_find_it_in_the_reports_menu(client, site):
    editorial, _ = site
    client.force_login(editorial.editor)
    assert URL in client.get("/admin/").content.decode()
    client.force_login(editorial.writer)
    assert URL not in client.get("/admin/").content.decode()


def test_hostile_comments_stay_text_in_the_charts_and_tables(client, site):
    editorial, (first, *_) = site
    answer(first, False, moment(2024, 6), HOSTILE)
    client.force_login(editorial.editor)
    html = client.get(URL).content.decode()
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "&lt;script&gt;" in html
    svgs = re.findall(r"<svg.*?</svg>", html, flags=re.S)
    assert svgs and all(svg.count("<svg") == 1 for svg in svgs)


def test_jargon_most_used_sums_the_chosen_summaries_words(client, site):
    from glossary.models import SummaryWord

    editorial, (first, second, third) = site
    for page, word, uses in [
        (first, "dermatome", 1),
        (second, "dermatome", 3),
        (third, "spasticity", 2),
        (third, "dermatome", 1),
    ]:
        SummaryWord.objects.create(page=page, word=word, found_as="medical", uses=uses)
    found = page_tables(client, editorial.editor)
    caption = "Words not in the glossary, most used"
    assert found[caption] == [["dermatome", "5", "3"], ["spasticity", "2", "1"]]
    found = page_tables(client, editorial.editor, "?published_from=2024-03-10")
    assert found[caption] == [["spasticity", "2", "1"], ["dermatome", "1", "1"]]


def test_every_field_has_a_chart_and_a_table_counting_every_summary(client, site):
    from research.models import ResearchSummaryPage

    editorial, pages = site
    client.force_login(editorial.editor)
    html = client.get(URL).content.decode()
    found = tables(html)
    for plain_field in ResearchSummaryPage.plain_language_fields:
        (caption,) = [c for c in found if c.startswith(f"{plain_field.label}: summaries per")]
        assert sum(int(count) for _, count in found[caption]) <= len(pages)
        assert f'<title id="chart-{plain_field.label.lower().replace(" ", "-")}' in html


def test_the_page_reads_the_same_queries_for_any_number_of_summaries(
    client, site, django_assert_max_num_queries
):
    editorial, _ = site
    client.force_login(editorial.editor)
    client.get(URL)  # warm the glossary and settings caches, and store the grades
    with django_assert_max_num_queries(60) as few:
        client.get(URL)
    # Read now: each request empties the connection's log the context slices.
    three_summaries = len(few.captured_queries)
    for number in range(6):
        ResearchSummaryPageFactory(parent=editorial.tree.category, title=f"More {number}")
    client.get(URL)  # their grades are stored on publishing; here, on first reading
    with django_assert_max_num_queries(three_summaries):
        client.get(URL)
