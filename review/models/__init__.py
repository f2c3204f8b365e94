"""The review app's models: reviewers' decisions, and the two workflow steps that make
them. The decisions come first: the steps record them."""

from .decisions import PlainLanguageOverride, ReviewSignOff
from .tasks import MedicalReviewTask, PlainLanguageCheckTask

__all__ = ["MedicalReviewTask", "PlainLanguageCheckTask", "PlainLanguageOverride", "ReviewSignOff"]
