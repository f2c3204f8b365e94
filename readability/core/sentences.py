"""Sentence boundaries that survive medical and statistical writing.

A sentence ends at ``.``, ``?``, ``!`` or an ellipsis (with any closing quotes or
brackets after it) followed by white space and then something that can start a
sentence, and always at the end of a unit (so a heading or a bullet item without a full
stop is a sentence of its own). It does not end:

* inside brackets: "(RR 0.73, 95% CI 0.65 to 0.81; see Fig. 2.)" is one aside, and
  the sentence ends after the closing bracket if the full stop is there;
* after abbreviations that do not end sentences: "et al.", "e.g.", "i.e.", "vs.",
  "Dr.", "Fig.", "No. 5", "approx.", ...;
* after initials: "J. K. Smith" (a capital letter and a full stop followed by another
  initial or a word that is not a common sentence opener);
* after a list number: "1. First" or "a) First" at the start of a sentence;
* before a lower-case word: "p. 5", "ca. 30 patients", "etc. and", "... and then".

Decimals ("0.05", ".05") never split: a boundary needs white space after the stop.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .lexicon import zipf
from .text import Unit

_CANDIDATE = re.compile(r"(?:[.!?]+|…)[\"'’”»)\]]*(?=\s)")
_NEXT_START = re.compile(r"\S")
_NEXT_WORD = re.compile(r"[\"'“‘(\[]*([^\s.,;:!?\"'”’)\]]+)(\.?)")
_LIST_MARKER = re.compile(r"[\s(\[]*(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})[.)]\s*$")
_INLINE_LIST_MARKER = re.compile(r"[:;]\s*\(?\d{1,2}$")
_LEADING_MARKER = re.compile(r"(?:[-*•‣◦▪–—]|\(?\d{1,3}[.)]|\(?[a-z][.)]|\([ivx]{1,4}\))\s+")
_BRACKETS = re.compile(r"[()\[\]{}]")
_HAS_CONTENT = re.compile(r"[^\W_]")
_OPENERS = {")": "(", "]": "[", "}": "{"}

# Lower case; the text before the full stop is compared without it.
NON_FINAL_ABBREVIATIONS = frozenset(
    {
        "e.g", "i.e", "eg", "ie", "al", "vs", "v", "cf", "viz", "dr", "drs", "mr", "mrs",
        "ms", "prof", "st", "fig", "figs", "approx", "ca", "incl", "resp", "eq", "eqs",
        "ref", "refs", "vol", "vols", "pp", "ed", "eds", "sr", "jr", "inc", "ltd", "co",
        "dept", "univ", "est", "nos", "no", "tab", "suppl", "mt", "gen", "gov", "sgt",
        "capt", "col", "lt", "rev", "hon", "assoc", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    }
)  # fmt: skip
# Followed by a capitalised word these usually still end the sentence ("... and so
# on, etc. The next ..."), so they only hold when the next word is lower case.
_FINAL_WHEN_CAPITALISED = frozenset({"etc", "est", "no", "nos", "co", "inc", "ltd", "jr", "sr"})
# Lower-case words after which a capital initial is more likely a name than a label:
# "by J. Smith" but "vitamin D. Patients".
_NAME_LEADERS = frozenset({"by", "and", "with", "from", "to", "of", "dr", "prof", "mr", "ms"})
_MAX_ASIDE = 600


def _word_before(text: str, window_start: int, position: int) -> str:
    """The word ending just before ``position`` (brackets, quotes and dots stripped)."""
    words = text[window_start:position].split()
    if not words:
        return ""
    return words[-1].lstrip("([\"'“‘").rstrip(".")


def _protected_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Outermost matched bracket pairs in ``text[start:end]``, as (open, close) indices."""
    pairs: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for match in _BRACKETS.finditer(text, start, end):
        char = match.group()
        if char in "([{":
            stack.append((char, match.start()))
            continue
        opener = _OPENERS[char]
        for depth in range(len(stack) - 1, -1, -1):
            if stack[depth][0] == opener:
                open_at = stack[depth][1]
                del stack[depth:]
                if match.start() - open_at <= _MAX_ASIDE:
                    pairs.append((open_at, match.start()))
                break
    pairs.sort()
    outermost: list[tuple[int, int]] = []
    for open_at, close_at in pairs:
        if outermost and open_at < outermost[-1][1]:
            continue
        outermost.append((open_at, close_at))
    return outermost


