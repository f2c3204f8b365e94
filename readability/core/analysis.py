"""``analyse()``: from text or HTML to a full ``Report``."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from operator import attrgetter, methodcaller
from typing import Any

from . import grade as model
from .jargon import (
    ABBREVIATION,
    UNEXPLAINED_ABBREVIATION,
    JargonFinder,
    JargonHit,
    split_at_hyphens,
)
from .metrics import Counts, compute
from .passive import BE_FORMS, find_passive
from .report import (
    HARD,
    PASSIVE,
    VERY_HARD,
    VERY_LONG,
    Report,
    SentenceLimits,
    SentenceReport,
)
from .sentences import split_sentences
from .terms import build_index
from .text import extract
from .tokens import NUMBER_SYLLABLES, TOKEN_PATTERN, WordProfile, profile

_ZIPF_CAP = {
    UNEXPLAINED_ABBREVIATION: model.UNEXPLAINED_ABBREVIATION_ZIPF,
    ABBREVIATION: model.EXPLAINED_ABBREVIATION_ZIPF,
}
_DEFAULT_LIMITS = SentenceLimits()
_IS_NUMBER = attrgetter("is_number")
_SYLLABLES = attrgetter("syllables")
_POLYSYLLABLE = attrgetter("polysyllable")
_LONG = attrgetter("long")
_COMPLEX = attrgetter("complex")
_RARE = attrgetter("rare")
_LETTERS = attrgetter("letters")
_ZIPF = attrgetter("zipf")
_LOWER = attrgetter("lower")
_CAPITALISED = attrgetter("capitalised")
_DIFFICULTY = attrgetter("difficulty")
_REGISTER = attrgetter("register")
_MATCHED_TEXT = methodcaller("group")
_NAME_INSIDE_SENTENCE = re.compile(r"(?<=[\w,;:)] )[A-Z][^\W\d_A-Z][^\W\d_]*\b")


def analyse(
    text_or_html: str | None,
    html: bool = False,
    *,
    extra_terms: Any = None,
    allow: Iterable[str] | None = None,
    limits: SentenceLimits | None = None,
    explained: Iterable[str] | None = None,
    definitions_shown: bool = False,
) -> Report:
    """Analyse plain text (``html=False``) or Wagtail rich text / StreamField HTML.

    ``extra_terms``: more terms, e.g. the site's glossary, in the shape of the shipped
    term list (see ``terms.build_index``). ``allow``: words never flagged as jargon.
    ``limits``: when sentences are flagged long, hard or very hard.
    ``explained``: terms already explained elsewhere, e.g. the ``explained_terms`` of the
    report on a field that readers see first (later uses here are then explained).
    ``definitions_shown``: the page shows readers the definitions of the terms marked
    ``explained_to_readers`` wherever this text uses them, so those are not unexplained
    here (see ``jargon``).

    Never raises on any string; empty or blank input gives a report with grade 0.
    """
    extracted = extract(text_or_html or "", html)
    text, scored = extracted.text, extracted.scored
    allowed = frozenset(word.lower() for word in allow) if allow else frozenset()
    finder = JargonFinder(text, build_index(extra_terms), allowed, definitions_shown)
    if explained:
        finder.explained.update(explained)
    limits = limits or _DEFAULT_LIMITS
    all_infos: list[WordProfile] = []
    named: list[WordProfile] = []
    sentences: list[SentenceReport] = []
    totals = model.TextTotals()
    tokenise = TOKEN_PATTERN.finditer

    # A capitalised word seen inside a sentence is a name at the start of one too.
    finder.names = set(_NAME_INSIDE_SENTENCE.findall(scored))

    for start, end, unit in split_sentences(scored, extracted.units):
        matches = list(tokenise(scored, start, end))
        if not matches:
            continue
        surfaces = list(map(_MATCHED_TEXT, matches))
        infos = list(map(profile, surfaces))
        first_hit = len(finder.hits)
        hyphenated = "-" in scored[start:end] or "–" in scored[start:end]
        words = split_at_hyphens(matches, surfaces, hyphenated)
        finder.scan(len(sentences), words, (start, end), infos)
        hits = finder.hits[first_hit:]
        if hits:
            model.count_jargon(totals, (hit.reason for hit in hits))

        signals = _signals(matches, infos, hits, named)
        all_infos.extend(infos)
        score = model.sentence_score(signals)
        sentence_grade = model.sentence_grade(score)
        totals.sentences += 1
        totals.tokens += len(matches)
        totals.words += signals.words
        totals.syllables += signals.syllables
        totals.weighted_score += score * len(matches)
        totals.register += sum(map(_REGISTER, infos))
        lowered = list(map(_LOWER, infos))
        passive = (
            ()
            if BE_FORMS.isdisjoint(lowered)
            else tuple(
                (matches[first].start(), matches[last].end())
                for first, last in find_passive(lowered)
            )
        )
        flags: list[str] = []
        if len(matches) > limits.very_long_words:
            flags.append(VERY_LONG)
        if sentence_grade >= limits.very_hard_grade:
            flags.append(VERY_HARD)
        elif sentence_grade >= limits.hard_grade:
            flags.append(HARD)
        if passive:
            flags.append(PASSIVE)
        sentences.append(
            SentenceReport(
                start=start,
                end=end,
                text=text[start:end],
                unit=unit,
                words=len(matches),
                grade=sentence_grade,
                score=model.clip_score(score),
                flags=tuple(flags),
                passive=passive,
                signals=signals,
            )
        )

    counts = _count(all_infos, named, len(sentences))
    unexplained = {(hit.term or hit.text).lower() for hit in finder.hits if hit.is_problem}
    jargon_words = sum(1 for hit in finder.hits if hit.reason != ABBREVIATION)
    return Report(
        text=text,
        grade=model.text_grade(totals),
        grade_without_jargon=model.text_grade(totals, without=model.JARGON_FEATURES),
        score=model.clip_score(totals.mean_score),
        metrics=compute(counts, jargon_words=jargon_words, unexplained_jargon=len(unexplained)),
        sentences=sentences,
        jargon=finder.hits,
        html=html,
        explained_terms=frozenset(finder.explained),
    )


def _signals(
    matches: list[re.Match[str]],
    infos: list[WordProfile],
    hits: list[JargonHit],
    named: list[WordProfile],
) -> model.Signals:
    """The grade model's inputs for one sentence; its names are added to ``named``."""
    numbers = sum(map(_IS_NUMBER, infos))
    syllables = sum(map(_SYLLABLES, infos)) - NUMBER_SYLLABLES * numbers
    zipfs = list(map(_ZIPF, infos))
    if any(map(_CAPITALISED, infos)):
        # Names ("Guyana" inside a sentence) are familiar words, as Dale-Chall has it.
        for position in range(1, len(infos)):
            if infos[position].capitalised:
                zipfs[position] = max(zipfs[position], model.NAME_ZIPF)
                named.append(infos[position])
    if hits:
        for position, cap in _zipf_caps(matches, hits).items():
            zipfs[position] = min(zipfs[position], cap)
    if numbers:
        zipfs = [zipf for zipf, info in zip(zipfs, infos, strict=True) if not info.is_number]
    return model.signals(zipfs, len(matches), syllables, sum(map(_DIFFICULTY, infos)))


