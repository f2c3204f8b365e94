"""Who wrote the content of a glossary term a reviewer is asked to approve. Nobody
approves their own words; the rules are the pages' (`review.authorship`), read on terms:

- **Since the last approval.** The author of every revision that changed what readers
  see since the term's latest approval (or since it began), and whoever submitted it.
- **Wherever the words came from.** Each field value (and each "see also" link) of the
  content under review that the approved content did not have is traced through the
  term's whole history to the revisions that brought it in: their authors count too, so
  a revert to someone's old words does not launder them.

Re-saving without changing anything readers see (an autosave, a submit) makes nobody an
author.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models

from wagtail.models import Revision

from .models import GlossaryApproval, GlossaryTerm
from .review_guard import BOOKKEEPING_FIELDS

# Everything a writer types into a term: every field but the primary key, Wagtail's
# bookkeeping and the publishing state. A field added to the model counts by default.
AUTHORED_FIELDS = tuple(
    field.name
    for field in GlossaryTerm._meta.get_fields()
    if (field.concrete or field.many_to_many)
    and not field.auto_created
    and not isinstance(field, models.AutoField)
    and field.name not in BOOKKEEPING_FIELDS | {"live", "live_revision"}
)


def pieces(term: GlossaryTerm) -> set[str]:
    """The term's content cut into the smallest parts a writer types."""
    found = set()
    for name in AUTHORED_FIELDS:
        field = GlossaryTerm._meta.get_field(name)
        if field.many_to_many:
            values = [other.pk for other in getattr(term, name).all()]
        else:
            values = [getattr(term, field.attname)]
        for value in values:
            found.add(name + "=" + json.dumps(value, cls=DjangoJSONEncoder))
    return found


def authors_under_review(term: GlossaryTerm, submitted_by_id: int | None = None) -> set[int]:
    authors = {submitted_by_id} if submitted_by_id else set()
    revisions = list(
        Revision.objects.filter(
            base_content_type_id=term.get_base_content_type().pk, object_id=str(term.pk)
        ).order_by("created_at", "pk")
    )
    if not revisions:
        return authors
    contents = [revision.as_object() for revision in revisions]
    fingerprints = [content.reader_fingerprint() for content in contents]
    approval = GlossaryApproval.objects.filter(term_id=term.pk).order_by("-approved_at", "-pk")
    approval = approval.first()
    approved_index = next(
        (i for i, r in enumerate(revisions) if approval and r.pk == approval.revision_id), None
    )

    # Since the last approval.
    previous = approval.fingerprint if approval else None
    start = approved_index + 1 if approved_index is not None else 0
    for revision, current in zip(revisions[start:], fingerprints[start:], strict=True):
        if current != previous and revision.user_id is not None:
            authors.add(revision.user_id)
        previous = current

    # Wherever the words came from.
    cut = [pieces(content) for content in contents]
    approved = cut[approved_index] if approved_index is not None else set()
    new_pieces = cut[-1] - approved
    before: set[str] = set()
    for revision, present in zip(revisions, cut, strict=True):
        if (present - before) & new_pieces and revision.user_id is not None:
            authors.add(revision.user_id)
        before = present
    return authors


def wrote(user, term: GlossaryTerm, task_state) -> bool:
    """Whether `user` wrote any of the words `task_state` asks them to approve."""
    if user.pk is None:
        return False
    submitted_by = task_state.workflow_state.requested_by_id
    latest = term.get_latest_revision()
    approval = GlossaryApproval.objects.filter(term_id=term.pk).values_list("pk").first()
    key = (latest.pk if latest else None, approval, submitted_by)
    # The editor asks once per action button about the same term object; the answer
    # changes only with a new revision, approval or submitter.
    answers = term.__dict__.setdefault("_authors_under_review", {})
    if key not in answers:
        answers[key] = frozenset(authors_under_review(term, submitted_by))
    return user.pk in answers[key]
