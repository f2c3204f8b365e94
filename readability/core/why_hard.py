"""Why one sentence is hard to read, in words a writer can act on.

``why_hard(report, sentence)`` gives an ordered tuple of ``HardReason``, each with a
``code``, a short ``message`` (what the gate's messages append), a ``suggestion`` (what
to do) and ``spans`` into ``Report.text``:

* ``too_long``: how many words, and where the sentence could be split (``at``, the
  offset where the first part ends, at a word boundary): a "; ", ", and ", ", but ",
  ", which ", ", so ", " because ", ", while ", a spaced dash... nearest the middle;
* ``rare_words``: the rarest few unexplained rare words or listed terms, with the term
  list's plain alternative when it has one;
* ``passive``: the passive constructions, with "say who did it";
* ``noun_string``: four or more nouns in a row ("spinal cord injury rehabilitation
  outcome measures"), or three when one of them is a long abstract noun ("-tion",
  "-ment"...): how they are found is in ``noun_strings``;
* ``numbers``: statistics readers will not follow: confidence intervals, p values,
  ratios ("RR 0.73", "OR 1.2"), "n = 45", "mean ± SD", percentages in brackets, ranges
  of decimals ("0.65 to 0.81");
* ``abbreviations``: abbreviations not spelled out in this sentence or before it;
* ``long_words``: only when none of the above explains a hard sentence: its longest
  words (the grade model reads syllables and word frequency).

Reasons are worked out when asked for (``Report.why_hard``), never inside ``analyse``:
a long document has thousands of hard sentences and the panel shows a dozen.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .jargon import MEDICAL_TERM, RARE, UNEXPLAINED_ABBREVIATION, JargonHit
from .noun_strings import noun_strings
from .passive import IRREGULAR_PARTICIPLES
from .tokens import TOKEN_PATTERN, profile

if TYPE_CHECKING:
    from .report import SentenceReport

TOO_LONG = "too_long"
RARE_WORDS = "rare_words"
PASSIVE_VOICE = "passive"
NOUN_STRING = "noun_string"
NUMBERS = "numbers"
ABBREVIATIONS = "abbreviations"
LONG_WORDS = "long_words"
CODES = (TOO_LONG, RARE_WORDS, PASSIVE_VOICE, NOUN_STRING, NUMBERS, ABBREVIATIONS, LONG_WORDS)
# What each reason is called where it is shown as a heading ("Too long: 34 words...").
LABELS = {
    TOO_LONG: "too long",
    RARE_WORDS: "rare words",
    PASSIVE_VOICE: "passive voice",
    NOUN_STRING: "string of nouns",
    NUMBERS: "statistics",
    ABBREVIATIONS: "abbreviations not spelled out",
    LONG_WORDS: "long words",
}

MAX_QUOTED = 3  # words, terms or statistics named in one reason
MIN_PART_WORDS = 4  # each part of a split sentence keeps at least this many words

# Where a long sentence can be cut in two: (pattern, where the first part ends).
# "after" ends it after the punctuation; "before" ends it before the joining word.
_SPLITS = re.compile(
    r"(?P<after>[;:])\s+"
    r"|(?P<comma>,)\s+(?:and|but|which|so|while|whereas|although|though|because)\s"
    r"|\s(?P<dash>[–—]|--?)\s"
    r"|(?P<before>)\s(?:because|whereas|although)\s",
    re.IGNORECASE,
)

# Statistics readers will not follow. Numbers with a space or a comma inside them
# ("1,000") are single tokens elsewhere; here plain regular expressions on the text.
_NUMBER = r"[-−]?\d+(?:[.,·]\d+)?"
_STATISTICS = re.compile(
    "|".join(
        (
            # 95% CI 0.65 to 0.81, 95% confidence interval (CI) 0.65-0.81, CI: 1.2, 3.4
            rf"\b\d{{2}}(?:\.\d+)?\s?%\s?(?:CI|confidence intervals?(?:\s?\(CI\))?)"
            rf"(?:[\s:,=]*(?P<open1>\()?{_NUMBER}\s?(?:to|[-–—,])\s?{_NUMBER}(?(open1)\)))?",
            rf"\bCI[\s:,=]*(?P<open2>\()?{_NUMBER}\s?(?:to|[-–—,])\s?{_NUMBER}(?(open2)\))",
            # p < 0.05, P=.001, p value 0.03
            r"(?<![\w.])[pP](?:\s?-?values?)?\s?[<>=≤≥]\s?[-−]?(?:\d+(?:\.\d+)?|\.\d+)",
            # RR 0.73, OR = 1.2, aHR 0.8, SMD -0.4, odds ratio 2.1
            rf"\b(?:a?RR|a?OR|a?HR|IRR|SMD|WMD|MD|NNT|NNH|I²|I2)\s?[:=]?\s?{_NUMBER}"
            rf"|\b(?:relative risk|risk ratio|odds ratio|hazard ratio|mean difference)"
            rf"\s?(?:\((?:RR|OR|HR|MD)\))?\s?[:=,]?\s?{_NUMBER}",
            # n = 45, N=120
            r"(?<![\w.])[nN]\s?=\s?\d[\d,]*",
            # 12.3 ± 4.5, 12.3 (SD 4.5)
            rf"{_NUMBER}\s?±\s?{_NUMBER}|\(\s?SD\s?[:=]?\s?{_NUMBER}\s?\)",
            # percentages in brackets: (45%), (12/40, 30%)
            r"\((?:[^()%]{0,20}?\d)?\s?[\d.]+\s?%\s?\)",
            # ranges of decimals: 0.65 to 0.81, 1.2–3.4
            r"(?<![\w.])\d+\.\d+\s?(?:to|[-–—])\s?\d+\.\d+",
        )
    )
)


_DIGIT = re.compile(r"\d")


# Verbs that report a link found between two things rather than something someone did.
_LINKING_VERBS = frozenset({"associated", "linked", "related", "correlated"})
# Past tenses of irregular participles, for "say who did it: 'the researchers gave'".
_PAST_TENSES = {
    "given": "gave", "taken": "took", "shown": "showed", "seen": "saw", "known": "knew",
    "written": "wrote", "chosen": "chose", "drawn": "drew", "grown": "grew",
    "undertaken": "undertook", "withdrawn": "withdrew", "done": "did", "begun": "began",
    "spoken": "spoke", "broken": "broke", "driven": "drove", "eaten": "ate",
    "forgotten": "forgot", "hidden": "hid", "thrown": "threw", "worn": "wore",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class HardReason:
    """One reason a sentence is hard; ``spans`` index ``Report.text``.

    ``at`` (``too_long`` only): where the sentence could end, ``text[sentence.start:at]``
    being the first part; ``None`` when no natural split point was found.
    """

    code: str
    message: str  # "rare words: 'allogeneic' (try 'from a donor')", "34 words (...)"
    suggestion: str | None = None
    spans: tuple[tuple[int, int], ...] = ()
    at: int | None = None

    @property
    def label(self) -> str:
        """ "rare words", "too long": what a list of reasons can put in bold."""
        return LABELS.get(self.code, self.code.replace("_", " "))

    @property
    def detail(self) -> str:
        """The message without its label: what follows "Rare words: "."""
        prefix = self.label + ": "
        return self.message[len(prefix) :] if self.message.startswith(prefix) else self.message

    def to_dict(self) -> dict[str, object]:
        return {
            "code": self.code,
            "label": self.label,
            "detail": self.detail,
            "message": self.message,
            "suggestion": self.suggestion,
            "spans": [{"start": start, "end": end} for start, end in self.spans],
            "at": self.at,
        }


def why_hard(
    text: str,
    sentence: SentenceReport,
    jargon: Sequence[JargonHit] = (),
) -> tuple[HardReason, ...]:
    """Reasons ``sentence`` (of a report on ``text``) is hard, most useful first.

    ``jargon``: the report's hits inside this sentence. Never raises; a sentence with
    nothing to say about gives ``()``.
    """
    start, end = sentence.start, sentence.end
    if start >= end or not text[start:end].strip():
        return ()
    tokens = list(TOKEN_PATTERN.finditer(text, start, end))
    reasons: list[HardReason] = []
    if sentence.very_long:
        reasons.append(_too_long(text, start, end, sentence.words))
    numbers = _numbers(text, start, end)
    found = (
        _rare_words(jargon),
        _passive(text, sentence.passive),
        _noun_string(text, tokens, jargon),
        numbers,
        # "CI" in "95% CI 0.65 to 0.81" is part of the statistic, said once there.
        _abbreviations(jargon, numbers.spans if numbers else ()),
    )
    reasons.extend(reason for reason in found if reason is not None)
    if not reasons and (sentence.hard or sentence.very_hard):
        fallback = _long_words(tokens) or _too_long(text, start, end, sentence.words)
        reasons.append(fallback)
    return tuple(reasons)


def quote(text: str, limit: int = 50) -> str:
    """Text on one line, cut with "…" past ``limit`` characters."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _quoted(texts: Sequence[str]) -> str:
    return ", ".join(f"'{quote(text)}'" for text in texts)


