from django import forms
from django.utils.html import strip_tags

from review.forms import ReviewedPageForm

from .doi import normalise_doi


class ResearchSummaryForm(ReviewedPageForm):
    """Normalises the DOI as typed and refuses one that another summary already uses;
    the review checks on Publish and Approve come from `ReviewedPageForm`."""

    # The study's funding and the authors' conflicts, as the paper states them.
    DISCLOSURE_FIELDS = ("study_funding", "author_conflicts")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from .models.summary import NOT_STATED  # the models import this form

        for name in self.DISCLOSURE_FIELDS:
            if name in self.fields:
                self.fields[name].error_messages["required"] = (
                    "Readers are shown this: write what the paper states. If the paper "
                    f"says nothing about it, write “{NOT_STATED}”."
                )

    def clean_doi(self):
        doi = normalise_doi(self.cleaned_data.get("doi", ""))
        if not doi:
            return doi
        clash = (
            type(self.instance).objects.filter(doi__iexact=doi).exclude(pk=self.instance.pk).first()
        )
        if clash:
            raise forms.ValidationError(
                f"Another summary already covers this paper: “{clash.title}”. "
                "Edit that summary instead, or check the DOI.",
                code="duplicate_doi",
            )
        return doi

    def clean_research_summary(self):
        value = self.cleaned_data.get("research_summary", "")
        # An emptied rich text editor still submits an empty paragraph, which Django's
        # required check accepts; judge by the text a reader would see.
        if not strip_tags(value or "").strip():
            if self.fields["research_summary"].required:
                raise forms.ValidationError("This field is required.", code="required")
            return ""
        return value
