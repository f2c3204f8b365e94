"""A page in a sentence or two, for whoever meets it away from the site: search results
and link previews (the meta description), and the structured data about a summary."""

from django.utils.text import Truncator

# About what search engines show of a meta description before they cut it.
META_DESCRIPTION_LENGTH = 160
# Room for the whole opening of a simple explanation in a summary's schema.org data.
STRUCTURED_DATA_DESCRIPTION_LENGTH = 300

# The editor's words for search engines first, else the page's own opening text.
DESCRIPTION_FIELDS = ("search_description", "simple_explanation", "intro")


def describe(page, length: int) -> str:
    """The first of `DESCRIPTION_FIELDS` with text, on one line, cut to `length`."""
    for name in DESCRIPTION_FIELDS:
        text = getattr(page, name, "") or ""
        if text.strip():
            return Truncator(" ".join(text.split())).chars(length)
    return ""
