"""Does the text explain a hard word or spell out an abbreviation where it is used?

A term counts as explained when its use comes with a plain gloss:

* in brackets after it: "allogeneic (from a donor)";
* between dashes, or after one dash to the end of the clause: "allogeneic — from a
  donor —", "allogeneic - from a donor.";
* after a comma and a signal: "allogeneic, meaning from a donor,", ", which means",
  ", that is", ", i.e.", ", or ...", ", also called";
* as a definition: "tetraplegia means ...", "... refers to", "... is when",
  "... is a type of", "... is the medical word for", or a sentence that opens with the
  term and says what it is: "Pregabalin is a medicine for nerve pain.";
* named after its description: "cells from a donor, called allogeneic cells", "known
  as", "(allogeneic)" after a plain description.

A gloss is plain when it has words, no numbers or statistics, and no word rarer than
the rare-word threshold. An abbreviation is also explained when it is spelled out next
to it, in either order ("mesenchymal stem cells (MSCs)", "MSCs (mesenchymal stem
cells)"); the long form is recognised letter by letter (Schwartz & Hearst, 2003), or
as the expansion in the term list.
"""

from __future__ import annotations

import re

from .lexicon import RARE_ZIPF
from .tokens import TOKEN_PATTERN, profile

_BRACKET_AFTER = re.compile(r"\s*\(([^()]{1,160})\)")
_BRACKET_AROUND_AFTER = re.compile(r"\s*\)")
_DASH_GLOSS = re.compile(r"\s*(?:—|–|--|\s-\s)\s*([^—–()]{1,160}?)\s*(?:—|–|--|\s-\s|[.;:!?]|$)")
_SIGNAL_GLOSS = re.compile(
    r"\s*[,:]\s*(?:meaning|which means|that is,?|i\.e\.,?|ie,?|in other words,?|or|"
    r"also called|also known as|known as|a word for|the medical word for)\s+"
    r"([^,;()]{1,160}?)\s*(?:[,;.!?)]|$)",
    re.IGNORECASE,
)
_DEFINITION = re.compile(
    r"\s*,?\s*(?:means|refers to|describes|is when|are when|is where|"
    r"(?:is|are) (?:a |an |the )?(?:(?:medical|scientific|technical) )?"
    r"(?:word|term|name|type|kind|form)s? (?:for|of))\b",
    re.IGNORECASE,
)
# "Pregabalin is a medicine for nerve pain.": the term opens the sentence and the rest of
# the clause says, in plain words, what it is.
_COPULA_GLOSS = re.compile(
    r"\s+(?:is|are)\s+(?:a|an)\s+([^,;:.!?()]{3,120}?)\s*(?:[,;.!?]|$)", re.IGNORECASE
)
_NAMING_WORDS = frozenset({"called", "named", "termed", "so-called"})
_NAME_FOR_THIS_IS = re.compile(r"(?:word|term|name) (?:for (?:this|it) )?is$")
_ARTICLES = frozenset({"a", "an", "the"})
_DEFINITION_OPENERS = ("means", "refers", "describes", "is ", "are ")
_DIGIT = re.compile(r"\d|[<>=≤≥±]")
# "(see below)", "(table 2)": pointers elsewhere, not explanations.
_POINTERS = frozenset({"see", "cf", "figure", "fig", "table", "appendix", "section", "page"})
# The first character after a term decides which patterns can apply ("(", a dash, a
# comma, a word): most uses of a term are followed by none of the signals, and looking
# first keeps the regular expressions off the common path.
_NEXT = re.compile(r"\s*(\S)")
_DASHES = "—–-"


def is_plain_gloss(fragment: str) -> bool:
    """Words a general reader knows: no numbers, statistics or rare words."""
    if _DIGIT.search(fragment):
        return False
    words = [match.group() for match in TOKEN_PATTERN.finditer(fragment)]
    if not words or words[0].lower() in _POINTERS:
        return False
    profiles = [profile(word) for word in words]
    if len(words) == 1 and profiles[0].abbreviation:
        return False
    return all(item.zipf >= RARE_ZIPF and not item.abbreviation for item in profiles)


def _letters_of(abbreviation: str) -> str:
    letters = "".join(char for char in abbreviation if char.isalnum())
    if len(letters) > 2 and letters.endswith("s") and any(c.isupper() for c in letters[:-1]):
        letters = letters[:-1]  # plural: "MSCs" is spelled out as "... cells"
    return letters


def long_form_matches(abbreviation: str, candidate: str) -> bool:
    """Whether ``candidate`` ends with a spelling-out of ``abbreviation``.

    Schwartz & Hearst's algorithm: match the abbreviation's letters right to left,
    the first letter at the start of a word, within at most min(n + 5, 2n) words.
    """
    short = _letters_of(abbreviation).lower()
    long = candidate.lower().rstrip(" ,;:-–—")
    if len(short) < 2 or len(long) <= len(short):
        return False
    short_at = len(short) - 1
    long_at = len(long) - 1
    while short_at >= 0:
        char = short[short_at]
        while long_at >= 0 and (
            long[long_at] != char or (short_at == 0 and long_at > 0 and long[long_at - 1].isalnum())
        ):
            long_at -= 1
        if long_at < 0:
            return False
        long_at -= 1
        short_at -= 1
    spelled = long[long_at + 1 :]
    return len(spelled.split()) <= min(len(short) + 5, len(short) * 2)


