"""How fast readers are served, at the demo's 19 summaries and at 10,000 (issue 13).

    .venv/bin/python benchmarks/serving.py                   # the full run, ~10 minutes
    .venv/bin/python benchmarks/serving.py --summaries 500   # a quicker trial

In one run, on this machine, against 127.0.0.1 only:

1. Creates a scratch PostgreSQL database (`bench_serving` on 127.0.0.1:5432; dropped at
   the end), migrates it and seeds the demo site (19 summaries).
2. Server time (median of --repeat requests) and query count of each page type, measured
   in-process with Django's test client under the production settings (one database
   connection kept open, as with persistent connections; no proxy).
3. `manage.py generate_summaries --count N` (N = --summaries, default 10,000), then the
   same measurements again.
4. A summary page under load (wrk, --seconds per target, 2 threads, 50 connections):
   through Varnish with deploy/varnish/default.vcl (or --vcl) in front of gunicorn, from
   gunicorn alone (production settings, 2 workers), and from nginx serving the same HTML
   as a file. The figure that matters is Varnish / nginx (target >= 0.5).

It finds wrk, nginx and varnishd, or installs them from Debian's packages when run as
root, and prints which it used. Every process it starts runs in a temporary directory on
a free port and is stopped at the end, also on Ctrl+C or an error. Production settings
get their environment here: a random SECRET_KEY, ALLOWED_HOSTS=127.0.0.1, TLS assumed to
end in front (SECURE_SSL_REDIRECT=false), Redis at 127.0.0.1:6379 under a key prefix of
its own when it answers, static files collected into the temporary directory.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _serving_tools import (
    BROWSER_ACCEPT_ENCODING,
    HOST,
    MINIMAL_VCL,
    Processes,
    find_tools,
    free_port,
    get,
    nginx_config,
    vcl_for_backend,
    wait_for,
    wrk,
)

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_VCL = REPO_ROOT / "deploy" / "varnish" / "default.vcl"
DEPLOY_GUNICORN = REPO_ROOT / "deploy" / "gunicorn.conf.py"
TARGET_MS = 50


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--summaries", type=int, default=10_000, help="the large size")
    parser.add_argument("--seconds", type=int, default=10, help="wrk's duration per target")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=15, help="requests per page type")
    parser.add_argument("--vcl", type=Path, default=DEFAULT_VCL)
    parser.add_argument("--postgres", default="postgres://postgres@127.0.0.1:5432")
    parser.add_argument("--database", default="bench_serving", help="scratch, dropped after")
    parser.add_argument("--measure-pages", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure_pages:
        from _serving_pages import measure_pages

        print(json.dumps(measure_pages(args.repeat)))
        return
    try:
        import gunicorn  # noqa: F401
        import psycopg  # noqa: F401
    except ImportError:
        sys.exit('gunicorn and psycopg are needed: .venv/bin/pip install -e ".[production]"')
    tools = find_tools()
    for name, (path, version) in tools.items():
        print(f"{name}: {path} ({version})", flush=True)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    workdir = Path(tempfile.mkdtemp(prefix="bench-serving-"))
    workdir.chmod(0o755)  # varnishd's worker runs as its own user
    processes = Processes()
    database_url = f"{args.postgres.rstrip('/')}/{args.database}"
    try:
        recreate_database(args.postgres, args.database)
        env = production_env(database_url, workdir)
        started = time.monotonic()
        manage(env, "migrate", "--no-input", "-v", "0")
        # seed_demo refuses production settings (published demo passwords), rightly.
        manage(dict(env, DJANGO_SETTINGS_MODULE="site_project.settings.dev"), "seed_demo")
        manage(env, "collectstatic", "--no-input", "-v", "0")
        print(f"migrate + seed_demo: {time.monotonic() - started:.0f} s", flush=True)
        small = measure_in_child(env, args.repeat)
        started = time.monotonic()
        output = manage(env, "generate_summaries", "--count", str(args.summaries))
        generated_in = time.monotonic() - started
        print(output.strip().splitlines()[-1], flush=True)
        large = measure_in_child(env, args.repeat)
        loads, notes = load_test(args, tools, env, workdir, processes, small["summary_path"])
        report(args, tools, small, large, loads, notes, generated_in)
    finally:
        processes.stop_all()
        drop_database(args.postgres, args.database)
        shutil.rmtree(workdir, ignore_errors=True)


def production_env(database_url: str, workdir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "REDIS_"))}
    env.update(
        DJANGO_SETTINGS_MODULE="site_project.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS=f"{HOST},localhost",
        DATABASE_URL=database_url,
        SECURE_SSL_REDIRECT="false",
        STATIC_ROOT=str(workdir / "static"),
        MEDIA_ROOT=str(workdir / "media"),
        LOG_LEVEL="WARNING",
        # Persistent connections, as the README's production checklist asks: PostgreSQL
        # starts a process for every new connection.
        DATABASE_CONN_MAX_AGE="60",
        PYTHONUNBUFFERED="1",
    )
    if redis_answers():
        env.update(REDIS_URL="redis://127.0.0.1:6379/0", CACHE_KEY_PREFIX=workdir.name)
    return env


def redis_answers() -> bool:
    import socket

    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=1).close()
        return True
    except OSError:
        return False


def manage(env: dict[str, str], *command: str) -> str:
    done = subprocess.run(
        [sys.executable, "manage.py", *command],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise RuntimeError(f"manage.py {' '.join(command)} failed:\n{done.stdout}{done.stderr}")
    return done.stdout


def recreate_database(server: str, name: str) -> None:
    _admin_sql(server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    _admin_sql(server, f'CREATE DATABASE "{name}"')


def drop_database(server: str, name: str) -> None:
    try:
        _admin_sql(server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    except Exception as error:  # noqa: BLE001 - say so, and finish cleaning up
        print(f"Could not drop the scratch database {name}: {error}", file=sys.stderr)


def _admin_sql(server: str, sql: str) -> None:
    import psycopg

    with psycopg.connect(f"{server.rstrip('/')}/postgres", autocommit=True) as connection:
        connection.execute(sql)


def measure_in_child(env: dict[str, str], repeat: int) -> dict:
    """Measured in a fresh process, so that nothing is warm from the previous size. The
    admin listing is measured signed in as the demo superuser without the two-step code
    (REQUIRE_STAFF_2FA off for this process only)."""
    done = subprocess.run(
        [sys.executable, __file__, "--measure-pages", "--repeat", str(repeat)],
        cwd=REPO_ROOT,
        env=dict(env, REQUIRE_STAFF_2FA="false"),
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise RuntimeError(f"measuring pages failed:\n{done.stdout}{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def load_test(args, tools, env, workdir: Path, processes: Processes, path: str):
    """wrk against Varnish → gunicorn, gunicorn alone and nginx with the page as a file."""
    notes = []
    app_port, cache_port, static_port = free_port(), free_port(), free_port()
    gunicorn = [sys.executable, "-m", "gunicorn", "--workers", "2", "--log-level", "warning"]
    app_env = dict(env)
    if DEPLOY_GUNICORN.is_file():
        # The shipped configuration, with the two workers.
        gunicorn += ["--config", str(DEPLOY_GUNICORN)]
        app_env.update(GUNICORN_BIND=f"{HOST}:{app_port}", GUNICORN_WORKERS="2")
        notes.append(f"gunicorn: {DEPLOY_GUNICORN.relative_to(REPO_ROOT)}, 2 workers")
    else:
        notes.append("gunicorn: 2 sync workers (no deploy/gunicorn.conf.py)")
    app = processes.start(
        "gunicorn",
        [*gunicorn, "--bind", f"{HOST}:{app_port}", "site_project.wsgi"],
        cwd=REPO_ROOT,
        env=app_env,
        stdout=(workdir / "gunicorn.log").open("wb"),
        stderr=subprocess.STDOUT,
    )
    wait_for(app_port, path, app, "gunicorn")
    html = get(app_port, path)[2]
    page_file = workdir / "html" / path.strip("/") / "index.html"
    page_file.parent.mkdir(parents=True, exist_ok=True)
    page_file.write_bytes(html)
    (workdir / "nginx.conf").write_text(nginx_config(workdir, static_port))
    static = processes.start(
        "nginx",
        [tools["nginx"][0], "-p", str(workdir), "-c", str(workdir / "nginx.conf")],
        stderr=subprocess.DEVNULL,
    )
    wait_for(static_port, path, static, "nginx")
    if args.vcl.is_file():
        vcl_source = args.vcl.read_text()
        notes.append(f"VCL: {args.vcl}")
    else:
        vcl_source = MINIMAL_VCL
        notes.append(f"VCL: {args.vcl} not found; a minimal VCL written by this script")
    vcl = workdir / "default.vcl"
    vcl.write_text(vcl_for_backend(vcl_source, app_port))
    vcl.chmod(0o644)
    cache = processes.start(
        "varnishd",
        [
            tools["varnishd"][0],
            "-F",
            "-a",
            f"{HOST}:{cache_port}",
            "-f",
            str(vcl),
            "-n",
            str(workdir / "varnish"),
            "-s",
            "malloc,256m",  # as deploy/systemd runs it,
        ],
        stdout=(workdir / "varnishd.log").open("wb"),
        stderr=subprocess.STDOUT,
    )
    wait_for(cache_port, path, cache, "varnishd")
    headers = get(cache_port, path)[1]
    notes.append(
        "a second request through Varnish: "
        + ", ".join(
            f"{k}: {headers.get(k, '-')}" for k in ("Age", "X-Varnish", "X-Cache", "Cache-Control")
        )
        + (", Set-Cookie present" if "Set-Cookie" in headers else ", no Set-Cookie")
    )
    loads = {}
    for label, port in (
        ("gunicorn, 2 workers", app_port),
        ("Varnish → gunicorn", cache_port),
        ("nginx, static file", static_port),
    ):
        url = f"http://{HOST}:{port}{path}"
        wrk(tools["wrk"][0], url, 1, args.threads, args.connections)  # warm up
        drain(app_port, path)
        loads[label] = wrk(tools["wrk"][0], url, args.seconds, args.threads, args.connections)
        print(f"  {label}: {loads[label].requests_per_second:,.0f} requests/s", flush=True)
        drain(app_port, path)
    return loads, notes


def drain(app_port: int, path: str) -> None:
    """Let gunicorn finish the requests wrk left queued, so the next target starts clean."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        started = time.monotonic()
        with contextlib.suppress(OSError):
            get(app_port, path)
            if time.monotonic() - started < 0.5:
                return


