"""How common a word is in general English, and whether a child would know it.

* ``zipf(word)``: wordfreq's Zipf frequency (log10 of occurrences per billion words;
  "the" is 7.7, "injury" 4.7, "tetraplegia" 1.4, unknown 0). Read from wordfreq's
  ``large`` English list, loaded once. British spellings are scored as the more common
  of the two spellings ("randomised" 2.6 is scored as "randomized" 3.3, "oedema" as
  "edema") so that UK writing is not penalised.
* ``is_easy_word(word)``: the Dale-Chall list of ~3,000 words familiar to US 4th
  graders, read from the file textstat ships (``textstat/resources/en/easy_words.txt``)
  without importing textstat (whose import pulls in NLTK). Regular inflections of a
  listed word count as familiar, as the Dale-Chall rules say.

* ``word_difficulty(word)`` and ``word_register(word)``: what the grade model learned
  about a word (see ``grade.py``), from ``data/word_weights.json``; 0 for words it never
  saw.

Every lookup is cached on the lowercase word.
"""

from __future__ import annotations

import importlib.util
import json
import math
import re
from functools import lru_cache
from pathlib import Path

import wordfreq

WORD_WEIGHTS_PATH = Path(__file__).with_name("data") / "word_weights.json"

# Below this Zipf frequency (about one use per million words) a word is rare: see
# jargon.py for how it was chosen.
RARE_ZIPF = 3.0

# (what the word must contain, pattern, replacement): the cheap test keeps most words
# away from the regular expressions.
_BRITISH_TO_AMERICAN = (
    ("is", re.compile(r"is(e|es|ed|ing|ation|ations|er|ers)$"), r"iz\1"),
    ("ys", re.compile(r"ys(e|es|ed|ing|is)$"), r"yz\1"),
    ("our", re.compile(r"our(s|ed|ing|ite|ites|able)?$"), r"or\1"),
    ("re", re.compile(r"([^aeiou])re(s?)$"), r"\1er\2"),
    ("ae", re.compile(r"(?<=[^aeiou])ae(?=[a-z])"), "e"),  # haemorrhage, anaemia
    ("oe", re.compile(r"(?<=[^aeiou])oe(?=[a-z]{2})"), "e"),  # oedema, oesophagus
    ("ogue", re.compile(r"ogue(s?)$"), r"og\1"),
    ("ence", re.compile(r"ence$"), "ense"),  # licence, defence
    ("ll", re.compile(r"ll(ed|ing)$"), r"l\1"),  # labelled, travelling
)
_LEADING_OE_AE = re.compile(r"^(oe|ae)(?=[a-z]{3})")


@lru_cache(maxsize=1)
def _frequencies() -> dict[str, float]:
    return wordfreq.get_frequency_dict("en", wordlist="large")


def _american_spellings(word: str) -> list[str]:
    spellings = []
    for trigger, pattern, replacement in _BRITISH_TO_AMERICAN:
        if trigger not in word:
            continue
        respelled = pattern.sub(replacement, word)
        if respelled != word:
            spellings.append(respelled)
    leading = _LEADING_OE_AE.sub("e", word)
    if leading != word:
        spellings.append(leading)
    return spellings


@lru_cache(maxsize=131072)
def zipf(word: str) -> float:
    """Zipf frequency of ``word`` (any case; possessive "'s" ignored)."""
    lowered = word.lower().replace("’", "'")
    if lowered.endswith("'s"):
        lowered = lowered[:-2]
    frequencies = _frequencies()
    best = frequencies.get(lowered, 0.0)
    if best < 1e-5:  # below Zipf 4 a British spelling may be what makes it rare
        for spelling in _american_spellings(lowered):
            best = max(best, frequencies.get(spelling, 0.0))
    if best <= 0.0:
        return 0.0
    return round(math.log10(best) + 9.0, 2)


def _textstat_easy_words_path() -> Path | None:
    spec = importlib.util.find_spec("textstat")
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        candidate = Path(location) / "resources" / "en" / "easy_words.txt"
        if candidate.is_file():
            return candidate
    return None


@lru_cache(maxsize=1)
def easy_words() -> frozenset[str]:
    """The Dale-Chall familiar words (empty if textstat's list cannot be found)."""
    path = _textstat_easy_words_path()
    if path is None:
        return frozenset()
    with path.open(encoding="utf-8") as handle:
        return frozenset(line.strip().lower() for line in handle if line.strip())


_INFLECTIONS = (
    ("ies", "y"),
    ("ied", "y"),
    ("es", ""),
    ("s", ""),
    ("ed", ""),
    ("ed", "e"),
    ("ing", ""),
    ("ing", "e"),
    ("er", ""),
    ("est", ""),
    ("ly", ""),
    ("d", ""),
)


@lru_cache(maxsize=65536)
def is_easy_word(word: str) -> bool:
    """Whether ``word`` is on the Dale-Chall list, directly or as a regular inflection."""
    lowered = word.lower().replace("’", "'")
    if lowered.endswith("'s"):
        lowered = lowered[:-2]
    easy = easy_words()
    if lowered in easy:
        return True
    for suffix, replacement in _INFLECTIONS:
        if lowered.endswith(suffix) and len(lowered) - len(suffix) >= 2:
            stem = lowered[: -len(suffix)] + replacement
            if stem in easy:
                return True
            # Doubled consonants: "stopped", "bigger".
            if len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in easy:
                return True
    return False


@lru_cache(maxsize=1)
def _word_weights() -> tuple[dict[str, float], dict[str, float]]:
    with WORD_WEIGHTS_PATH.open(encoding="utf-8") as handle:
        weights = json.load(handle)
    return weights["difficulty"], weights["register"]


def word_difficulty(lowered: str) -> float:
    return _word_weights()[0].get(lowered, 0.0)


def word_register(lowered: str) -> float:
    return _word_weights()[1].get(lowered, 0.0)
