"""The glossary's add form, filled in from the report's "Add to glossary" link.

The link carries the word and the kind of term it looks like in its query string; the
form starts with them (never more: a hand-made link can put any text there, and it is
only ever a form field's starting value, escaped like any other). The example sentence
shown for context is looked up in the stored counts, not taken from the link.
"""

import unicodedata

from wagtail.admin import messages
from wagtail.snippets.views.snippets import CreateView

from ..models import SummaryWord, TermKind
from ..models.missing_words import WORD_MAX_LENGTH
from .views import KIND_PARAMETER, TERM_PARAMETER


def printable(text: str) -> str:
    """`text` without control and format characters (line breaks, direction marks)."""
    kept = (char for char in text if unicodedata.category(char)[0] != "C")
    return " ".join("".join(kept).split())[:WORD_MAX_LENGTH]


class PrefilledFromReportMixin:
    """For the glossary term snippet's add view (SnippetViewSet.add_view_class)."""

    def get_initial_form_instance(self):
        instance = super().get_initial_form_instance()
        if self.request.method != "GET":
            return instance
        word = printable(self.request.GET.get(TERM_PARAMETER, ""))
        if not word:
            return instance
        instance = instance or self.model()
        instance.term = word
        kind = self.request.GET.get(KIND_PARAMETER, "")
        if kind in TermKind.values:
            instance.kind = kind
        return instance

    def get(self, request, *args, **kwargs):
        word = printable(request.GET.get(TERM_PARAMETER, ""))
        use = (
            SummaryWord.objects.filter(word=word).order_by("-uses", "page_id").first()
            if word
            else None
        )
        if use is not None:
            # Plain text: the admin escapes it like any other message.
            messages.info(request, f"“{word}” in a published summary: “{use.example}”")
        return super().get(request, *args, **kwargs)


class PrefilledTermCreateView(PrefilledFromReportMixin, CreateView):
    pass
