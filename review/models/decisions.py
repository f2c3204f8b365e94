"""What reviewers decide, kept with the content they decided on.

A decision holds for the reader-visible content of one revision, identified by its
fingerprint (`review.fingerprint`): an edit to anything a reader can see needs a new
decision, while a new revision that changes nothing a reader sees keeps it. A decision
stops counting when it is revoked: a reviewer requested changes on that content, or a
later sign-off on the same page replaced it (see `review.decisions`).
"""

from django.conf import settings
from django.db import models

from ..names import OVERRIDE_PERMISSION_CODENAME


class DecisionQuerySet(models.QuerySet):
    def in_force(self):
        return self.filter(revoked_at__isnull=True)

    def for_page(self, page):
        """Decisions on `page`, newest first (the models' ordering), revoked or not."""
        return self.filter(object_id=str(page.pk))


class RevisionDecision(models.Model):
    # Protected: purging old revisions must not erase the record of a review.
    revision = models.ForeignKey("wagtailcore.Revision", on_delete=models.PROTECT, related_name="+")
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


class ReviewSignOff(RevisionDecision):
    """A medical reviewer approved exactly this content."""

    # Readers see the name the reviewer had when they signed off, not whatever their
    # account is called later.
    reviewer_name = models.CharField(max_length=255, blank=True)

    class Meta(RevisionDecision.Meta):
        verbose_name = "medical sign-off"

    def __str__(self):
        return f"Sign-off by {self.user} on revision {self.revision_id}"


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
        return f"Override by {self.user} on revision {self.revision_id}: {self.reason[:60]}"
