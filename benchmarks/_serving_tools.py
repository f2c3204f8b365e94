"""For benchmarks/serving.py: Debian's tools (found or installed), the processes it starts
(each stopped again, whatever happens) and wrk's figures."""

from __future__ import annotations

import contextlib
import http.client
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

HOST = "127.0.0.1"
# Debian package and binary of each tool, and how it tells its version.
TOOLS = {
    "wrk": ("wrk", "/usr/bin/wrk", ["-v"]),
    "nginx": ("nginx-light", "/usr/sbin/nginx", ["-v"]),
    "varnishd": ("varnish", "/usr/sbin/varnishd", ["-V"]),
}


def find_tools() -> dict[str, tuple[str, str]]:
    """{name: (path, version)}, installing missing ones with apt-get when root."""
    missing = [name for name in TOOLS if not _which(name)]
    if missing:
        if os.geteuid() != 0 or not shutil.which("apt-get"):
            sys.exit(f"Missing {', '.join(missing)}: apt-get install wrk nginx-light varnish")
        packages = [TOOLS[name][0] for name in missing]
        print(f"Installing {' '.join(packages)} from Debian's packages", flush=True)
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["apt-get", "update", "-qq"], env=env, check=True)
        subprocess.run(["apt-get", "install", "-y", "-qq", *packages], env=env, check=True)
    found = {}
    for name, (_, _, version_args) in TOOLS.items():
        path = _which(name)
        if path is None:
            sys.exit(f"{name} is still missing after apt-get")
        output = subprocess.run([path, *version_args], capture_output=True, text=True)
        text = (output.stdout + output.stderr).strip().splitlines()
        found[name] = (path, text[0] if text else "?")
    return found


def _which(name: str) -> str | None:
    default = TOOLS[name][1]
    return shutil.which(name) or (default if Path(default).exists() else None)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def get(port: int, path: str, headers: dict | None = None) -> tuple[int, dict, bytes]:
    connection = http.client.HTTPConnection(HOST, port, timeout=30)
    try:
        connection.request("GET", path, headers=headers or {})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


class Processes:
    """Every process started here, each in its own process group, stopped on exit."""

    def __init__(self):
        self.started: list[tuple[str, subprocess.Popen]] = []

    def start(self, label: str, command: list[str], **kwargs) -> subprocess.Popen:
        process = subprocess.Popen(command, start_new_session=True, **kwargs)
        self.started.append((label, process))
        return process

    def stop(self, process: subprocess.Popen) -> None:
        if process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=10)

    def stop_all(self) -> None:
        for _, process in reversed(self.started):
            self.stop(process)
        self.started.clear()


def wait_for(port: int, path: str, process: subprocess.Popen, label: str, timeout=120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{label} exited with {process.returncode}")
        with contextlib.suppress(OSError):
            if get(port, path)[0] == 200:
                return
        time.sleep(0.3)
    raise RuntimeError(f"{label} did not answer {path} with 200 within {timeout} s")


def nginx_config(root: Path, port: int) -> str:
    return f"""
daemon off;
worker_processes 2;
pid {root}/nginx.pid;
error_log {root}/nginx-error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {root}/body;
    proxy_temp_path {root}/proxy;
    fastcgi_temp_path {root}/fastcgi;
    uwsgi_temp_path {root}/uwsgi;
    scgi_temp_path {root}/scgi;
    default_type text/html;
    sendfile on;
    keepalive_requests 100000;
    server {{
        listen {HOST}:{port};
        root {root}/html;
        location / {{ try_files $uri $uri/index.html =404; }}
    }}
}}
"""


def vcl_for_backend(vcl: str, port: int) -> str:
    """The VCL with every backend pointed at 127.0.0.1:`port`."""
    vcl = re.sub(r'(\.host\s*=\s*)"[^"]*"', rf'\1"{HOST}"', vcl)
    return re.sub(r'(\.port\s*=\s*)"[^"]*"', rf'\1"{port}"', vcl)


MINIMAL_VCL = """vcl 4.1;
# Written by benchmarks/serving.py for a trial without deploy/varnish/default.vcl:
# caches what the application marks cacheable, for as long as it says.
backend app { .host = "127.0.0.1"; .port = "8000"; }
sub vcl_recv {
    if (req.method != "GET" && req.method != "HEAD") { return (pass); }
    if (req.url ~ "^/admin" || req.http.Cookie ~ "sessionid=") { return (pass); }
    unset req.http.Cookie;
}
"""


@dataclass
class Load:
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    requests: int
    bad: int  # non-2xx/3xx answers and socket errors


BROWSER_ACCEPT_ENCODING = "Accept-Encoding: gzip, deflate, br"


def wrk(binary: str, url: str, seconds: int, threads: int, connections: int) -> Load:
    # A 10 s timeout, so that slow answers count in the latencies rather than as errors.
    command = [binary, f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s"]
    # Every browser asks for compressed pages; without this header Varnish would unzip its
    # stored copy for each request, work no reader ever causes.
    command += ["--header", BROWSER_ACCEPT_ENCODING, "--latency", url]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    total = int(re.search(r"(\d+) requests in", output).group(1))
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    errors = re.search(r"Socket errors:.*?(\d+).*?(\d+).*?(\d+).*?(\d+)", output)
    bad = int(non_2xx.group(1)) if non_2xx else 0
    if errors:
        bad += sum(int(value) for value in errors.groups())
    return Load(rate, _latency(output, "50"), _latency(output, "99"), total, bad)


def _latency(output: str, percentile: str) -> float:
    value, unit = re.search(rf"^\s+{percentile}%\s+([\d.]+)(us|ms|s)\b", output, re.M).groups()
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]
