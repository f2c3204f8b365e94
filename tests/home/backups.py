"""What the backup and restore tests share: a site with every kind of data, and ways to
compare, back up, restore and tamper with an archive."""

import io
import json
import tarfile
from pathlib import Path

from PIL import Image as PillowImage

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.management import call_command
from django.db import connection

from wagtail.contrib.forms.models import FormSubmission
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.log_actions import log

from feedback.models import SummaryFeedback
from home.backup.archive import MANIFEST
from home.models import ContactPage
from research.models import ResearchSummaryPage
from subscriptions.models import DigestDelivery, DigestRun, Subscriber


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


def small_site(media):
    call_command("seed_demo", stdout=io.StringIO())
    (media / "documents").mkdir()
    (media / "documents" / "kept.txt").write_bytes(b"kept\n")


def assert_unchanged(before, files, media):
    assert canonical_dump() == before
    assert media_contents(media) == files
