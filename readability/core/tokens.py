"""Words and numbers in a sentence, and what is known about each word.

A token is a run of letters and digits, joined across ``-``, ``'``, ``/`` ("self-care",
"don't", "NS/PCs"), across ``.``/``,``/``:`` between digits ("0.73", "1,000") and across
the dots of "e.g"/"U.S". A trailing ``%`` or ``+`` belongs to it ("95%", "CD4+").

Numbers are tokens without letters, quantities ("10mg", "3MU", "5th") and statistics
written as one expression ("p<0.05", "p = .05", "n = 45" are one token each whatever the
spacing). A number counts as one word for sentence length but never as a long, rare,
polysyllabic or unfamiliar word: readers take "0.73" in at a glance, whatever its letter
count, and a formula that counts its characters makes statistics look harder than they
are (or, split at the dot into sentences, easier).

A word is judged as a reader sees it (``normalise_word``): characters that show nothing
inside a word (a soft hyphen pasted from a word processor, a zero-width joiner, a
combining grapheme joiner, direction marks) do not cut it in two, so "tetra\u00adplegia"
is one word and is found in the term list; accents typed as separate marks are composed;
full-width letters ("ｈｅａｒｔ") are read as ASCII; Cyrillic or Greek letters that look
like Latin ones, mixed into a Latin word ("hеterogeneity" with a Cyrillic "е"), are read
as the Latin letters they pass for; and an unknown lower-case word that is a known
English word with accents added ("tetraplégia") is read as that word. Without this, each
is an unknown word: its learned difficulty, its register and its term-list entry are
lost and the grade falls. Ligatures ("ﬁrst"), "µ" and "²" are left as written: the grade
model was fitted on them so. A zero-width *space* still separates words, as a space
does. Offsets are untouched: a token's text is the text as written, invisible
characters included.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from .lexicon import RARE_ZIPF, is_easy_word, word_difficulty, word_register, zipf
from .syllables import count_syllables

# Shown as nothing inside a word: soft hyphen, combining grapheme joiner, zero-width
# non-joiner and joiner, direction marks and embeddings, word joiner, invisible
# operators, byte order mark; and combining marks (accents written as a separate code
# point, which ``\w`` does not match).
_INVISIBLE = (
    "\u00ad\u034f\u200c-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
    "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
)
_INVISIBLE_RUN = re.compile(f"[{_INVISIBLE}]+")
# Unambiguous (no way to match one text twice), so no backtracking blow-up.
_LETTERS = rf"[^\W_]+(?:[{_INVISIBLE}]+[^\W_]+)*[{_INVISIBLE}]*"
TOKEN_PATTERN = re.compile(
    r"(?<![\w.])[pPnNrR]\s?[<>=≤≥]\s?[-−]?(?:\d+(?:[.,]\d+)?|[.,]\d+)"
    rf"|{_LETTERS}(?:(?:[-'’/]|(?<=\d)[.,:](?=\d)|(?<=[^\W\d_])\.(?=[^\W\d_]\.)){_LETTERS})*[%+]?"
    r"|(?<![\w.,])\.\d+%?"
)
# Cyrillic and Greek letters drawn like Latin ones (Unicode's confusables, the ones
# that pass for a Latin letter in common fonts). Applied only to a word that also has
# Latin letters: a Russian or Greek word is left as it is.
_LOOKALIKES = str.maketrans(
    "аеорсухіјѕһԁԛԝӏАВЕКМНОРСТХІЈЅԚԜοΑΒΕΖΗΙΚΜΝΟΡΤΥΧ",
    "aeopcyxijshdqwlABEKMHOPCTXIJSQWoABEZHIKMNOPTYX",
)
_LATIN_LETTER = re.compile(r"[A-Za-z]")
# Full-width forms of ASCII ("ｈｅａｒｔ"), as East Asian input methods type them.
_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_QUANTITY = re.compile(r"\d[\d.,]*(?:[^\W\d_]{1,5}|%)", re.UNICODE)
# Roman numerals as used for phases, types and grades ("phase III", "type II"); "CI" and
# "IL" are abbreviations, not 101 and 49.
_ROMAN = re.compile(r"X{0,3}(?:IX|IV|VI{0,3}|I{1,3})|X{1,3}")
_STATISTIC_OPERATOR = re.compile(r"[<>=≤≥]")
_LETTER_PARTS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")

# Abbreviations every reader knows: flagging them would only teach writers to ignore flags.
WELL_KNOWN_ABBREVIATIONS = frozenset(
    {
        "UK", "US", "USA", "EU", "UN", "NHS", "TV", "OK", "AM", "PM", "DIY", "ID",
        "DNA", "HIV", "AIDS", "COVID", "PhD", "CEO", "FAQ", "GP", "GPs", "IQ", "IT",
    }
)  # fmt: skip
# A number is read at a glance; two syllables is an average spoken length that keeps
# numbers out of the polysyllable and long-word counts of the classic formulas.
NUMBER_SYLLABLES = 2
# Zipf used for words whose rarity says nothing about difficulty (names, units, numbers):
# that of an everyday word.
FAMILIAR_ZIPF = 5.0

UNITS = frozenset(
    {
        "mg", "g", "kg", "µg", "μg", "mcg", "ng", "pg", "ml", "l", "dl", "µl", "μl",
        "mmol", "µmol", "μmol", "nmol", "mol", "mmhg", "cm", "mm", "km", "m", "µm", "μm",
        "nm", "h", "hr", "hrs", "min", "mins", "s", "sec", "secs", "ms", "d", "wk", "wks",
        "mo", "mos", "y", "yr", "yrs", "iu", "u", "mu", "kcal", "cal", "hz", "khz", "bpm",
        "kda", "da", "gy", "cgy", "msv", "sv", "°c", "°f", "c", "f", "v", "mv", "µv", "μv",
        "ma", "w", "kj", "ppm", "kpa", "mosm", "meq",
    }
)  # fmt: skip


class WordProfile(NamedTuple):
    """What is known about one word, whatever its context.

    The flags after ``abbreviation`` are derived, kept here so that counting a sentence
    is sums over its words rather than a loop of tests.
    """

    lower: str
    is_number: bool
    syllables: int
    letters: int
    zipf: float
    easy: bool
    abbreviation: bool
    polysyllable: bool = False  # 3+ syllables
    long: bool = False  # 7+ letters
    complex: bool = False  # a word not on the Dale-Chall list
    rare: bool = False  # Zipf below RARE_ZIPF
    capitalised: bool = False  # "Guyana": a name unless it starts the sentence
    flaggable: bool = False  # jargon without the term list: abbreviation or rare word
    difficulty: float = 0.0  # learned by the grade model (see grade.py)
    register: float = 0.0  # 〃: technical abstracts against plain summaries


NUMBER_PROFILE_FIELDS = (True, NUMBER_SYLLABLES, 0, FAMILIAR_ZIPF, True, False)


def _letter_parts(surface: str) -> list[str]:
    return _LETTER_PARTS.findall(surface)


def looks_like_abbreviation(surface: str) -> bool:
    """ALL-CAPS or mixed-case shorthand: "SCI", "MSCs", "iPSC", "NS/PCs", "IL-6"."""
    letters = "".join(_letter_parts(surface))
    uppers = sum(1 for char in letters if char.isupper())
    if uppers < 2:
        return False
    if letters in WELL_KNOWN_ABBREVIATIONS or _ROMAN.fullmatch(letters):
        return False
    if uppers * 2 < len(letters):
        # "McDonald", "DeVries": names. A plural "s" does not count against "MSCs".
        stripped = letters[:-1] if letters.endswith("s") else letters
        if uppers * 2 < len(stripped) or len(stripped) > 6:
            return False
    if letters.isupper() and zipf(letters) >= 6.0:
        return False  # "OR", "AND", "US" written in capitals for emphasis
    # A heading or warning in capitals: "RESULTS", "BACKGROUND", "IMPORTANT", "TEST:".
    if letters.isupper() and len(letters) >= 5 and zipf(letters) >= 4.0:
        return False
    # Four letters need a commoner word to count as shouting: "TEST", "NOTE", "CARE" are
    # words; "COPD" and "MRSA" stay abbreviations.
    return not (letters.isupper() and len(letters) == 4 and zipf(letters) >= 4.5)


def normalise_word(surface: str) -> str:
    """A token's text as a reader sees it (see the module's docstring); most words, in
    plain ASCII, are returned as they are."""
    if surface.isascii():
        return surface
    # NFC, not NFKC: NFKC would also turn "I²" into "I2", "µg" into "μg", "2½" into
    # "21⁄2" and ligatures into letters, words the grade model was fitted on as written.
    word = unicodedata.normalize("NFC", _INVISIBLE_RUN.sub("", surface)).translate(_FULL_WIDTH)
    if _LATIN_LETTER.search(word):
        word = word.translate(_LOOKALIKES)
    # Accents left over that compose with nothing (stacked marks) are not letters either.
    word = _INVISIBLE_RUN.sub("", word) or surface
    if not word.isascii() and word.islower() and not zipf(word):
        # "tetraplégia", "hétérogeneity": an English word wearing accents is that word
        # ("café" and "naïve" are words in their own right and keep theirs; so do names).
        bare = unicodedata.normalize("NFD", word)
        bare = unicodedata.normalize("NFC", _INVISIBLE_RUN.sub("", bare))
        if bare != word and zipf(bare):
            word = bare
    return word


@lru_cache(maxsize=131072)
def profile(surface: str) -> WordProfile:
    """Profile of one token's surface text (cached: the same word recurs constantly)."""
    return _profile(surface if surface.isascii() else normalise_word(surface))


