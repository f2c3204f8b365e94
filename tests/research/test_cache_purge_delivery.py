"""How purges reach the proxy, and that a proxy that is down, slow or refusing never
stands in the way of a publish."""

import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django_tasks import default_task_backend

from django.test import override_settings

from research.cache_purge.tasks import PurgeNotDelivered, purge_urls
from research.cache_purge.varnish import ProxyUnreachable, VarnishBackend
from research.models import ResearchSummaryPage
from tests.factories import ResearchSummaryPageFactory, publish_signed_off


def varnish_at(location: str, timeout: float = 2) -> dict:
    return {
        "varnish": {
            "BACKEND": "research.cache_purge.varnish.VarnishBackend",
            "LOCATION": location,
            "TIMEOUT": timeout,
        }
    }


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # nothing listens there once the probe is closed


class FakeProxy:
    """Answers every request with `status` and remembers (method, path, Host)."""

    def __init__(self, status: int = 200):
        self.requests: list[tuple[str, str, str]] = []
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def handle_one_request(self):
                self.raw_requestline = self.rfile.readline(65537)
                if not self.raw_requestline or not self.parse_request():
                    return
                proxy.requests.append((self.command, self.path, self.headers["Host"]))
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self):
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


def test_paths_are_purged_and_prefixes_banned_on_the_page_hostname():
    with FakeProxy() as proxy:
        backend = VarnishBackend({"LOCATION": proxy.url})
        backend.purge_batch(
            ["https://example.org/research/sci/", "https://example.org/research/sci/*"]
        )
    assert proxy.requests == [
        ("PURGE", "/research/sci/", "example.org"),
        ("BAN", "/research/sci/", "example.org"),
    ]


def test_a_proxy_that_is_down_is_reported_for_a_retry():
    backend = VarnishBackend({"LOCATION": f"http://127.0.0.1:{closed_port()}"})
    with pytest.raises(ProxyUnreachable):
        backend.purge_batch(["http://localhost/research/"])


def test_a_proxy_that_never_answers_is_given_up_on():
    with socket.socket() as silent:  # accepts connections, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        location = f"http://127.0.0.1:{silent.getsockname()[1]}"
        backend = VarnishBackend({"LOCATION": location, "TIMEOUT": 0.2})
        with pytest.raises(ProxyUnreachable):
            backend.purge_batch(["http://localhost/research/"])


def test_a_refusal_is_logged_and_not_retried(caplog):
    with (
        FakeProxy(status=403) as proxy,
        override_settings(WAGTAILFRONTENDCACHE=varnish_at(proxy.url)),
    ):
        result = purge_urls.enqueue(["http://localhost/research/", "http://localhost/feed/"])
    assert result.return_value.startswith("purged")
    assert len(proxy.requests) == 2
    assert "refused PURGE /research/: 403" in caplog.text


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_publishing_succeeds_when_the_proxy_is_down(tree, caplog):
    summary = ResearchSummaryPageFactory(parent=tree.category, live=False, slug="despite")
    with override_settings(WAGTAILFRONTENDCACHE=varnish_at(f"http://127.0.0.1:{closed_port()}")):
        publish_signed_off(summary)
    assert ResearchSummaryPage.objects.live().filter(pk=summary.pk).exists()
    # The immediate backend cannot try later: the task says so and gives up.
    assert "Page cache not purged, given up after 1 attempt(s)" in caplog.text


@override_settings(TASKS={"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}})
def test_a_worker_tries_an_unreachable_proxy_again_later_then_gives_up():
    urls = ["http://localhost/research/"]
    with override_settings(WAGTAILFRONTENDCACHE=varnish_at(f"http://127.0.0.1:{closed_port()}")):
        default_task_backend.clear()
        assert purge_urls.call(urls).startswith("retry 2")
        [retry] = default_task_backend.results
        assert retry.args == [urls, ["varnish"], 2]
        assert retry.task.run_after is not None
        with pytest.raises(PurgeNotDelivered):
            purge_urls.call(urls, ["varnish"], 4)
