"""What keeps a summary current: how often it is reviewed (a site-wide interval, which
a category may override for everything under it), the re-reviews that confirm live
content without changing it, and the reminders sent to reviewers."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from review.models.decisions import READER_NOTE_MAX_LENGTH

LONGEST_INTERVAL_MONTHS = 60
INTERVAL_VALIDATORS = [MinValueValidator(1), MaxValueValidator(LONGEST_INTERVAL_MONTHS)]


@register_setting(icon="time")
class ReviewSchedule(BaseGenericSetting):
    """How often a summary is checked again, and when reviewers are reminded. Editors
    change it; every summary's next review date follows at once."""

    interval_months = models.PositiveSmallIntegerField(
        "review every (months)",
        default=12,
        validators=INTERVAL_VALIDATORS,
        help_text="A summary is due for review this many months after it was last reviewed. "
        "A category can set its own interval for the summaries under it.",
    )
    remind_days_ahead = models.PositiveSmallIntegerField(
        "remind reviewers (days ahead)",
        default=30,
        validators=[MinValueValidator(1), MaxValueValidator(365)],
        help_text="The weekly e-mail to medical reviewers lists summaries due within this "
        "many days, and those overdue.",
    )

    panels = [FieldPanel("interval_months"), FieldPanel("remind_days_ahead")]

    class Meta:
        verbose_name = "review schedule"


class ReviewIntervalMixin(models.Model):
    """For the page type that groups summaries (a category): an interval of its own for
    every summary under it. The nearest category up the tree that sets one wins."""

    review_interval_months = models.PositiveSmallIntegerField(
        "review every (months)",
        null=True,
        blank=True,
        validators=INTERVAL_VALIDATORS,
        help_text="Leave empty to use the parent category's interval, or the site's "
        "(Settings › Review schedule).",
    )

    class Meta:
        abstract = True


class ReReview(models.Model):
    """A medical reviewer checked the live content again and found it still accurate:
    nothing is published, the content and its sign-off stay as they are, and the date
    restarts the review interval. Kept for the audit trail even after the page changes."""

    revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    object_id = models.CharField(max_length=255, db_index=True)
    # The reader-visible content checked (review.fingerprint), as the sign-off it rests on.
    fingerprint = models.CharField(max_length=64)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewer_name = models.CharField(max_length=255, blank=True)
    note = models.CharField("note for readers", max_length=READER_NOTE_MAX_LENGTH)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = "re-review"

    def __str__(self):
        return f"Re-review by {self.reviewer_name or self.user_id} of page {self.object_id}"


class ReviewReminder(models.Model):
    """The weekly reminder sent to one reviewer for one week (`period`: its Monday), so
    that running the command again that week sends nothing twice."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    period = models.DateField()
    sent_at = models.DateTimeField(auto_now_add=True)
    overdue = models.PositiveIntegerField(default=0)
    due_soon = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "period"], name="one_reminder_per_week")
        ]
        ordering = ["-period"]

    def __str__(self):
        return f"Review reminder to {self.user_id} for the week of {self.period}"
