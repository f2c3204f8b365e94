"""The digest when the mail server is down: the run stops, blames no subscriber, and
the next run sends the rest."""

import pytest

from django.core.management import CommandError, call_command

from subscriptions.models import DigestDelivery, DigestRun
from tests.factories import ResearchSummaryPageFactory
from tests.fake_smtp import FAULTS, OK, FakeSMTPServer
from tests.mailqueue.conftest import DATABASE_TASKS, use_fake_server
from tests.subscriptions.test_digest import subscriber

pytestmark = pytest.mark.django_db

AUDIENCE = ["ana@example.com", "ben@example.com"]


@pytest.mark.parametrize("fault", FAULTS)
def test_a_run_stopped_by_a_mail_server_fault_resumes_when_it_works(capsys, tree, settings, fault):
    for email in AUDIENCE:
        subscriber(email)
    ResearchSummaryPageFactory(parent=tree.category, title="Pain and sleep")
    server = FakeSMTPServer(fault)
    try:
        use_fake_server(settings, server, DATABASE_TASKS)
        with pytest.raises(CommandError, match="mail server is unavailable"):
            call_command("send_digest", "--base-url", "https://research.example")
        run = DigestRun.objects.get()
        assert run.finished_at is None
        assert not DigestDelivery.objects.exists()  # nobody marked as failed or sent

        server.set_mode(OK)
        call_command("send_digest", "--base-url", "https://research.example")
    finally:
        server.stop()

    output = capsys.readouterr().out
    assert "Resumed" in output and "Sent: 2. Failed: 0." in output
    # Straight to the mail server, not through the queue: the command is the background.
    assert sorted(server.recipients()) == AUDIENCE
    text_part = server.received[0].message.get_payload(0)
    assert "Pain and sleep" in text_part.get_payload(decode=True).decode()
    run.refresh_from_db()
    assert run.finished_at is not None
