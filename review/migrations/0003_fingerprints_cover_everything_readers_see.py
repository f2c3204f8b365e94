"""Sign-offs and overrides given before the fingerprint covered every reader-visible
field keep their force: each one whose stored fingerprint still matches its revision
under the old rule is re-fingerprinted with today's rule over that same revision, which
is the content the reviewer approved. Only the newest sign-off on a page stays in force
(the lifetime in review/signoffs.py); older ones are marked replaced, never deleted.

It reads revisions through the current code (`review.fingerprint`, Wagtail's
`Revision.as_object`), because the rule is defined there and historical models cannot
rebuild a page from a revision. On a new database there is nothing to carry over and
it touches no current model, so later schema changes cannot break it there."""

import hashlib
import json
import re

from django.db import migrations

OLD_REVIEWED_FIELDS = (
    "title", "paper_title", "journal", "publication_year", "doi", "simple_explanation",
    "study_duration", "participants", "evidence_level", "key_findings", "research_summary",
    "practical_implications", "study_limitations",
)  # fmt: skip
_BLOCK_KEY = re.compile(r'\s+data-block-key="[^"]*"')
_SPACE = re.compile(r"\s+")


def old_fingerprint(page) -> str:
    from wagtail.blocks import StreamValue
    from wagtail.rich_text import RichText

    def comparable(value):
        if isinstance(value, StreamValue):
            return [
                [child.block_type, comparable(child.block.get_prep_value(child.value))]
                for child in value
            ]
        if isinstance(value, RichText):
            value = value.source
        if isinstance(value, str):
            return _SPACE.sub(" ", _BLOCK_KEY.sub("", value)).strip()
        if isinstance(value, dict):
            return {key: comparable(item) for key, item in value.items() if key != "id"}
        if isinstance(value, list | tuple):
            return [comparable(item) for item in value]
        return value

    reviewed = {name: comparable(getattr(page, name, None)) for name in OLD_REVIEWED_FIELDS}
    return hashlib.sha256(json.dumps(reviewed, sort_keys=True, default=str).encode()).hexdigest()


def refingerprint(apps, schema_editor):
    ReviewSignOff = apps.get_model("review", "ReviewSignOff")
    PlainLanguageOverride = apps.get_model("review", "PlainLanguageOverride")
    if not (ReviewSignOff.objects.exists() or PlainLanguageOverride.objects.exists()):
        return
    # Imported here: only an existing site with reviews needs today's code.
    from django.utils import timezone

    from wagtail.models import Revision

    from review.fingerprint import fingerprint

    now = timezone.now()
    for model in (ReviewSignOff, PlainLanguageOverride):
        for decision in model.objects.filter(revoked_at__isnull=True):
            revision = Revision.objects.filter(pk=decision.revision_id).first()
            content = revision.as_object() if revision else None
            if content is None or old_fingerprint(content) != decision.fingerprint:
                model.objects.filter(pk=decision.pk).update(
                    revoked_at=now, revoked_because="no longer matched its revision in 2026-11"
                )
                continue
            model.objects.filter(pk=decision.pk).update(fingerprint=fingerprint(content))
    newest = {}
    for sign_off in ReviewSignOff.objects.filter(revoked_at__isnull=True).order_by("created_at"):
        newest[sign_off.object_id] = sign_off.pk
    ReviewSignOff.objects.filter(revoked_at__isnull=True).exclude(pk__in=newest.values()).update(
        revoked_at=now, revoked_because="a later sign-off replaced it"
    )


class Migration(migrations.Migration):
    dependencies = [
        ("review", "0002_own_tables_and_revocation"),
        # Pages are rebuilt with today's model, so its columns must exist.
        ("research", "0004_reviewer_name_kept"),
    ]

    operations = [migrations.RunPython(refingerprint, migrations.RunPython.noop)]
