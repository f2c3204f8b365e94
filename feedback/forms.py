from django import forms

from .models import COMMENT_MAX_LENGTH


class AnswerForm(forms.Form):
    helpful = forms.ChoiceField(
        choices=[("yes", "Yes"), ("no", "No")],
        error_messages={
            "required": "Choose Yes or No.",
            "invalid_choice": "Choose Yes or No.",
        },
    )

    @property
    def is_helpful(self) -> bool:
        return self.cleaned_data["helpful"] == "yes"


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
