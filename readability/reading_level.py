"""The reading level readers see on a summary, in words first and grade second."""

from django.core.cache import cache

from readability.core import analyse

from .term_sources import site_terms

# (highest grade, words). Grades follow US school years; NIH asks for below grade 8.
LEVELS = (
    (6.0, "Very easy to read"),
    (8.0, "Easy to read"),
    (10.0, "Fairly easy to read"),
    (12.0, "Fairly hard to read"),
)
HARDEST = "Hard to read"
# Readers in the UK think in reading ages, not US grades: a US grade is read by children
# about five years older than its number.
GRADE_TO_READING_AGE = 5


def describe_grade(grade: float) -> str:
    for highest, words in LEVELS:
        if grade <= highest:
            return words
    return HARDEST


def reading_level(page, field_name: str) -> dict | None:
    """{"words", "grade", "reading_age"} for a page's field as published, judged with the
    site's term list; cached per live revision and version of the term list."""
    text = getattr(page, field_name, "") or ""
    if not text.strip():
        return None
    terms = site_terms()
    # The term list counts in the grade: a glossary change gives a new key.
    key = f"reading-level:v3:{page.pk}:{page.live_revision_id}:{field_name}:{terms.stamp}"
    level = cache.get(key)
    if level is None:
        grade = round(analyse(text, extra_terms=terms.index).grade)
        grade = max(grade, 1)
        level = {
            "words": describe_grade(grade),
            "grade": grade,
            "reading_age": grade + GRADE_TO_READING_AGE,
        }
        cache.set(key, level, timeout=None)
    return level
