from .category import CategoryPage
from .index import ResearchIndexPage
from .summary import ResearchSummaryPage, ResearchSummaryTopic

__all__ = ["CategoryPage", "ResearchIndexPage", "ResearchSummaryPage", "ResearchSummaryTopic"]
