"""Signing up and confirming, in one place for the views and the tests."""

from datetime import timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone

from .mail import send_already_subscribed, send_confirmation
from .models import Subscriber

# Asking again within this time sends nothing more, so a form cannot flood an inbox.
RESEND_INTERVAL = timedelta(minutes=2)


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
    sent = subscriber.confirmation_sent_at
    if sent is not None and now - sent < RESEND_INTERVAL:
        return subscriber
    if subscriber.is_confirmed:
        send_already_subscribed(subscriber, base_url)
    else:
        send_confirmation(subscriber, base_url)
    Subscriber.objects.filter(pk=subscriber.pk).update(confirmation_sent_at=now)
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
