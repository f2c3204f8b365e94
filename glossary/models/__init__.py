from .approvals import GlossaryApproval
from .review_task import GlossaryReviewTask
from .terms import GlossaryTerm, GlossaryTermQuerySet, TermKind, WriterGuidance

__all__ = [
    "GlossaryApproval",
    "GlossaryReviewTask",
    "GlossaryTerm",
    "GlossaryTermQuerySet",
    "TermKind",
    "WriterGuidance",
]
