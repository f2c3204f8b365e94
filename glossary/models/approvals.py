"""A medical reviewer's approval of one revision of a glossary term.

The approval is of the content, not the revision row: it keeps the fingerprint of what
readers would see, so a later edit saved into the same revision is not approved.
"""

from django.conf import settings
from django.db import models

from wagtail.models import Revision


class GlossaryApproval(models.Model):
    revision = models.ForeignKey(Revision, on_delete=models.CASCADE, related_name="+")
    term = models.ForeignKey(
        "glossary.GlossaryTerm", on_delete=models.CASCADE, related_name="approvals"
    )
    fingerprint = models.CharField(max_length=64, db_index=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    approved_by_name = models.CharField(max_length=255)
    approved_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-approved_at"]

    def __str__(self):
        return f"{self.term} approved by {self.approved_by_name}"
