import secrets

from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone


def new_link_key() -> str:
    return secrets.token_urlsafe(24)


class Subscriber(models.Model):
    """An e-mail address that asked for the digest. It gets digests only once confirmed
    (double opt-in). Unsubscribing deletes the row: we keep no list of past readers."""

    email = models.EmailField(max_length=254)
    # Signed into confirmation and unsubscribe links, so links carry no e-mail address.
    link_key = models.CharField(max_length=64, unique=True, default=new_link_key, editable=False)
    created_at = models.DateTimeField(default=timezone.now)
    confirmation_sent_at = models.DateTimeField(null=True, blank=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["email"]
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                name="unique_subscriber_email_any_case",
                violation_error_message="This address is already on the list.",
            )
        ]

    def __str__(self):
        return self.email

    @property
    def is_confirmed(self) -> bool:
        return self.confirmed_at is not None


class DigestRun(models.Model):
    """One run of `send_digest`: which summaries it announced, and to whom it went. A
    summary announced by any run is never announced again."""

    started_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)
    summaries = models.ManyToManyField("research.ResearchSummaryPage", related_name="digest_runs")

    class Meta:
        ordering = ["-started_at"]

    def __str__(self):
        return f"Digest of {self.started_at:%Y-%m-%d %H:%M}"


class DigestDelivery(models.Model):
    """The digest of one run for one subscriber: sent, or the error that stopped it. A
    run interrupted half-way resumes with the subscribers who have no row yet."""

    run = models.ForeignKey(DigestRun, on_delete=models.CASCADE, related_name="deliveries")
    subscriber = models.ForeignKey(
        Subscriber, null=True, on_delete=models.SET_NULL, related_name="deliveries"
    )
    sent_at = models.DateTimeField(null=True, blank=True)
    error = models.TextField(blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["run", "subscriber"], name="one_delivery_per_run")
        ]

    def __str__(self):
        return f"{self.run}: {'sent' if self.sent_at else 'failed'}"
