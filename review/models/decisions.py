"""What reviewers decide, kept with the content they decided on.

A decision holds for the reader-visible content of one revision, identified by its
fingerprint (`review.fingerprint`): an edit to anything a reader can see needs a new
decision, while a new revision that changes nothing a reader sees keeps it. A decision
stops counting when it is revoked: a reviewer requested changes on that content, a
later sign-off on the same page replaced it (see `review.signoffs`), or the page was
deleted.

Deleting a page deletes its revisions. Its decisions stay, for the audit trail (who
decided, on which content, when, for which page id), detached from their revision and
revoked, so that they can never count again, not even for a later page given the same id.
Deleting a revision of a page that still exists (Wagtail's `purge_revisions`) is refused
while a decision points at it: the record of a review must keep the content reviewed.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models.deletion import ProtectedError
from django.utils import timezone

from wagtail.models import Page

from ..names import OVERRIDE_PERMISSION_CODENAME

PAGE_DELETED = "the page was deleted"
READER_NOTE_MAX_LENGTH = 200


def keep_unless_page_deleted(collector, field, sub_objs, using):
    """`on_delete` of a decision's revision: PROTECT, except where the revision goes
    because its page is deleted in the same deletion (the page alone, or an ancestor and
    everything under it; from the admin, bulk actions or code, they all end in one
    Django deletion). Those decisions are detached and revoked instead.

    Django refuses protected rows while it collects what to delete, before any
    pre_delete signal, so this is the one place that sees every page deletion in time."""
    deleted_pages = {
        str(instance.pk)
        for model, instances in collector.data.items()
        if issubclass(model, Page)
        for instance in instances
    }
    page_type = ContentType.objects.db_manager(using).get_for_model(Page).pk
    detached, revoked, protected = [], [], []
    rows = sub_objs.values_list(
        "pk", "revision__object_id", "revision__base_content_type_id", "revoked_at"
    )
    for pk, page_id, content_type, revoked_at in rows:
        if content_type == page_type and page_id in deleted_pages:
            detached.append(pk)
            if revoked_at is None:
                revoked.append(pk)
        else:
            protected.append(pk)
    decisions = field.model._base_manager.db_manager(using)
    if protected:
        raise ProtectedError(
            f"Cannot delete a revision that a {field.model._meta.verbose_name} was given "
            "on: the record of a review keeps the content reviewed.",
            list(decisions.filter(pk__in=protected)),
        )
    if revoked:
        in_force = decisions.filter(pk__in=revoked)
        meta = field.model._meta
        collector.add_field_update(meta.get_field("revoked_at"), timezone.now(), in_force)
        collector.add_field_update(meta.get_field("revoked_because"), PAGE_DELETED, in_force)
    collector.add_field_update(field, None, decisions.filter(pk__in=detached))


class DecisionQuerySet(models.QuerySet):
    def in_force(self):
        return self.filter(revoked_at__isnull=True)

    def for_page(self, page):
        """Decisions on `page`, newest first (the models' ordering), revoked or not.
        Detached decisions belonged to a deleted page, never to this one, even where
        `page` was given the deleted page's id."""
        return self.filter(object_id=str(page.pk), revision__isnull=False)


class RevisionDecision(models.Model):
    # Protected: purging old revisions must not erase the record of a review. Empty
    # once the page was deleted (with its revisions); the decision is kept, revoked.
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        null=True,
        on_delete=keep_unless_page_deleted,
        related_name="+",
    )
    object_id = models.CharField(max_length=255, db_index=True)
    fingerprint = models.CharField(max_length=64, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    revoked_because = models.CharField(max_length=255, blank=True)

    objects = DecisionQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["-created_at"]

    @property
    def decided_on(self) -> str:
        if self.revision_id is None:
            return f"deleted page {self.object_id}"
        return f"revision {self.revision_id}"


class ReviewSignOff(RevisionDecision):
    """A medical reviewer approved exactly this content."""

    # Readers see the name the reviewer had when they signed off, not whatever their
    # account is called later.
    reviewer_name = models.CharField(max_length=255, blank=True)
    # Who wrote the content approved (`review.signoffs.writer_of`), recorded with the
    # approval so that the byline readers see cannot drift from it; the name as it was.
    writer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    writer_name = models.CharField(max_length=255, blank=True)
    # One line, written by the reviewer for readers ("What changed" on the summary).
    # Sign-offs recorded before it was asked for have none; readers see that they were
    # reviewed, never words nobody wrote.
    reader_note = models.CharField(
        "what changed, for readers", max_length=READER_NOTE_MAX_LENGTH, blank=True
    )

    class Meta(RevisionDecision.Meta):
        verbose_name = "medical sign-off"

    def __str__(self):
        return f"Sign-off by {self.user} on {self.decided_on}"


class PlainLanguageOverride(RevisionDecision):
    """A user with the override permission let this content go live although its
    plain-language check failed; the reason is kept for the audit log and the reports."""

    reason = models.TextField()
    failed_checks = models.JSONField(
        default=list, help_text="The plain-language reasons that were overridden."
    )

    class Meta(RevisionDecision.Meta):
        verbose_name = "plain-language override"
        permissions = [
            (OVERRIDE_PERMISSION_CODENAME, "Can override the plain-language check with a reason"),
        ]

    def __str__(self):
        return f"Override by {self.user} on {self.decided_on}: {self.reason[:60]}"
