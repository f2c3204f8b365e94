"""PostgreSQL: `pg_dump --format=custom` in the same snapshot as the manifest's counts;
restored by replaying `pg_restore`'s script on the site's own connection, in one
transaction with the migrations that follow, so a failure leaves the database as it was."""

import os
import shutil
import subprocess
from collections.abc import Callable, Iterable
from pathlib import Path

from django.db import transaction

from .archive import ArchiveError, BackupError, Manifest
from .tables import (
    POSTGRESQL,
    applied_migrations,
    count_differences,
    quote,
    row_counts,
    table_names,
)

FILE_NAME = "db.pgdump"
CLIENT_PACKAGE = "postgresql-client"
# psql meta-commands that pg_restore writes around its script; they are not SQL.
META_COMMANDS = ("\\restrict", "\\unrestrict")


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise BackupError(
            f"{name} is not installed. Install {CLIENT_PACKAGE} (the same major version as "
            f"the server, or newer), e.g. `apt-get install {CLIENT_PACKAGE}`."
        )
    return path


def _environment(connection) -> dict[str, str]:
    """The connection's settings as libpq variables: no password on a command line."""
    settings = connection.settings_dict
    options = settings.get("OPTIONS", {})
    values = {
        "PGDATABASE": settings.get("NAME"),
        "PGUSER": settings.get("USER"),
        "PGPASSWORD": settings.get("PASSWORD"),
        "PGHOST": settings.get("HOST"),
        "PGPORT": str(settings.get("PORT") or ""),
        "PGSSLMODE": options.get("sslmode"),
    }
    return {**os.environ, **{key: value for key, value in values.items() if value}}


def _run(command: list[str], connection, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        command, env=_environment(connection), capture_output=True, text=True, check=False, **kwargs
    )


def snapshot(connection, target: Path) -> tuple[dict[str, int], dict[str, list[str]]]:
    """Dump to `target` and count the rows in one repeatable-read snapshot, exported to
    pg_dump, so the counts describe exactly the dumped data while the site writes."""
    pg_dump = _tool("pg_dump")
    with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        cursor.execute("SELECT pg_catalog.pg_export_snapshot()")
        snapshot_id = cursor.fetchone()[0]
        result = _run(
            [pg_dump, "--format=custom", f"--snapshot={snapshot_id}", f"--file={target}"],
            connection,
        )
        if result.returncode != 0:
            raise BackupError(f"pg_dump failed: {result.stderr.strip()}")
        return row_counts(cursor, POSTGRESQL), applied_migrations(cursor, POSTGRESQL)


def _script(connection, dump: Path, workdir: Path) -> Path:
    script = workdir / "restore.sql"
    result = _run(
        [_tool("pg_restore"), "--no-owner", "--no-privileges", f"--file={script}", str(dump)],
        connection,
    )
    if result.returncode != 0:
        raise ArchiveError(f"pg_restore cannot read its database ({result.stderr.strip()})")
    return script


def _replay(raw_cursor, lines: Iterable[str]) -> None:
    """Run pg_restore's script: plain SQL in batches, each COPY block through the
    driver's COPY support (the data lines are already in COPY's text format)."""
    pending: list[str] = []

    def flush():
        sql = "".join(pending).strip()
        if sql:
            raw_cursor.execute(sql)
        pending.clear()

    lines = iter(lines)
    for line in lines:
        if line.startswith(META_COMMANDS):
            continue
        if line.startswith("COPY ") and line.rstrip().endswith(" FROM stdin;"):
            flush()
            with raw_cursor.copy(line.rstrip()[:-1]) as copy:
                for data in lines:
                    if data.rstrip("\n") == "\\.":
                        break
                    copy.write(data)
            continue
        pending.append(line)
    flush()


def replace(
    connection, source: Path, manifest: Manifest, workdir: Path, then: Callable[[], None]
) -> None:
    """Drop the site's tables and load the dump, then run `then` (migrate, swap media),
    all in one transaction: PostgreSQL's DDL is transactional, so any failure rolls the
    whole restore back."""
    script = _script(connection, source, workdir)
    try:
        with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
            cursor.execute("SHOW search_path")
            search_path = cursor.fetchone()[0]
            existing = table_names(cursor, POSTGRESQL)
            if existing:
                cursor.execute(
                    "DROP TABLE IF EXISTS " + ", ".join(map(quote, existing)) + " CASCADE"
                )
            with script.open(encoding="utf-8") as lines:
                _replay(cursor.cursor, lines)
            # The script empties search_path for its own session; the checks, the
            # migrations and the site need it back.
            cursor.execute("SELECT pg_catalog.set_config('search_path', %s, false)", [search_path])
            differences = count_differences(manifest.tables, row_counts(cursor, POSTGRESQL))
            if differences:
                raise ArchiveError(
                    "its database does not match its manifest: " + "; ".join(differences)
                )
            then()
    finally:
        # The script's session settings (search_path, timeouts) must not outlive it.
        connection.close()


def current_counts(connection) -> dict[str, int]:
    with connection.cursor() as cursor:
        return row_counts(cursor, POSTGRESQL)
