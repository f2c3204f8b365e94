"""Stored counts behind the report of words not in the glossary (glossary/missing/).

Counting a summary means rendering its fields and running the engine over them, about
10 ms a page: too slow to do for 10,000 summaries on every look at the report. So each
summary's words are counted when it changes (`SummaryWord`, one row per page and word),
and the site-wide figures the report lists are kept beside them (`MissingWord`, one row
per word), so the report is one indexed query whatever the size of the site.
"""

from django.db import models

# Longest word kept: the longest term the glossary can hold (GlossaryTerm.term).
WORD_MAX_LENGTH = 120
# Enough of a sentence to show a word in context; a run-on sentence is cut.
EXAMPLE_MAX_LENGTH = 400


class FoundAs(models.TextChoices):
    """How the engine found the word: by its rarity, its shape, or in its own term list
    (with that list's kind)."""

    RARE = "rare", "Rare word"
    ABBREVIATION = "abbreviation", "Abbreviation"
    MEDICAL = "medical", "Medical word (engine's list)"
    RESEARCH = "research", "Research word (engine's list)"


class SummaryWord(models.Model):
    """How many times one live, public summary uses one word missing from the glossary."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    word = models.CharField(max_length=WORD_MAX_LENGTH)
    found_as = models.CharField(max_length=20, choices=FoundAs.choices)
    uses = models.PositiveIntegerField()
    # The first sentence of the page that uses the word, as readers read it.
    example = models.TextField(max_length=EXAMPLE_MAX_LENGTH)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["page", "word"], name="summary_word_once_per_page")
        ]
        indexes = [models.Index(fields=["word", "-uses", "page"], name="summary_word_by_word")]

    def __str__(self):
        return f"{self.word} ×{self.uses} on page {self.page_id}"


class MissingWord(models.Model):
    """One word's figures over every live, public summary (sums of `SummaryWord`)."""

    word = models.CharField(max_length=WORD_MAX_LENGTH, unique=True)
    found_as = models.CharField(max_length=20, choices=FoundAs.choices)
    uses = models.PositiveIntegerField()
    pages = models.PositiveIntegerField()
    # The word case-folded: alphabetical order for ties, "Baclofen" beside "baclofen".
    sort_key = models.CharField(max_length=WORD_MAX_LENGTH)

    class Meta:
        # Most used first; ties by the number of summaries, then alphabetically.
        ordering = ["-uses", "-pages", "sort_key", "word"]
        indexes = [
            models.Index(fields=["-uses", "-pages", "sort_key", "word"], name="missing_word_order")
        ]

    def __str__(self):
        return self.word


class MissingWordsCount(models.Model):
    """When the whole site was last counted (one row). A change to the glossary asks for
    a count of every summary; a count that starts after a request covers it, so a burst
    of glossary changes costs one count, not one each."""

    requested_at = models.DateTimeField(null=True)
    started_at = models.DateTimeField(null=True)
    finished_at = models.DateTimeField(null=True)

    def __str__(self):
        return f"Missing words last counted at {self.finished_at}"

    @classmethod
    def current(cls) -> "MissingWordsCount":
        state, _ = cls.objects.get_or_create(pk=1)
        return state