def machine() -> str:
    model = ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip() + ", "
                break
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    return f"{model}{os.cpu_count()} cores, load average {load} at the end"


def report(args, tools, small, large, loads, notes, generated_in: float) -> None:
    print(f"\n## Serving ({machine()}, {time.strftime('%Y-%m-%d')})\n")
    print(f"A summary page ({small['summary_path']}) at {large['summaries']:,} summaries; wrk")
    print(
        f"{args.seconds} s, {args.threads} threads, {args.connections} connections, "
        f"sending `{BROWSER_ACCEPT_ENCODING}` as browsers do.\n"
    )
    print("| served by | requests/s | p50 ms | p99 ms | requests | errors / non-2xx |")
    print("|---|---|---|---|---|---|")
    for label, load in loads.items():
        print(
            f"| {label} | {load.requests_per_second:,.0f} | {load.p50_ms:.2f} | "
            f"{load.p99_ms:.2f} | {load.requests:,} | {load.bad} |"
        )
    proxy, static = loads["Varnish → gunicorn"], loads["nginx, static file"]
    ratio = proxy.requests_per_second / static.requests_per_second
    print(f"\nVarnish / nginx: **{ratio:.3f}** (target ≥ 0.5)")
    for note in notes:
        print(f"- {note}")
    print(f"\ngenerate_summaries --count {args.summaries:,}: {generated_in:.0f} s\n")
    print(
        f"| page (PostgreSQL, in-process) | ms at {small['summaries']} | "
        f"ms at {large['summaries']:,} | queries at {small['summaries']} | "
        f"queries at {large['summaries']:,} |"
    )
    print("|---|---|---|---|---|")
    for before, after in zip(small["pages"], large["pages"], strict=True):
        slow = " ⚠" if after["ms"] > TARGET_MS else ""
        grew = " ⚠" if after["queries"] != before["queries"] else ""
        statuses = {before["status"], after["status"]} - {200}
        status = f" (HTTP {', '.join(map(str, sorted(statuses)))})" if statuses else ""
        print(
            f"| {after['name']}{status} | {before['ms']:.1f} | {after['ms']:.1f}{slow} | "
            f"{before['queries']} | {after['queries']}{grew} |"
        )
    print(f"\nTargets: ≤ {TARGET_MS} ms, queries equal at both sizes (⚠ where not).")
    for before, after in zip(small["pages"], large["pages"], strict=True):
        if before["path"] != after["path"]:
            print(
                f"- {after['name']}: {before['path']} at the small size, "
                f"{after['path']} at the large"
            )
    print("Tools: " + "; ".join(f"{version}" for _, version in tools.values()))


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        sys.exit("Interrupted; every process it started was stopped, the database dropped.")
