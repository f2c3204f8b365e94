"""The one-time token each “Was this summary helpful?” form carries, so that a vote is
counted once however often the browser sends it: again after an error page, again when
the script falls back to an ordinary post, or twice at the same moment.

A token is a random nonce signed for one summary. The nonce is stored with the answer
(unique per summary); a token made for another summary, or made up, fails its
signature and is refused."""

import secrets

from django.core import signing

# Sized for the nonce alone: secrets.token_urlsafe(16) gives 22 characters.
NONCE_BYTES = 16
NONCE_MAX_LENGTH = 32
# A nonce, a colon and a signature; anything much longer was not made by us.
TOKEN_MAX_LENGTH = 100
FIELD_NAME = "vote"


def _signer(page_id: int) -> signing.Signer:
    return signing.Signer(salt=f"feedback.vote.{page_id}")


def new_vote_token(page_id: int) -> str:
    return _signer(page_id).sign(secrets.token_urlsafe(NONCE_BYTES))


def vote_nonce(token: str, page_id: int) -> str | None:
    """The nonce of a token made for this summary, or None for any other string."""
    if len(token) > TOKEN_MAX_LENGTH:
        return None
    try:
        nonce = _signer(page_id).unsign(token)
    except signing.BadSignature:
        return None
    return nonce if 0 < len(nonce) <= NONCE_MAX_LENGTH else None
