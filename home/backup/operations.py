"""Backing up and restoring: what the management commands run."""

import datetime
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import django
from django.contrib.contenttypes.models import ContentType
from django.core.cache import caches
from django.core.files.storage import FileSystemStorage, storages
from django.core.management import call_command
from django.db import DatabaseError, connections
from django.db.migrations.loader import MigrationLoader

import wagtail

from . import postgresql, sqlite
from .archive import (
    DATABASE_DIR,
    ArchiveError,
    BackupError,
    DirectorySwap,
    Manifest,
    now,
    read_archive,
    write_archive,
)
from .tables import POSTGRESQL, SQLITE, VENDORS, describe

ENGINES = {SQLITE: sqlite, POSTGRESQL: postgresql}
ARCHIVE_SUFFIX = ".tar.gz"


def _engine(connection):
    try:
        return ENGINES[connection.vendor]
    except KeyError:
        raise BackupError(
            f"{connection.vendor} databases are not supported: SQLite and PostgreSQL are"
        ) from None


def media_root() -> Path | None:
    """The folder the media files live in, or None when the default storage is not
    the file system (then the storage's own backups are the ones to keep)."""
    storage = storages["default"]
    return Path(storage.location) if isinstance(storage, FileSystemStorage) else None


def archive_path(output: Path | None) -> Path:
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%d-%H%M%S")
    name = f"site-backup-{stamp}{ARCHIVE_SUFFIX}"
    if output is None:
        return Path.cwd() / name
    return output / name if output.is_dir() else output


def back_up(output: Path | None = None, database: str = "default") -> tuple[Path, Manifest]:
    connection = connections[database]
    engine = _engine(connection)
    if connection.in_atomic_block:
        raise BackupError("a backup needs its own transaction; run it outside one")
    target = archive_path(output)
    if not target.parent.is_dir():
        raise BackupError(f"{target.parent} is not a folder")
    with tempfile.TemporaryDirectory(prefix="site-backup-", dir=target.parent) as workdir:
        dump = Path(workdir) / engine.FILE_NAME
        counts, migrations = engine.snapshot(connection, dump)
        manifest = Manifest(
            created_at=now(),
            vendor=connection.vendor,
            database_file=engine.FILE_NAME,
            migrations=migrations,
            tables=counts,
            media=media_root() is not None,
            versions={"django": django.get_version(), "wagtail": wagtail.__version__},
        )
        # The database first, then the media: a file uploaded in between is kept
        # unreferenced, whereas the other order could miss a file the database names.
        write_archive(target, manifest, dump, media_root())
    return target, manifest


@dataclass
class MigrationCheck:
    unknown: list[str] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)


def check_migrations(manifest: Manifest) -> MigrationCheck:
    loader = MigrationLoader(None, ignore_no_migrations=True)
    applied = {(app, name) for app, names in manifest.migrations.items() for name in names}
    return MigrationCheck(
        unknown=sorted(f"{app}.{name}" for app, name in applied - set(loader.disk_migrations)),
        pending=sorted(f"{app}.{name}" for app, name in set(loader.graph.nodes) - applied),
    )


@dataclass
class Restored:
    manifest: Manifest
    replaced: str
    migrated: list[str]
    media_files: int


def restore(archive: Path, *, confirmed: bool, database: str = "default", say=print) -> Restored:
    """Replace the database and media with the archive's. Nothing is changed unless every
    check passes; if replacing fails half-way, the database and media are put back."""
    connection = connections[database]
    engine = _engine(connection)
    if connection.in_atomic_block:
        raise BackupError("a restore needs its own transaction; run it outside one")
    media = media_root()
    staging_parent = media.parent if media is not None else None
    if staging_parent is not None:
        staging_parent.mkdir(parents=True, exist_ok=True)
    with (
        tempfile.TemporaryDirectory(prefix="site-restore-") as workdir,
        tempfile.TemporaryDirectory(prefix=".media-restore-", dir=staging_parent) as media_work,
    ):
        work = Path(workdir)
        # Staged beside MEDIA_ROOT, on the same disk, so putting it in place is a rename.
        staged_media = Path(media_work) / "media"
        staged_media.mkdir()
        manifest = read_archive(archive, work / DATABASE_DIR, staged_media)
        if manifest.vendor != connection.vendor:
            raise ArchiveError(
                f"it holds a {VENDORS.get(manifest.vendor, manifest.vendor)} database and this "
                f"site uses {VENDORS.get(connection.vendor, connection.vendor)}; restore it on "
                f"a {VENDORS.get(manifest.vendor, manifest.vendor)} site"
            )
        migrations = check_migrations(manifest)
        if migrations.unknown:
            raise ArchiveError(
                "it was made by newer code: its database has migrations this code does not "
                f"have ({', '.join(migrations.unknown[:5])}). Deploy that code, then restore"
            )
        current = engine.current_counts(connection)
        replaced = describe(current)
        if any(current.values()) and not confirmed:
            raise BackupError(
                f"this database is not empty: {replaced}. The restore would replace all of it "
                f"with the archive of {manifest.created_at} ({describe(manifest.tables)}"
                f"{f', {len(manifest.media_files)} media files' if manifest.media else ''}). "
                "Run again with --yes to replace it"
            )
        swap = None
        if manifest.media and media is not None:
            swap = DirectorySwap(media, staged_media, Path(media_work) / "before-restore")
        elif manifest.media:
            say("The default storage is not the file system: media files were not restored.")

        def after_database():
            ContentType.objects.clear_cache()
            if migrations.pending:
                call_command("migrate", database=database, interactive=False, verbosity=0)
            if swap is not None:
                swap.swap()

        try:
            engine.replace(
                connection,
                work / DATABASE_DIR / manifest.database_file,
                manifest,
                work,
                after_database,
            )
        except BaseException as error:
            if swap is not None:
                swap.undo()
            # Content types cached from the restored database would be wrong for the old.
            ContentType.objects.clear_cache()
            if isinstance(error, DatabaseError):
                raise BackupError(f"the restore failed and was undone ({error})") from error
            raise
        if swap is not None:
            swap.finish()
    ContentType.objects.clear_cache()
    # Cached pages and figures describe the database that was just replaced.
    for alias in caches:
        caches[alias].clear()
    return Restored(
        manifest=manifest,
        replaced=replaced,
        migrated=migrations.pending,
        media_files=len(manifest.media_files) if swap is not None else 0,
    )
