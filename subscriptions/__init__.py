"""E-mail subscriptions: double opt-in sign-up, one-click unsubscribe, and the digest."""
