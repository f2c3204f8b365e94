"""The choke point: every change that could reach a reader of a reviewed page type goes
through the receivers below, whatever path made it (the editor, a workflow approval,
bulk or scheduled publishing, a revert, a copy, a move, code).

- A page row that is live, or is being made live, may only hold content whose
  fingerprint has a sign-off in force and that passes the verdict (`check_page_save`).
  Wagtail publishes by saving the page row, so this covers every publish path, and
  it also covers code that edits a live page directly. A save that changes nothing a
  reader sees passes without a sign-off lookup.
- A live reviewed page cannot be moved to another parent (`refuse_move`): the category
  a reader finds it in was part of what was reviewed.
- A revision that is live, signed off, submitted for review or scheduled is never
  rewritten in place (`keep_reviewed_revisions`): the audit trail must point at the
  content that was reviewed. Wagtail's autosave overwrites the latest revision, so
  `GatedPublishMixin.save_revision` writes a new one instead.
- Aliases of reviewed pages are refused: an alias shows the same content somewhere a
  reviewer never saw it.
Media shown by reviewed pages are guarded in `review.media`.

What cannot be guarded from inside the application: SQL run against the database and
`QuerySet.update()`, which skip every model method and signal.
"""

import json
from typing import TYPE_CHECKING, TypeAlias

from django.core.exceptions import PermissionDenied
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models.signals import pre_save
from django.dispatch import receiver

from wagtail.models import Page, Revision
from wagtail.signals import pre_page_move

from .fingerprint import NOT_REVIEWED, STAMPED_FROM_SIGN_OFF, fingerprint
from .models.decisions import PlainLanguageOverride, ReviewSignOff
from .verdict import PublishRefused, judge, requires_sign_off

# Fields whose change alone cannot show readers anything new. `live` and
# `live_revision` are not among them (changing those is publishing), nor the review
# stamp (a save that writes it is checked, and the stamp kept as the sign-off says).
BOOKKEEPING_FIELDS = (
    set(NOT_REVIEWED) - {"live", "live_revision", "alias_of"} - STAMPED_FROM_SIGN_OFF
) | {
    "comments",
    "latest_revision_created_at",
}


if TYPE_CHECKING:
    # The mixin is only ever combined with Page, whose save_revision it extends and
    # whose fields it reads. At run time it stays a plain class: migrations name it as
    # a base of their own, beside wagtailcore.page.
    _MixedInto: TypeAlias = Page
else:
    _MixedInto = object


class MoveRefused(PermissionDenied):
    pass


class RevisionImmutable(PermissionDenied):
    pass


class GatedPublishMixin(_MixedInto):
    """For page types whose content readers may see only as a medical reviewer approved
    it. The guarantee itself lives in the receivers of this module."""

    requires_sign_off = True
    # Page's field, declared because save_revision assigns it: without the declaration
    # the type checker takes the assignment as a new attribute of the mixin.
    has_unpublished_changes: bool

    def save_revision(self, *args, overwrite_revision=None, **kwargs):
        if overwrite_revision is not None and is_reviewed_revision(overwrite_revision):
            overwrite_revision = None  # keep the reviewed one; save the edit beside it
        revision = super().save_revision(*args, overwrite_revision=overwrite_revision, **kwargs)
        if self.live and self.has_unpublished_changes and self._same_as_live():
            # An autosave of what is live is not a draft: say LIVE, not LIVE + DRAFT.
            self.has_unpublished_changes = False
            type(self).objects.filter(pk=self.pk).update(has_unpublished_changes=False)
        return revision

    def _same_as_live(self) -> bool:
        live = type(self).objects.filter(pk=self.pk).first()
        return live is not None and fingerprint(live) == fingerprint(self)

    def create_alias(self, *args, **kwargs):
        raise PermissionDenied(
            f"“{self.title}” cannot be aliased: an alias would show reviewed content in a "
            "place no reviewer approved. Link to it instead."
        )

    # The fields a page type shows readers about its review; they are stamped from the
    # sign-off in force, never taken from a revision (which keeps the stamp it was saved
    # with, however old).
    review_stamp_fields: tuple[str, ...] = ()

    def stamp_review(self, sign_off) -> None:
        """Hook for the page type, e.g. to show who signed it off and when."""

    def keep_review_stamp(self, previous) -> None:
        for name in self.review_stamp_fields:
            attname = self._meta.get_field(name).attname
            setattr(self, attname, getattr(previous, attname))


def is_gated(page) -> bool:
    return requires_sign_off(page) or requires_sign_off(page.specific_class or Page)


@receiver(pre_save, dispatch_uid="review_check_page_save")
def check_page_save(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or not isinstance(instance, Page) or not is_gated(instance):
        return
    if not instance.live:
        return  # a draft or an unpublish: nothing new reaches readers
    if instance.alias_of_id is not None:
        raise PermissionDenied("Reviewed pages cannot have aliases.")
    if update_fields is not None and set(update_fields) <= BOOKKEEPING_FIELDS:
        return
    previous = type(instance).objects.filter(pk=instance.pk).first() if instance.pk else None
    if (
        previous is not None
        and previous.live
        and previous.live_revision_id == instance.live_revision_id
        and fingerprint(previous) == fingerprint(instance)
    ):
        # Saved again, unchanged for readers; the stamp stays as readers saw it.
        if isinstance(instance, GatedPublishMixin):
            instance.keep_review_stamp(previous)
        return
    verdict = judge(instance, require_sign_off=True)
    if not verdict.can_publish:
        raise PublishRefused(instance, verdict)
    if isinstance(instance, GatedPublishMixin):
        instance.stamp_review(verdict.sign_off)


@receiver(pre_page_move, dispatch_uid="review_refuse_move")
def refuse_move(sender, instance, parent_page_before, parent_page_after, **kwargs):
    if parent_page_before.pk == parent_page_after.pk or not instance.live:
        return
    if is_gated(instance):
        raise MoveRefused(move_refused_message(instance))


def move_refused_message(page) -> str:
    return (
        f"“{page.title}” is live, and its medical review covered the category it sits in. "
        "To move it, unpublish it, move it, then submit it for review."
    )


def as_stored(content):
    """Revision content as the database gives it back (dates as text, and so on)."""
    return json.loads(json.dumps(content, cls=DjangoJSONEncoder))


def is_reviewed_revision(revision) -> bool:
    """Live, signed off (even if since revoked), submitted for review or scheduled."""
    if revision.pk is None:
        return False
    if revision.approved_go_live_at is not None:
        return True
    object_id = revision.object_id
    if Page.objects.filter(pk=object_id, live_revision_id=revision.pk).exists():
        return True
    for model in (ReviewSignOff, PlainLanguageOverride):
        if model.objects.filter(revision_id=revision.pk).exists():
            return True
    return revision.task_states.exists()


@receiver(pre_save, sender=Revision, dispatch_uid="review_keep_reviewed_revisions")
def keep_reviewed_revisions(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or instance.pk is None:
        return
    if update_fields is not None and "content" not in update_fields:
        return
    model = instance.content_type.model_class() if instance.content_type_id else None
    if model is None or not requires_sign_off(model):
        return
    stored = Revision.objects.filter(pk=instance.pk).values_list("content", flat=True).first()
    if stored is None or stored == as_stored(instance.content):
        return
    if is_reviewed_revision(Revision.objects.get(pk=instance.pk)):
        raise RevisionImmutable(
            "This version was reviewed, published or scheduled, so it cannot be changed; "
            "save your edit as a new version."
        )


__all__ = ["GatedPublishMixin", "MoveRefused", "PublishRefused", "RevisionImmutable"]
