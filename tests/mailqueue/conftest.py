"""The site as in production: mail queued in the database, delivered by the worker over
SMTP to a fake server on a local port."""

import logging

import pytest
from django_tasks import TaskResultStatus
from django_tasks_db import DatabaseBackend
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult

from django.core.management import call_command
from django.utils import timezone

from mailqueue.backend import QueuedEmailBackend
from mailqueue.tasks import deliver_email
from tests.fake_smtp import FAULTS, OK, FakeSMTPServer


def dotted(cls) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


QUEUE_BACKEND = dotted(QueuedEmailBackend)
SMTP_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
DATABASE_TASKS = {"default": {"BACKEND": dotted(DatabaseBackend)}}
IMMEDIATE_TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
TEAM = "team@example.org"


@pytest.fixture
def smtp_server():
    server = FakeSMTPServer(OK)
    yield server
    server.stop()


def use_fake_server(settings, server, tasks):
    settings.EMAIL_BACKEND = QUEUE_BACKEND
    settings.EMAIL_DELIVERY_BACKEND = SMTP_BACKEND
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = server.port
    settings.EMAIL_USE_TLS = False
    # Short, so that the worker's wait on a hanging server is short too.
    settings.EMAIL_TIMEOUT = 1
    settings.CONTACT_EMAIL = [TEAM]
    settings.TASKS = tasks


@pytest.fixture
def production_mail(settings, smtp_server):
    use_fake_server(settings, smtp_server, DATABASE_TASKS)
    return smtp_server


@pytest.fixture(params=FAULTS)
def broken_mail_server(request, settings):
    """Each fault in turn, with mail queued in the database as in production."""
    server = FakeSMTPServer(request.param)
    use_fake_server(settings, server, DATABASE_TASKS)
    yield server
    server.stop()


@pytest.fixture
def run_worker(monkeypatch):
    """`manage.py db_worker --batch`: run every task that is due, then stop."""
    # The worker closes stale connections between tasks; in a test that would end the
    # transaction the test runs in.
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)
    # The command sets its loggers' levels for the rest of the process: put them back.
    loggers = [logging.getLogger(name) for name in ("django_tasks", "django_tasks_db")]
    levels = [logger.level for logger in loggers]

    def run():
        call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", "--interval", "0")

    yield run
    for logger, level in zip(loggers, levels, strict=True):
        logger.setLevel(level)


def waiting():
    """The e-mails in the queue that no worker has run yet, due or not."""
    return DBTaskResult.objects.filter(
        status=TaskResultStatus.READY, task_path=deliver_email.module_path
    )


def waiting_for() -> list[str]:
    return sorted(address for row in waiting() for address in row.args_kwargs["args"][0]["to"])


def make_retries_due():
    """What waiting for the retry delays would do."""
    waiting().update(run_after=timezone.now())