def _is_initial(text: str, word_start: int, next_at: int, unit_start: int) -> bool:
    """Whether a capital letter and full stop at ``word_start`` is a name's initial."""
    following = _NEXT_WORD.match(text, next_at)
    if following is None:
        return False
    word, stop = following.group(1), following.group(2)
    if len(word) == 1 and word.isupper() and stop:
        return True  # "J. K."
    previous = _word_before(text, max(unit_start, word_start - 30), word_start)
    if previous[:1].islower() and previous.lower() not in _NAME_LEADERS:
        return False  # "vitamin D. The", "group A. Patients"
    return zipf(word) < 5.0


def _ends_sentence(
    text: str, stop_at: int, next_at: int, sentence_start: int, unit_start: int
) -> bool:
    punctuation = text[stop_at]
    following = text[next_at]
    if following.islower():
        # "... and then", "e.g. this", "ca. 30"; but a new sentence may open with a
        # lower-case abbreviation ("iPSCs were ...").
        next_word = _NEXT_WORD.match(text, next_at)
        return next_word is not None and any(char.isupper() for char in next_word.group(1)[1:])
    if punctuation in "?!":
        return True
    if punctuation == "…" or text.startswith("..", stop_at):
        return following.isupper() or following.isdigit()
    word = _word_before(text, max(sentence_start, stop_at - 40), stop_at)
    lowered = word.lower()
    if lowered in NON_FINAL_ABBREVIATIONS:
        if lowered == "al":
            return False
        if lowered in ("no", "nos"):
            return not following.isdigit()
        return lowered in _FINAL_WHEN_CAPITALISED
    if len(word) == 1 and word.isupper():
        return not _is_initial(text, stop_at - 1, next_at, unit_start)
    if len(word) == 1 and following.isdigit():
        return False  # "p. 5", "n. 12"
    if _LIST_MARKER.fullmatch(text, sentence_start, stop_at + 1):
        return False  # "1. First", "(a) First"
    # "Steps: 1. Wash" is a list, not a sentence ending in "1."
    return not (word.isdigit() and _INLINE_LIST_MARKER.search(text, sentence_start, stop_at))


def split_unit(scored: str, unit: Unit) -> Iterable[tuple[int, int]]:
    """Yield (start, end) sentence spans, trimmed of white space, inside one unit."""
    start, end = unit.start, unit.end
    marker = _LEADING_MARKER.match(scored, start, end)
    sentence_start = marker.end() if marker and unit.kind != "heading" else start
    protected = _protected_spans(scored, start, end)
    guard = 0
    for candidate in _CANDIDATE.finditer(scored, sentence_start, end):
        boundary = candidate.end()
        while guard < len(protected) and protected[guard][1] < boundary - 1:
            guard += 1
        if (
            guard < len(protected)
            and protected[guard][0] < candidate.start()
            and protected[guard][1] >= boundary
        ):
            continue  # inside brackets; "(An aside.) Next" still ends after the bracket
        next_start = _NEXT_START.search(scored, boundary, end)
        if next_start is None:
            break
        if not _ends_sentence(scored, candidate.start(), next_start.start(), sentence_start, start):
            continue
        yield from _trimmed(scored, sentence_start, boundary)
        sentence_start = next_start.start()
    yield from _trimmed(scored, sentence_start, end)


def _trimmed(scored: str, start: int, end: int) -> Iterable[tuple[int, int]]:
    while start < end and scored[start].isspace():
        start += 1
    while end > start and scored[end - 1].isspace():
        end -= 1
    if _HAS_CONTENT.search(scored, start, end):
        yield start, end


def split_sentences(scored: str, units: Iterable[Unit]) -> list[tuple[int, int, str]]:
    """(start, end, unit kind) of every sentence, in text order."""
    spans: list[tuple[int, int, str]] = []
    for unit in units:
        spans.extend((start, end, unit.kind) for start, end in split_unit(scored, unit))
    return spans
