"""Finding the glossary's terms in a piece of text, the way the engine finds them.

The words are the engine's (readability.core.tokens, split at hyphens as
readability.core.terms does) and so is the matching (TermIndex: the longest form wins,
abbreviations only in their exact capitals, other terms in any case). One rule is the
page's own: a match covers whole words as written, so "inflammatory" is not marked inside
"anti-inflammatory", while "follow-up" still matches the term "follow up".
"""

from collections.abc import Iterator
from dataclasses import dataclass

from readability.core.terms import Term, TermIndex
from readability.core.tokens import TOKEN_PATTERN, normalise_word

_HYPHENS = "-‐‑–"


@dataclass(frozen=True, slots=True)
class Found:
    start: int
    end: int
    term: Term


def _words(text: str) -> tuple[list[str], list[tuple[int, int]], list[bool], list[bool]]:
    """Words with their spans, and whether each starts / ends a whole token."""
    words: list[str] = []
    spans: list[tuple[int, int]] = []
    starts: list[bool] = []
    ends: list[bool] = []
    for token in TOKEN_PATTERN.finditer(text):
        surface = token.group()
        base = token.start()
        parts: list[tuple[int, int]] = []
        part_start = 0
        for offset, char in enumerate(surface):
            if char in _HYPHENS:
                if offset > part_start:
                    parts.append((part_start, offset))
                part_start = offset + 1
        if len(surface) > part_start:
            parts.append((part_start, len(surface)))
        for number, (start, end) in enumerate(parts):
            words.append(normalise_word(surface[start:end]).replace("’", "'"))
            spans.append((base + start, base + end))
            starts.append(number == 0)
            ends.append(number == len(parts) - 1)
    return words, spans, starts, ends


def find_terms(text: str, index: TermIndex) -> Iterator[Found]:
    """Every listed term in `text`, left to right, none overlapping another."""
    if not index.terms:
        return
    words, spans, starts, ends = _words(text)
    keys = [word.lower() for word in words]
    exact, folded = index.exact, index.folded
    position = 0
    while position < len(words):
        if starts[position] and (words[position] in exact or keys[position] in folded):
            match = index.match_at(words, keys, position)
            if match is not None:
                length, term = match
                last = position + length - 1
                if ends[last]:
                    yield Found(spans[position][0], spans[last][1], term)
                    position += length
                    continue
        position += 1
