"""Who writes and who checks the summaries, as readers see them.

A profile belongs to a user account (or to nobody, for a contributor without one). The
user edits their own profile ("My profile" in the admin); editors edit anyone's. The
name readers see on a summary is the one recorded when it was signed off
(`review.signoffs`); the profile adds what qualifies the person (credentials, job title,
specialty), their bio and their declared conflicts of interest.
"""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.text import slugify

from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from .names import FICTIONAL_NOTE, NONE_DECLARED


class Role(models.TextChoices):
    WRITER = "writer", "Writer"
    MEDICAL_REVIEWER = "medical_reviewer", "Medical reviewer"
    EDITOR = "editor", "Editor"


class PersonQuerySet(models.QuerySet):
    def for_user(self, user):
        if user is None or user.pk is None:
            return None
        return self.filter(user_id=user.pk).first()


class Person(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="person_profile",
        help_text="The account this profile belongs to; empty for someone without one.",
    )
    display_name = models.CharField(
        max_length=255, help_text="The name readers see, e.g. 'Dr Amina Okafor'."
    )
    slug = models.SlugField(
        max_length=80,
        unique=True,
        blank=True,
        help_text="The profile's address: /people/<slug>/. Made from the name if left empty.",
    )
    role = models.CharField(max_length=32, choices=Role.choices)
    credentials = models.CharField(
        max_length=255,
        blank=True,
        help_text="Degrees and registrations, e.g. 'MD, PhD'. Medical reviewers must fill "
        "this in before they can approve a summary: readers see it beside their name.",
    )
    job_title = models.CharField(
        max_length=255, blank=True, help_text="e.g. 'Consultant in spinal cord injury'."
    )
    specialty = models.CharField(
        max_length=255, blank=True, help_text="For reviewers: their medical field."
    )
    bio = models.TextField(
        blank=True, max_length=1500, help_text="A few plain sentences. No links or formatting."
    )
    conflicts_of_interest = models.TextField(
        max_length=2000,
        help_text="Anything that could bias this person's work on summaries: funding, jobs, "
        f"shares, personal links. Write '{NONE_DECLARED}' if there is nothing to declare.",
    )
    is_fictional = models.BooleanField(
        default=False,
        help_text=f"A made-up person for a demo. Readers see: '{FICTIONAL_NOTE}'",
    )
    updated_at = models.DateTimeField(auto_now=True)

    objects = PersonQuerySet.as_manager()

    panels = [
        FieldPanel("display_name"),
        FieldPanel("slug"),
        FieldPanel("user"),
        FieldPanel("role"),
        MultiFieldPanel(
            [FieldPanel("credentials"), FieldPanel("job_title"), FieldPanel("specialty")],
            heading="Qualifications",
        ),
        FieldPanel("bio"),
        FieldPanel("conflicts_of_interest"),
        FieldPanel("is_fictional"),
    ]

    class Meta:
        verbose_name = "person"
        verbose_name_plural = "people"
        ordering = ["display_name"]

    def __str__(self):
        return self.display_name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = self.free_slug()
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("person", args=[self.slug])

    def free_slug(self) -> str:
        base = slugify(self.display_name)[:70] or "person"
        slug, number = base, 1
        while Person.objects.filter(slug=slug).exclude(pk=self.pk).exists():
            number += 1
            slug = f"{base}-{number}"
        return slug

    @property
    def fictional_note(self) -> str:
        return FICTIONAL_NOTE if self.is_fictional else ""

    @property
    def may_approve(self) -> bool:
        """Readers are told what qualifies a reviewer: no credentials, no approval."""
        return bool(self.credentials.strip())
