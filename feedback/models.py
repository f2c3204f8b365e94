from django.db import models
from django.db.models import Q
from django.utils import timezone

COMMENT_MAX_LENGTH = 1000
# The nonce feedback.js puts in a form (32 hex digits); answers stored before it came
# from a server-signed token have 22 characters.
VOTE_NONCE_MAX_LENGTH = 32


class SummaryFeedback(models.Model):
    """One reader's answer to "Was this summary helpful?". Every answer is its own row
    (never a counter), so answers sent at the same moment cannot overwrite each other,
    and the report can always be recounted."""

    page = models.ForeignKey(
        "research.ResearchSummaryPage", on_delete=models.CASCADE, related_name="feedback"
    )
    helpful = models.BooleanField()
    comment = models.TextField(
        blank=True,
        max_length=COMMENT_MAX_LENGTH,
        help_text="What the reader found hard to understand, if they said it was not helpful.",
    )
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    client_key = models.CharField(
        max_length=64,
        help_text="A keyed hash of the reader's browser session: tells answers apart "
        "without identifying anyone.",
    )
    vote_nonce = models.CharField(
        max_length=VOTE_NONCE_MAX_LENGTH,
        blank=True,
        default="",
        editable=False,
        help_text="The random value the page's script gave the form the answer came from "
        "(empty for answers sent without the script): the same form sent again is "
        "counted once.",
    )

    class Meta:
        verbose_name = "reader answer"
        verbose_name_plural = "reader answers"
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["page", "-created_at"], name="feedback_page_recent")]
        constraints = [
            # The database, not a check before the INSERT, is what makes two copies of
            # one form sent at the same moment count once.
            models.UniqueConstraint(
                fields=["page", "vote_nonce"],
                condition=~Q(vote_nonce=""),
                name="feedback_one_answer_per_form",
            )
        ]

    def __str__(self):
        return f"{'Helpful' if self.helpful else 'Not helpful'}: {self.page_id}"