def split_point(text: str, start: int, end: int) -> int | None:
    """Offset where ``text[start:end]`` could be cut in two, nearest its middle.

    The first part ends there (after a comma or semicolon, or before "because"); both
    parts keep at least ``MIN_PART_WORDS`` words. ``None`` when there is no such place.
    """
    middle = (start + end) / 2
    best: int | None = None
    for match in _SPLITS.finditer(text, start, end):
        if match.group("after") is not None or match.group("comma") is not None:
            at = match.start() + 1
        elif match.group("dash") is not None:
            at = match.end("dash")
        else:
            at = match.start()
        before = len(TOKEN_PATTERN.findall(text, start, at))
        after = len(TOKEN_PATTERN.findall(text, at, end))
        if before < MIN_PART_WORDS or after < MIN_PART_WORDS:
            continue
        if best is None or abs(at - middle) < abs(best - middle):
            best = at
    return best


def words_before(text: str, start: int, at: int, count: int = 3) -> str:
    """The last ``count`` words of ``text[start:at]`` with their punctuation."""
    words = text[start:at].split()
    tail = " ".join(words[-count:])
    return ("…" if len(words) > count else "") + tail


def _too_long(text: str, start: int, end: int, words: int) -> HardReason:
    at = split_point(text, start, end)
    if at is None:
        return HardReason(
            TOO_LONG,
            f"{words} words",
            "Cut it into shorter sentences, one idea in each.",
            ((start, end),),
        )
    where = words_before(text, start, at)
    return HardReason(
        TOO_LONG,
        f"{words} words (could split after '{where}')",
        "End the sentence there and start a new one.",
        ((start, end),),
        at,
    )


