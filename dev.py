#!/usr/bin/env python3
"""One entry point for a fresh machine that has only Python 3.11+.

    python3 dev.py serve   install, migrate, load the demo site, run it at http://127.0.0.1:8000
    python3 dev.py test    install, then run every check and the whole test suite

Both create (or reuse) a virtual environment in .venv and install the project into it;
the install is skipped when pyproject.toml has not changed since the last one.
Standard library only: this file runs before anything is installed.
"""

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
POSTGRES_ON_CI = "postgres://postgres@127.0.0.1:5432/test"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
VARNISHD = "/usr/sbin/varnishd"


def say(message: str) -> None:
    print(f"\n==> {message}", flush=True)


def run(*command, env=None) -> None:
    completed = subprocess.run([str(part) for part in command], cwd=ROOT, env=env)
    if completed.returncode != 0:
        sys.exit(f"\nFailed ({completed.returncode}): {' '.join(map(str, command))}")


def ensure_installed(extras: str) -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - this file runs on whatever python3 is
        sys.exit(f"Python 3.11 or newer is needed; this is {sys.version.split()[0]}.")
    if not PYTHON.exists():
        say(f"Creating a virtual environment in {VENV.name}/")
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    stamp = VENV / f".installed-{extras or 'base'}"
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if stamp.exists() and stamp.read_text() == wanted:
        return
    say("Installing the project and its dependencies")
    run(PYTHON, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    target = f".[{extras}]" if extras else "."
    run(PYTHON, "-m", "pip", "install", "--quiet", "--editable", target)
    stamp.write_text(wanted)


def ensure_debian_package(program: str, package: str, used_for: str) -> None:
    """Install Debian's `package` when `program` is missing and we may (root, apt-get);
    otherwise say which tests will be skipped. Never a downloaded binary."""
    if Path(program).exists():
        return
    can_install = hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get")
    if not can_install:
        say(
            f"No {program}: {used_for} will be skipped (as root, this command installs "
            f"Debian's {package} package)"
        )
        return
    say(f"Installing {package} from Debian's packages for {used_for}")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    for command in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", package]):
        if subprocess.run(command, env=env).returncode != 0:
            say(f"Could not install {package}: {used_for} will be skipped")
            return


def django_env(settings: str, **extra) -> dict:
    env = dict(os.environ, DJANGO_SETTINGS_MODULE=settings, PYTHONUNBUFFERED="1")
    env.update(extra)
    return env


def serve(args) -> None:
    ensure_installed("")
    env = django_env("site_project.settings.dev")
    say("Preparing the SQLite database")
    run(PYTHON, "manage.py", "migrate", "--no-input", env=env)
    say("Loading the demo content and accounts")
    run(PYTHON, "manage.py", "seed_demo", env=env)
    say(f"Starting the site at http://{args.address}/ (admin at /admin/; Ctrl+C stops it)")
    command = [str(PYTHON), "manage.py", "runserver", args.address]
    if args.no_reload:
        command.append("--noreload")
    os.execve(str(PYTHON), command, env)


def template_files() -> list[str]:
    return sorted(
        str(path.relative_to(ROOT))
        for path in ROOT.rglob("*.html")
        if not path.is_relative_to(VENV) and "node_modules" not in path.parts
    )


def test(args) -> None:
    ensure_installed("dev")
    env = django_env("site_project.settings.test")
    say("ruff: lint and format")
    run(BIN / "ruff", "check", ".")
    run(BIN / "ruff", "format", "--check", ".")
    say("djhtml: template indentation")
    run(BIN / "djhtml", "--check", *template_files())
    say("mypy: readability.core and the review app")
    run(BIN / "mypy")
    say("import-linter: layers point one way; readability.core stays pure Python")
    run(BIN / "lint-imports", env=env)
    say("Django system checks and migrations")
    run(PYTHON, "manage.py", "check", "--fail-level", "WARNING", env=env)
    run(PYTHON, "manage.py", "makemigrations", "--check", "--dry-run", env=env)
    ensure_debian_package(VARNISHD, "varnish", "the page-cache tests against a real Varnish")
    say("Tests on SQLite")
    run(PYTHON, "-m", "pytest", "-m", "not browser", *args.pytest_args, env=env)

    postgres_url = os.environ.get("TEST_POSTGRES_URL") or (
        POSTGRES_ON_CI if os.environ.get("CI", "").lower() == "true" else ""
    )
    if postgres_url:
        say(f"Tests on PostgreSQL ({postgres_url})")
        run(
            PYTHON,
            "-m",
            "pytest",
            "-m",
            "not browser",
            *args.pytest_args,
            env=django_env("site_project.settings.test", DATABASE_URL=postgres_url),
        )
    else:
        say("PostgreSQL run skipped: set CI=true or TEST_POSTGRES_URL to run the suite on it")

    say("Browser tests: Chromium with axe-core (WCAG 2.2 A and AA), keyboard, reflow")
    ensure_debian_package(CHROMIUM, "chromium", "the browser tests")
    run(PYTHON, "-m", "pytest", "-m", "browser", *args.pytest_args, env=env)

    say("Smoke test: migrate and seed a fresh SQLite database twice")
    with tempfile.TemporaryDirectory() as scratch:
        smoke_env = django_env(
            "site_project.settings.dev",
            DATABASE_URL=f"sqlite:///{Path(scratch) / 'smoke.sqlite3'}",
            MEDIA_ROOT=str(Path(scratch) / "media"),
        )
        run(PYTHON, "manage.py", "migrate", "--no-input", "-v", "0", env=smoke_env)
        run(PYTHON, "manage.py", "seed_demo", env=smoke_env)
        run(PYTHON, "manage.py", "seed_demo", env=smoke_env)
    say("All checks passed")


def clean(_args) -> None:
    shutil.rmtree(VENV, ignore_errors=True)
    say("Removed .venv (the database db.sqlite3 is kept)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    serve_parser = commands.add_parser("serve", help="install and run the demo site")
    serve_parser.add_argument("--address", default="127.0.0.1:8000")
    serve_parser.add_argument("--no-reload", action="store_true")
    serve_parser.set_defaults(handler=serve)
    test_parser = commands.add_parser("test", help="install and run all checks and tests")
    test_parser.add_argument("pytest_args", nargs="*", help="passed on to pytest")
    test_parser.set_defaults(handler=test)
    commands.add_parser("clean", help="remove the virtual environment").set_defaults(handler=clean)
    args = parser.parse_args()
    args.handler(args)


if __name__ == "__main__":
    main()
