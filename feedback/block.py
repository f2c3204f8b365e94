"""The “Was this summary helpful?” block: one template for the page, for the view's
error pages, and for the fragment that JavaScript swaps in."""

from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.urls import reverse

from .forms import AnswerForm, CommentForm
from .session import answer_for, pop_notice
from .vote_token import new_vote_token

TEMPLATE = "feedback/block.html"
BODY_TEMPLATE = "feedback/body.html"
# A page context that already holds the block's context (the view's error page) shows that.
CONTEXT_NAME = "feedback_block"

THANKS = "thanks"
ASK_COMMENT = "ask_comment"
COMMENT_THANKS = "comment_thanks"
ALREADY_ANSWERED = "already_answered"
ALREADY_COUNTED = "already_counted"
NOT_THIS_SUMMARY = "not_this_summary"
RATE_LIMITED = "rate_limited"
CHOOSE_AN_ANSWER = "choose_an_answer"
COMMENT_TOO_LONG = "comment_too_long"

NOTICES = {
    THANKS: "Thank you for your answer. We are glad the summary helped.",
    ASK_COMMENT: "Thank you for your answer. It helps us to know when a summary is not clear.",
    COMMENT_THANKS: "Thank you. Your comment will help us make this summary clearer.",
    ALREADY_ANSWERED: "Thanks, you already answered for this summary.",
    ALREADY_COUNTED: "Thanks, your answer had already reached us. We counted it once.",
    NOT_THIS_SUMMARY: "We could not count that answer because the form was not the one for "
    "this summary. Please choose Yes or No again.",
    RATE_LIMITED: "We have had a lot of answers from your connection in the last hour, so we "
    "did not save this one. Please try again later.",
    CHOOSE_AN_ANSWER: "Choose Yes or No to answer.",
    COMMENT_TOO_LONG: "Your comment is too long. Please shorten it and send it again.",
}
ERRORS = {RATE_LIMITED, CHOOSE_AN_ANSWER, COMMENT_TOO_LONG, NOT_THIS_SUMMARY}


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
    # A new one-time token each time the question is shown: sending this form again
    # (a retry, the script's fallback) is then counted once.
    answer_form = None
    if answer is None:
        answer_form = AnswerForm(initial={"vote": new_vote_token(page.pk)}, page_id=page.pk)
    return {
        "request": request,
        "page": page,
        "answer": answer,
        "notice": NOTICES.get(notice, ""),
        "notice_is_error": notice in ERRORS,
        "comment_form": comment_form,
        "answer_form": answer_form,
        # The fragment makes the browser land on the block after posting without JavaScript.
        "action_url": reverse("summary_feedback", args=[page.pk]) + "#feedback",
        "csrf_token": get_token(request),
    }


def render_body(request, page, **kwargs) -> tuple[str, dict]:
    """The block's changing part and its context, for JavaScript to swap in."""
    context = block_context(request, page, **kwargs)
    return render_to_string(BODY_TEMPLATE, context), context
