from .approvals import GlossaryApproval
from .missing_words import FoundAs, MissingWord, MissingWordsCount, SummaryWord
from .page import GlossaryPage
from .review_task import GlossaryReviewTask
from .terms import GlossaryTerm, GlossaryTermQuerySet, TermKind, WriterGuidance
from .usage import GlossaryUsage

__all__ = [
    "FoundAs",
    "GlossaryApproval",
    "GlossaryPage",
    "GlossaryReviewTask",
    "GlossaryTerm",
    "GlossaryTermQuerySet",
    "GlossaryUsage",
    "MissingWord",
    "MissingWordsCount",
    "SummaryWord",
    "TermKind",
    "WriterGuidance",
]
