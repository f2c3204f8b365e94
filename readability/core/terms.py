"""The list of medical and research terms, and matching it against text.

The shipped list is ``readability/core/data/medical_terms.json``::

    {"version": 1, "terms": [{"term": "tetraplegia", "forms": ["tetraplegic"],
      "kind": "medical" | "research" | "abbreviation", "plain": "...",
      "definition": "...", "expansion": "..." (abbreviations)}]}

It is read once per process (``load_shipped_terms`` is cached). Callers add their own
terms (a site glossary) in the same shape, as a dict with ``"terms"`` or a plain list of
term dicts; a caller's term replaces a shipped one with the same form. A caller whose
terms are the whole list (the site's live glossary, where an unpublished term must stop
being suggested) passes ``include_shipped=False``.

A caller's terms may say more than the shipped ones:

* ``"guidance"``: ``"avoid"`` (writers are always told to say the plain alternative
  instead, even where the text explains the word) or ``"explain"`` (the word may stay
  when it is explained);
* ``"explained_to_readers"``: true when the page itself explains the term to readers
  wherever it is used (the site marks up glossary terms with their definitions); then it
  is not "unexplained" in texts analysed with ``analyse(..., definitions_shown=True)``;
* ``"source"``: who gives the plain alternative, named in writers' messages ("the
  glossary").

Matching works on words split at hyphens, so "follow-up", "follow up" and the form
"follow up" all match, and the longest form wins ("spinal cord injury" over "spinal
cord"). Abbreviations match with their exact capitals ("ASIA" the scale, not "Asia";
"OR" the odds ratio, not "or"); other terms match in any case.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from .tokens import TOKEN_PATTERN

MEDICAL = "medical"
RESEARCH = "research"
ABBREVIATION = "abbreviation"
KINDS = (MEDICAL, RESEARCH, ABBREVIATION)
AVOID = "avoid"
EXPLAIN = "explain"
GUIDANCES = (AVOID, EXPLAIN)
SHIPPED_TERMS_RESOURCE = "data/medical_terms.json"
_HYPHEN = re.compile(r"[-‐‑–]")


@dataclass(frozen=True, slots=True)
class Term:
    term: str
    kind: str
    plain: str | None = None
    definition: str | None = None
    expansion: str | None = None
    forms: tuple[str, ...] = ()
    guidance: str | None = None  # AVOID, EXPLAIN or None (no advice beyond explaining)
    explained_to_readers: bool = False
    source: str | None = None

    @property
    def is_abbreviation(self) -> bool:
        return self.kind == ABBREVIATION

    @property
    def to_avoid(self) -> bool:
        return self.guidance == AVOID


def split_words(text: str) -> list[str]:
    """Words of a term form or a piece of text, split at hyphens as matching needs."""
    words: list[str] = []
    for match in TOKEN_PATTERN.finditer(text):
        words.extend(part for part in _HYPHEN.split(match.group()) if part)
    return words


def _key(word: str, exact_case: bool) -> str:
    word = word.replace("’", "'")
    return word if exact_case else word.lower()


@dataclass(slots=True)
class TermIndex:
    """Forms by their first word; each bucket is sorted longest form first."""

    exact: dict[str, list[tuple[tuple[str, ...], Term]]] = field(default_factory=dict)
    folded: dict[str, list[tuple[tuple[str, ...], Term]]] = field(default_factory=dict)
    terms: list[Term] = field(default_factory=list)

    def add(self, term: Term) -> None:
        self.terms.append(term)
        exact_case = term.is_abbreviation
        bucket_map = self.exact if exact_case else self.folded
        for form in (term.term, *term.forms):
            words = tuple(_key(word, exact_case) for word in split_words(form))
            if not words:
                continue
            bucket = bucket_map.setdefault(words[0], [])
            bucket[:] = [entry for entry in bucket if entry[0] != words]
            bucket.append((words, term))
            bucket.sort(key=lambda entry: -len(entry[0]))

    def extended(self, extra: Iterable[Term]) -> TermIndex:
        """A copy with ``extra`` terms added (they win over existing forms)."""
        copy = TermIndex(
            exact={key: list(value) for key, value in self.exact.items()},
            folded={key: list(value) for key, value in self.folded.items()},
            terms=list(self.terms),
        )
        for term in extra:
            copy.add(term)
        return copy

    def match(self, words: Sequence[str], position: int) -> tuple[int, Term] | None:
        """Longest form starting at ``words[position]``: (number of words, term)."""
        return self.match_at(words, [_key(word, False) for word in words], position)

    def match_at(
        self, words: Sequence[str], keys: Sequence[str], position: int
    ) -> tuple[int, Term] | None:
        """``match`` with each word's lower-case key precomputed in ``keys``."""
        best: tuple[int, Term] | None = None
        bucket = self.exact.get(words[position])
        if bucket:
            for form, term in bucket:
                length = len(form)
                if length == 1 or tuple(words[position : position + length]) == form:
                    best = (length, term)
                    break
        bucket = self.folded.get(keys[position])
        if bucket:
            for form, term in bucket:
                length = len(form)
                if best is not None and length <= best[0]:
                    break
                if length == 1 or tuple(keys[position : position + length]) == form:
                    best = (length, term)
                    break
        return best


