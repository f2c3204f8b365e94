"""Sign-up mail goes out once, however many times and however fast an address is
entered, and a sign-up whose mail could not even be queued can be tried again at once."""

import threading

import pytest
from bs4 import BeautifulSoup
from django_tasks.backends.immediate import ImmediateBackend

from django.core import mail
from django.core.cache import cache
from django.db import connection, connections

from subscriptions.models import Subscriber
from subscriptions.signup import sign_up
from tests.mailqueue.conftest import DATABASE_TASKS, QUEUE_BACKEND, waiting

SIMULTANEOUS = 50


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_fifty_simultaneous_sign_ups_of_one_address_queue_one_confirmation(settings):
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        # The in-memory test database reaches other threads through SQLite's shared
        # cache, whose table locks fail at once instead of waiting: the threads would
        # test that, not the sign-up. CI runs this on PostgreSQL.
        pytest.skip("threads cannot share an in-memory SQLite database: set DATABASE_URL")
    settings.EMAIL_BACKEND = QUEUE_BACKEND
    settings.TASKS = DATABASE_TASKS
    start = threading.Barrier(SIMULTANEOUS)
    errors = []

    def sign_up_at_the_same_moment(index):
        try:
            start.wait()
            # Half of them in another letter case: still the same address.
            sign_up("Reader@Example.com" if index % 2 else "reader@example.com", "http://x")
        except Exception as error:  # noqa: BLE001 - collected for the assertion
            errors.append(error)
        finally:
            connections.close_all()

    threads = [
        threading.Thread(target=sign_up_at_the_same_moment, args=(index,))
        for index in range(SIMULTANEOUS)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert Subscriber.objects.count() == 1
    (queued,) = waiting()
    assert queued.args_kwargs["args"][0]["to"][0].lower() == "reader@example.com"


@pytest.mark.django_db
def test_when_the_mail_cannot_be_queued_the_reader_is_told_and_can_try_again(
    client, tree, settings, monkeypatch
):
    cache.clear()
    settings.EMAIL_BACKEND = QUEUE_BACKEND  # delivered at once, into mail.outbox

    def queue_is_down(*args, **kwargs):
        raise ConnectionError("the queue's database is unreachable")

    monkeypatch.setattr(ImmediateBackend, "enqueue", queue_is_down)
    response = client.post("/subscribe/", {"email": "reader@example.com"})
    assert response.status_code == 503
    page = BeautifulSoup(response.content, "html.parser")
    assert "could not send the e-mail just now" in page.get_text()
    assert page.find("input", attrs={"name": "email"})["value"] == "reader@example.com"
    assert not mail.outbox

    monkeypatch.undo()
    response = client.post("/subscribe/", {"email": "reader@example.com"})
    # Not held back as "asked again too soon": the first attempt sent nothing.
    assert response.status_code == 302
    (message,) = mail.outbox
    assert message.to == ["reader@example.com"]
    assert "/subscribe/confirm/" in message.body
    cache.clear()
