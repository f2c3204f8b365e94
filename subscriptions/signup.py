"""Signing up and confirming, in one place for the views and the tests."""

from datetime import timedelta

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from .mail import send_already_subscribed, send_confirmation
from .models import Subscriber

# Asking again within this time sends nothing more, so a form cannot flood an inbox.
RESEND_INTERVAL = timedelta(minutes=2)


def claim_mailing(subscriber: Subscriber, now) -> bool:
    """Mark the subscriber as mailed now, unless someone was mailed within
    RESEND_INTERVAL. One UPDATE decides, so of any number of simultaneous sign-ups for
    one address exactly one wins and sends."""
    recently = Q(confirmation_sent_at__gt=now - RESEND_INTERVAL)
    claimed = (
        Subscriber.objects.filter(pk=subscriber.pk)
        .exclude(recently)
        .update(confirmation_sent_at=now)
    )
    return claimed == 1


def sign_up(email: str, base_url: str) -> Subscriber:
    """Add `email` (or find it, in any letter case) and mail it: a confirmation link if
    it is not confirmed yet, a note that it is already subscribed if it is. The caller
    says the same thing either way, so nobody learns whether an address is on the list."""
    email = email.strip()
    subscriber = Subscriber.objects.filter(email__iexact=email).first()
    if subscriber is None:
        try:
            with transaction.atomic():
                subscriber = Subscriber.objects.create(email=email)
        except IntegrityError:  # the same address, signed up at the same moment
            subscriber = Subscriber.objects.get(email__iexact=email)
    now = timezone.now()
    if not claim_mailing(subscriber, now):
        return subscriber
    try:
        if subscriber.is_confirmed:
            send_already_subscribed(subscriber, base_url)
        else:
            send_confirmation(subscriber, base_url)
    except Exception:
        # Nothing went out: give the claim back, so that asking again soon can send.
        Subscriber.objects.filter(pk=subscriber.pk, confirmation_sent_at=now).update(
            confirmation_sent_at=subscriber.confirmation_sent_at
        )
        raise
    subscriber.confirmation_sent_at = now
    return subscriber


def confirm(subscriber: Subscriber) -> None:
    if subscriber.confirmed_at is None:
        Subscriber.objects.filter(pk=subscriber.pk, confirmed_at=None).update(
            confirmed_at=timezone.now()
        )


def unsubscribe(link_key: str) -> bool:
    """Forget the subscriber with this link key; False if there was none (already gone)."""
    deleted, _ = Subscriber.objects.filter(link_key=link_key).delete()
    return bool(deleted)