def _expansion_in(expansion: str | None, fragment: str) -> bool:
    if not expansion:
        return False
    wanted = expansion.lower().split(" (")[0].strip()
    return bool(wanted) and wanted in fragment.lower()


def _words_before(text: str, limit_start: int, position: int, max_chars: int) -> str:
    """Up to twelve whole words before ``position`` (not before ``limit_start``)."""
    window_start = max(limit_start, position - max_chars)
    words = text[window_start:position].split()
    if window_start > limit_start and words and not text[window_start - 1].isspace():
        words = words[1:]  # cut in the middle of a word
    return " ".join(words[-12:])


def _bracket_opens_before(text: str, limit_start: int, start: int) -> bool:
    position = start - 1
    while position >= limit_start and text[position].isspace():
        position -= 1
    return position >= limit_start and text[position] == "("


def _named_before(text: str, limit_start: int, start: int) -> bool:
    """ "... called (an) X", "known as X", "the medical word for this is X"."""
    words = text[max(limit_start, start - 60) : start].lower().split()
    if words and words[-1] in _ARTICLES:
        words.pop()
    if not words:
        return False
    last = words[-1]
    if last in _NAMING_WORDS:
        return True
    if last == "as":
        return len(words) > 1 and words[-2] == "known"
    return last == "is" and _NAME_FOR_THIS_IS.search(" ".join(words[-6:])) is not None


def _definition_follows(text: str, end: int, limit_end: int) -> bool:
    opening = text[end : min(limit_end, end + 16)].lstrip(" ,").lower()
    return opening.startswith(_DEFINITION_OPENERS) and bool(_DEFINITION.match(text, end, limit_end))


def explains_abbreviation(
    text: str, start: int, end: int, limit_start: int, limit_end: int, expansion: str | None
) -> bool:
    """Whether the abbreviation at ``text[start:end]`` is spelled out right there."""
    abbreviation = text[start:end]
    following = _NEXT.match(text, end, limit_end)
    if following and following.group(1) == "(":
        after = _BRACKET_AFTER.match(text, end, limit_end)
        if after:
            inside = after.group(1)
            first_words = " ".join(inside.split(";")[0].split(",")[0].split())
            if _expansion_in(expansion, inside) or _long_form_at_start(abbreviation, first_words):
                return True
    elif (
        following and following.group(1) == ")" and _bracket_opens_before(text, limit_start, start)
    ):
        opening = text.rfind("(", limit_start, start)
        words = _words_before(text, limit_start, opening, 160)
        if words and (_expansion_in(expansion, words) or long_form_matches(abbreviation, words)):
            return True
    return explains_term(text, start, end, limit_start, limit_end)


def _long_form_at_start(abbreviation: str, fragment: str) -> bool:
    words = fragment.split()
    for count in range(len(words), 0, -1):
        if long_form_matches(abbreviation, " ".join(words[:count])):
            head = words[0].lower()
            return head[:1] == _letters_of(abbreviation)[:1].lower()
    return False


def explains_term(text: str, start: int, end: int, limit_start: int, limit_end: int) -> bool:
    """Whether the word or term at ``text[start:end]`` comes with a plain gloss."""
    following = _NEXT.match(text, end, limit_end)
    after_char = following.group(1) if following else ""
    if after_char == "(":
        after = _BRACKET_AFTER.match(text, end, limit_end)
        if after and is_plain_gloss(after.group(1)):
            return True
    elif after_char in _DASHES and after_char:
        gloss = _DASH_GLOSS.match(text, end, limit_end)
        if gloss and is_plain_gloss(gloss.group(1)):
            return True
    elif after_char in (",", ":"):
        gloss = _SIGNAL_GLOSS.match(text, end, limit_end)
        if gloss and is_plain_gloss(gloss.group(1)):
            return True
        if _definition_follows(text, end, limit_end):
            return True
    elif after_char.isalpha():
        if _definition_follows(text, end, limit_end):
            return True
        if not text[limit_start:start].strip(" \"'“‘"):
            gloss = _COPULA_GLOSS.match(text, end, limit_end)
            if gloss and is_plain_gloss(gloss.group(1)):
                return True
    if _named_before(text, limit_start, start):
        return True
    if after_char == ")" and _bracket_opens_before(text, limit_start, start):
        opening = text.rfind("(", limit_start, start)
        words = _words_before(text, limit_start, opening, 120)
        if len(words.split()) >= 2 and is_plain_gloss(words):
            return True
    return False
