"""Passive voice, where it can be told reliably: a form of "be" and a past participle.

"was given", "were randomised", "is thought", "has been shown", "are being tested",
"were then followed up by nurses". Up to two adverbs may stand between ("was not
clearly shown"). Precision over recall, so these are not flagged:

* adjectives that look like participles after "be": "is interested", "was tired",
  "were worried", "are married", "is based on", "is located", "was pleased";
* words ending in "-ed" that are not verbs: "need", "bed", "hundred", "red";
* hyphenated words ("is well-known") and "get" passives ("got hurt").

A participle is a word ending in "-ed" or "-en" known to the pronouncing dictionary, or
an irregular one from the list below.
"""

from __future__ import annotations

from collections.abc import Sequence

from .syllables import _dictionary

BE_FORMS = frozenset({"am", "is", "are", "was", "were", "be", "been", "being", "'re", "'m"})
_ADVERBS = frozenset(
    {
        "not", "also", "then", "often", "usually", "still", "further", "already", "now",
        "always", "never", "sometimes", "rarely", "only", "first", "later", "again",
        "generally", "commonly", "widely", "mainly", "largely", "partly", "fully",
        "successfully", "randomly", "previously", "subsequently", "currently", "being",
        "been", "n't", "all", "both", "each",
    }
)  # fmt: skip
IRREGULAR_PARTICIPLES = frozenset(
    {
        "given", "taken", "shown", "seen", "known", "made", "done", "found", "held",
        "written", "chosen", "drawn", "grown", "thought", "brought", "caught", "taught",
        "told", "sold", "built", "sent", "spent", "put", "set", "cut", "hit", "left",
        "kept", "lost", "meant", "paid", "begun", "broken", "driven", "eaten", "fallen",
        "forgotten", "frozen", "hidden", "ridden", "risen", "spoken", "stolen", "thrown",
        "worn", "born", "borne", "bound", "fed", "led", "met", "bred", "felt", "heard",
        "understood", "undertaken", "overseen", "withdrawn", "sought", "bought", "fought",
        "won", "shot", "spread", "split", "shut", "hurt", "read", "run", "laid", "said",
        "struck", "stuck", "swept", "torn", "woven", "beaten", "bitten", "shaken",
        "forbidden", "forgiven", "mistaken", "proven", "sewn", "sworn",
        "undergone", "upheld", "withheld", "rewritten", "retaken", "outgrown",
    }
)  # fmt: skip
# After "be" these almost always describe a state or a feeling, or are not verbs at all.
ADJECTIVAL_PARTICIPLES = frozenset(
    {
        "interested", "tired", "concerned", "worried", "pleased", "satisfied", "excited",
        "bored", "scared", "frightened", "surprised", "amazed", "married", "divorced",
        "dressed", "located", "situated", "based", "supposed", "qualified", "skilled",
        "experienced", "advanced", "complicated", "detailed", "limited", "related", "aged",
        "disabled", "injured", "paralysed", "paralyzed", "engaged", "involved", "prepared",
        "determined", "committed", "dedicated", "devoted", "exhausted", "confused",
        "embarrassed", "ashamed", "annoyed", "relaxed", "stressed", "depressed", "isolated",
        "motivated", "unemployed", "employed", "retired", "educated", "born", "gone", "done",
        "finished", "closed", "crowded", "red", "bed", "seed", "need", "speed", "shed",
        "hundred", "sacred", "naked", "wicked", "rugged", "ragged", "crooked", "beloved",
        "learned", "blessed", "jagged", "wretched", "kindred", "indeed", "exceed",
        "proceed", "succeed", "feed", "breed", "heed", "wed", "sled",
    }
)  # fmt: skip


def is_participle(word: str) -> bool:
    lowered = word.lower()
    if lowered in ADJECTIVAL_PARTICIPLES or "-" in lowered:
        return False
    if lowered in IRREGULAR_PARTICIPLES:
        return True
    if len(lowered) < 4:
        return False
    if lowered.endswith(("ised", "ized", "ysed", "yzed", "ated", "ified")):
        return True  # "randomised", "evaluated": verbs, even when not in the dictionary
    if lowered.endswith("ed"):
        return lowered in _dictionary()
    return False


def find_passive(words: Sequence[str]) -> list[tuple[int, int]]:
    """(first, last) word indices of each passive construction in ``words`` (lower case)."""
    found: list[tuple[int, int]] = []
    if BE_FORMS.isdisjoint(words):
        return found
    count = len(words)
    for position, word in enumerate(words):
        if word.lower() not in BE_FORMS:
            continue
        look = position + 1
        skipped = 0
        while look < count and skipped < 2 and words[look].lower() in _ADVERBS:
            if words[look].lower() in BE_FORMS:
                break
            look += 1
            skipped += 1
        while look < count and skipped < 3 and words[look].lower().endswith("ly"):
            look += 1
            skipped += 1
        if look < count and is_participle(words[look]):
            found.append((position, look))
    return found
