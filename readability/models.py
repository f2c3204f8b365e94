"""What the plain-language checks store: the limits editors set, and the last verdict on
each page's latest revision for listings and reports."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from readability.core.severity import FAIL, WARN

from .presenting import STATUS_WORDS

OVERRIDDEN_WORDS = "Published with an override"

GRADE_VALIDATORS = [MinValueValidator(1), MaxValueValidator(20)]


def grade_limit(verbose_name: str, default: float, help_text: str = "") -> models.DecimalField:
    return models.DecimalField(
        verbose_name,
        max_digits=4,
        decimal_places=1,
        default=default,
        validators=GRADE_VALIDATORS,
        help_text=help_text,
    )


@register_setting(icon="doc-full-inverse")
class PlainLanguageSettings(BaseSiteSetting):
    """Reading-grade limits per kind of field, editable by editors. The defaults follow
    NIH guidance (below grade 8) for the text every reader sees first."""

    simple_max_grade = grade_limit(
        "simple explanation: highest grade",
        8,
        "Above this US school grade the simple explanation cannot be published.",
    )
    simple_warn_grade = grade_limit("simple explanation: warn from grade", 7.5)
    body_max_grade = grade_limit(
        "longer text: highest grade",
        11,
        "For the research summary and practical implications.",
    )
    body_warn_grade = grade_limit("longer text: warn from grade", 9)
    list_max_grade = grade_limit(
        "list items: highest grade",
        10,
        "For key findings and study limitations, judged together.",
    )
    list_warn_grade = grade_limit("list items: warn from grade", 8)
    changed_at = models.DateTimeField(
        auto_now=True, null=True, editable=False, help_text="When the limits last changed."
    )
    block_unexplained_jargon = models.BooleanField(
        default=True,
        help_text="Refuse to publish while a hard term in the simple explanation is "
        "not explained where it first appears.",
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("simple_max_grade"), FieldPanel("simple_warn_grade")],
            heading="Simple explanation (strictest)",
        ),
        MultiFieldPanel(
            [FieldPanel("body_max_grade"), FieldPanel("body_warn_grade")],
            heading="Research summary and practical implications",
        ),
        MultiFieldPanel(
            [FieldPanel("list_max_grade"), FieldPanel("list_warn_grade")],
            heading="Key findings and study limitations",
        ),
        FieldPanel("block_unexplained_jargon"),
    ]

    class Meta:
        verbose_name = "plain-language limits"

    def clean(self):
        super().clean()
        errors = {}
        for kind in ("simple", "body", "list"):
            highest = getattr(self, f"{kind}_max_grade")
            warn_from = getattr(self, f"{kind}_warn_grade")
            if highest is not None and warn_from is not None and warn_from > highest:
                errors[f"{kind}_warn_grade"] = (
                    f"Warn from a grade at or below the highest grade ({highest})."
                )
        if errors:
            raise ValidationError(errors)


class PlainLanguageStatus(models.Model):
    """The gate's verdict on each page's latest revision, kept so that listings and
    reports can show it without re-reading every page."""

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="plain_language_status"
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    status = models.CharField(max_length=8)  # PASS, WARN or FAIL (readability.core.severity)
    plain_language_passes = models.BooleanField(default=False)
    overridden = models.BooleanField(default=False)
    signed_off = models.BooleanField(default=False)
    simple_grade = models.FloatField(null=True)
    # What the listing shows: the status and the grade of the field that decides it.
    headline = models.CharField(max_length=200, blank=True)
    summary = models.TextField(blank=True)
    checked_at = models.DateTimeField(auto_now=True)
    # readability.core.grade.MODEL_VERSION when it was checked ("" before versions were
    # kept): a row from another version shows grades on another scale.
    grade_model = models.CharField(max_length=40, blank=True, default="")

    class Meta:
        verbose_name = "plain-language status"
        verbose_name_plural = "plain-language statuses"

    def __str__(self):
        return f"{self.label} (page {self.page_id})"

    @property
    def label(self) -> str:
        if self.overridden:
            return OVERRIDDEN_WORDS
        return STATUS_WORDS.get(self.status, STATUS_WORDS[FAIL])

    @property
    def badge(self) -> str:
        """The status its colour shows: an override is amber, as its words say."""
        return WARN if self.overridden else self.status


class LiveFieldGrades(models.Model):
    """Each live page's grade per plain-language field, as readers see the text, kept so
    that the site quality report reads them instead of grading every summary again
    (readability.live_grades keeps them current)."""

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="live_field_grades"
    )
    # The live revision the grades were worked out from.
    revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Field name → grade, or None where the field is too short to grade.
    grades = models.JSONField(default=dict)
    # The grade model's version and the term list's stamp they were worked out with:
    # either changing can change a grade.
    worked_out_with = models.CharField(max_length=120)

    class Meta:
        verbose_name = "live field grades"
        verbose_name_plural = "live field grades"

    def __str__(self):
        return f"Grades of page {self.page_id}'s live text"