def _count(infos: list[WordProfile], names: list[WordProfile], sentences: int) -> Counts:
    """Counts over all tokens; names are familiar words, never complex or rare."""
    return Counts(
        words=len(infos),
        numbers=sum(map(_IS_NUMBER, infos)),
        sentences=sentences,
        syllables=sum(map(_SYLLABLES, infos)),
        polysyllables=sum(map(_POLYSYLLABLE, infos)),
        long_words=sum(map(_LONG, infos)),
        complex_words=sum(map(_COMPLEX, infos)) - sum(map(_COMPLEX, names)),
        rare_words=sum(map(_RARE, infos)) - sum(map(_RARE, names)),
        letters=sum(map(_LETTERS, infos)),
    )


def _zipf_caps(matches: list[re.Match[str]], hits: list[JargonHit]) -> dict[int, float]:
    """Token positions covered by abbreviation hits, with the Zipf they count as."""
    capped = [(hit, _ZIPF_CAP[hit.reason]) for hit in hits if hit.reason in _ZIPF_CAP]
    if not capped:
        return {}
    starts = [match.start() for match in matches]
    caps: dict[int, float] = {}
    for hit, cap in capped:
        first = max(0, bisect_right(starts, hit.start) - 1)
        last = bisect_left(starts, hit.end)
        for position in range(first, last):
            caps[position] = min(cap, caps.get(position, cap))
    return caps
