"""`manage.py check --deploy` with the production settings the README documents: no
warnings. Run in a fresh process, because production settings are read from the
environment when they are imported."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# The README's "Running in production" values (.readme-parts/headers.md).
DOCUMENTED = {
    "DJANGO_SETTINGS_MODULE": "site_project.settings.production",
    "ALLOWED_HOSTS": "example.org",
    "SECURE_HSTS_SECONDS": "31536000",
    # Production runs on PostgreSQL with Redis (README); the checks only read these URLs.
    "DATABASE_URL": "postgres://site@127.0.0.1:5432/site",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
}


def deploy_check(**env) -> subprocess.CompletedProcess:
    clean = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(
            ("SECURE_", "SECRET_KEY", "DJANGO_", "DATABASE_URL", "REDIS_URL", "DEBUG")
        )
    }
    clean.update({"SECRET_KEY": secrets.token_urlsafe(50), **DOCUMENTED, **env})
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_documented_production_settings_pass_the_deploy_checks():
    result = deploy_check()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_the_deploy_checks_still_warn_when_hsts_is_left_off():
    result = deploy_check(SECURE_HSTS_SECONDS="")
    assert result.returncode != 0
    assert "security.W004" in result.stderr + result.stdout


def test_hsts_for_subdomains_and_preloading_are_accepted_when_chosen():
    result = deploy_check(SECURE_HSTS_INCLUDE_SUBDOMAINS="true", SECURE_HSTS_PRELOAD="true")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 silenced" in result.stdout
