"""POST /feedback/<page id>/: a reader's answer, or their comment after a “No”.

Without JavaScript the browser posts the form and is sent back to the summary's
feedback block with a thank-you; with JavaScript the same view answers in JSON with the
block's new content and a message for the live region. Errors keep what was typed.

The forms carry no CSRF token, so that the summary page is the same for every reader and
can be cached: the view checks instead that the form was posted from a page of this site
(site_project.same_origin), and refuses anything else with a 403 before reading it.
"""

import logging

from django.http import HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from research.models import ResearchSummaryPage
from research.rate_limit import FEEDBACK_LIMIT, keyed_hash
from site_project.same_origin import refusal_reason

from . import block
from .forms import AnswerForm, CommentForm
from .session import SessionAnswer, answer_for, remember_answer, set_notice
from .storage import add_comment, counted_vote, record_answer, record_vote


def session_client_key(request) -> str:
    if not request.session.session_key:
        request.session.save()
    return keyed_hash(request.session.session_key, "feedback-session")


def wants_json(request) -> bool:
    return "application/json" in request.headers.get("Accept", "")


logger = logging.getLogger(__name__)


# Django's token check is replaced by the origin check below, which needs nothing in the
# page that differs between readers.
@csrf_exempt
@require_POST
def summary_feedback(request, page_id):
    page = get_object_or_404(ResearchSummaryPage.objects.live().public(), pk=page_id)
    refused_because = refusal_reason(request)
    if refused_because is not None:
        logger.info("Feedback refused, not sent from this site: %s", refused_because)
        # Keep a comment in its box: a reader whose browser hides where the form came
        # from can copy it and try again.
        comment_form = None
        if request.POST.get("comment"):
            comment_form = CommentForm(request.POST, auto_id="feedback-%s")
        return respond_with_error(
            request, page, block.NOT_FROM_THIS_SITE, status=403, comment_form=comment_form
        )
    if "comment" in request.POST and "helpful" not in request.POST:
        return receive_comment(request, page)
    return receive_answer(request, page)


def receive_answer(request, page):
    form = AnswerForm(request.POST)
    if not form.is_valid():
        notice = block.DAMAGED_FORM if "vote" in form.errors else block.CHOOSE_AN_ANSWER
        return respond_with_error(request, page, notice, status=400)
    if answer_for(request.session, page.pk) is not None:
        return respond(request, page, block.ALREADY_ANSWERED)
    # The same form again: its first sending was stored, though perhaps the reader saw
    # an error (or nothing) and the session never heard of it. Checked before the rate
    # limit, so that retrying costs the reader nothing.
    earlier = counted_vote(page.pk, form.vote_nonce)
    if earlier is not None:
        return already_counted(request, page, earlier)
    comment_form = CommentForm(request.POST, auto_id="feedback-%s")
    comment = ""
    if not form.is_helpful and request.POST.get("comment"):
        # A "No" sent together with its comment (one step): keep both or neither.
        if not comment_form.is_valid():
            return respond_with_error(
                request, page, block.COMMENT_TOO_LONG, status=400, comment_form=comment_form
            )
        comment = comment_form.cleaned_data["comment"]
    if not FEEDBACK_LIMIT.hit(request):
        return respond_with_error(request, page, block.RATE_LIMITED, status=429)
    feedback, counted_now = record_vote(
        page.pk, form.is_helpful, session_client_key(request), form.vote_nonce, comment
    )
    if not counted_now:
        return already_counted(request, page, feedback)
    remember_answer(
        request.session,
        page.pk,
        SessionAnswer(feedback.pk, form.is_helpful, commented=bool(comment)),
    )
    if form.is_helpful:
        return respond(request, page, block.THANKS)
    return respond(request, page, block.COMMENT_THANKS if comment else block.ASK_COMMENT)


def already_counted(request, page, feedback):
    """This browser now knows the answer its form stored, so that a "No" can still be
    followed by its comment."""
    remember_answer(
        request.session,
        page.pk,
        SessionAnswer(feedback.pk, feedback.helpful, commented=bool(feedback.comment)),
    )
    return respond(request, page, block.ALREADY_COUNTED)


def receive_comment(request, page):
    comment_form = CommentForm(request.POST, auto_id="feedback-%s")
    if not comment_form.is_valid():
        return respond_with_error(
            request, page, block.COMMENT_TOO_LONG, status=400, comment_form=comment_form
        )
    comment = comment_form.cleaned_data["comment"]
    answer = answer_for(request.session, page.pk)
    if answer is None:
        # The session ended between the "No" and the comment: the comment still says the
        # summary was not helpful, so store it as that answer rather than lose it.
        if not FEEDBACK_LIMIT.hit(request):
            return respond_with_error(
                request, page, block.RATE_LIMITED, status=429, comment_form=comment_form
            )
        feedback = record_answer(page.pk, False, session_client_key(request), comment)
        answer = SessionAnswer(feedback.pk, helpful=False)
    elif not answer.awaits_comment:
        return respond(request, page, block.ALREADY_ANSWERED)
    elif comment:
        add_comment(answer.feedback_id, comment)
    answer.commented = True
    remember_answer(request.session, page.pk, answer)
    return respond(request, page, block.COMMENT_THANKS if comment else block.THANKS)


def respond(request, page, notice: str):
    if wants_json(request):
        html, context = block.render_body(request, page, notice=notice)
        return JsonResponse({"status": notice, "message": context["notice"], "html": html})
    set_notice(request.session, page.pk, notice)
    # 303: the browser follows with a GET, so reloading does not post the answer again.
    return HttpResponseRedirect(page.url + "#feedback", status=303)


def respond_with_error(request, page, notice: str, status: int, comment_form=None):
    if wants_json(request):
        html, context = block.render_body(request, page, notice=notice, comment_form=comment_form)
        return JsonResponse(
            {"status": notice, "message": context["notice"], "html": html}, status=status
        )
    # Without JavaScript the error shows on the summary itself, in the block the reader
    # used, with what they typed still in the box.
    context = page.get_context(request)
    context[block.CONTEXT_NAME] = block.block_context(
        request, page, notice=notice, comment_form=comment_form
    )
    return TemplateResponse(request, page.get_template(request), context, status=status)
