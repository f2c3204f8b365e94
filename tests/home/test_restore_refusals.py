"""`manage.py restore` refuses what it should and changes nothing when it does: a
database with content and no --yes, a cut-short, tampered or foreign archive, paths
out of the media folder, counts that disagree; a failure half-way puts everything back.

Like the round-trip tests, these replace the whole database, so they run in real
transactions and put the migrated rows back afterwards (`serialized_rollback`)."""

import gzip
import io
import re
import tarfile
from pathlib import Path

import pytest

from django.core.management import CommandError
from django.db import connection

from home.backup.archive import DirectorySwap
from subscriptions.models import Subscriber
from tests.home.backups import (
    assert_unchanged,
    back_up,
    canonical_dump,
    drop_every_table,
    media_contents,
    repack,
    restore,
    small_site,
)

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("warm_content_type_cache"),
]


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
    # It names the largest tables, so the operator sees what would be lost.
    assert re.search(r"largest: \w+ \d", message), message
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
