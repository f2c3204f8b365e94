"""Mail never decides whether a page publishes or a reader's form succeeds.

The mail server is a fake one on a local port that hangs, refuses connections, or
greets with "421". The site is set up as in production: e-mail is queued in the
database and a worker sends it with the real SMTP backend.
"""

import pytest
from django_tasks_db.models import DBTaskResult

from django.core.cache import cache
from django.core.mail import EmailMessage

from wagtail.contrib.forms.models import FormSubmission

from mailqueue.envelope import to_json
from mailqueue.tasks import RETRY_DELAYS, MailNotDelivered, deliver_email
from review.models import ReviewSignOff
from review.names import APPROVE
from subscriptions.models import Subscriber
from tests.conftest import PLAIN_TEXT
from tests.factories import ContactPageFactory
from tests.fake_smtp import FAULTS, HANG, OK, REFUSE, REJECT_550, FakeSMTPServer
from tests.home.test_contact import MESSAGE
from tests.review.test_review_workflow import submit_new_summary, workflow_action

from .conftest import (
    DATABASE_TASKS,
    IMMEDIATE_TASKS,
    TEAM,
    make_retries_due,
    use_fake_server,
    waiting,
    waiting_for,
)

pytestmark = pytest.mark.django_db

READER = "reader@example.com"


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


def submit_and_approve(client, editorial):
    page = submit_new_summary(client, editorial, PLAIN_TEXT)
    client.force_login(editorial.reviewer)
    response = workflow_action(client, page, APPROVE)
    assert response.status_code == 302
    page.refresh_from_db()
    return page


def subscribe_and_write_in(client, tree):
    """What a reader does: both forms, each answered with its usual success page."""
    contact = ContactPageFactory(parent=tree.home)
    response = client.post("/subscribe/", {"email": READER})
    assert response.status_code == 302 and response["Location"] == "/subscribe/check-your-email/"
    assert "Check your e-mail" in client.get(response["Location"]).content.decode()

    response = client.post("/contact/", MESSAGE)
    assert response.status_code == 200
    assert "Thank you for your message" in response.content.decode()
    return contact


def test_a_summary_is_submitted_approved_and_published_whatever_the_mail_server_does(
    client, editorial, broken_mail_server
):
    page = submit_and_approve(client, editorial)

    assert page.live
    assert ReviewSignOff.objects.filter(revision=page.live_revision).exists()
    # Neither request so much as connected to the mail server ...
    assert broken_mail_server.accepted == 0
    # ... and the notices are waiting: "please review" to the reviewers, "approved" to the writer.
    assert editorial.reviewer.email in waiting_for()
    assert editorial.writer.email in waiting_for()


def test_a_reader_subscribes_and_writes_in_whatever_the_mail_server_does(
    client, tree, broken_mail_server
):
    contact = subscribe_and_write_in(client, tree)

    assert Subscriber.objects.filter(email=READER).exists()
    assert FormSubmission.objects.get(page=contact).form_data == MESSAGE
    assert broken_mail_server.accepted == 0
    assert waiting_for() == [READER, TEAM]


def test_queued_mail_waits_out_the_fault_and_goes_once_the_server_works(
    client, tree, broken_mail_server, run_worker
):
    subscribe_and_write_in(client, tree)

    run_worker()
    assert broken_mail_server.received == []
    if broken_mail_server.mode == HANG:
        # The worker, not the reader, waited on the silent server.
        assert broken_mail_server.accepted >= 1
    retries = list(waiting())
    assert len(retries) == 2
    assert all(row.args_kwargs["args"][1] == 2 for row in retries)  # the second attempt
    assert all(row.run_after > row.enqueued_at + RETRY_DELAYS[0] / 2 for row in retries)

    broken_mail_server.set_mode(OK)
    make_retries_due()
    run_worker()

    assert sorted(broken_mail_server.recipients()) == [READER, TEAM]
    by_recipient = {item.rcpt_to[0]: item.message for item in broken_mail_server.received}
    assert by_recipient[READER]["Subject"].startswith("Please confirm your subscription")
    assert "/subscribe/confirm/" in by_recipient[READER].get_payload(decode=True).decode()
    assert by_recipient[TEAM]["Reply-To"] == MESSAGE["your_e_mail_address"]
    assert not waiting().exists()


@pytest.mark.parametrize("fault", FAULTS)
def test_without_a_worker_a_mail_fault_is_still_never_a_server_error(
    client, editorial, settings, fault
):
    """Development runs tasks at once, in the request: slower when the server hangs
    (EMAIL_TIMEOUT per message), but a fault still only costs the e-mail."""
    server = FakeSMTPServer(fault)
    try:
        use_fake_server(settings, server, IMMEDIATE_TASKS)
        page = submit_and_approve(client, editorial)
        assert page.live
        client.logout()
        contact = subscribe_and_write_in(client, editorial.tree)
        assert Subscriber.objects.filter(email=READER).exists()
        assert FormSubmission.objects.filter(page=contact).exists()
        assert server.received == []
    finally:
        server.stop()


def test_a_mailbox_refused_for_good_is_logged_once_and_not_retried(
    client, tree, settings, run_worker, caplog
):
    server = FakeSMTPServer(REJECT_550)
    try:
        use_fake_server(settings, server, DATABASE_TASKS)
        client.post("/subscribe/", {"email": READER})
        run_worker()
        run_worker()
    finally:
        server.stop()

    assert not waiting().exists()
    (failed,) = DBTaskResult.objects.failed().filter(task_path=deliver_email.module_path)
    assert "No such mailbox" in failed.traceback
    logged = [
        record
        for record in caplog.records
        if record.exc_info and isinstance(record.exc_info[1], MailNotDelivered)
    ]
    assert len(logged) == 1


def test_retries_stop_after_the_last_delay(settings, run_worker):
    server = FakeSMTPServer(REFUSE)
    try:
        use_fake_server(settings, server, DATABASE_TASKS)
        message = to_json(EmailMessage("Hello", "Body", "site@example.org", [READER]))
        deliver_email.enqueue(message, len(RETRY_DELAYS) + 1)
        run_worker()
    finally:
        server.stop()

    assert not waiting().exists()
    (failed,) = DBTaskResult.objects.failed().filter(task_path=deliver_email.module_path)
    assert "Gave up after 6 attempt(s)" in failed.traceback
