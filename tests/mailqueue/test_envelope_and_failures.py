"""What survives the queue, and which failures are worth another try. No database."""

import json
import smtplib

import pytest

from django.core.mail import EmailMessage, EmailMultiAlternatives

from mailqueue.envelope import from_json, to_json
from mailqueue.tasks import is_temporary, server_unavailable


def test_a_message_comes_out_of_the_queue_as_it_went_in():
    message = EmailMultiAlternatives(
        subject="Please review “Walking after injury”",
        body="Plain text, with an é.",
        from_email="Site <site@example.org>",
        to=["writer@example.org"],
        cc=["editor@example.org"],
        bcc=["archive@example.org"],
        reply_to=["reader@example.com"],
        headers={"List-Unsubscribe": "<https://example.org/u/1/>", "Auto-Submitted": "auto"},
    )
    message.attach_alternative("<p>HTML</p>", "text/html")
    message.attach("notes.txt", "some notes", "text/plain")
    message.attach("scan.bin", b"\x00\xff\x10", "application/octet-stream")

    # Through JSON, as the database backend stores task arguments.
    copy = from_json(json.loads(json.dumps(to_json(message))))

    for name in ("subject", "body", "from_email", "to", "cc", "bcc", "reply_to"):
        assert getattr(copy, name) == getattr(message, name), name
    assert copy.extra_headers == message.extra_headers
    assert copy.alternatives == [("<p>HTML</p>", "text/html")]
    assert copy.attachments == [
        ("notes.txt", "some notes", "text/plain"),
        ("scan.bin", b"\x00\xff\x10", "application/octet-stream"),
    ]
    assert copy.recipients() == message.recipients()


def test_a_plain_html_message_stays_html():
    message = EmailMessage("Hi", "<p>Hi</p>", "site@example.org", ["a@example.org"])
    message.content_subtype = "html"
    assert from_json(to_json(message)).message().get_content_type() == "text/html"


@pytest.mark.parametrize(
    "error",
    [
        smtplib.SMTPConnectError(421, b"Service not available"),
        smtplib.SMTPRecipientsRefused({"a@example.org": (450, b"Mailbox busy")}),
        smtplib.SMTPRecipientsRefused(
            {"a@example.org": (450, b"Busy"), "b@example.org": (550, b"No such mailbox")}
        ),
        smtplib.SMTPDataError(451, b"Local error"),
        smtplib.SMTPServerDisconnected("Connection unexpectedly closed: timed out"),
        TimeoutError("timed out"),
        ConnectionRefusedError(111, "Connection refused"),
    ],
    ids=repr,
)
def test_temporary_failures_are_tried_again(error):
    assert is_temporary(error)


@pytest.mark.parametrize(
    "error",
    [
        smtplib.SMTPRecipientsRefused({"a@example.org": (550, b"No such mailbox")}),
        smtplib.SMTPSenderRefused(553, b"Sender not allowed", "site@example.org"),
        smtplib.SMTPAuthenticationError(535, b"Bad credentials"),
        smtplib.SMTPNotSupportedError("STARTTLS extension not supported by server."),
        ValueError("a bug, not a mail server"),
    ],
    ids=repr,
)
def test_permanent_failures_are_not(error):
    assert not is_temporary(error)


def test_only_a_server_that_is_down_stops_a_digest_run():
    assert server_unavailable(smtplib.SMTPConnectError(421, b"Service not available"))
    assert server_unavailable(TimeoutError("timed out"))
    assert not server_unavailable(
        smtplib.SMTPRecipientsRefused({"a@example.org": (550, b"No such mailbox")})
    )
    assert not server_unavailable(ConnectionError("mailbox unavailable"))
