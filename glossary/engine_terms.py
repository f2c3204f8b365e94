"""The live glossary as the engine's term list on the site (see readability.term_sources).

Registered by GlossaryConfig.ready. What the engine sees of a term is its live row: a
draft is never suggested, and an unpublished or deleted term stops being suggested at
the next judgement in every process.
"""

import hashlib

from django.db.models import Count, Max, Sum

from readability.term_sources import TermSource, forget

from .models import GlossaryTerm


def live_terms_stamp() -> str:
    """One cheap aggregate query over the live rows. A publish moves the newest
    publishing time and the sum of live revisions; an unpublish or a delete moves the
    count; so any change to what is live gives another stamp."""
    found = GlossaryTerm.objects.live().aggregate(
        count=Count("pk"), newest=Max("last_published_at"), revisions=Sum("live_revision_id")
    )
    raw = f"{found['count']}|{found['newest']}|{found['revisions']}"
    return hashlib.blake2b(raw.encode(), digest_size=8).hexdigest()


def live_engine_terms() -> list[dict]:
    return [term.as_engine_term() for term in GlossaryTerm.objects.live().order_by("pk")]


GLOSSARY_TERMS = TermSource(stamp=live_terms_stamp, terms=live_engine_terms)


def forget_engine_terms(sender, **kwargs) -> None:
    """This process hears a committed change at once; the others see the new stamp."""
    forget()
