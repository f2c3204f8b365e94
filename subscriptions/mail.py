"""The e-mails subscribers get. Every one carries a one-click unsubscribe link, in the
text and in the List-Unsubscribe headers that mail programs show as a button."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse

from .models import Subscriber
from .tokens import CONFIRMATION_MAX_AGE, confirmation_token, unsubscribe_token


def site_name() -> str:
    return settings.WAGTAIL_SITE_NAME


def unsubscribe_url(base_url: str, subscriber: Subscriber) -> str:
    return base_url + reverse("unsubscribe", args=[unsubscribe_token(subscriber)])


def confirmation_url(base_url: str, subscriber: Subscriber) -> str:
    return base_url + reverse("confirm_subscription", args=[confirmation_token(subscriber)])


def build_message(
    subscriber: Subscriber, template: str, subject: str, base_url: str, context: dict, html=False
) -> EmailMultiAlternatives:
    unsubscribe = unsubscribe_url(base_url, subscriber)
    context = {
        **context,
        "site_name": site_name(),
        "base_url": base_url,
        "unsubscribe_url": unsubscribe,
    }
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string(f"subscriptions/email/{template}.txt", context),
        to=[subscriber.email],
        headers={
            # RFC 8058 one-click unsubscribe: the mail program POSTs to the link itself.
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    if html:
        message.attach_alternative(
            render_to_string(f"subscriptions/email/{template}.html", context), "text/html"
        )
    return message


def send_confirmation(subscriber: Subscriber, base_url: str) -> None:
    build_message(
        subscriber,
        "confirm_subscription",
        f"Please confirm your subscription to {site_name()}",
        base_url,
        {
            "confirm_url": confirmation_url(base_url, subscriber),
            "valid_days": CONFIRMATION_MAX_AGE.days,
        },
    ).send()


def send_already_subscribed(subscriber: Subscriber, base_url: str) -> None:
    """Sent instead of a second confirmation, so the sign-up page never has to say
    whether an address is on the list."""
    build_message(
        subscriber,
        "already_subscribed",
        f"You are already subscribed to {site_name()}",
        base_url,
        {},
    ).send()
