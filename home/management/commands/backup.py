from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from home.backup.archive import BackupError
from home.backup.operations import back_up


class Command(BaseCommand):
    help = (
        "Back up the database and the media files into one .tar.gz archive with a manifest "
        "(time, migrations, database vendor, row counts, checksums). Safe while the site runs."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            type=Path,
            help="the archive's file name, or a folder to write a dated archive in "
            "(default: a dated archive in the current folder)",
        )
        parser.add_argument("--database", default="default", help="the database alias")

    def handle(self, *args, output=None, database="default", **options):
        try:
            path, manifest = back_up(output, database=database)
        except (BackupError, OSError) as error:
            raise CommandError(f"Backup failed: {error}") from error
        media = len(manifest.media_files)
        self.stdout.write(
            f"Backed up {sum(manifest.tables.values()):,} rows in {len(manifest.tables)} tables "
            f"and {media:,} media files to {path} ({path.stat().st_size:,} bytes)."
        )
        if not manifest.media:
            self.stderr.write(
                "Media files are not on this machine's file system (see STORAGES): "
                "back them up where they are kept."
            )
