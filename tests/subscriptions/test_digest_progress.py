"""send_digest shows how far it got on a terminal; in cron it says nothing more."""

import pytest

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from command_progress import ERASE_LINE
from subscriptions.models import Subscriber
from tests.factories import ResearchSummaryPageFactory
from tests.fake_terminal import FakeTerminal, Pipe

pytestmark = pytest.mark.django_db


@pytest.fixture
def news(tree):
    for email in ("ana@example.com", "ben@example.com", "cy@example.com"):
        Subscriber.objects.create(email=email, confirmed_at=timezone.now())
    ResearchSummaryPageFactory(parent=tree.category, title="Walking after injury")


def send(stderr) -> str:
    out = Pipe()
    call_command("send_digest", "--base-url", "https://research.example", stdout=out, stderr=stderr)
    return out.getvalue()


def test_on_a_terminal_the_bar_counts_every_recipient(news):
    terminal = FakeTerminal()
    out = send(terminal)
    last = terminal.getvalue().split(ERASE_LINE)[-1]
    assert last.startswith("Sending [") and " 3/3 100% " in last and last.endswith("done\n")
    assert "Sent: 3. Failed: 0." in out
    assert len(mail.outbox) == 3


def test_in_cron_nothing_goes_to_stderr_and_stdout_is_the_same(news):
    piped = Pipe()
    out = send(piped)
    assert piped.getvalue() == ""
    assert out.splitlines() == [
        "Summaries in this digest: 1",
        "  - Walking after injury",
        "Sent: 3. Failed: 0.",
    ]
