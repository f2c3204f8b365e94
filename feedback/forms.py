import re

from django import forms

from .models import COMMENT_MAX_LENGTH, VOTE_NONCE_MAX_LENGTH

# What feedback.js sends: 32 hex digits from the browser's random generator. Anything of
# that alphabet and about that length will do; nothing else was made by the script.
VOTE_NONCE = re.compile(rf"[A-Za-z0-9_-]{{16,{VOTE_NONCE_MAX_LENGTH}}}")


class AnswerForm(forms.Form):
    """Yes or No, and the nonce feedback.js adds to the form so that the same form sent
    twice (by the script's fetch, then by its fallback, or after an error page) is
    counted once.

    The form used to carry a one-time token signed by the server, made afresh each time
    the question was shown. That made every summary page different for every reader, so
    no shared cache could keep it, and it protected nothing the nonce does not: what it
    did was tell resent copies of one form apart from new answers. The page is now the
    same for every reader, and what guards the answers is:
    - forgery: site_project.same_origin (the view refuses a form posted from another site);
    - one answer per browser: the session (feedback.session);
    - resent copies: this nonce, made by the script in the reader's browser (without
      JavaScript the session alone tells a resent form from a new one);
    - floods: the hourly limit per connection (research.rate_limit.FEEDBACK_LIMIT), which
      made-up nonces do not get round.
    """

    helpful = forms.ChoiceField(
        choices=[("yes", "Yes"), ("no", "No")],
        error_messages={
            "required": "Choose Yes or No.",
            "invalid_choice": "Choose Yes or No.",
        },
    )
    # Optional: without JavaScript the form has none.
    vote = forms.CharField(required=False, strip=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", False)
        super().__init__(*args, **kwargs)

    def clean_vote(self) -> str:
        nonce = self.cleaned_data["vote"]
        if nonce and not VOTE_NONCE.fullmatch(nonce):
            raise forms.ValidationError("This answer form was damaged.", code="damaged_form")
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