def _rarity(hit: JargonHit) -> float:
    parts = [profile(part).zipf for part in hit.text.split()] or [0.0]
    return min(parts)


def _first_of_each(hits: Sequence[JargonHit]) -> list[JargonHit]:
    seen: set[str] = set()
    kept: list[JargonHit] = []
    for hit in hits:
        key = (hit.term or hit.text).lower()
        if key not in seen:
            seen.add(key)
            kept.append(hit)
    return kept


def _rare_words(jargon: Sequence[JargonHit]) -> HardReason | None:
    hits = _first_of_each(
        [hit for hit in jargon if hit.reason in (RARE, MEDICAL_TERM) and not hit.explained]
    )
    if not hits:
        return None
    hits.sort(key=_rarity)
    shown = hits[:MAX_QUOTED]
    named = ", ".join(
        f"'{hit.text}'" + (f" (try '{hit.plain}')" if hit.plain else "") for hit in shown
    )
    suggestion = (
        "Use the everyday words suggested, or explain each word in brackets."
        if any(hit.plain for hit in shown)
        else "Use everyday words, or explain each word in brackets the first time."
    )
    return HardReason(
        RARE_WORDS,
        f"rare words: {named}",
        suggestion,
        tuple((hit.start, hit.end) for hit in shown),
    )


