"""SQLite: copies through SQLite's online backup API, which is consistent even while the
site writes, and which replaces a database in one step or not at all."""

import sqlite3
from collections.abc import Callable
from pathlib import Path

from .archive import ArchiveError, Manifest
from .tables import SQLITE, applied_migrations, count_differences, row_counts

FILE_NAME = "db.sqlite3"


def snapshot(connection, target: Path) -> tuple[dict[str, int], dict[str, list[str]]]:
    """Copy the live database to `target`; the counts and migrations are read from the
    copy, so they describe exactly what the archive holds."""
    connection.ensure_connection()
    copy = sqlite3.connect(target)
    try:
        connection.connection.backup(copy)
        cursor = copy.cursor()
        return row_counts(cursor, SQLITE), applied_migrations(cursor, SQLITE)
    finally:
        copy.close()


def _open_checked(source: Path, manifest: Manifest) -> sqlite3.Connection:
    try:
        database = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        verdict = database.execute("PRAGMA integrity_check").fetchone()[0]
        if verdict != "ok":
            raise ArchiveError(f"its database fails SQLite's integrity check ({verdict})")
        differences = count_differences(manifest.tables, row_counts(database.cursor(), SQLITE))
    except sqlite3.DatabaseError as error:
        raise ArchiveError(f"its database cannot be read ({error})") from error
    if differences:
        raise ArchiveError("its database does not match its manifest: " + "; ".join(differences))
    return database


def replace(
    connection, source: Path, manifest: Manifest, workdir: Path, then: Callable[[], None]
) -> None:
    """Replace the live database with `source`, then run `then` (migrate, swap media).
    SQLite cannot migrate inside a transaction, so the live database is first copied
    aside; if anything fails, that copy is put back the same way."""
    archived = _open_checked(source, manifest)
    connection.ensure_connection()
    live = connection.connection
    before = sqlite3.connect(workdir / "before-restore.sqlite3")
    try:
        live.backup(before)
        try:
            archived.backup(live)
            then()
        except BaseException:
            before.backup(live)
            raise
    finally:
        archived.close()
        before.close()


def current_counts(connection) -> dict[str, int]:
    with connection.cursor() as cursor:
        return row_counts(cursor, SQLITE)
