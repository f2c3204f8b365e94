"""/subscribe/: sign up, confirm, and unsubscribe, all working without JavaScript."""

import logging

from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_safe

from research.rate_limit import SUBSCRIBE_LIMIT

from .forms import SubscribeForm
from .signup import confirm, sign_up, unsubscribe
from .tokens import (
    CONFIRMATION_MAX_AGE,
    EXPIRED,
    INVALID,
    link_key_for_unsubscribe,
    subscriber_for_confirmation,
)

logger = logging.getLogger(__name__)

SENT_TO_SESSION_KEY = "subscribe_sent_to"
TEMPLATES = "subscriptions/"


def base_url(request) -> str:
    return request.build_absolute_uri("/").rstrip("/")


@require_http_methods(["GET", "HEAD", "POST"])
def subscribe(request):
    form = SubscribeForm(request.POST if request.method == "POST" else None)
    context = {"form": form, "problem": ""}
    status = 200
    if request.method == "POST":
        if not form.is_valid():
            status = 400
        elif not SUBSCRIBE_LIMIT.hit(request):
            status = 429
            context["problem"] = (
                "We have had a lot of sign-ups from your connection in the last hour. "
                "Please try again later."
            )
        else:
            try:
                sign_up(form.cleaned_data["email"], base_url(request))
            except Exception:  # noqa: BLE001 - a mail server fault must not lose the typing
                logger.exception("Could not send a subscription e-mail")
                status = 503
                context["problem"] = (
                    "We could not send the e-mail just now. Please try again in a few minutes."
                )
            else:
                request.session[SENT_TO_SESSION_KEY] = form.cleaned_data["email"]
                return redirect("subscribe_sent")
    return TemplateResponse(request, TEMPLATES + "subscribe.html", context, status=status)


@require_safe
def subscribe_sent(request):
    return TemplateResponse(
        request,
        TEMPLATES + "check_email.html",
        {
            "email": request.session.get(SENT_TO_SESSION_KEY, ""),
            "valid_days": CONFIRMATION_MAX_AGE.days,
        },
    )


def link_problem(request, state: str):
    return TemplateResponse(
        request,
        TEMPLATES + "link_problem.html",
        {
            "expired": state == EXPIRED,
            "form": SubscribeForm(),
            "valid_days": CONFIRMATION_MAX_AGE.days,
        },
        status=410 if state == EXPIRED else 400,
    )


@require_http_methods(["GET", "HEAD", "POST"])
def confirm_subscription(request, token):
    """GET shows a button and POST confirms: mail scanners that open every link in an
    e-mail must not be able to confirm an address on its owner's behalf."""
    state, subscriber = subscriber_for_confirmation(token)
    if state in (EXPIRED, INVALID):
        return link_problem(request, state)
    if request.method == "POST":
        confirm(subscriber)
        return redirect("subscription_confirmed")
    return TemplateResponse(
        request, TEMPLATES + "confirm.html", {"already_confirmed": subscriber.is_confirmed}
    )


@require_safe
def subscription_confirmed(request):
    return TemplateResponse(request, TEMPLATES + "confirmed.html")


# Mail programs send RFC 8058 one-click unsubscribes as a POST without our CSRF token.
# The signed token in the URL is what authorises it, and all it can do is unsubscribe.
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe_view(request, token):
    link_key = link_key_for_unsubscribe(token)
    if link_key is None:
        return link_problem(request, INVALID)
    if request.method == "POST":
        unsubscribe(link_key)
        return TemplateResponse(request, TEMPLATES + "unsubscribed.html")
    return TemplateResponse(request, TEMPLATES + "unsubscribe.html")
