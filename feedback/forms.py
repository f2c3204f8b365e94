from django import forms

from .models import COMMENT_MAX_LENGTH
from .vote_token import vote_nonce


class AnswerForm(forms.Form):
    helpful = forms.ChoiceField(
        choices=[("yes", "Yes"), ("no", "No")],
        error_messages={
            "required": "Choose Yes or No.",
            "invalid_choice": "Choose Yes or No.",
        },
    )
    # The form's one-time token (feedback.vote_token). Optional: a page rendered before
    # tokens existed still posts without one, and its answer is counted as it always was.
    vote = forms.CharField(required=False, strip=False, widget=forms.HiddenInput)

    def __init__(self, *args, page_id: int, **kwargs):
        kwargs.setdefault("auto_id", False)
        super().__init__(*args, **kwargs)
        self.page_id = page_id

    def clean_vote(self) -> str:
        token = self.cleaned_data["vote"]
        if not token:
            return ""
        nonce = vote_nonce(token, self.page_id)
        if nonce is None:
            raise forms.ValidationError(
                "This answer form was not made for this summary.", code="not_this_summary"
            )
        return nonce

    @property
    def is_helpful(self) -> bool:
        return self.cleaned_data["helpful"] == "yes"

    @property
    def vote_nonce(self) -> str:
        return self.cleaned_data["vote"]


class CommentForm(forms.Form):
    comment = forms.CharField(
        label="What was hard to understand?",
        help_text=f"Optional. Up to {COMMENT_MAX_LENGTH:,} characters. Please do not include "
        "your name or health details.",
        required=False,
        # No max_length attribute on the box: browsers would cut pasted text silently,
        # and we would rather say it is too long and keep every word.
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def clean_comment(self):
        comment = self.cleaned_data["comment"].strip()
        if len(comment) > COMMENT_MAX_LENGTH:
            raise forms.ValidationError(
                f"Please shorten your comment to {COMMENT_MAX_LENGTH:,} characters or fewer. "
                f"It has {len(comment):,} now.",
                code="too_long",
            )
        return comment
