from .approvals import GlossaryApproval
from .page import GlossaryPage
from .terms import GlossaryTerm, GlossaryTermQuerySet, TermKind, WriterGuidance
from .usage import GlossaryUsage

__all__ = [
    "GlossaryApproval",
    "GlossaryPage",
    "GlossaryTerm",
    "GlossaryTermQuerySet",
    "GlossaryUsage",
    "TermKind",
    "WriterGuidance",
]
