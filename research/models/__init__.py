from .category import CategoryPage
from .feedback import SummaryFeedback
from .index import ResearchIndexPage
from .subscriptions import DigestDelivery, DigestRun, Subscriber
from .summary import ResearchSummaryPage, ResearchSummaryTopic

__all__ = [
    "CategoryPage",
    "DigestDelivery",
    "DigestRun",
    "ResearchIndexPage",
    "ResearchSummaryPage",
    "ResearchSummaryTopic",
    "Subscriber",
    "SummaryFeedback",
]
