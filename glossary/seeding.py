"""The glossary's first terms: the engine's shipped term list
(readability/core/data/medical_terms.json), the one source both come from.

Each term goes live with a revision approved by the medical reviewer passed in, as if it
had been through review: the approval keeps the live row's reader fingerprint. The 469
terms go in by bulk inserts (rows, revisions, approvals, then each row pointed at its
revision), a few queries instead of some thousands; what is stored is what
`record_approval` and `revision.publish()` would store, except that no audit log entry
is written for each term.

Idempotent: a term whose name the glossary has already (in any capitals, live or draft)
is left as it is, so a second run changes nothing, and an editor's change survives. So
does an editor's rename or deletion: a name any term ever had (its revisions, the admin's
history of terms, deleted ones included) is not seeded again, or a definition a reviewer
replaced would come back live under the demo reviewer's name. (A term deleted from code,
which leaves no history, can come back.)
"""

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import CharField, OuterRef, Subquery
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.text import slugify

from wagtail.models import ModelLogEntry, Revision
from wagtail.search.backends import get_search_backends

from readability.assessment import thresholds_for_site
from readability.core.terms import MEDICAL, Term, build_index, load_shipped_terms
from readability.declarations import SIMPLE

from .approvals import reviewer_name
from .definitions import definition_problems
from .models import GlossaryApproval, GlossaryTerm, TermKind, WriterGuidance
from .signals import announce_change

# Medical words with a one-word everyday equivalent ("coccyx": "tailbone", "oedema":
# "swelling") are words to avoid; every other term may stay where it is explained (see
# `guidance_for`). Two words would take in names a summary cannot avoid ("botulinum
# toxin", "Botox": "muscle-relaxing injection"; "catheter": "thin tube").
AVOID_WHEN_PLAIN_HAS_AT_MOST_WORDS = 1


@dataclass
class GlossarySeedLog:
    created: list[str] = field(default_factory=list)
    existing: list[str] = field(default_factory=list)
    # (term, why): a shipped definition that fails the definition check is not seeded.
    refused: list[tuple[str, str]] = field(default_factory=list)


def guidance_for(term: Term) -> str:
    """ "avoid" for a medical word whose plain alternative is one word: writers are to use
    it instead. Research words, abbreviations and medical words that need a
    longer explanation are "explain": they may stay where they are explained. Editors
    change a term's guidance in the glossary."""
    plain_words = len((term.plain or "").split())
    if term.kind == MEDICAL and 0 < plain_words <= AVOID_WHEN_PLAIN_HAS_AT_MOST_WORDS:
        return WriterGuidance.AVOID
    return WriterGuidance.EXPLAIN


def glossary_term_from(term: Term) -> GlossaryTerm:
    return GlossaryTerm(
        term=term.term,
        slug=slugify(term.term)[:140],
        kind=term.kind if term.kind in TermKind.values else TermKind.MEDICAL,
        other_forms="\n".join(term.forms),
        expansion=term.expansion or "",
        definition=term.definition or "",
        plain_alternative=term.plain or "",
        writer_guidance=guidance_for(term),
    )


def names_ever_used() -> set[str]:
    """Every name a glossary term has had: now, in its revisions, in the admin's history
    (which outlives a deleted term and its revisions)."""
    content_type = ContentType.objects.get_for_model(GlossaryTerm)
    return {
        *GlossaryTerm.objects.values_list("term", flat=True),
        *Revision.objects.filter(base_content_type=content_type).values_list(
            "object_str", flat=True
        ),
        *ModelLogEntry.objects.filter(content_type=content_type).values_list("label", flat=True),
    }


def seed_glossary(reviewer, shipped: tuple[Term, ...] | None = None) -> GlossarySeedLog:
    """Add each shipped term the glossary lacks, live, approved by `reviewer`."""
    shipped = load_shipped_terms() if shipped is None else shipped
    log = GlossarySeedLog()
    present = {name.lower() for name in names_ever_used()}
    # Definitions are judged against the list they come from: the same terms the seeded
    # glossary will hold, so an editor can later save a seeded term unchanged.
    judge_with = build_index(list(shipped), include_shipped=False)
    limits = thresholds_for_site()[SIMPLE]
    new: list[GlossaryTerm] = []
    slugs = set(GlossaryTerm.objects.values_list("slug", flat=True))
    for term in shipped:
        if term.term.lower() in present:
            log.existing.append(term.term)
            continue
        row = glossary_term_from(term)
        if problems := definition_problems(row, terms=judge_with, limits=limits):
            log.refused.append((term.term, " ".join(problems)))
            continue
        if row.slug in slugs:
            log.refused.append((term.term, f"the slug {row.slug!r} is taken"))
            continue
        present.add(term.term.lower())
        slugs.add(row.slug)
        new.append(row)
    if new:
        with transaction.atomic():
            _insert_live(new, reviewer)
        log.created.extend(row.term for row in new)
    return log


def _insert_live(rows: list[GlossaryTerm], reviewer) -> None:
    now = timezone.now()
    for row in rows:
        row.live = True
        row.has_unpublished_changes = False
        row.first_published_at = row.last_published_at = now
    GlossaryTerm.objects.bulk_create(rows)
    # Read back with their (empty) see-also lists prefetched: the fingerprint and the
    # revision's content both read them, which would be two queries per term.
    rows = list(
        GlossaryTerm.objects.filter(pk__in=[row.pk for row in rows])
        .prefetch_related("see_also")
        .order_by("pk")
    )
    content_type = ContentType.objects.get_for_model(GlossaryTerm)
    revisions = [
        Revision(
            content_type=content_type,
            base_content_type=content_type,
            object_id=str(row.pk),
            created_at=now,
            user=reviewer,
            object_str=str(row),
            content=row.serializable_data(),
        )
        for row in rows
    ]
    Revision.objects.bulk_create(revisions)
    name = reviewer_name(reviewer)
    GlossaryApproval.objects.bulk_create(
        GlossaryApproval(
            revision=revision,
            term=row,
            fingerprint=row.reader_fingerprint(),
            approved_by=reviewer,
            approved_by_name=name,
        )
        for row, revision in zip(rows, revisions, strict=True)
    )
    # Each row points at its one revision: a single UPDATE rather than one per term.
    own_revision = Subquery(
        Revision.objects.filter(
            content_type=content_type, object_id=Cast(OuterRef("pk"), CharField())
        ).values("pk")[:1]
    )
    GlossaryTerm.objects.filter(pk__in=[row.pk for row in rows]).update(
        latest_revision=own_revision, live_revision=own_revision
    )
    for backend in get_search_backends(with_auto_update=True):
        backend.add_bulk(GlossaryTerm, rows)  # one refresh of the index, not one per term
    announce_change(row.pk for row in rows)