def _active_example(span: str) -> str | None:
    """ "were randomised" -> "randomised", "was given" -> "gave": the active verb."""
    participle = span.split()[-1].lower() if span.split() else ""
    if participle in _PAST_TENSES:
        return _PAST_TENSES[participle]
    if participle.endswith("ed") or participle in IRREGULAR_PARTICIPLES:
        return participle  # regular verbs: the past tense is the participle
    return None


def _passive(text: str, spans: Sequence[tuple[int, int]]) -> HardReason | None:
    if not spans:
        return None
    shown = [text[start:end] for start, end in spans[:MAX_QUOTED]]
    active = _active_example(shown[0])
    if active in _LINKING_VERBS:
        # "was associated with": a link found, not an act; say what went with what.
        suggestion = (
            f"Say what went with what: 'people who had more of A also had more of B' "
            f"rather than '{shown[0]}'."
        )
    else:
        suggestion = (
            f"Say who did it: 'the researchers {active}' rather than '{shown[0]}'."
            if active
            else "Say who did it, and put them first."
        )
    return HardReason(PASSIVE_VOICE, f"passive voice: {_quoted(shown)}", suggestion, tuple(spans))


def _noun_string(
    text: str, tokens: Sequence[re.Match[str]], jargon: Sequence[JargonHit]
) -> HardReason | None:
    strings = noun_strings(text, tokens, jargon)
    if not strings:
        return None
    spans = tuple((run[0][0], run[-1][1]) for run in strings[:MAX_QUOTED])
    return HardReason(
        NOUN_STRING,
        f"string of nouns: {_quoted([text[start:end] for start, end in spans])}",
        "Unpack it with small words: 'measures of how well rehabilitation works' rather "
        "than 'rehabilitation outcome measures'.",
        spans,
    )


def _numbers(text: str, start: int, end: int) -> HardReason | None:
    if not _DIGIT.search(text, start, end):
        return None  # most sentences: no number at all
    spans: list[tuple[int, int]] = []
    for match in _STATISTICS.finditer(text, start, end):
        span = (match.start(), match.end())
        if spans and span[0] < spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], span[1]))
        else:
            spans.append(span)
    if not spans:
        return None
    shown = [text[a:b] for a, b in spans[:MAX_QUOTED]]
    return HardReason(
        NUMBERS,
        f"statistics: {_quoted(shown)}",
        "Say what the numbers mean in words, e.g. 'about 3 in 10 people'.",
        tuple(spans),
    )


def _abbreviations(
    jargon: Sequence[JargonHit], statistics: Sequence[tuple[int, int]]
) -> HardReason | None:
    hits = _first_of_each(
        [
            hit
            for hit in jargon
            if hit.reason == UNEXPLAINED_ABBREVIATION
            and not hit.explained
            and not any(start <= hit.start and hit.end <= end for start, end in statistics)
        ]
    )
    if not hits:
        return None
    shown = hits[:MAX_QUOTED]
    first = shown[0]
    suggestion = f"Spell out '{first.text}' the first time, with the letters in brackets" + (
        f", or say '{first.plain}' instead." if first.plain else "."
    )
    return HardReason(
        ABBREVIATIONS,
        f"abbreviations not spelled out: {_quoted([hit.text for hit in shown])}",
        suggestion,
        tuple((hit.start, hit.end) for hit in shown),
    )


def _long_words(tokens: Sequence[re.Match[str]]) -> HardReason | None:
    scored = []
    seen: set[str] = set()
    for token in tokens:
        info = profile(token.group())
        if info.is_number or info.syllables < 3 or info.lower in seen:
            continue
        seen.add(info.lower)
        scored.append((-info.syllables, info.zipf, token))
    if not scored:
        return None
    scored.sort(key=lambda item: (item[0], item[1]))
    shown = sorted((item[2] for item in scored[:MAX_QUOTED]), key=lambda token: token.start())
    return HardReason(
        LONG_WORDS,
        f"long words: {_quoted([token.group() for token in shown])}",
        "Use shorter, everyday words where you can.",
        tuple((token.start(), token.end()) for token in shown),
    )
