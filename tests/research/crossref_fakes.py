"""Crossref as the tests see it: its recorded answers (tests/research/crossref/), a fake
transport that remembers each request, and `no_network`, which fails any test that opens a
network connection or uses the real transport. Test modules that talk to the client mark
themselves with `pytestmark = pytest.mark.usefixtures("no_network")` and import it."""

import socket
from pathlib import Path

import pytest

from django.core.cache import cache

from research import crossref

RECORDED = Path(__file__).parent / "crossref"
NEJM_DOI = "10.1056/NEJMoa1803588"
MARKUP_DOI = "10.5555/fill-from-doi.test"


def recorded(name: str) -> bytes:
    return (RECORDED / name).read_bytes()


class FakeTransport:
    """Answers as Crossref did (or fails as the network does), and remembers each request."""

    def __init__(self, answer=None, raises=None):
        self.answer = answer
        self.raises = raises
        self.requests = []

    def get(self, url, headers, timeout):
        self.requests.append({"url": url, "headers": headers, "timeout": timeout})
        if self.raises is not None:
            raise self.raises
        return self.answer


@pytest.fixture
def no_network(monkeypatch):
    """Any real connection fails the test, and so does any use of the real transport
    that a test did not replace."""

    def refuse(sock, address):
        pytest.fail(f"A test tried to open a network connection to {address!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(crossref, "transport", FakeTransport(raises=AssertionError("no fake")))
    cache.clear()
    yield
    cache.clear()


def answer_with(monkeypatch, status=200, body=b"", retry_after=None) -> FakeTransport:
    fake = FakeTransport(crossref.Answer(status, body, retry_after))
    monkeypatch.setattr(crossref, "transport", fake)
    return fake


def failing_with(monkeypatch, error) -> FakeTransport:
    fake = FakeTransport(raises=error)
    monkeypatch.setattr(crossref, "transport", fake)
    return fake
