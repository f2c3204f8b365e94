from .approvals import GlossaryApproval
from .missing_words import FoundAs, MissingWord, MissingWordsCount, SummaryWord
from .terms import GlossaryTerm, GlossaryTermQuerySet, TermKind, WriterGuidance

__all__ = [
    "FoundAs",
    "GlossaryApproval",
    "GlossaryTerm",
    "GlossaryTermQuerySet",
    "MissingWord",
    "MissingWordsCount",
    "SummaryWord",
    "TermKind",
    "WriterGuidance",
]
