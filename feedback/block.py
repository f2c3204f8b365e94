"""The “Was this summary helpful?” block: one template for the page, for the view's
error pages, and for the fragment that JavaScript swaps in.

For a reader without a session the block is the same, byte for byte, for everyone: no
CSRF token, no per-reader value, so that shared caches can keep the summary page (see
feedback.forms.AnswerForm for what protects the answers instead)."""

from django.template.loader import render_to_string
from django.urls import reverse

from .forms import CommentForm
from .session import answer_for, pop_notice

TEMPLATE = "feedback/block.html"
BODY_TEMPLATE = "feedback/body.html"
# A page context that already holds the block's context (the view's error page) shows that.
CONTEXT_NAME = "feedback_block"

THANKS = "thanks"
ASK_COMMENT = "ask_comment"
COMMENT_THANKS = "comment_thanks"
ALREADY_ANSWERED = "already_answered"
ALREADY_COUNTED = "already_counted"
DAMAGED_FORM = "damaged_form"
NOT_FROM_THIS_SITE = "not_from_this_site"
RATE_LIMITED = "rate_limited"
CHOOSE_AN_ANSWER = "choose_an_answer"
COMMENT_TOO_LONG = "comment_too_long"

NOTICES = {
    THANKS: "Thank you for your answer. We are glad the summary helped.",
    ASK_COMMENT: "Thank you for your answer. It helps us to know when a summary is not clear.",
    COMMENT_THANKS: "Thank you. Your comment will help us make this summary clearer.",
    ALREADY_ANSWERED: "Thanks, you already answered for this summary.",
    ALREADY_COUNTED: "Thanks, your answer had already reached us. We counted it once.",
    DAMAGED_FORM: "We could not count that answer because the form was damaged on its way. "
    "Please choose Yes or No again.",
    NOT_FROM_THIS_SITE: "We could not accept this because we could not tell that it was sent "
    "from this page. Please try again here, or use another browser.",
    RATE_LIMITED: "We have had a lot of answers from your connection in the last hour, so we "
    "did not save this one. Please try again later.",
    CHOOSE_AN_ANSWER: "Choose Yes or No to answer.",
    COMMENT_TOO_LONG: "Your comment is too long. Please shorten it and send it again.",
}
ERRORS = {RATE_LIMITED, CHOOSE_AN_ANSWER, COMMENT_TOO_LONG, DAMAGED_FORM, NOT_FROM_THIS_SITE}


def block_context(request, page, notice: str | None = None, comment_form=None) -> dict:
    if page.pk is None or getattr(request, "is_preview", False):
        # An editor's preview (perhaps of a page not saved yet) shows the question but
        # collects nothing: there is no live page to answer about.
        return {"page": page, "preview": True, "answer": None, "notice": ""}
    answer = answer_for(request.session, page.pk)
    if notice is None:
        notice = pop_notice(request.session, page.pk)
    if comment_form is None and answer is not None and answer.awaits_comment:
        comment_form = CommentForm(auto_id="feedback-%s")
    return {
        "request": request,
        "page": page,
        "answer": answer,
        "notice": NOTICES.get(notice, ""),
        "notice_is_error": notice in ERRORS,
        "comment_form": comment_form,
        # The fragment makes the browser land on the block after posting without JavaScript.
        "action_url": reverse("summary_feedback", args=[page.pk]) + "#feedback",
    }


def render_body(request, page, **kwargs) -> tuple[str, dict]:
    """The block's changing part and its context, for JavaScript to swap in."""
    context = block_context(request, page, **kwargs)
    return render_to_string(BODY_TEMPLATE, context), context
