"""Site-wide quality for editors and auditors: the admin report and the audit command."""

import json

import pytest

from django.core.management import call_command

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


def test_writers_cannot_open_the_report(client, editorial, two_summaries):
    client.force_login(editorial.writer)
    response = client.get("/admin/reports/plain-language/")
    assert response.status_code in (302, 403)


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
