"""The admin page where a medical reviewer records "Checked again: still accurate"."""

from django import forms
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse

from wagtail.admin import messages
from wagtail.models import Page

from review.models.decisions import READER_NOTE_MAX_LENGTH

from .rereview import ReReviewRefused, check_may_rereview, record_rereview
from .schedule import currency_of


class ReReviewForm(forms.Form):
    note = forms.CharField(
        max_length=READER_NOTE_MAX_LENGTH,
        label="What you checked, for readers (required)",
        help_text="One plain line readers see under “What changed”, e.g. “Checked against "
        "newer research: still accurate”.",
    )
    revision = forms.IntegerField(widget=forms.HiddenInput)


def rereview(request, page_id: int):
    page = get_object_or_404(Page, pk=page_id).specific
    refusal = None
    try:
        check_may_rereview(page, request.user)
    except ReReviewRefused as refused:
        refusal = refused
    form = ReReviewForm(
        request.POST if request.method == "POST" else None,
        initial={"revision": page.live_revision_id},
    )
    if request.method == "POST" and refusal is None and form.is_valid():
        try:
            record_rereview(
                page, request.user, form.cleaned_data["note"], form.cleaned_data["revision"]
            )
        except ReReviewRefused as refused:
            refusal = refused
        else:
            messages.success(
                request,
                f"Recorded: “{page.title}” was checked again. Readers see today's date as "
                "its last review, with your note.",
            )
            return redirect("wagtailadmin_home")
    status = refusal.status if refusal else (400 if form.is_bound else 200)
    return TemplateResponse(
        request,
        "currency/rereview.html",
        {
            "page": page,
            "form": form,
            "refusal": refusal.message if refusal else "",
            "dates": currency_of(page) if refusal is None else None,
        },
        status=status,
    )