def parse_terms(data: Mapping[str, Any] | Sequence[Mapping[str, Any]]) -> list[Term]:
    """Terms from the JSON shape above; entries without a usable ``term`` are skipped."""
    entries = data.get("terms", []) if isinstance(data, Mapping) else data
    terms: list[Term] = []
    for entry in entries or ():
        if not isinstance(entry, Mapping):
            continue
        name = entry.get("term")
        if not isinstance(name, str) or not name.strip():
            continue
        kind = entry.get("kind", "medical")
        if kind not in KINDS:
            kind = "medical"
        forms = entry.get("forms") or ()
        guidance = entry.get("guidance")
        terms.append(
            Term(
                term=name.strip(),
                kind=kind,
                plain=_optional_text(entry.get("plain")),
                definition=_optional_text(entry.get("definition")),
                expansion=_optional_text(entry.get("expansion")),
                forms=tuple(form.strip() for form in forms if isinstance(form, str)),
                guidance=guidance if guidance in GUIDANCES else None,
                explained_to_readers=entry.get("explained_to_readers") is True,
                source=_optional_text(entry.get("source")),
            )
        )
    return terms


def _optional_text(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


@lru_cache(maxsize=1)
def load_shipped_terms() -> tuple[Term, ...]:
    """The shipped term list (empty if the data file is missing or unreadable)."""
    try:
        raw = resources.files(__package__).joinpath(SHIPPED_TERMS_RESOURCE).read_text("utf-8")
        return tuple(parse_terms(json.loads(raw)))
    except (OSError, ValueError):
        return ()


@lru_cache(maxsize=1)
def shipped_index() -> TermIndex:
    index = TermIndex()
    for term in load_shipped_terms():
        index.add(term)
    return index


def build_index(extra_terms: Any = None, *, include_shipped: bool = True) -> TermIndex:
    """The shipped index, extended with the caller's terms if any; with
    ``include_shipped=False``, an index of the caller's terms alone.

    ``extra_terms`` may be the JSON shape (dict or list of dicts), an iterable of
    ``Term``, or a ``TermIndex`` that is used as it is (for a caller that wants full
    control, or none of the shipped terms). Indexes for JSON-shaped terms are cached
    on their content, so passing the same glossary on every call costs little.
    """
    if isinstance(extra_terms, TermIndex):
        return extra_terms
    if extra_terms is None:
        return shipped_index() if include_shipped else TermIndex()
    if isinstance(extra_terms, Mapping) or (
        isinstance(extra_terms, Sequence)
        and not isinstance(extra_terms, str)
        and all(isinstance(item, Mapping) for item in extra_terms)
    ):
        try:
            key = json.dumps(extra_terms, sort_keys=True, ensure_ascii=False)
        except (TypeError, ValueError):
            return _combined(parse_terms(extra_terms), include_shipped)
        return _index_for_json(key, include_shipped)
    items = list(extra_terms)
    extra = [item for item in items if isinstance(item, Term)]
    extra += parse_terms([item for item in items if isinstance(item, Mapping)])
    return _combined(extra, include_shipped)


@lru_cache(maxsize=32)
def _index_for_json(key: str, include_shipped: bool) -> TermIndex:
    return _combined(parse_terms(json.loads(key)), include_shipped)


def _combined(extra: list[Term], include_shipped: bool) -> TermIndex:
    if not include_shipped:
        return TermIndex().extended(extra)
    return shipped_index().extended(extra) if extra else shipped_index()
