"""Glossary terms: one dictionary that tells writers what to say instead and tells
readers what a word means.

A term is a snippet with drafts, revisions and a workflow, so a change to a definition
is reviewed before readers see it. What readers (and the engine) use is the live row:
Wagtail copies the published revision into it.
"""

import hashlib
import json
import unicodedata
from collections import defaultdict

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import slugify

from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    WorkflowMixin,
)
from wagtail.search import index

# How writers' messages name where a suggestion comes from: "the glossary suggests …".
ENGINE_SOURCE_NAME = "the glossary"
SLUG_NEEDED = (
    "The term has no letters a to z to make its anchor on the glossary page from: give "
    "one (letters a to z, digits and hyphens)."
)
SLUG_TAKEN = (
    "Another term's entry on the glossary page has the anchor “{slug}”: give this term its "
    "own (letters a to z, digits and hyphens)."
)


# Fields a reviewer reads and approves. Characters their screen does not show, but
# readers' screens act on (a right-to-left override reverses the rest of the sentence a
# term sits in; a zero-width space or soft hyphen makes a word look right and never
# match), would be approved unseen: control and format characters, and the Unicode line
# and paragraph separators. Line breaks and tabs are typing, not hidden characters.
REVIEWED_TEXT_FIELDS = ("term", "other_forms", "expansion", "definition", "plain_alternative")
INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp"})
TYPED_CONTROLS = frozenset("\n\r\t")


def invisible_characters(text: str) -> list[str]:
    return [
        char
        for char in dict.fromkeys(text)
        if unicodedata.category(char) in INVISIBLE_CATEGORIES and char not in TYPED_CONTROLS
    ]


def invisible_character_problem(text: str) -> str | None:
    found = invisible_characters(text)
    if not found:
        return None
    named = ", ".join(
        f"U+{ord(char):04X} {unicodedata.name(char, 'control character')}" for char in found
    )
    return (
        f"It holds an invisible character ({named}) that a reviewer cannot see but "
        "readers' screens act on: take it out (retype the words around it)."
    )


class TermKind(models.TextChoices):
    # The values are the engine's kinds (readability.core.terms.KINDS).
    MEDICAL = "medical", "Medical word"
    RESEARCH = "research", "Research word"
    ABBREVIATION = "abbreviation", "Abbreviation"


class WriterGuidance(models.TextChoices):
    AVOID = "avoid", "Avoid: say the plain alternative instead"
    EXPLAIN = "explain", "May keep when it is explained"


class GlossaryTermQuerySet(models.QuerySet):
    def live(self):
        return self.filter(live=True)


