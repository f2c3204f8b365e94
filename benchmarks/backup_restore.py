"""Backup and restore of the seeded demo site: archive size, times and row counts.

    .venv/bin/python benchmarks/backup_restore.py                 # SQLite in a temporary folder
    .venv/bin/python benchmarks/backup_restore.py --database-url postgres://postgres@127.0.0.1:5432/backup_bench

The PostgreSQL database must exist and be empty (no tables): the script migrates and seeds
it, and restores over it. Media go to a temporary MEDIA_ROOT with a few images (each with
renditions) and a document, so the archive carries files as a real site's does.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", help="an empty PostgreSQL database (default: SQLite)")
    parser.add_argument("--runs", type=int, default=3, help="backups and restores to time")
    parser.add_argument("--images", type=int, default=5)
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="backup-bench-"))
    os.environ["DJANGO_SETTINGS_MODULE"] = "site_project.settings.dev"
    os.environ["DATABASE_URL"] = args.database_url or f"sqlite:///{work / 'db.sqlite3'}"
    os.environ["MEDIA_ROOT"] = str(work / "media")
    os.environ.setdefault("LOG_LEVEL", "WARNING")

    import django

    django.setup()
    from PIL import Image as PillowImage

    from django.core.files.base import ContentFile
    from django.core.files.images import ImageFile
    from django.core.management import call_command
    from django.db import connection

    from wagtail.documents.models import Document
    from wagtail.images.models import Image

    if connection.introspection.table_names():
        parser.error("the database is not empty; give an empty one, it will be overwritten")
    quiet = io.StringIO()
    call_command("migrate", verbosity=0, stdout=quiet)
    call_command("seed_demo", stdout=quiet)
    for number in range(args.images):
        buffer = io.BytesIO()
        PillowImage.effect_noise((1200, 800), 40 + number).convert("RGB").save(buffer, "JPEG")
        image = Image.objects.create(
            title=f"Scan {number}", file=ImageFile(buffer, name=f"scan-{number}.jpg")
        )
        for spec in ("fill-300x200", "width-800", "max-165x165"):
            image.get_rendition(spec)
    Document.objects.create(
        title="Leaflet", file=ContentFile(b"plain words\n" * 500, "leaflet.txt")
    )

    archive = work / "site.tar.gz"
    backups, restores = [], []
    for _ in range(args.runs):
        started = time.perf_counter()
        call_command("backup", output=archive, stdout=quiet)
        backups.append(time.perf_counter() - started)
        started = time.perf_counter()
        call_command("restore", str(archive), yes=True, stdout=quiet, stderr=quiet)
        restores.append(time.perf_counter() - started)

    import json
    import tarfile

    with tarfile.open(archive) as tar:
        manifest = json.loads(tar.extractfile("manifest.json").read())
        database = tar.getmember(f"database/{manifest['database_file']}").size
    media_files = [name for name in manifest["files"] if name.startswith("media/")]
    counts = manifest["tables"]
    print(f"database: {connection.vendor} ({manifest['database_file']}, {database:,} bytes)")
    print(f"archive: {archive.stat().st_size:,} bytes, {len(media_files)} media files")
    print(f"rows: {sum(counts.values()):,} in {len(counts)} tables")
    for table, rows in sorted(counts.items(), key=lambda item: -item[1])[:12]:
        print(f"  {table:<45} {rows:>6,}")
    for label, times in (("backup", backups), ("restore", restores)):
        print(
            f"{label}: median {statistics.median(times):.2f} s "
            f"(min {min(times):.2f}, max {max(times):.2f}, {len(times)} runs)"
        )
    if args.database_url:
        # Leave the database empty again, so the benchmark can run again on it.
        with connection.cursor() as cursor:
            tables = connection.introspection.table_names(cursor)
            cursor.execute(
                "DROP TABLE " + ", ".join(map(connection.ops.quote_name, tables)) + " CASCADE"
            )


if __name__ == "__main__":
    main()
