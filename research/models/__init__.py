from .category import CategoryPage
from .feedback import SummaryFeedback
from .index import ResearchIndexPage
from .subscriptions import DigestDelivery, DigestRun, Subscriber
from .summary import ResearchSummaryPage, ResearchSummaryTopic
from .workflow import MedicalReviewTask, PlainLanguageCheckTask

__all__ = [
    "CategoryPage",
    "DigestDelivery",
    "DigestRun",
    "MedicalReviewTask",
    "PlainLanguageCheckTask",
    "ResearchIndexPage",
    "ResearchSummaryPage",
    "ResearchSummaryTopic",
    "Subscriber",
    "SummaryFeedback",
]
