"""Signed links for subscribers. A link carries the subscriber's random link key, never
their address; the confirmation link expires, the unsubscribe link does not (it must
work from any old e-mail)."""

from datetime import timedelta

from django.core import signing

from .models import Subscriber

CONFIRMATION_MAX_AGE = timedelta(days=3)
# The salts keep the names they had when subscriptions lived in research: changing them
# would break every confirmation and unsubscribe link already sent.
CONFIRM_SALT = "research.subscriptions.confirm"
UNSUBSCRIBE_SALT = "research.subscriptions.unsubscribe"

VALID = "valid"
EXPIRED = "expired"
INVALID = "invalid"


def confirmation_token(subscriber: Subscriber) -> str:
    return signing.TimestampSigner(salt=CONFIRM_SALT).sign(subscriber.link_key)


def unsubscribe_token(subscriber: Subscriber) -> str:
    return signing.Signer(salt=UNSUBSCRIBE_SALT).sign(subscriber.link_key)


def subscriber_for_confirmation(token: str) -> tuple[str, Subscriber | None]:
    """(VALID, subscriber), (EXPIRED, None) or (INVALID, None). A well-signed link for
    an address that has since unsubscribed is INVALID: there is nothing to confirm."""
    try:
        link_key = signing.TimestampSigner(salt=CONFIRM_SALT).unsign(
            token, max_age=CONFIRMATION_MAX_AGE
        )
    except signing.SignatureExpired:
        return EXPIRED, None
    except signing.BadSignature:
        return INVALID, None
    subscriber = Subscriber.objects.filter(link_key=link_key).first()
    return (VALID, subscriber) if subscriber else (INVALID, None)


def link_key_for_unsubscribe(token: str) -> str | None:
    try:
        return signing.Signer(salt=UNSUBSCRIBE_SALT).unsign(token)
    except signing.BadSignature:
        return None
