"""Hostile tests of "Reviews falling due": every role on every address of the report
(its results and its exports too), odd query strings, hostile names in the export, and
the number of queries of the panel, the report, its export and the reminders, which must
not grow with the summaries (the pages are loaded with only the fields they read)."""

import csv
import datetime
import io

import pytest

from django.contrib.auth.models import Permission
from django.core import mail
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from currency.panels import ReviewsFallingDuePanel
from currency.reminders import send_review_reminders
from people.models import Person
from tests.currency.conftest import reviewed_summary
from tests.currency.test_reviews_report import MONDAY, REPORT, RESULTS, titles
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

ADDRESSES = [
    REPORT,
    RESULTS,
    REPORT + "?export=csv",
    REPORT + "?export=xlsx",
    RESULTS + "?export=csv",
    REPORT + "?state=all&p=2",
]


def overdue_summaries(editorial, clock, count, start=0):
    clock.travel(datetime.date(2025, 1, 5))
    pages = [
        reviewed_summary(
            editorial.tree.category,
            editorial.writer,
            editorial.reviewer,
            title=f"Summary {number}",
            slug=f"summary-{number}",
        )
        for number in range(start, start + count)
    ]
    clock.travel(MONDAY)
    return pages


def raw(response) -> bytes:
    content = getattr(response, "streaming_content", None)
    return b"".join(content) if content is not None else response.content


def body(response) -> str:
    return raw(response).decode()


@pytest.mark.parametrize("address", ADDRESSES)
def test_who_may_not_see_it_is_refused_on_every_address(client, editorial, clock, address):
    overdue_summaries(editorial, clock, 1)
    admin_only = UserFactory(username="nobody")
    admin_only.user_permissions.add(Permission.objects.get(codename="access_admin"))
    for user in (editorial.writer, admin_only):
        client.force_login(user)
        response = client.get(address)
        assert response.status_code == 403, (user, address)
        assert "Summary 0" not in body(response)
    client.logout()
    response = client.get(address)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


@pytest.mark.parametrize(
    "query",
    [
        {"p": "0"},
        {"p": "-1"},
        {"p": "99999"},
        {"p": "last"},
        {"p": "1e9"},
        {"ordering": "title"},
        {"ordering": "-due_on"},
        {"ordering": "page__owner__password"},
        {"state": ["overdue", "all"]},
        {"state": "all", "export": "pdf"},
        {"q": "Summary"},
    ],
)
def test_odd_query_strings_never_fail(client, editorial, clock, query):
    overdue_summaries(editorial, clock, 2)
    client.force_login(editorial.editor)
    for address in (REPORT, RESULTS):
        response = client.get(address, query)
        assert response.status_code in (200, 404), (address, query, response.status_code)


def test_a_hostile_reviewer_name_is_text_in_the_csv(client, editorial, clock):
    Person.objects.filter(user=editorial.reviewer).update(display_name="=cmd|'/c calc'!A1")
    clock.travel(datetime.date(2025, 1, 5))
    reviewed_summary(editorial.tree.category, editorial.writer, editorial.reviewer, title="Walk")
    clock.travel(MONDAY)
    client.force_login(editorial.editor)
    [row] = csv.DictReader(io.StringIO(body(client.get(REPORT, {"export": "csv"}))))
    assert row["Reviewed by"] == "'=cmd|'/c calc'!A1"
    assert titles(client.get(REPORT)) == ["Walk"]


def queries_of(action) -> int:
    with CaptureQueriesContext(connection) as captured:
        action()
    return len(captured)


def panel_queries(user) -> int:
    request = RequestFactory().get("/admin/")
    request.user = user
    return queries_of(lambda: ReviewsFallingDuePanel(user).render_html({"request": request}))


def report_queries(client, query) -> int:
    return queries_of(lambda: raw(client.get(REPORT, query)))


def reminder_queries() -> int:
    from currency.models import ReviewReminder

    ReviewReminder.objects.all().delete()
    mail.outbox.clear()
    count = queries_of(lambda: send_review_reminders("https://example.org"))
    assert mail.outbox and "Summary 0" in mail.outbox[0].body
    return count


def measured(client, editorial) -> dict[str, int]:
    report_queries(client, {})  # warm the site's caches, which publishing empties
    return {
        "panel, editor": panel_queries(editorial.editor),
        "panel, reviewer": panel_queries(editorial.reviewer),
        "report": report_queries(client, {"state": "all"}),
        "results": queries_of(lambda: raw(client.get(RESULTS, {"state": "all"}))),
        "csv": report_queries(client, {"state": "all", "export": "csv"}),
        "xlsx": report_queries(client, {"state": "all", "export": "xlsx"}),
        "reminders": reminder_queries(),
    }


def test_queries_do_not_grow_with_the_summaries(client, editorial, clock):
    overdue_summaries(editorial, clock, 2)
    client.force_login(editorial.editor)
    few = measured(client, editorial)

    overdue_summaries(editorial, clock, 7, start=2)

    assert measured(client, editorial) == few
