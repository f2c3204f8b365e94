"""The figures behind Reports → Site quality, from the live summaries a filter picks.

Grades per field are those of each summary's live text, as the publish gate reads it,
from the rows readability.live_grades keeps current (one query, not a grading per
summary); feedback and jargon come from their stored rows. Every figure is over the same
summaries."""

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, Q, Sum

from wagtail.models import Site

from glossary.models import SummaryWord
from readability.assessment import thresholds_for_site
from readability.live_grades import live_grades
from research.models import CategoryPage, ResearchSummaryPage

from ..models import SummaryFeedback

# Bands of one grade on each side of a field's limit; the outer two are open-ended.
BANDS_EACH_SIDE = 3
TOP_WORDS = 10
# Words too common to say what a reader found hard.
STOP_WORDS = frozenset(
    [
        "a",
        "about",
        "after",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "dont",
        "don't",
        "for",
        "from",
        "had",
        "has",
        "have",
        "how",
        "i",
        "i'm",
        "if",
        "in",
        "into",
        "is",
        "it",
        "it's",
        "its",
        "just",
        "know",
        "like",
        "me",
        "more",
        "most",
        "much",
        "my",
        "no",
        "not",
        "of",
        "on",
        "one",
        "or",
        "other",
        "our",
        "out",
        "so",
        "some",
        "than",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "to",
        "too",
        "understand",
        "understood",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "which",
        "who",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "hard",
        "difficult",
    ]
)
WORD = re.compile(r"[a-z][a-z'-]*[a-z]|[a-z]")


@dataclass
class SummaryRow:
    """One summary as the export lists it."""

    page: ResearchSummaryPage
    category: str
    published: object
    grades: dict = field(default_factory=dict)  # field name → grade, or None if too short
    helpful: int = 0
    not_helpful: int = 0


def band_of(grade: float, limit: float) -> int:
    """-BANDS_EACH_SIDE … BANDS_EACH_SIDE - 1: 0 is (limit - 1, limit], the last band
    within the limit; 1 is the first over it."""
    band = math.ceil(round(grade - limit, 1))
    return max(-BANDS_EACH_SIDE + 1, min(BANDS_EACH_SIDE, band))


def band_label(band: int, limit: float) -> str:
    low, high = limit + band - 1, limit + band
    if band == -BANDS_EACH_SIDE + 1:
        return f"grade {high:g} or lower"
    if band == BANDS_EACH_SIDE:
        return f"over grade {low:g}"
    return f"over {low:g}, up to {high:g}"


def summaries(category=None, start=None, end=None):
    pages = ResearchSummaryPage.objects.live().public()
    if category is not None:
        pages = pages.descendant_of(category)
    if start:
        pages = pages.filter(first_published_at__date__gte=start)
    if end:
        pages = pages.filter(first_published_at__date__lte=end)
    # What the report reads of a page; the grades come from their stored rows.
    return pages.only("title", "path", "first_published_at", "live_revision_id").order_by(
        "first_published_at", "pk"
    )


def category_of(page, categories) -> str:
    """The deepest category the summary sits in (its parent)."""
    parent_path = page.path[: -page.steplen]
    return categories.get(parent_path, "")


def summary_rows(pages, site=None) -> list[SummaryRow]:
    """Each summary with its grades per field and its counts of answers."""
    pages = list(pages)
    site = site or Site.objects.filter(is_default_site=True).first()
    categories = dict(CategoryPage.objects.values_list("path", "title"))
    answers = {
        row["page"]: row
        for row in SummaryFeedback.objects.filter(page__in=pages)
        .values("page")
        .annotate(yes=Count("pk", filter=Q(helpful=True)), no=Count("pk", filter=Q(helpful=False)))
    }
    grades = live_grades(pages, site=site)
    rows = []
    for page in pages:
        row = SummaryRow(
            page=page,
            category=category_of(page, categories),
            published=page.first_published_at,
            grades=grades[page.pk],
        )
        counts = answers.get(page.pk)
        if counts:
            row.helpful, row.not_helpful = counts["yes"], counts["no"]
        rows.append(row)
    return rows


def grade_distribution(rows, site=None) -> list[dict]:
    """Per field: its label, its limit and how many summaries fall in each band."""
    thresholds = thresholds_for_site(site)
    fields = ResearchSummaryPage.plain_language_fields
    result = []
    for plain_field in fields:
        limit = thresholds[plain_field.kind].max_grade
        counts = Counter(
            band_of(row.grades[plain_field.name], limit)
            for row in rows
            if row.grades.get(plain_field.name) is not None
        )
        bands = range(-BANDS_EACH_SIDE + 1, BANDS_EACH_SIDE + 1)
        result.append(
            {
                "name": plain_field.name,
                "label": plain_field.label,
                "limit": limit,
                "bands": [(band_label(band, limit), counts.get(band, 0)) for band in bands],
                "over": sum(counts.get(band, 0) for band in bands if band > 0),
            }
        )
    return result


def month(moment) -> str:
    return f"{moment:%Y-%m}"


def average_grade_by_month(rows, field_name="simple_explanation") -> list[tuple[str, float]]:
    grades = defaultdict(list)
    for row in rows:
        grade = row.grades.get(field_name)
        if grade is not None and row.published:
            grades[month(row.published)].append(grade)
    return [(key, round(sum(values) / len(values), 1)) for key, values in sorted(grades.items())]


def percent(yes: int, no: int) -> int:
    return round(100 * yes / (yes + no))


def helpful_by_category(rows) -> list[tuple[str, int, int, int]]:
    """(category, helpful %, yes, no) for each category with answers."""
    counts = defaultdict(lambda: [0, 0])
    for row in rows:
        counts[row.category][0] += row.helpful
        counts[row.category][1] += row.not_helpful
    return [
        (name, percent(yes, no), yes, no) for name, (yes, no) in sorted(counts.items()) if yes + no
    ]


def helpful_by_month(pages) -> list[tuple[str, int, int, int]]:
    """(month answered, helpful %, yes, no)."""
    counts = defaultdict(lambda: [0, 0])
    for helpful, created_at in SummaryFeedback.objects.filter(page__in=pages).values_list(
        "helpful", "created_at"
    ):
        counts[month(created_at)][0 if helpful else 1] += 1
    return [(key, percent(yes, no), yes, no) for key, (yes, no) in sorted(counts.items())]


def words_of(comment: str) -> set[str]:
    return {word for word in WORD.findall(comment.lower()) if word not in STOP_WORDS}


def hard_words(pages) -> list[tuple[str, int, str]]:
    """The words "what was hard" comments mention most: (word, comments, one example)."""
    counts: Counter = Counter()
    examples: dict[str, str] = {}
    comments = (
        SummaryFeedback.objects.filter(page__in=pages, helpful=False)
        .exclude(comment="")
        .order_by("-created_at", "-pk")
        .values_list("comment", flat=True)
    )
    for comment in comments:
        for word in words_of(comment):
            counts[word] += 1
            examples.setdefault(word, comment)
    top = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:TOP_WORDS]
    return [(word, count, examples[word]) for word, count in top]


def jargon(pages) -> list[tuple[str, int, int]]:
    """Words missing from the glossary the chosen summaries use most: (word, uses,
    summaries)."""
    return [
        (row["word"], row["uses"], row["pages"])
        for row in SummaryWord.objects.filter(page__in=pages)
        .values("word")
        .annotate(uses=Sum("uses"), pages=Count("page"))
        .order_by("-uses", "-pages", "word")[:TOP_WORDS]
    ]
