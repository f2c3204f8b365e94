from django import forms
from django.utils.html import strip_tags

from wagtail.admin.forms import WagtailAdminPageForm

from .doi import normalise_doi


class ResearchSummaryForm(WagtailAdminPageForm):
    """Normalises the DOI as typed and refuses one that another summary already uses,
    naming that summary so the writer can find it."""

    def clean_doi(self):
        doi = normalise_doi(self.cleaned_data.get("doi", ""))
        if not doi:
            return doi
        from .models import ResearchSummaryPage

        clash = (
            ResearchSummaryPage.objects.filter(doi__iexact=doi).exclude(pk=self.instance.pk).first()
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
