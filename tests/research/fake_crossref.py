"""A stand-in for Crossref's REST API on 127.0.0.1, answering from the recorded answers in
tests/research/crossref/: for the browser test and for screenshots, never the network.

    python -m tests.research.fake_crossref 8765    # then CROSSREF_API_URL=http://127.0.0.1:8765
"""

import sys
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

RECORDED = Path(__file__).parent / "crossref"
# Lower-cased DOI -> recorded answer (DOIs are case-insensitive).
WORKS = {
    "10.1056/nejmoa1803588": "nejm_work.json",
    "10.5555/fill-from-doi.test": "markup_work.json",
}


class FakeCrossref(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (the name http.server calls)
        prefix = "/works/"
        doi = urllib.parse.unquote(self.path[len(prefix) :]) if self.path.startswith(prefix) else ""
        recorded = WORKS.get(doi.lower())
        if recorded is None:
            self._answer(404, b"Resource not found.", "text/plain")
        else:
            self._answer(200, (RECORDED / recorded).read_bytes(), "application/json")

    def _answer(self, status, body, content_type):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):  # quiet: tests fail on unexpected output
        pass


def start(port: int = 0) -> tuple[ThreadingHTTPServer, str]:
    """Serve in a background thread; returns the server (shut it down) and its base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", port), FakeCrossref)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


if __name__ == "__main__":
    server = ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), FakeCrossref)
    server.serve_forever()
