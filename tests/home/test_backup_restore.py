"""`manage.py backup` and `manage.py restore`: a seeded site with every kind of data goes
out and comes back row for row, with a valid page tree and byte-identical media; a bad
archive, the wrong database, or a database with content and no --yes changes nothing.

These tests replace the whole database, so they run in real transactions and put the
migrated rows back afterwards (`serialized_rollback`), like the migration tests."""

import gzip
import io
import json
import shutil
import tarfile
from pathlib import Path

import pytest
from PIL import Image as PillowImage

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.management import CommandError, call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.recorder import MigrationRecorder

from wagtail.contrib.forms.models import FormSubmission
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.log_actions import log
from wagtail.models import Page, WorkflowState

from feedback.models import SummaryFeedback
from home.backup.archive import MANIFEST, DirectorySwap
from home.backup.tables import MIGRATIONS_TABLE
from home.models import ContactPage
from research.models import ResearchSummaryPage
from subscriptions.models import DigestDelivery, DigestRun, Subscriber

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture(autouse=True)
def warm_content_type_cache():
    """A restore empties the content-type cache (the restored ids may differ). The next
    test's serialized rollback builds Wagtail tasks whose `__init__` asks for their
    content type: with a cold cache that inserts a row the rollback then inserts again."""
    yield
    ContentType.objects.get_for_models(*apps.get_models(include_auto_created=True))


@pytest.fixture
def media(settings, tmp_path) -> Path:
    """A real MEDIA_ROOT on disk (the test settings keep files in memory)."""
    root = tmp_path / "media"
    root.mkdir()
    settings.MEDIA_ROOT = str(root)
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(root)},
        },
    }
    return root


def png_bytes(colour=(200, 40, 40)) -> bytes:
    buffer = io.BytesIO()
    PillowImage.new("RGB", (120, 90), colour).save(buffer, format="PNG")
    return buffer.getvalue()


def build_full_site():
    """The demo site plus one of everything it does not seed."""
    call_command("seed_demo", stdout=io.StringIO())
    User = get_user_model()
    writer = User.objects.get(username="writer")
    summaries = ResearchSummaryPage.objects.live().order_by("path")
    summary = summaries[0]

    # A draft newer than the live version, and an entry in the audit log for it.
    draft = summaries[1]
    draft.title = draft.title + " (being revised)"
    draft.save_revision(user=writer, log_action=True)
    log(instance=draft, action="wagtail.edit", user=writer)
    # A summary submitted for review: a workflow state with its task states.
    submitted = summaries[2]
    submitted.save_revision(user=writer)
    submitted.get_workflow().start(submitted, writer)

    SummaryFeedback.objects.create(page=summary, helpful=True, client_key="reader-a")
    SummaryFeedback.objects.create(
        page=summary,
        helpful=False,
        comment="Too many long words, e.g. “neuropathic”.",
        client_key="reader-b",
    )
    subscriber = Subscriber.objects.create(email="reader@example.org")
    Subscriber.objects.create(email="waiting@example.org", confirmed_at=None)
    run = DigestRun.objects.create()
    run.summaries.add(summary)
    DigestDelivery.objects.create(run=run, subscriber=subscriber)
    FormSubmission.objects.create(
        page=ContactPage.objects.get(),
        form_data={"your_name": "Sam", "your_message": "Thank you\nfor this site."},
    )
    image = Image.objects.create(
        title="Spinal cord scan", file=ImageFile(io.BytesIO(png_bytes()), name="scan.png")
    )
    image.get_rendition("fill-60x40")
    Document.objects.create(title="Leaflet", file=ContentFile(b"plain words\n", name="leaflet.txt"))
    writer.user_permissions.add(Permission.objects.get(codename="view_summaryfeedback"))
    return summary


def canonical_dump() -> dict[str, list]:
    """Every row of every table, in an order that does not depend on how they were
    inserted: the before and after of a restore must be equal."""
    dump = {}
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")
            dump[table] = sorted((tuple(row) for row in cursor.fetchall()), key=repr)
    return dump


