"""`manage.py backup` and `manage.py restore`: a seeded site with every kind of data goes
out and comes back row for row, with a valid page tree and byte-identical media; a bad
archive, the wrong database, or a database with content and no --yes changes nothing.

These tests replace the whole database, so they run in real transactions and put the
migrated rows back afterwards (`serialized_rollback`), like the migration tests."""

import json
import shutil
import tarfile

import pytest
from bs4 import BeautifulSoup

from django.core.management import CommandError, call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.recorder import MigrationRecorder

from wagtail.models import Page, WorkflowState

from home.backup.archive import MANIFEST
from home.backup.tables import MIGRATIONS_TABLE
from subscriptions.models import Subscriber
from tests.home.backups import (
    assert_unchanged,
    back_up,
    build_full_site,
    canonical_dump,
    drop_every_table,
    media_contents,
    restore,
    small_site,
)

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("warm_content_type_cache"),
]


@pytest.mark.parametrize("wipe", ["flushed", "blank"])
def test_a_full_site_comes_back_row_for_row(client, media, tmp_path, wipe):
    summary = build_full_site()
    assert WorkflowState.objects.exists()
    assert any(path.startswith("images/") for path in media_contents(media)), "no rendition"
    before, files = canonical_dump(), media_contents(media)
    archive = back_up(tmp_path)

    if wipe == "flushed":
        call_command("flush", interactive=False)
    else:
        drop_every_table()
    shutil.rmtree(media)
    # A blank database has nothing to lose, so it needs no --yes; a flushed one still
    # has its content types and permissions.
    output = restore(archive, yes=wipe == "flushed")

    assert "counts checked against the manifest" in output
    after = canonical_dump()
    assert after.keys() == before.keys()
    different = [table for table in before if before[table] != after[table]]
    assert different == []
    assert len(after["wagtailcore_page"]) == len(before["wagtailcore_page"])
    assert all(problems == [] for problems in Page.find_problems())
    Page.fix_tree()
    assert canonical_dump() == before, "fix_tree found something to repair"
    assert media_contents(media) == files
    response = client.get(summary.url)
    assert response.status_code == 200
    stamp = BeautifulSoup(response.text, "html.parser").select_one(".summary__review")
    assert " ".join(stamp.get_text().split()).startswith(
        f"Medically reviewed by {summary.reviewed_by_name}"
    )
    assert summary.reviewed_by_name


def test_an_archive_from_newer_code_is_refused(media, tmp_path):
    small_site(media)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {MIGRATIONS_TABLE} (app, name, applied) "
            "VALUES ('feedback', '9999_from_newer_code', CURRENT_TIMESTAMP)"
        )
    archive = back_up(tmp_path)
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {MIGRATIONS_TABLE} WHERE name = '9999_from_newer_code'")
    before, files = canonical_dump(), media_contents(media)

    with pytest.raises(CommandError, match=r"newer code.*feedback\.9999_from_newer_code"):
        restore(archive, yes=True)

    assert_unchanged(before, files, media)


def test_an_archive_from_older_code_is_migrated_after_restoring(media, tmp_path):
    small_site(media)
    Subscriber.objects.create(email="before-the-upgrade@example.org")
    executor = MigrationExecutor(connection)
    latest = executor.loader.graph.leaf_nodes()
    executor.migrate([("readability", "0003_limits_changed_at")])
    try:
        archive = back_up(tmp_path)
    finally:
        executor = MigrationExecutor(connection)
        executor.migrate(latest)
    Subscriber.objects.all().delete()

    output = restore(archive, yes=True)

    assert "readability.0004_status_headline" in output
    assert Subscriber.objects.filter(email="before-the-upgrade@example.org").exists()
    columns = [
        column.name
        for column in connection.introspection.get_table_description(
            connection.cursor(), "readability_plainlanguagestatus"
        )
    ]
    assert "headline" in columns
    assert not MigrationExecutor(connection).migration_plan(latest)


def test_the_archive_is_readable_by_its_owner_only(media, tmp_path):
    small_site(media)
    archive = back_up(tmp_path)
    assert archive.stat().st_mode & 0o077 == 0
    with tarfile.open(archive, "r:gz") as tar:
        manifest = json.loads(tar.extractfile(MANIFEST).read())
    assert manifest["vendor"] == connection.vendor
    assert manifest["tables"]["wagtailcore_page"] == Page.objects.count()
    assert "media/documents/kept.txt" in manifest["files"]
    applied = MigrationRecorder(connection).applied_migrations()
    assert manifest["migrations"]["feedback"] == sorted(
        name for app, name in applied if app == "feedback"
    )
