"""Demo content: plain-language summaries of real spinal cord injury (SCI) research.

Every paper below was looked up before it was summarised; PROVENANCE.md in this
folder lists where each title, journal, year and DOI was checked. Each summary
says only what the paper's abstract (or, where noted there, its text) reports.
``published_on`` is the date this site published the summary, not a claim about
the paper.

This module is pure data so that seeding code, tests and fixtures can share it."""

from . import (
    bladder_and_bowel,
    heart_and_breathing,
    living_with_sci,
    pain,
    rehabilitation,
    spinal_cord_injury,
    walking_and_standing,
)
from .categories import CATEGORIES

SUMMARIES = [
    *spinal_cord_injury.SUMMARIES,
    *rehabilitation.SUMMARIES,
    *walking_and_standing.SUMMARIES,
    *pain.SUMMARIES,
    *bladder_and_bowel.SUMMARIES,
    *living_with_sci.SUMMARIES,
    *heart_and_breathing.SUMMARIES,
]

__all__ = ["CATEGORIES", "SUMMARIES"]
