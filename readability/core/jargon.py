"""Words a general reader may not know, and whether the text explains them.

Each hit has a reason:

* ``medical_term``: a term from the term list (shipped or the caller's), kinds
  ``medical`` and ``research``;
* ``unexplained_abbreviation``: an abbreviation (ALL-CAPS or mixed like "iPSC",
  "NS/PCs", or a listed one) that is not spelled out where it is first used; these hits
  always have ``explained=False``;
* ``abbreviation``: an abbreviation that is spelled out (at this use or an earlier one);
  always ``explained=True``, reported so that the editor can show it calmly;
* ``rare``: a word below ``RARE_ZIPF`` in general English (wordfreq), not in the list.

``explained`` is true when the text explains the term at this use or did at an earlier
one: once "allogeneic (from a donor)" has been written, later uses are fine. A term
first explained after its first use is reported unexplained at the uses before.

A caller's terms may change that (see ``terms``): a term to avoid (``guidance``
"avoid") is a problem (``is_problem``) even where the text explains it, since writers
are to say its plain alternative instead; a term the page explains to readers
(``explained_to_readers``) is explained in texts where the page shows the definitions
(``definitions_shown``), and the hit says so (``explained_to_readers``) without counting
as explained by the text itself.

Never flagged: numbers and statistics; units after a number ("10 mg", "3 MU"); names
(a capitalised word inside a sentence, or at its start when the text also uses it
inside one); the Dale-Chall familiar words; abbreviations everyone knows ("UK", "NHS",
"DNA"); anything in the caller's ``allow``. The long form of a spelled-out abbreviation
is judged on its own: in "mesenchymal stem cells (MSCs)" the abbreviation is explained,
but "mesenchymal" still needs plain words.

``RARE_ZIPF`` (lexicon.py) = 3.0, about one use in a million words: of the thresholds
2, 2.5, 3, 3.5 and 4, the share of words below 3 correlates best with the human ratings
of the ``train`` sentences (Spearman 0.64; 0.48 at 2, 0.57 at 2.5, 0.60 at 3.5, 0.57 at
4), and it leaves "injury" (4.7), "spinal" (3.9) and "therapy" (4.3) unflagged while
"tetraplegia" (1.4) and "allogeneic" (2.1) are flagged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from . import terms
from .explanations import explains_abbreviation, explains_term
from .terms import Term, TermIndex
from .tokens import UNITS, WordProfile, normalise_word, profile

MEDICAL_TERM = "medical_term"
RARE = "rare"
UNEXPLAINED_ABBREVIATION = "unexplained_abbreviation"
ABBREVIATION = "abbreviation"
REASONS = (MEDICAL_TERM, RARE, UNEXPLAINED_ABBREVIATION, ABBREVIATION)

_HYPHENATED_PART = re.compile(r"[^-‐‑–]+")


@dataclass(slots=True)
class JargonHit:
    """One use of a hard word: ``text[start:end]`` of the report's text.

    ``term``, ``plain`` and ``definition`` come from the term list when the word is in
    it; ``kind`` is the list's kind ("medical", "research", "abbreviation"), or "rare"
    or "abbreviation" for words found by their frequency or shape; ``sentence`` is the
    index of the sentence in ``Report.sentences``.
    """

    start: int
    end: int
    text: str
    reason: str
    explained: bool
    plain: str | None = None
    term: str | None = None
    kind: str | None = None
    definition: str | None = None
    sentence: int = -1
    guidance: str | None = None
    source: str | None = None
    # True when the page, not the text, explains the term to readers (a glossary term
    # the site marks up): the use is then explained.
    explained_to_readers: bool = False
    # The term list's definition is one readers are shown where the page shows them.
    defined_for_readers: bool = False

    @property
    def to_avoid(self) -> bool:
        return self.guidance == terms.AVOID

    @property
    def is_problem(self) -> bool:
        """Unexplained, or a word to avoid (its plain alternative is asked for even
        where the text explains it)."""
        return not self.explained or self.to_avoid

    def to_dict(self) -> dict[str, object]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "reason": self.reason,
            "explained": self.explained,
            "plain": self.plain,
            "term": self.term,
            "kind": self.kind,
            "definition": self.definition,
            "sentence": self.sentence,
            "guidance": self.guidance,
            "source": self.source,
            "explained_to_readers": self.explained_to_readers,
            "defined_for_readers": self.defined_for_readers,
        }


class SentenceWords:
    """The words of one sentence split at hyphens, as matching and flagging need.

    ``spans[i]`` is the token's match (for a whole token) or a (start, end) pair (for
    a part of a hyphenated one); positions are read only for the words flagged.
    """

    __slots__ = ("words", "spans")

    def __init__(self, words: list[str], spans: Sequence[re.Match[str] | tuple[int, int]]):
        self.words = words
        self.spans = spans

    def start(self, index: int) -> int:
        span = self.spans[index]
        return span[0] if isinstance(span, tuple) else span.start()

    def end(self, index: int) -> int:
        span = self.spans[index]
        return span[1] if isinstance(span, tuple) else span.end()


def split_at_hyphens(
    matches: Sequence[re.Match[str]], surfaces: list[str], hyphenated: bool = True
) -> SentenceWords:
    """Words of a sentence's tokens (``surfaces`` are the matches' texts).

    ``hyphenated=False`` says that the sentence has no hyphen at all (a quick test on
    its text), which spares looking at every word.
    """
    # Words as a reader sees them ("ＡＳＩＡ" is "ASIA"); spans stay on the text as written.
    if not hyphenated:
        return SentenceWords(list(map(normalise_word, surfaces)), matches)
    words: list[str] = []
    spans: list[re.Match[str] | tuple[int, int]] = []
    for match, surface in zip(matches, surfaces, strict=True):
        if "-" in surface or "–" in surface:
            base = match.start()
            for part in _HYPHENATED_PART.finditer(surface):
                words.append(normalise_word(part.group()))
                spans.append((base + part.start(), base + part.end()))
        else:
            words.append(normalise_word(surface))
            spans.append(match)
    return SentenceWords(words, spans)


def abbreviation_key(surface: str) -> str:
    """ "MSCs" and "MSC" are one abbreviation; so are "NS/PCs" and "NS/PC"."""
    if len(surface) > 2 and surface.endswith("s") and surface[-2].isupper():
        return surface[:-1]
    return surface


class JargonFinder:
    """Walks a document's sentences in order, remembering what has been explained."""

    def __init__(
        self,
        text: str,
        index: TermIndex,
        allow: frozenset[str],
        definitions_shown: bool = False,
    ) -> None:
        self.text = text
        self.index = index
        self.allow = allow
        self.definitions_shown = definitions_shown
        self.explained: set[str] = set()
        self.hits: list[JargonHit] = []
        # Capitalised words used inside sentences: names even when they open one.
        self.names: set[str] = set()

    def _allowed(self, surface: str, term: Term | None = None) -> bool:
        if not self.allow:
            return False
        lowered = surface.lower()
        if lowered in self.allow or abbreviation_key(surface).lower() in self.allow:
            return True  # "MSCs" is allowed with "MSC"
        return term is not None and term.term.lower() in self.allow

    def _record(
        self,
        key: str,
        start: int,
        end: int,
        reason: str,
        explained_here: bool,
        sentence: int,
        term: Term | None = None,
    ) -> JargonHit:
        explained = explained_here or key in self.explained
        if explained:
            self.explained.add(key)
        if reason == UNEXPLAINED_ABBREVIATION and explained:
            reason = ABBREVIATION
        by_page = False
        if not explained and term is not None and term.explained_to_readers:
            by_page = explained = self.definitions_shown and not term.to_avoid
        hit = JargonHit(
            start=start,
            end=end,
            text=self.text[start:end],
            reason=reason,
            explained=explained,
            plain=(term.plain or term.expansion) if term else None,
            term=term.term if term else None,
            kind=term.kind if term else (RARE if reason == RARE else terms.ABBREVIATION),
            definition=term.definition if term else None,
            sentence=sentence,
            guidance=term.guidance if term else None,
            source=term.source if term else None,
            explained_to_readers=by_page,
            defined_for_readers=term.explained_to_readers if term else False,
        )
        self.hits.append(hit)
        return hit

    def scan(
        self,
        sentence: int,
        words: SentenceWords,
        limits: tuple[int, int],
        infos: Sequence[WordProfile] | None = None,
    ) -> int:
        """Flag the sentence's words; returns how many listed terms or abbreviations.

        ``infos``: the words' profiles when the caller has them already.
        """
        text = self.text
        limit_start, limit_end = limits
        surfaces = words.words
        if infos is None or len(infos) != len(surfaces):
            infos = [profile(surface) for surface in surfaces]
        exact_forms, folded_forms = self.index.exact, self.index.folded
        # Most words are neither listed nor rare: find the few that are in one pass.
        candidates = [
            position
            for position, (surface, info) in enumerate(zip(surfaces, infos, strict=True))
            if info.flaggable or surface in exact_forms or info.lower in folded_forms
        ]
        listed = 0
        covered_until = 0
        keys: list[str] | None = None
        for position in candidates:
            if position < covered_until:
                continue  # inside a multi-word term already reported
            surface = surfaces[position]
            info = infos[position]
            if surface in exact_forms or info.lower in folded_forms:
                if keys is None:
                    keys = [item.lower for item in infos]
                match = self.index.match_at(surfaces, keys, position)
                if match is not None:
                    length, term = match
                    start, end = words.start(position), words.end(position + length - 1)
                    covered_until = position + length
                    if self._allowed(text[start:end], term):
                        continue
                    listed += 1
                    already = term.term in self.explained
                    if term.is_abbreviation:
                        explained = already or explains_abbreviation(
                            text, start, end, limit_start, limit_end, term.expansion
                        )
                        reason = UNEXPLAINED_ABBREVIATION
                    else:
                        explained = already or explains_term(
                            text, start, end, limit_start, limit_end
                        )
                        reason = MEDICAL_TERM
                    self._record(term.term, start, end, reason, explained, sentence, term)
                    continue
            if not info.flaggable or self._allowed(surface):
                continue
            if info.lower in UNITS and position and infos[position - 1].is_number:
                continue  # "3 MU", "10 mmHg"
            start, end = words.start(position), words.end(position)
            if info.abbreviation:
                listed += 1
                key = abbreviation_key(surface)
                explained = key in self.explained or explains_abbreviation(
                    text, start, end, limit_start, limit_end, None
                )
                self._record(key, start, end, UNEXPLAINED_ABBREVIATION, explained, sentence)
                continue
            if info.capitalised and (position or surface in self.names):
                continue  # a name
            explained = info.lower in self.explained or explains_term(
                text, start, end, limit_start, limit_end
            )
            self._record(info.lower, start, end, RARE, explained, sentence)
        return listed


