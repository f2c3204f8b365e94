"""Who wrote the content a reviewer is asked to approve.

Nobody approves their own words. Two rules name the authors, and both count:

- **Since the last sign-off.** The author of every revision that changed something a
  reader sees since the last sign-off (or since the page began, if it has none; a
  sign-off revoked since still marks words another reviewer read), and whoever
  submitted the content.
- **Wherever the words came from.** Every piece of reader-visible text in the content
  under review that the last signed-off content did not have (a field's value, a
  paragraph of rich text, a list item, a topic) is traced through the page's whole
  history to each revision that brought it in. Its author counts too, so a revert that
  restores someone's old words does not launder them.

Re-saving without changing anything a reader sees (an autosave, a submit) makes nobody
an author.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder

from wagtail.models import Revision

from .fingerprint import digest, reader_visible
from .models.decisions import ReviewSignOff


def authors_under_review(page, submitted_by_id: int | None = None) -> set[int]:
    authors = {submitted_by_id} if submitted_by_id else set()
    revisions = list(
        Revision.objects.filter(
            base_content_type_id=page.get_base_content_type().pk, object_id=str(page.pk)
        ).order_by("created_at", "pk")
    )
    if not revisions:
        return authors
    # Each revision read once: its fingerprint and its pieces come from the same data.
    visible = [reader_visible(revision.as_object()) for revision in revisions]
    sign_off = ReviewSignOff.objects.for_page(page).first()
    signed_index = next(
        (i for i, r in enumerate(revisions) if sign_off and r.pk == sign_off.revision_id), None
    )

    # Since the last sign-off.
    previous = sign_off.fingerprint if sign_off else None
    start = signed_index + 1 if signed_index is not None else 0
    for revision, content in zip(revisions[start:], visible[start:], strict=True):
        current = digest(content)
        if current != previous and revision.user_id is not None:
            authors.add(revision.user_id)
        previous = current

    # Wherever the words came from.
    under_review = pieces(visible[-1])
    reviewed = pieces(visible[signed_index]) if signed_index is not None else set()
    new_pieces = under_review - reviewed
    before: set[str] = set()
    for revision, content in zip(revisions, visible, strict=True):
        present = pieces(content)
        if (present - before) & new_pieces and revision.user_id is not None:
            authors.add(revision.user_id)
        before = present
    return authors


def pieces(visible: dict) -> set[str]:
    """Reader-visible content (`reader_visible` output) cut into the smallest parts a
    writer types: each field's value, and within rich text, lists and streams each item."""
    found: set[str] = set()

    def walk(path: str, value):
        if isinstance(value, dict):
            for key, item in value.items():
                walk(f"{path}.{key}", item)
        elif isinstance(value, list | tuple):
            for item in value:
                walk(path, item)
        else:
            found.add(path + "=" + json.dumps(value, cls=DjangoJSONEncoder))

    for name, value in visible.items():
        walk(name, value)
    return found


def wrote(user, page, task_state) -> bool:
    """Whether `user` wrote any of the words `task_state` asks them to approve."""
    if user.pk is None:
        return False
    submitted_by = task_state.workflow_state.requested_by_id
    latest = page.get_latest_revision()
    sign_off = ReviewSignOff.objects.for_page(page).values_list("pk").first()
    key = (latest.pk if latest else None, sign_off, submitted_by)
    # The editor asks several times per request (once per action button) about the same
    # page object; the answer changes only with a new revision, sign-off or submitter.
    answers = page.__dict__.setdefault("_authors_under_review", {})
    if key not in answers:
        answers[key] = frozenset(authors_under_review(page, submitted_by))
    return user.pk in answers[key]


def authors_of(page, revision) -> set[int]:
    """Everyone who wrote any of the reader-visible content of `revision`, traced through
    the page's history up to it: whoever brought in each piece it holds."""
    revisions = Revision.objects.filter(
        base_content_type_id=page.get_base_content_type().pk,
        object_id=str(page.pk),
        created_at__lte=revision.created_at,
    ).order_by("created_at", "pk")
    content = pieces(reader_visible(revision.as_object()))
    authors: set[int] = set()
    before: set[str] = set()
    for earlier in revisions:
        present = pieces(reader_visible(earlier.as_object()))
        if (present - before) & content and earlier.user_id is not None:
            authors.add(earlier.user_id)
        before = present
    return authors