def media_contents(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def back_up(directory: Path) -> Path:
    archive = directory / "site.tar.gz"
    call_command("backup", output=archive, stdout=io.StringIO())
    return archive


def restore(archive: Path, *, yes=False) -> str:
    out = io.StringIO()
    call_command("restore", str(archive), yes=yes, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def drop_every_table():
    """A new machine: a database with nothing in it, not even the migrated schema."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            tables = connection.introspection.table_names(cursor)
            cursor.execute(
                "DROP TABLE " + ", ".join(map(connection.ops.quote_name, tables)) + " CASCADE"
            )
            return
        cursor.execute("PRAGMA foreign_keys = OFF")
        while True:
            cursor.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "ORDER BY sql LIKE 'CREATE VIRTUAL%' DESC LIMIT 1"
            )
            row = cursor.fetchone()
            if row is None:
                break
            cursor.execute(f"DROP TABLE {connection.ops.quote_name(row[0])}")
        cursor.execute("PRAGMA foreign_keys = ON")


def repack(archive: Path, target: Path, *, manifest=None, extra: dict[str, bytes] | None = None):
    """A copy of `archive` with its manifest changed by `manifest(dict)`, or extra files."""
    with tarfile.open(archive, "r:gz") as tar:
        members = [(m, tar.extractfile(m).read() if m.isfile() else None) for m in tar]
    with tarfile.open(target, "w:gz") as tar:
        for member, data in members:
            if member.name == MANIFEST and manifest is not None:
                content = json.loads(data)
                manifest(content)
                data = json.dumps(content).encode()
                member.size = len(data)
            tar.addfile(member, io.BytesIO(data) if data is not None else None)
        for name, data in (extra or {}).items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return target


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
    assert f"Medically reviewed by {summary.reviewed_by_name}" in response.text
    assert summary.reviewed_by_name


def small_site(media):
    call_command("seed_demo", stdout=io.StringIO())
    (media / "documents").mkdir()
    (media / "documents" / "kept.txt").write_bytes(b"kept\n")


def assert_unchanged(before, files, media):
    assert canonical_dump() == before
    assert media_contents(media) == files


def test_a_database_with_content_is_not_replaced_without_yes(media, tmp_path):
    small_site(media)
    archive = back_up(tmp_path)
    Subscriber.objects.create(email="after-the-backup@example.org")
    (media / "documents" / "new.txt").write_bytes(b"new\n")
    before, files = canonical_dump(), media_contents(media)

    with pytest.raises(CommandError) as refused:
        restore(archive)

    message = str(refused.value)
    assert "not empty" in message and "--yes" in message
    assert "wagtailcore_page" in message or "auth_permission" in message
    assert_unchanged(before, files, media)


def test_a_single_row_counts_as_content(media, tmp_path):
    """A database with nothing but one row in one table still has something to lose."""
    small_site(media)
    archive = back_up(tmp_path)
    drop_every_table()
    with connection.cursor() as cursor:
        cursor.execute("CREATE TABLE notes (body TEXT)")
        cursor.execute("INSERT INTO notes (body) VALUES ('the only copy')")

    with pytest.raises(CommandError, match="not empty: 1 rows in 1 tables"):
        restore(archive)

    with connection.cursor() as cursor:
        cursor.execute("SELECT body FROM notes")
        assert cursor.fetchall() == [("the only copy",)]
        cursor.execute("DROP TABLE notes")
    restore(archive)


@pytest.mark.parametrize("cut", [0.5, 0.99])
def test_a_truncated_archive_is_refused_and_changes_nothing(media, tmp_path, cut):
    small_site(media)
    archive = back_up(tmp_path)
    data = archive.read_bytes()
    truncated = tmp_path / "cut.tar.gz"
    truncated.write_bytes(data[: int(len(data) * cut)])
    before, files = canonical_dump(), media_contents(media)

    with pytest.raises(CommandError, match="damaged or incomplete|no manifest"):
        restore(truncated, yes=True)

    assert_unchanged(before, files, media)


def test_a_file_that_is_not_an_archive_is_refused(media, tmp_path):
    small_site(media)
    before, files = canonical_dump(), media_contents(media)
    not_gzip = tmp_path / "notes.tar.gz"
    not_gzip.write_text("not a backup")
    plain_gzip = tmp_path / "plain.tar.gz"
    plain_gzip.write_bytes(gzip.compress(b"just some text"))

    for bad in (not_gzip, plain_gzip, tmp_path / "missing.tar.gz"):
        with pytest.raises(CommandError, match="Cannot restore"):
            restore(bad, yes=True)
    assert_unchanged(before, files, media)


def test_an_archive_for_the_other_database_vendor_is_refused(media, tmp_path):
    small_site(media)
    other = "postgresql" if connection.vendor == "sqlite" else "sqlite"
    archive = repack(
        back_up(tmp_path), tmp_path / "other.tar.gz", manifest=lambda m: m.update(vendor=other)
    )
    before, files = canonical_dump(), media_contents(media)

    with pytest.raises(CommandError, match="this site uses"):
        restore(archive, yes=True)

    assert_unchanged(before, files, media)


def test_a_file_changed_inside_the_archive_is_refused(media, tmp_path):
    small_site(media)
    archive = back_up(tmp_path)
    with tarfile.open(archive, "r:gz") as tar:
        members = [(m, tar.extractfile(m).read() if m.isfile() else None) for m in tar]
    tampered = tmp_path / "tampered.tar.gz"
    with tarfile.open(tampered, "w:gz") as tar:
        for member, data in members:
            if member.name == "media/documents/kept.txt":
                data = b"KEPT\n"
            tar.addfile(member, io.BytesIO(data) if data is not None else None)
    before, files = canonical_dump(), media_contents(media)

    with pytest.raises(CommandError, match="checksum differs"):
        restore(tampered, yes=True)

    assert_unchanged(before, files, media)


@pytest.mark.parametrize(
    "name", ["media/../../escaped.txt", "/tmp/absolute-escape.txt", "elsewhere/file.txt"]
)
def test_an_archive_cannot_write_outside_the_media_folder(media, tmp_path, name):
    small_site(media)
    archive = repack(back_up(tmp_path), tmp_path / "hostile.tar.gz", extra={name: b"gotcha"})
    before, files = canonical_dump(), media_contents(media)

    with pytest.raises(CommandError, match="Cannot restore"):
        restore(archive, yes=True)

    assert_unchanged(before, files, media)
    assert not (tmp_path / "escaped.txt").exists()
    assert not Path("/tmp/absolute-escape.txt").exists()


def test_counts_that_disagree_with_the_manifest_stop_the_restore(media, tmp_path):
    """On PostgreSQL the dump is loaded before the counts are checked: the whole load
    must roll back."""
    small_site(media)

    def miscount(manifest):
        manifest["tables"]["wagtailcore_page"] += 1

    archive = repack(back_up(tmp_path), tmp_path / "miscounted.tar.gz", manifest=miscount)
    Subscriber.objects.create(email="after-the-backup@example.org")
    before, files = canonical_dump(), media_contents(media)

    with pytest.raises(CommandError, match="wagtailcore_page"):
        restore(archive, yes=True)

    assert_unchanged(before, files, media)


def test_a_failure_after_the_database_is_replaced_puts_everything_back(
    media, tmp_path, monkeypatch
):
    small_site(media)
    archive = back_up(tmp_path)
    Subscriber.objects.create(email="after-the-backup@example.org")
    (media / "documents" / "new.txt").write_bytes(b"new\n")
    before, files = canonical_dump(), media_contents(media)

    def disk_error(self):
        self.target.rename(self.aside)
        self.moved_aside = True
        raise OSError("No space left on device")

    monkeypatch.setattr(DirectorySwap, "swap", disk_error)
    with pytest.raises(CommandError, match="No space left"):
        restore(archive, yes=True)

    assert_unchanged(before, files, media)


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
