"""Where browsers send Content-Security-Policy violations (the policy's report-uri).

Each report becomes one log line, so a blocked script on a live page shows up in the logs.
Anyone can post here, so it is bounded three ways: the bytes read from a request, the reports
one client may send an hour, and the reports the whole site logs an hour. Past a limit,
reports are dropped without a log line.
"""

import json
import logging

from django.http import HttpResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from research.rate_limit import RateLimit

logger = logging.getLogger(__name__)

# A real report is well under 2 KB; the Reporting API may batch a few in one request.
MAX_REQUEST_BYTES = 16 * 1024
MAX_REPORTS_PER_REQUEST = 10
# Long enough for a URL and a script sample, short enough to keep a log line readable.
MAX_FIELD_CHARS = 300

# The fields worth logging, as the old report-uri format names them, and the names the
# Reporting API (application/reports+json) uses for the same thing.
FIELDS = {
    "document-uri": "documentURL",
    "effective-directive": "effectiveDirective",
    "blocked-uri": "blockedURL",
    "source-file": "sourceFile",
    "line-number": "lineNumber",
    "column-number": "columnNumber",
    "script-sample": "sample",
    "disposition": "disposition",
}


class SiteWideRateLimit(RateLimit):
    """One count shared by every client: many addresses together cannot flood the logs."""

    def _cache_key(self, request) -> str:
        return f"rate:{self.name}:all"


CSP_REPORT_CLIENT_LIMIT = RateLimit("csp-report", limit=20, window=60 * 60)
CSP_REPORT_SITE_LIMIT = SiteWideRateLimit("csp-report-site", limit=500, window=60 * 60)


def _reports(payload) -> list[dict]:
    """The violation bodies in either format; empty when the payload is neither."""
    if isinstance(payload, dict) and isinstance(payload.get("csp-report"), dict):
        return [payload["csp-report"]]
    if isinstance(payload, list):
        return [
            {name: entry["body"].get(api) for name, api in FIELDS.items()}
            for entry in payload[:MAX_REPORTS_PER_REQUEST]
            if isinstance(entry, dict)
            and entry.get("type") == "csp-violation"
            and isinstance(entry.get("body"), dict)
        ]
    return []


def _summary(report: dict) -> dict:
    # Only known fields, each cut short, and JSON-encoded by the caller: a report cannot
    # write extra lines or unbounded text into the log.
    return {
        name: str(report[name])[:MAX_FIELD_CHARS]
        for name in FIELDS
        if report.get(name) not in (None, "")
    }


@csrf_exempt  # browsers send reports without a CSRF token, and nothing here changes state
@require_POST
def csp_report(request):
    if not CSP_REPORT_CLIENT_LIMIT.hit(request) or not CSP_REPORT_SITE_LIMIT.hit(request):
        return HttpResponse("Too many reports.", status=429, content_type="text/plain")
    body = request.read(MAX_REQUEST_BYTES + 1)  # never more, whatever the body's length
    if len(body) > MAX_REQUEST_BYTES:
        return HttpResponse("Report too large.", status=413, content_type="text/plain")
    try:
        reports = _reports(json.loads(body))
    except (UnicodeDecodeError, ValueError):
        reports = []
    if not reports:
        return HttpResponse("Not a CSP violation report.", status=400, content_type="text/plain")
    for report in reports:
        logger.warning("CSP violation: %s", json.dumps(_summary(report), sort_keys=True))
    return HttpResponse(status=204)
