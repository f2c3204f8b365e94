"""seed_demo where it does not belong: production settings, or beside real users."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from wagtail.models import Page

from home.demo_content import DEMO_ACCOUNTS
from home.models import DemoAccount
from tests.factories import UserFactory

ROOT = Path(__file__).resolve().parents[2]
PUBLISHED = {username: password for username, password, *_ in DEMO_ACCOUNTS}


def printed_passwords(output: str) -> dict[str, str]:
    return dict(re.findall(r"^\s+(\w+)\s+password: (\S+)", output, flags=re.MULTILINE))


def test_production_settings_are_refused_with_a_clear_error_and_exit_code(tmp_path):
    database = tmp_path / "production.sqlite3"
    env = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="site_project.settings.production",
        SECRET_KEY="a-real-secret-for-this-test",
        DATABASE_URL=f"sqlite:///{database}",
        # Past the start-up check for a missing database, so that the seed's own refusal
        # is what stops it.
        ALLOW_NEW_SQLITE="1",
    )

    run = subprocess.run(
        [sys.executable, "manage.py", "seed_demo"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert run.returncode != 0
    assert "Refusing to seed" in run.stderr and "production" in run.stderr
    assert "Traceback" not in run.stderr
    assert not database.exists() or database.stat().st_size == 0  # nothing written


@pytest.mark.django_db
def test_debug_off_is_refused(settings):
    settings.DEBUG = False
    settings.DEMO_SEED_WITHOUT_DEBUG = False
    pages = Page.objects.count()

    with pytest.raises(CommandError, match="DEBUG is off"):
        call_command("seed_demo")

    assert Page.objects.count() == pages
    assert not get_user_model().objects.exists()


@pytest.mark.django_db
def test_a_database_with_a_real_user_is_refused_and_left_alone():
    alice = UserFactory(username="alice", is_superuser=True)
    pages = Page.objects.count()

    with pytest.raises(CommandError, match="1 user\\(s\\) that the seed did not create"):
        call_command("seed_demo")

    assert list(get_user_model().objects.all()) == [alice]
    assert Page.objects.count() == pages


@pytest.mark.django_db
def test_a_real_user_called_admin_is_not_mistaken_for_the_demo_one():
    UserFactory(username="admin", email="admin@example.com", is_superuser=True)

    with pytest.raises(CommandError, match="did not create"):
        call_command("seed_demo")
    with pytest.raises(CommandError, match="admin already belong"):
        call_command("seed_demo", force=True)

    assert get_user_model().objects.get(username="admin").check_password("password")
    assert not DemoAccount.objects.exists()


@pytest.mark.django_db
def test_forced_it_gives_random_passwords_shown_once_never_the_published_ones(capsys):
    alice = UserFactory(username="alice")

    call_command("seed_demo", force=True)

    shown = printed_passwords(capsys.readouterr().out)
    assert set(shown) == set(PUBLISHED)
    User = get_user_model()
    for username, published in PUBLISHED.items():
        user = User.objects.get(username=username)
        assert shown[username] != published and published not in shown.values()
        assert not user.check_password(published), username
        assert user.check_password(shown[username]), username
    alice.refresh_from_db()
    assert alice.check_password("password") and not alice.groups.exists()

    call_command("seed_demo", force=True)  # again: nothing new, no password shown or set

    again = printed_passwords(capsys.readouterr().out)
    assert set(again.values()) == {"(unchanged)"}
    assert User.objects.get(username="writer").check_password(shown["writer"])


@pytest.mark.django_db
def test_the_dev_seed_runs_twice_on_its_own_accounts(capsys):
    call_command("seed_demo")
    call_command("seed_demo")

    output = capsys.readouterr().out
    assert "writer-demo-pass" in output
    assert DemoAccount.objects.count() == len(DEMO_ACCOUNTS)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_accounts_seeded_before_the_record_existed_are_still_the_seeds():
    executor = MigrationExecutor(connection)
    latest = [node for node in executor.loader.graph.leaf_nodes() if node[0] == "home"]
    executor.migrate([("home", "0002_contact_page")])
    try:
        User = get_user_model()
        User.objects.create_user("writer", "writer@example.com", "writer-demo-pass")
        User.objects.create_user("admin", "boss@charity.example", "their-own")
        executor = MigrationExecutor(connection)
        executor.loader.build_graph()
        executor.migrate(latest)
    finally:
        MigrationExecutor(connection).migrate(latest)

    adopted = DemoAccount.objects.values_list("user__username", flat=True)
    assert list(adopted) == ["writer"]