def _profile(surface: str) -> WordProfile:
    if surface.isalpha():
        # Most words: lower case, or capitalised ("Tetraplegia", "Guyana").
        if surface.islower():
            return _plain_word_profile(surface)
        lowered = surface.lower()
        if surface[0].isupper() and surface[1:].islower() and lowered.islower():
            # Not profile(lowered): that would fold a name's accents as a word's.
            return _profile(lowered)._replace(capitalised=True)
    lower = surface.lower().replace("’", "'")
    parts = _letter_parts(surface)
    if not parts or _QUANTITY.fullmatch(surface) or _STATISTIC_OPERATOR.search(surface):
        return WordProfile(lower, *NUMBER_PROFILE_FIELDS)
    letters = sum(len(part) for part in parts)
    syllables = count_syllables(surface) if len(parts) == 1 else sum(map(count_syllables, parts))
    meaningful = [part for part in parts if len(part) > 1] or parts
    rarity = min(zipf(part) for part in meaningful)
    easy = all(is_easy_word(part) for part in meaningful)
    abbreviation = looks_like_abbreviation(surface)
    syllables = max(1, syllables)
    rare = rarity < RARE_ZIPF
    return WordProfile(
        lower=lower,
        is_number=False,
        syllables=syllables,
        letters=letters,
        zipf=rarity,
        easy=easy,
        abbreviation=abbreviation,
        polysyllable=syllables >= 3,
        long=letters >= 7,
        complex=not easy,
        rare=rare,
        capitalised=not abbreviation and surface[0].isupper() and not surface[1:2].isupper(),
        flaggable=abbreviation or (rare and not easy and letters >= 3),
        difficulty=word_difficulty(lower),
        register=word_register(lower),
    )


def _plain_word_profile(word: str) -> WordProfile:
    """``profile`` of a word of lower-case letters only (no abbreviation, no name)."""
    syllables = max(1, count_syllables(word))
    letters = len(word)
    rarity = zipf(word)
    easy = is_easy_word(word)
    rare = rarity < RARE_ZIPF
    return WordProfile(
        lower=word,
        is_number=False,
        syllables=syllables,
        letters=letters,
        zipf=rarity,
        easy=easy,
        abbreviation=False,
        polysyllable=syllables >= 3,
        long=letters >= 7,
        complex=not easy,
        rare=rare,
        capitalised=False,
        flaggable=rare and not easy and letters >= 3,
        difficulty=word_difficulty(word),
        register=word_register(word),
    )
