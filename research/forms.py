from django import forms

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
