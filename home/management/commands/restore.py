from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from home.backup.archive import ArchiveError, BackupError
from home.backup.operations import restore


class Command(BaseCommand):
    help = (
        "Replace the database and the media files with those in an archive made by "
        "`manage.py backup`. Checks the archive first; changes nothing if a check fails."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", type=Path, help="the .tar.gz made by manage.py backup")
        parser.add_argument(
            "--yes",
            action="store_true",
            help="replace a database that already has content (without it, the restore "
            "says what it would replace and stops)",
        )
        parser.add_argument("--database", default="default", help="the database alias")

    def handle(self, *args, archive, yes=False, database="default", **options):
        try:
            result = restore(archive, confirmed=yes, database=database, say=self.stderr.write)
        except ArchiveError as error:
            raise CommandError(
                f"Cannot restore {archive}: {error}. Nothing was changed."
            ) from error
        except (BackupError, OSError) as error:
            raise CommandError(f"Restore stopped: {error}. Nothing was changed.") from error
        manifest = result.manifest
        self.stdout.write(
            f"Restored the backup of {manifest.created_at}: {sum(manifest.tables.values()):,} "
            f"rows in {len(manifest.tables)} tables (counts checked against the manifest) "
            f"and {result.media_files:,} media files."
        )
        if result.replaced != "no tables":
            self.stdout.write(f"Replaced: {result.replaced}.")
        if result.migrated:
            self.stdout.write(
                f"The archive was made by older code: applied {len(result.migrated)} "
                f"migration(s) ({', '.join(result.migrated[:5])})."
            )
