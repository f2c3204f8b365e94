"""count_missing_words shows its progress on a terminal and nothing more in cron."""

import pytest

from django.core.management import call_command

from command_progress import ERASE_LINE
from glossary.models import MissingWord
from tests.factories import ResearchSummaryPageFactory
from tests.fake_terminal import FakeTerminal, Pipe

pytestmark = pytest.mark.django_db


@pytest.fixture
def summaries(tree):
    for title in ("First", "Second", "Third"):
        ResearchSummaryPageFactory(
            parent=tree.category, title=title, key_findings=[("finding", "They took baclofen.")]
        )
    ResearchSummaryPageFactory(parent=tree.category, title="Draft", live=False)


def count(stderr, **options) -> str:
    out = Pipe()
    call_command("count_missing_words", stdout=out, stderr=stderr, **options)
    assert out.getvalue().startswith("Counted every published summary in ")
    return stderr.getvalue()


def test_on_a_terminal_the_bar_reaches_every_published_summary(summaries):
    shown = count(FakeTerminal())
    last = shown.split(ERASE_LINE)[-1]
    assert last.startswith("Counting summaries [")
    assert " 3/3 100% " in last and last.endswith("done\n")  # the draft is not counted
    assert MissingWord.objects.get(word="baclofen").pages == 3


def test_in_cron_and_at_verbosity_0_it_writes_nothing_to_stderr(summaries):
    assert count(Pipe()) == ""
    assert count(FakeTerminal(), verbosity=0) == ""
    assert MissingWord.objects.get(word="baclofen").pages == 3