def suggestion(hit: JargonHit) -> str | None:
    """What to say instead, and who says so: "The glossary suggests 'from a donor'"."""
    if not hit.plain:
        return None
    if hit.source:
        return f"{hit.source[:1].upper()}{hit.source[1:]} suggests '{hit.plain}'"
    return f"Plain alternative: '{hit.plain}'"


def jargon_message(hit: JargonHit, label: str) -> str:
    """Why a term is flagged in a field called ``label``, with the plain alternative when
    the term list names who suggests it."""
    source = hit.source or "the term list"
    if hit.to_avoid:
        message = f"'{hit.text}' is a word to avoid"
        return f"{message}: {source} suggests '{hit.plain}'" if hit.plain else message
    if hit.reason == UNEXPLAINED_ABBREVIATION:
        message = f"'{hit.text}' is not spelled out"
    else:
        message = f"'{hit.text}' is not explained"
    if hit.defined_for_readers:
        message += (
            f": {source} explains it to readers in the rest of the page, "
            f"but not in the {label}, which is read on its own"
        )
    if hit.source and hit.plain:
        message += f"; {source} suggests '{hit.plain}'"
    return message


def is_name(surface: str) -> bool:
    """Capitalised, not in capitals: "Guyana", "Devaraj", "Parkinson's"."""
    return surface[:1].isupper() and not surface[1:2].isupper()
