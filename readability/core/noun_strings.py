"""Strings of nouns ("spinal cord injury rehabilitation outcome measures"), found without
a part-of-speech tagger, for ``why_hard``'s ``noun_string`` reason.

A run is words with nothing between them but a space, none of them a function word, a
name, a number or a word ending like an adjective, adverb or verb form; a plural or a
verb in "-s" ends a run. Listed terms and everyday compounds count as one word. A run is
a string of nouns from four words, or from three when one is a long abstract noun.
Precision over recall: it misses some; it should seldom call a plain phrase a string of
nouns.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .jargon import JargonHit
from .passive import IRREGULAR_PARTICIPLES


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Words that are never part of a string of nouns: grammar words and common verbs.
_FUNCTION_WORDS = _word_set(
    """
    a an the this that these those there here what which who whom whose when where why
    how whether if then than as so and or but nor yet for of to in on at by from with
    without within into onto over under after before during since until about above
    below between among through across against along around behind beyond up down out
    off per via versus vs not no nor all any both each every few many more most much
    less least some such own other another same very too also only just even still
    again ever never often always already almost quite rather i me my we us our you
    your he him his she her it its they them their one ones is are was were be been
    being am has have had having do does did done can could may might must shall should
    will would get gets got make makes help helps need needs use uses used show shows
    seem seems mean means like unlike let lets say says said take takes give gives find
    finds keep keeps become becomes better worse higher lower greater larger smaller
    longer shorter fewer earlier later faster slower bigger older younger easier harder
    stronger weaker best worst highest lowest greatest largest smallest longest shortest
    biggest oldest youngest easiest hardest strongest weakest because due twice once
    however therefore thus hence unless though although while whereas whether
    two three four five six seven eight nine ten hundred thousand million several
    low high small large big severe mild moderate standard single random human good bad
    new old long short main major minor common rare early late acute chronic certain
    uncertain poor strong weak total overall whole full first second third last next
    various further similar serious simple complex usual key top
    include includes involve involves provide provides require requires suggest
    suggests indicate indicates avoid avoids remain remains allow allows enable
    enables receive receives develop develops identify identifies amongst plus minus
    alone prior either neither average online white black red immune anterior
    posterior inverse
    """
)
# Common verbs that open a run before a compound: "measure muscle strength".
_LEADING_VERBS = _word_set(
    """
    improve reduce increase affect treat prevent cause assess compare measure test
    lower raise support control change manage check study predict protect restore
    influence report review cause increase
    """
)
# Verbs in "-s" that would otherwise end a run as its plural: "literacy reduces".
_VERBS_IN_S = frozenset(
    verb + "s"
    for verb in _word_set(
        """
    improve reduce affect treat prevent assess compare lower raise manage predict
    protect restore influence
    """
    )
)
# Endings of adjectives, adverbs and verb forms: such a word breaks a run.
_NOT_NOUN_ENDINGS = (
    "ly", "ed", "ing", "al", "ic", "ical", "ive", "ous", "ful", "less", "able", "ible",
    "ary", "ory", "ant", "ent", "ish", "lar", "ify", "ate",
)  # fmt: skip
# Abstract nouns: three in a row with one of these is already hard going.
_ABSTRACT_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ance", "ence", "ency", "ism")
# Nouns with the ending of an adjective or an adverb.
_NOUN_EXCEPTIONS = _word_set(
    """
    trial hospital animal signal survival referral interval approval removal clinic
    topic summary history memory theory category laboratory family supply variable
    table patient participant agent parent component implant transplant student event
    content extent percent infant client resident rate state date candidate
    """
)
# Everyday compounds counted as one word (listed terms are already one hit each).
_COMPOUNDS = (("spinal", "cord", "injury"), ("spinal", "cord"), ("stem", "cell"),
              ("stem", "cells"), ("blood", "pressure"), ("quality", "of", "life"))  # fmt: skip
_COMPOUND_STARTS = frozenset(compound[0] for compound in _COMPOUNDS)


def _noun_like(word: str) -> bool:
    """Could be a noun: a lower-case (or capitalised) word with no other word's ending."""
    lower = word.lower()
    if not word.isalpha() or not word[1:].islower() or len(lower) < 3:
        return False  # numbers, abbreviations, symbols
    if lower in _FUNCTION_WORDS or lower in _VERBS_IN_S:
        return False
    if lower.endswith("en") and lower in IRREGULAR_PARTICIPLES:
        return False  # "written", "given"
    if lower in _NOUN_EXCEPTIONS or lower.endswith(_ABSTRACT_ENDINGS):
        return True
    return not lower.endswith(_NOT_NOUN_ENDINGS)


def _ends_run(word: str) -> bool:
    """A plural or a verb in "-s": the last word a compound can have."""
    lower = word.lower()
    return lower.endswith("s") and not lower.endswith(("ss", "us", "is", "ys"))


def _units(
    text: str, tokens: Sequence[re.Match[str]], jargon: Sequence[JargonHit]
) -> list[tuple[int, int, list[str], bool]]:
    """Tokens grouped into words: a listed term or an everyday compound is one.

    Each unit is (start, end, its words, whether it joins the previous unit with only
    a space between them).
    """
    multiword = {hit.start: hit.end for hit in jargon if " " in hit.text}
    units: list[tuple[int, int, list[str], bool]] = []
    index = 0
    count = len(tokens)
    previous_end: int | None = None
    while index < count:
        token = tokens[index]
        take = 1
        term_end = multiword.get(token.start()) if multiword else None
        if term_end is not None:
            while index + take < count and tokens[index + take].end() <= term_end:
                take += 1
        elif token.group().lower() in _COMPOUND_STARTS:
            lowered = tuple(t.group().lower() for t in tokens[index : index + 3])
            for compound in _COMPOUNDS:
                if lowered[: len(compound)] == compound:
                    take = len(compound)
                    break
        group = tokens[index : index + take]
        joined = previous_end is not None and not text[previous_end : group[0].start()].strip()
        units.append((group[0].start(), group[-1].end(), [t.group() for t in group], joined))
        previous_end = group[-1].end()
        index += take
    return units


def _is_noun_string(run: Sequence[tuple[int, int, list[str], bool]]) -> bool:
    if len(run) >= 4:
        return True
    return any(
        len(words) == 1 and words[0].lower().endswith(_ABSTRACT_ENDINGS) for _, _, words, _ in run
    )


def noun_strings(
    text: str, tokens: Sequence[re.Match[str]], jargon: Sequence[JargonHit]
) -> list[list[tuple[int, int, list[str], bool]]]:
    """The strings of nouns in a sentence's tokens, each a run of units (see _units)."""
    if len(tokens) < 3:
        return []
    runs: list[list[tuple[int, int, list[str], bool]]] = []
    run: list[tuple[int, int, list[str], bool]] = []
    for position, unit in enumerate(_units(text, tokens, jargon)):
        words = unit[2]
        first = words[0]
        # A capital inside a sentence is a name or a title; an abbreviation is its own
        # problem. Either ends the run.
        is_name = position > 0 and len(words) == 1 and not first.islower()
        noun = not is_name and (len(words) > 1 or _noun_like(first))
        if not noun or not unit[3]:
            if len(run) >= 3:
                runs.append(run)
            run = []
        if not noun:
            continue
        if not run and len(words) == 1 and first.lower() in _LEADING_VERBS:
            continue
        run.append(unit)
        if len(words) == 1 and _ends_run(first):
            if len(run) >= 3:
                runs.append(run)
            run = []
    if len(run) >= 3:
        runs.append(run)
    return [run for run in runs if _is_noun_string(run)]
