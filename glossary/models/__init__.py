from .approvals import GlossaryApproval
from .page import GlossaryPage
from .review_task import GlossaryReviewTask
from .terms import GlossaryTerm, GlossaryTermQuerySet, TermKind, WriterGuidance
from .usage import GlossaryUsage

__all__ = [
    "GlossaryApproval",
    "GlossaryPage",
    "GlossaryReviewTask",
    "GlossaryTerm",
    "GlossaryTermQuerySet",
    "GlossaryUsage",
    "TermKind",
    "WriterGuidance",
]