class GlossaryTerm(
    WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, index.Indexed, ClusterableModel
):
    term = models.CharField(
        max_length=120,
        unique=True,
        help_text="As readers see it in the glossary, e.g. “autonomic dysreflexia” or “MSC”.",
    )
    slug = models.SlugField(
        max_length=140,
        unique=True,
        blank=True,
        help_text="The entry's anchor on the glossary page. Made from the term when left empty.",
    )
    kind = models.CharField(max_length=20, choices=TermKind.choices, default=TermKind.MEDICAL)
    other_forms = models.TextField(
        blank=True,
        help_text="Plurals, other spellings and abbreviations, one per line "
        "(e.g. “MSCs”, “mesenchymal stem cells”).",
    )
    expansion = models.CharField(
        max_length=200,
        blank=True,
        help_text="For an abbreviation: what the letters stand for.",
    )
    definition = models.TextField(
        help_text="What the word means, in plain words a reader understands without "
        "another dictionary. Held to the simple-explanation reading limit."
    )
    plain_alternative = models.CharField(
        max_length=200,
        blank=True,
        help_text="What writers are told to say instead, e.g. “from a donor”.",
    )
    writer_guidance = models.CharField(
        max_length=10,
        choices=WriterGuidance.choices,
        default=WriterGuidance.EXPLAIN,
        help_text="Whether writers must avoid the word or may keep it when it is explained.",
    )
    see_also = ParentalManyToManyField("self", symmetrical=False, blank=True)

    objects = GlossaryTermQuerySet.as_manager()

    panels = [
        FieldPanel("term"),
        FieldPanel("kind"),
        FieldPanel("expansion"),
        FieldPanel("definition"),
        MultiFieldPanel(
            [FieldPanel("plain_alternative"), FieldPanel("writer_guidance")],
            heading="For writers",
        ),
        FieldPanel("other_forms"),
        FieldPanel("see_also"),
        FieldPanel("slug"),
    ]

    search_fields = [
        index.SearchField("term", boost=3),
        index.SearchField("other_forms", boost=2),
        index.SearchField("expansion", boost=2),
        index.SearchField("definition"),
        index.AutocompleteField("term"),
        index.FilterField("live"),
    ]

    class Meta:
        ordering = ["term"]
        verbose_name = "glossary term"

    def __str__(self):
        return self.term

    @property
    def forms(self) -> list[str]:
        return [line.strip() for line in self.other_forms.splitlines() if line.strip()]

    def clean(self):
        super().clean()
        self.term = self.term.strip()
        if not self.slug:
            self.slug = slugify(self.term)[:140]
        problems: dict[str, list[str]] = defaultdict(list)
        for name in REVIEWED_TEXT_FIELDS:
            if problem := invisible_character_problem(getattr(self, name)):
                problems[name].append(problem)
        if not self.slug:
            # An entry without an anchor: id="" on the glossary page, and every mark-up
            # of the term on summaries would link to the top of it.
            problems["slug"].append(SLUG_NEEDED)
        if self.kind == TermKind.ABBREVIATION and not self.expansion.strip():
            problems["expansion"].append("Say what the letters stand for: readers are shown it.")
        same_name = GlossaryTerm.objects.filter(term__iexact=self.term).exclude(pk=self.pk)
        if same_name.exists():
            problems["term"].append("The glossary already has this term.")
        from glossary.definitions import definition_problems  # it uses the engine
        from glossary.word_owners import words_taken

        for name, taken in words_taken(self).items():
            if not (name == "term" and same_name.exists()):
                problems[name].extend(taken)

        problems["definition"].extend(definition_problems(self))
        if any(problems.values()):
            raise ValidationError({name: found for name, found in problems.items() if found})

    def unique_error_message(self, model_class, unique_check):
        if tuple(unique_check) == ("slug",):
            # The slug is usually made from the term, out of sight: say what it is.
            return ValidationError(SLUG_TAKEN.format(slug=self.slug), code="unique")
        return super().unique_error_message(model_class, unique_check)

    def as_engine_term(self) -> dict:
        """The term in the engine's JSON shape (readability.core.terms). Its definition
        is shown to readers wherever a page uses the term, so the engine does not count
        it unexplained in the fields where pages show definitions."""
        return {
            "term": self.term,
            "forms": self.forms,
            "kind": self.kind,
            "plain": self.plain_alternative or None,
            "definition": self.definition or None,
            "expansion": self.expansion or None,
            "guidance": self.writer_guidance,
            "explained_to_readers": bool(self.definition.strip()),
            "source": ENGINE_SOURCE_NAME,
        }

    def reader_fingerprint(self) -> str:
        """What readers and writers are shown of the term, as one hash: a medical
        reviewer's approval is of exactly this."""
        visible = {
            "term": self.term,
            "slug": self.slug,
            "kind": self.kind,
            "forms": self.forms,
            "expansion": self.expansion,
            "definition": self.definition,
            "plain_alternative": self.plain_alternative,
            "writer_guidance": self.writer_guidance,
            "see_also": sorted(term.pk for term in self.see_also.all()),
        }
        encoded = json.dumps(visible, sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(encoded.encode("utf-8")).hexdigest()
