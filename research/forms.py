from django import forms
from django.utils.html import strip_tags

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.blocks import StreamBlockValidationError
from wagtail.fields import StreamField

from readability.gate import PLAIN_LANGUAGE, judge

from .doi import normalise_doi

PUBLISH = "publish"
APPROVE = "approve"
APPROVE_WITH_OVERRIDE = "approve_override"


class ResearchSummaryForm(WagtailAdminPageForm):
    """Normalises the DOI as typed and refuses one that another summary already uses.
    On Publish and on a reviewer's Approve it runs the publish gate on what was typed
    and puts its reasons on the fields, so nothing typed is lost."""

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

    def gated_action(self) -> str | None:
        if "action-publish" in self.data:
            return PUBLISH
        if "action-workflow-action" in self.data:
            name = self.data.get("workflow-action-name")
            if name in (APPROVE, APPROVE_WITH_OVERRIDE):
                return name
        return None

    def _post_clean(self):
        super()._post_clean()
        action = self.gated_action()
        if action is None or self.is_deferred_validation or self.errors:
            return
        # Approving creates the sign-off, so only a direct publish needs one already.
        verdict = judge(self.instance, require_sign_off=action == PUBLISH)
        messages_by_field: dict[str | None, list[str]] = {}
        for reason in verdict.blocking:
            if action == APPROVE_WITH_OVERRIDE and reason.check == PLAIN_LANGUAGE:
                continue
            field = reason.field if reason.field in self.fields else None
            messages_by_field.setdefault(field, []).append(reason.message)
        for field, messages in messages_by_field.items():
            if field is not None and isinstance(self.instance._meta.get_field(field), StreamField):
                # Stream fields show one structured error; a plain list would lose all but one.
                self.add_error(field, StreamBlockValidationError(non_block_errors=messages))
            else:
                self.add_error(field, messages)
