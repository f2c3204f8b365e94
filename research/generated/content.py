"""What a generated summary says: made-up text that tells every reader it is test data.

Nothing here describes a real study, gives a figure from research or claims anything
about health, and no citation can be mistaken for a real one: the model requires a
journal, a year and a DOI, so the journal says it is synthetic test data and the DOI
(10.0000/not-a-real-study.N) says so itself. The text is written to pass the
plain-language checks, so that generated summaries go live the way real ones do. A few
variants of each field, cycled, keep pages from all looking alike while the number of
distinct texts (each judged once) stays small.
"""

import datetime

from ..evidence import EvidenceLevel

TITLE_PREFIX = "[Generated] "
SLUG_PREFIX = "generated-"
SUMMARY_SLUG = SLUG_PREFIX + "summary-"
CATEGORY_SLUG = SLUG_PREFIX + "category-"
TOPIC_SLUG = SLUG_PREFIX + "topic-"
PAPER_TITLE = "Synthetic example, not a real study"
JOURNAL = "No journal: synthetic test data"
DOI_PREFIX = "10.0000/not-a-real-study."
NOT_A_STUDY = "Not a real study (test data)"

SUBJECTS = (
    "walking",
    "sleep",
    "arm strength",
    "skin care",
    "breathing",
    "daily life",
    "wheelchair use",
    "hand skills",
    "mood",
    "exercise",
)

SIMPLE_EXPLANATIONS = (
    "This page is test data made by a computer. It is not a real study. "
    "It helps us check that the website stays fast when it has many pages. "
    "Do not use it to make health choices.",
    "A computer wrote this page to test the website. No study took place. "
    "The words are here only to fill the page. Please do not act on them.",
    "This is not real research. It is made-up text that we use to test how the site "
    "works with lots of pages. It gives no advice about your health.",
)

KEY_FINDINGS = (
    (
        "There are no findings. This page is test data.",
        "The words on this page do not come from any study.",
    ),
    (
        "Nothing was found, because no study took place.",
        "This list is here so that the page looks like a real one.",
        "Please read a real summary to learn about research.",
    ),
)

RESEARCH_SUMMARIES = (
    "<p>This page was made by a computer to test the website. It does not describe a "
    "real study, and no one took part in one.</p>"
    "<p>We use pages like this one to check that the site stays quick when it holds "
    "thousands of summaries.</p>",
    "<p>No research is described here. The text fills the page so that we can test how "
    "the site lists, searches and shows many summaries.</p>",
)

IMPLICATIONS = (
    (
        (
            "This is test data",
            "Nothing on this page is advice. Talk to your care team about your health.",
        ),
    ),
    (
        ("Not for real use", "This page only tests the website. It does not tell you what to do."),
        ("Where to learn more", "Read the real summaries on this site, or ask your care team."),
    ),
)

LIMITATIONS = (
    ("This page is not a real study.",),
    ("No one took part, because no study took place.", "The text was made up to test the site."),
)

EVIDENCE_LEVELS = tuple(EvidenceLevel.values)
# Spread over about three years before this date, so that generated summaries mix with
# real ones in every listing ordered by date instead of all coming first.
NEWEST = datetime.datetime(2026, 1, 1, 9, 0, tzinfo=datetime.UTC)


def variant(number: int) -> int:
    """Which text variant summary `number` uses: the same for all its plain-language
    fields, so that the whole site has as many distinct texts as SIMPLE_EXPLANATIONS."""
    return number % len(SIMPLE_EXPLANATIONS)


def summary_values(number: int) -> dict:
    """The field values of generated summary `number` (1, 2, …)."""
    which = variant(number)
    subject = SUBJECTS[number % len(SUBJECTS)]
    published = NEWEST - datetime.timedelta(hours=2.6 * number)
    return {
        "title": f"{TITLE_PREFIX}Test summary {number} about {subject}",
        "slug": f"{SUMMARY_SLUG}{number:05d}",
        "paper_title": PAPER_TITLE,
        "journal": JOURNAL,
        "publication_year": published.year,
        "doi": f"{DOI_PREFIX}{number:05d}",
        "simple_explanation": SIMPLE_EXPLANATIONS[which],
        "study_duration": NOT_A_STUDY,
        "participants": NOT_A_STUDY,
        "study_funding": NOT_A_STUDY,
        "author_conflicts": NOT_A_STUDY,
        "evidence_level": EVIDENCE_LEVELS[number % len(EVIDENCE_LEVELS)],
        "key_findings": [("finding", text) for text in KEY_FINDINGS[which % len(KEY_FINDINGS)]],
        "research_summary": RESEARCH_SUMMARIES[which % len(RESEARCH_SUMMARIES)],
        "practical_implications": [
            ("implication", {"heading": heading, "text": text})
            for heading, text in IMPLICATIONS[which % len(IMPLICATIONS)]
        ],
        "study_limitations": [
            ("limitation", text) for text in LIMITATIONS[which % len(LIMITATIONS)]
        ],
        "search_description": "Test data made by a computer: not a real study.",
        "first_published_at": published,
    }


def category_values(number: int) -> dict:
    return {
        "title": f"{TITLE_PREFIX}Test category {number}",
        "slug": f"{CATEGORY_SLUG}{number:03d}",
        "intro": "Made-up summaries that test the website with many pages. "
        "None of them is a real study.",
    }


def topic_name(number: int) -> str:
    return f"{TITLE_PREFIX}Test topic {number}"


def topic_slug(number: int) -> str:
    return f"{TOPIC_SLUG}{number:02d}"
