"""A real Varnish for tests: Debian's varnishd running the shipped VCL
(deploy/varnish/default.vcl) on a free port, in front of a test server of the site."""

import shutil
import socket
import subprocess
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from urllib.error import HTTPError
from urllib.request import HTTPRedirectHandler, ProxyHandler, Request, build_opener

import pytest

from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.db import connections
from django.test.testcases import LiveServerThread

ROOT = Path(__file__).resolve().parents[2]
VCL = ROOT / "deploy" / "varnish" / "default.vcl"
SHIPPED_BACKEND = '.host = "127.0.0.1";\n    .port = "8000";'
SHIPPED_ACL = 'acl purgers {\n    "127.0.0.1";\n    "::1";\n}'


class ShowRedirects(HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # a redirect is an answer to look at, not to follow


# Requests here must reach 127.0.0.1 directly, whatever http_proxy the machine sets.
opener = build_opener(ProxyHandler({}), ShowRedirects())


def varnishd_or_skip() -> str:
    varnishd = shutil.which("varnishd") or shutil.which("varnishd", path="/usr/sbin")
    if varnishd is None:
        pytest.skip("varnishd not installed: apt-get install varnish")
    return varnishd


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str, method: str = "GET", headers: dict | None = None):
    """(status, headers, body) of one request, errors included."""
    request = Request(url, method=method, headers=headers or {})
    try:
        with opener.open(request, timeout=20) as response:
            return response.status, response.headers, response.read().decode()
    except HTTPError as error:
        return error.code, error.headers, error.read().decode()


def vcl_for(backend_port: int, purgers: tuple[str, ...] | None = None) -> str:
    """The shipped VCL, pointed at the test server (and, if given, another ACL)."""
    vcl = VCL.read_text()
    assert SHIPPED_BACKEND in vcl and SHIPPED_ACL in vcl, "the shipped VCL's layout changed"
    vcl = vcl.replace(SHIPPED_BACKEND, SHIPPED_BACKEND.replace("8000", str(backend_port)))
    if purgers is not None:
        entries = "".join(f'    "{address}";\n' for address in purgers)
        vcl = vcl.replace(SHIPPED_ACL, "acl purgers {\n" + entries + "}")
    return vcl


@contextmanager
def running_varnish(backend_port: int, port: int, purgers: tuple[str, ...] | None = None):
    """varnishd on 127.0.0.1:`port` until the block ends; yields its base URL."""
    varnishd = varnishd_or_skip()
    with tempfile.TemporaryDirectory(prefix="varnish-test-") as scratch:
        vcl_file = Path(scratch) / "default.vcl"
        vcl_file.write_text(vcl_for(backend_port, purgers))
        log = (Path(scratch) / "varnishd.log").open("w+")
        command = [
            varnishd,
            "-F",  # in the foreground, so that it is this process to stop
            "-n", str(Path(scratch) / "work"),
            "-a", f"127.0.0.1:{port}",
            "-f", str(vcl_file),
            "-s", "malloc,32m",
            "-j", "none",  # no privilege switch: runs as whoever runs the tests
            "-T", "none",
        ]  # fmt: skip
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        base_url = f"http://127.0.0.1:{port}"
        try:
            wait_until_up(process, base_url, log)
            yield base_url
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            log.close()


def wait_until_up(process, base_url: str, log) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log.seek(0)
            pytest.fail(f"varnishd stopped: {log.read()[-2000:]}")
        try:
            if fetch(base_url + "/.well-known/varnish-health")[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    pytest.fail("varnishd did not answer within 60 seconds")


@contextmanager
def running_site():
    """The site on a free port in a thread of this process, sharing the test database;
    yields its port."""
    shared = {
        connection.alias: connection
        for connection in connections.all()
        if connection.vendor == "sqlite" and connection.is_in_memory_db()
    }
    thread = LiveServerThread(
        "127.0.0.1",
        static_handler=StaticFilesHandler,
        connections_override=shared,
        port=0,
    )
    thread.daemon = True
    for connection in shared.values():
        connection.inc_thread_sharing()
    thread.start()
    thread.is_ready.wait()
    try:
        if thread.error:
            raise thread.error
        yield thread.port
    finally:
        thread.terminate()
        for connection in shared.values():
            connection.dec_thread_sharing()
