from .category import CategoryPage, with_summary_counts
from .index import ResearchIndexPage
from .summary import ResearchSummaryPage, ResearchSummaryTopic

__all__ = [
    "CategoryPage",
    "ResearchIndexPage",
    "ResearchSummaryPage",
    "ResearchSummaryTopic",
    "with_summary_counts",
]
