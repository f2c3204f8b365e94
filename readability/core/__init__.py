"""Readability engine for plain-language research summaries (pure Python).

    from readability.core import analyse
    report = analyse("<p>Stem cells were injected.</p>", html=True)
    report.grade, report.metrics, report.sentences, report.jargon, report.to_dict()

No Django or Wagtail here (an import-linter contract checks): the CMS calls in, never
the other way round. Modules: ``text`` (HTML to units with offsets), ``sentences``,
``tokens``, ``syllables``, ``lexicon`` (word frequency, familiar words), ``terms`` (the
term list), ``explanations`` and ``jargon``, ``passive``, ``metrics`` (classic formulas),
``grade`` (the grade model), ``report``, ``analysis`` (``analyse``), ``policy``
(errors and warnings against per-field thresholds), ``accessibility`` (what in the
markup shuts readers out), ``severity`` (error/warning, and the pass/warn/fail they make),
``cli`` (``python -m readability.core``).
"""

from .analysis import analyse
from .jargon import JargonHit
from .metrics import Metrics
from .policy import DEFAULT_THRESHOLDS, FieldThresholds, Reason, Verdict, evaluate
from .report import Report, SentenceLimits, SentenceReport
from .terms import Term, TermIndex, build_index

__all__ = [
    "DEFAULT_THRESHOLDS",
    "FieldThresholds",
    "Reason",
    "Verdict",
    "evaluate",
    "JargonHit",
    "Metrics",
    "Report",
    "SentenceLimits",
    "SentenceReport",
    "Term",
    "TermIndex",
    "analyse",
    "build_index",
]
