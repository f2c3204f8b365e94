"""audit_plain_language shows its progress on a terminal, says nothing more in cron, and
its output (which CI and scripts parse) is the same either way."""

import pytest

from django.core.management import call_command

from wagtail.models import Page

from command_progress import ERASE_LINE
from tests.conftest import HARD_TEXT, PLAIN_TEXT
from tests.factories import ResearchSummaryPageFactory
from tests.fake_terminal import FakeTerminal, Pipe

pytestmark = pytest.mark.django_db


@pytest.fixture
def summaries(editorial):
    ResearchSummaryPageFactory(
        parent=editorial.tree.category, title="Plain one", simple_explanation=PLAIN_TEXT
    )
    hard = ResearchSummaryPageFactory(
        parent=editorial.tree.category, title="Hard one", live=False, simple_explanation=HARD_TEXT
    )
    hard.save_revision(user=editorial.writer)


def audit(*args, stdout, stderr, **options) -> tuple[str, str]:
    call_command("audit_plain_language", *args, stdout=stdout, stderr=stderr, **options)
    return stdout.getvalue(), stderr.getvalue()


@pytest.mark.parametrize("args", [(), ("--json",), ("--live",)])
def test_on_a_terminal_a_bar_reaches_every_page_and_the_output_is_unchanged(summaries, args):
    piped_out, piped_err = audit(*args, stdout=Pipe(), stderr=Pipe())
    shown_out, shown_err = audit(*args, stdout=Pipe(), stderr=FakeTerminal())
    both_out, _ = audit(*args, stdout=FakeTerminal(), stderr=FakeTerminal())

    assert "Plain one" in piped_out
    assert shown_out == piped_out == both_out
    assert piped_err == ""  # cron: not a character of progress
    # Every page walked: all of them, or with --live the live ones (the draft is left out).
    pages = (Page.objects.live() if "--live" in args else Page.objects).count()
    last = shown_err.split(ERASE_LINE)[-1]
    assert last.startswith("Judging pages [")
    assert f" {pages}/{pages} 100% " in last and last.endswith("done\n")


def test_verbosity_0_draws_no_bar_even_on_a_terminal(summaries):
    out, err = audit(stdout=Pipe(), stderr=FakeTerminal(), verbosity=0)
    assert "Plain one" in out
    assert err == ""


def test_a_page_that_cannot_be_judged_is_reported_on_a_line_of_its_own(summaries, monkeypatch):
    def broken(content):
        raise ValueError("no text")

    monkeypatch.setattr("review.management.commands.audit_plain_language.judge", broken)
    _, err = audit(stdout=Pipe(), stderr=FakeTerminal())
    lines = [line.split(ERASE_LINE)[-1] for line in err.split("\n")]
    reported = [line for line in lines if "could not be judged" in line]
    assert {line.split("\t")[1] for line in reported} == {
        "Plain one: could not be judged: no text",
        "Hard one: could not be judged: no text",
    }
    # Each report begins where the bar was erased, never glued to the end of the bar.
    assert all(line[0].isdigit() for line in reported)

    _, piped_err = audit(stdout=Pipe(), stderr=Pipe())
    assert ERASE_LINE not in piped_err
