from .approvals import GlossaryApproval
from .terms import GlossaryTerm, GlossaryTermQuerySet, TermKind, WriterGuidance

__all__ = [
    "GlossaryApproval",
    "GlossaryTerm",
    "GlossaryTermQuerySet",
    "TermKind",
    "WriterGuidance",
]
