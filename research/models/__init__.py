from .category import CategoryPage
from .index import ResearchIndexPage
from .summary import ResearchSummaryPage, ResearchSummaryTopic
from .workflow import MedicalReviewTask, PlainLanguageCheckTask

__all__ = [
    "CategoryPage",
    "MedicalReviewTask",
    "PlainLanguageCheckTask",
    "ResearchIndexPage",
    "ResearchSummaryPage",
    "ResearchSummaryTopic",
]
