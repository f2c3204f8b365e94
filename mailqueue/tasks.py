"""Delivering a queued e-mail, with retries while the mail server is unwell.

A temporary failure (a timeout, a refused or dropped connection, a 4xx reply such as
"421 try later") is tried again later, on a growing delay, as long as the task backend
can run a task later (the database backend can; the immediate one used in development
cannot). A permanent failure (a 5xx reply: no such mailbox, authentication refused) will
not get better by waiting: it is raised once, which the task backend records and logs,
and not tried again.
"""

import logging
import smtplib
from datetime import timedelta

from django_tasks import task

from django.conf import settings
from django.core.mail import get_connection
from django.utils import timezone

from .envelope import from_json

logger = logging.getLogger(__name__)

# About nine hours in all, long enough to ride out a mail server's restart or a
# provider's bad afternoon, short enough that a sign-up link still arrives in time.
RETRY_DELAYS = (
    timedelta(minutes=1),
    timedelta(minutes=5),
    timedelta(minutes=30),
    timedelta(hours=2),
    timedelta(hours=6),
)


class MailNotDelivered(Exception):
    """Raised by the task when it gives up, so the task backend records a failure."""


def smtp_codes(error: BaseException) -> list[int]:
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return [code for code, _ in error.recipients.values()]
    code = getattr(error, "smtp_code", None)
    return [code] if isinstance(code, int) else []


def is_temporary(error: BaseException) -> bool:
    """Whether trying again later could succeed."""
    codes = smtp_codes(error)
    if codes:
        # Every recipient was refused; while one of them may be accepted later, retry.
        # (The mailboxes refused for good are refused again then, and dropped.)
        return any(400 <= code < 500 for code in codes)
    if isinstance(error, smtplib.SMTPNotSupportedError):
        return False  # e.g. STARTTLS asked of a server without it: a setting to fix
    # smtplib's errors are OSErrors too; what is left here is the connection itself:
    # refused, reset, dropped or timed out.
    return isinstance(error, OSError)


# The server itself is down or closing, whoever the mail is for: sending the next
# message now would fail the same way.
SERVER_GONE = (
    smtplib.SMTPServerDisconnected,
    smtplib.SMTPConnectError,
    TimeoutError,
    ConnectionRefusedError,
    ConnectionResetError,
)
SERVICE_NOT_AVAILABLE = 421


def server_unavailable(error: BaseException) -> bool:
    return isinstance(error, SERVER_GONE) or smtp_codes(error) == [SERVICE_NOT_AVAILABLE]


def delivery_connection(**kwargs):
    """A connection to the backend that really sends (SMTP in production)."""
    return get_connection(settings.EMAIL_DELIVERY_BACKEND, **kwargs)


def describe(message: dict) -> str:
    return f"“{message['subject']}” to {', '.join(message['to'] + message['cc'] + message['bcc'])}"


@task()
def deliver_email(message: dict, attempt: int = 1) -> str:
    email = from_json(message)
    try:
        with delivery_connection(fail_silently=False) as connection:
            connection.send_messages([email])
    except Exception as error:
        if not is_temporary(error):
            raise MailNotDelivered(f"Refused for good: {describe(message)}: {error}") from error
        if attempt > len(RETRY_DELAYS) or not deliver_email.get_backend().supports_defer:
            raise MailNotDelivered(
                f"Gave up after {attempt} attempt(s): {describe(message)}: {error}"
            ) from error
        delay = RETRY_DELAYS[attempt - 1]
        deliver_email.using(run_after=timezone.now() + delay).enqueue(message, attempt + 1)
        logger.warning(
            "Mail not delivered yet (attempt %s: %s), trying again in %s: %s",
            attempt,
            error or type(error).__name__,
            delay,
            describe(message),
        )
        return f"retry {attempt + 1} in {delay}"
    return "sent"
