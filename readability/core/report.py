"""What ``analyse()`` returns: the text, its grade and metrics, sentences and jargon.

Every ``start``/``end`` is a half-open range of character indices into ``Report.text``
(see ``text.py``): ``report.text[hit.start:hit.end] == hit.text``.

``to_dict()`` gives JSON-serialisable dicts (only str, int, float, bool, None, lists
and dicts), for the editor and the JSON outputs of the command line.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from operator import attrgetter

from .grade import Signals
from .jargon import JargonHit
from .metrics import Metrics
from .why_hard import HardReason, why_hard

VERY_LONG = "very_long"
HARD = "hard"
VERY_HARD = "very_hard"
PASSIVE = "passive"
FLAGS = (VERY_LONG, HARD, VERY_HARD, PASSIVE)


_START = attrgetter("start")


@dataclass(frozen=True, slots=True)
class SentenceLimits:
    """When a sentence is flagged. Callers with field thresholds pass their own."""

    very_long_words: int = 25
    hard_grade: float = 10.0
    very_hard_grade: float = 14.0


@dataclass(slots=True)
class SentenceReport:
    start: int
    end: int
    text: str
    unit: str  # "paragraph", "heading", "list_item" or "table_cell"
    words: int
    grade: float
    score: float  # the same difficulty on the 1-6 scale of the human ratings
    flags: tuple[str, ...] = ()
    passive: tuple[tuple[int, int], ...] = ()  # spans of "was given", "is thought"...
    signals: Signals | None = None
    # Why it is hard, in words a writer can act on: ``None`` until ``Report.why_hard``
    # works them out (only flagged sentences need them, and only when shown).
    reasons: tuple[HardReason, ...] | None = None

    @property
    def very_long(self) -> bool:
        return VERY_LONG in self.flags

    @property
    def hard(self) -> bool:
        return HARD in self.flags

    @property
    def very_hard(self) -> bool:
        return VERY_HARD in self.flags

    @property
    def is_passive(self) -> bool:
        return PASSIVE in self.flags

    def to_dict(self) -> dict[str, object]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "unit": self.unit,
            "words": self.words,
            "grade": round(self.grade, 1),
            "score": round(self.score, 2),
            "flags": list(self.flags),
            "passive": [{"start": start, "end": end} for start, end in self.passive],
            "signals": self.signals.to_dict() if self.signals else None,
            "reasons": [reason.to_dict() for reason in self.reasons or ()],
        }


@dataclass(slots=True)
class Report:
    text: str
    grade: float
    score: float
    metrics: Metrics
    sentences: list[SentenceReport] = field(default_factory=list)
    jargon: list[JargonHit] = field(default_factory=list)
    html: bool = False
    # What the grade would be without the text's listed terms and abbreviations.
    grade_without_jargon: float = 0.0
    # Keys of the terms this text explains (listed term, abbreviation or word): pass
    # them as ``analyse(..., explained=...)`` for a field that readers see after this one.
    explained_terms: frozenset[str] = frozenset()

    @property
    def unexplained_jargon(self) -> list[JargonHit]:
        """First unexplained use of each term (later repeats are the same problem), and
        of each term to avoid (``JargonHit.is_problem``)."""
        seen: set[str] = set()
        first: list[JargonHit] = []
        for hit in self.jargon:
            key = (hit.term or hit.text).lower()
            if hit.is_problem and key not in seen:
                seen.add(key)
                first.append(hit)
        return first

    def flagged(self, flag: str) -> list[SentenceReport]:
        return [sentence for sentence in self.sentences if flag in sentence.flags]

    def jargon_in(self, sentence: SentenceReport) -> list[JargonHit]:
        """The jargon hits inside ``sentence`` (hits are in text order)."""
        jargon = self.jargon
        index = bisect_left(jargon, sentence.start, key=_START)
        hits = []
        while index < len(jargon) and jargon[index].start < sentence.end:
            hits.append(jargon[index])
            index += 1
        return hits

    def why_hard(self, sentence: SentenceReport) -> tuple[HardReason, ...]:
        """Why ``sentence`` (one of this report's) is hard; kept in ``sentence.reasons``."""
        if sentence.reasons is None:
            sentence.reasons = why_hard(self.text, sentence, self.jargon_in(sentence))
        return sentence.reasons

    def to_dict(self) -> dict[str, object]:
        """The report as JSON-ready dicts; flagged sentences carry their ``reasons``."""
        for sentence in self.sentences:
            if sentence.flags:
                self.why_hard(sentence)
        return {
            "text": self.text,
            "html": self.html,
            "grade": round(self.grade, 1),
            "grade_without_jargon": round(self.grade_without_jargon, 1),
            "score": round(self.score, 2),
            "metrics": self.metrics.to_dict(),
            "sentences": [sentence.to_dict() for sentence in self.sentences],
            "jargon": [hit.to_dict() for hit in self.jargon],
            "explained_terms": sorted(self.explained_terms),
        }
