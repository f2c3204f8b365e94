"""The CSP report endpoint: a report becomes one log line, and nobody can use it to flood
the logs (size, per-client and site-wide limits) or to forge log lines."""

import json
import logging

import pytest

from django.core.cache import cache

from site_project import csp_report
from site_project.csp_report import (
    CSP_REPORT_CLIENT_LIMIT,
    MAX_FIELD_CHARS,
    MAX_REQUEST_BYTES,
    SiteWideRateLimit,
)

URL = "/csp-report/"
LOGGER = csp_report.__name__
REPORT = {
    "csp-report": {
        "document-uri": "https://example.org/research/a-summary/",
        "referrer": "",
        "violated-directive": "script-src-elem",
        "effective-directive": "script-src-elem",
        "original-policy": "default-src 'self'; script-src 'self'",
        "disposition": "enforce",
        "blocked-uri": "inline",
        "line-number": 12,
        "source-file": "https://example.org/research/a-summary/",
        "status-code": 200,
        "script-sample": "",
    }
}


@pytest.fixture(autouse=True)
def fresh_limits():
    cache.clear()
    yield
    cache.clear()


def send(client, payload, address="203.0.113.5", content_type="application/csp-report"):
    body = payload if isinstance(payload, bytes | str) else json.dumps(payload)
    return client.post(URL, body, content_type=content_type, REMOTE_ADDR=address)


def logged(caplog) -> list[str]:
    return [record.getMessage() for record in caplog.records if record.name == LOGGER]


def test_a_browser_report_is_logged_once(client, caplog):
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        response = send(client, REPORT)
    assert response.status_code == 204
    [line] = logged(caplog)
    fields = json.loads(line.removeprefix("CSP violation: "))
    assert fields["effective-directive"] == "script-src-elem"
    assert fields["blocked-uri"] == "inline"
    assert fields["document-uri"] == "https://example.org/research/a-summary/"
    assert "original-policy" not in fields  # the same on every report: noise


def test_the_reporting_api_format_is_logged_too(client, caplog):
    batch = [
        {
            "type": "csp-violation",
            "url": "https://example.org/",
            "body": {
                "documentURL": "https://example.org/",
                "effectiveDirective": "img-src",
                "blockedURL": "https://tracker.example/pixel.gif",
            },
        },
        {"type": "deprecation", "body": {"id": "x"}},
    ]
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        response = send(client, batch, content_type="application/reports+json")
    assert response.status_code == 204
    [line] = logged(caplog)
    assert "tracker.example/pixel.gif" in line and "img-src" in line


@pytest.mark.parametrize(
    "body",
    [b"not json", b"\xff\xfe", json.dumps({"anything": "else"}), json.dumps([1, 2]), b""],
)
def test_anything_else_is_refused_with_a_400_and_not_logged(client, caplog, body):
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        response = send(client, body)
    assert response.status_code == 400
    assert logged(caplog) == []


def test_only_post_is_accepted(client):
    assert client.get(URL).status_code == 405


def test_a_report_cannot_forge_log_lines_or_write_a_novel(client, caplog):
    hostile = json.loads(json.dumps(REPORT))
    hostile["csp-report"]["blocked-uri"] = "x\nCRITICAL forged line\r\n" + "A" * 10_000
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        send(client, hostile)
    [line] = logged(caplog)
    assert "\n" not in line and "\r" not in line
    fields = json.loads(line.removeprefix("CSP violation: "))
    assert len(fields["blocked-uri"]) == MAX_FIELD_CHARS


def test_an_oversized_request_is_refused_unread(client, caplog):
    padded = json.loads(json.dumps(REPORT))
    padded["csp-report"]["script-sample"] = "A" * MAX_REQUEST_BYTES
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        response = send(client, padded)
    assert response.status_code == 413
    assert logged(caplog) == []


def test_one_client_cannot_flood_the_logs(client, caplog):
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        attempts = CSP_REPORT_CLIENT_LIMIT.limit + 5
        statuses = [send(client, REPORT).status_code for _ in range(attempts)]
    assert statuses.count(204) == CSP_REPORT_CLIENT_LIMIT.limit
    assert statuses[-5:] == [429] * 5
    assert len(logged(caplog)) == CSP_REPORT_CLIENT_LIMIT.limit
    # Someone else is still heard.
    assert send(client, REPORT, address="198.51.100.7").status_code == 204


def test_many_clients_together_cannot_flood_the_logs(client, caplog, monkeypatch):
    monkeypatch.setattr(csp_report, "CSP_REPORT_SITE_LIMIT", SiteWideRateLimit("t", 3, 60))
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        statuses = [send(client, REPORT, address=f"192.0.2.{n}").status_code for n in range(6)]
    assert statuses == [204, 204, 204, 429, 429, 429]
    assert len(logged(caplog)) == 3
