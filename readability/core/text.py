"""From input (plain text or Wagtail HTML) to the text a reader sees, in units.

Offsets: every span in a report is a half-open ``[start, end)`` range of character
indices (Python ``str`` indices, i.e. code points) into ``Report.text``:

* for plain text (``html=False``) ``Report.text`` is the input itself, unchanged;
* for HTML it is the reader-visible text extracted here: each block (paragraph, heading,
  list item, table cell, caption, ``<br>``-separated line) is one unit, whitespace inside
  a unit (non-breaking spaces included) is collapsed to single spaces, and units are
  joined by one ``"\\n"``. Entities are decoded. Scripts, styles, templates, hidden
  elements (``hidden``, ``display: none``, ``visibility: hidden``), forms and embedded
  media are left out.

Units are never merged: a sentence cannot run from a heading or a list item into the
next block. Some visible text is kept in ``text`` but not scored (it is blanked in
``scored``, a copy of the same length): code (``<code>``, ``<pre>``, ``<kbd>``,
``<samp>``), citations (``<cite>``, numeric ``<sup>`` markers, "[3]", "[4-6]",
"(Smith et al., 2020)"), URLs, DOIs and e-mail addresses.

In plain text a unit is a paragraph (blank lines between), a line starting with a bullet
or number ("- ", "• ", "1. ", "(a) "), or a short line with no closing punctuation
followed by a capitalised line (a heading, or a list item written without a bullet).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import CData, Comment, Declaration, Doctype, ProcessingInstruction

PARAGRAPH = "paragraph"
HEADING = "heading"
LIST_ITEM = "list_item"
TABLE_CELL = "table_cell"


@dataclass(frozen=True, slots=True)
class Unit:
    """One block of reader-visible text: ``text[start:end]``."""

    start: int
    end: int
    kind: str


@dataclass(frozen=True, slots=True)
class ExtractedText:
    text: str
    scored: str
    units: tuple[Unit, ...]


# Each pattern runs only when its cheap trigger is in the text: most texts have no URL
# or e-mail address, and scanning for one costs more than the rest of the extraction.
_NOT_SCORED = (
    (
        ("://", "www.", "WWW."),
        re.compile(r"\b(?:https?://|www\.)[^\s<>\"]*[^\s<>\".,;:!?)\]}'’”]", re.I),
    ),
    (("10.",), re.compile(r"\b(?:doi:\s*)?10\.\d{4,9}/[^\s<>\"]*[^\s<>\".,;:!?)\]}'’”]", re.I)),
    (("@",), re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]*\w")),
    (("[",), re.compile(r"\[\s*\d+(?:\s*[-–,]\s*\d+)*\s*\]")),
    (
        ("(",),
        re.compile(
            r"\((?:(?:see\s+)?[A-Z][\w'’-]+(?:\s+et\s+al\.?|\s+(?:and|&)\s+[A-Z][\w'’-]+)?,?\s+"
            r"(?:19|20)\d\d[a-z]?(?:\s*[;,]\s*)?)+\)"
        ),
    ),
)
_CITATION_MARK = re.compile(r"[\s\d,;–\-\[\]()]*\d[\s\d,;–\-\[\]()]*")
_WHITESPACE = re.compile(r"\s+")
_LINE = re.compile(r"[^\n]+")
_BULLET = re.compile(r"[ \t]*(?:[-*•‣◦▪–—]|\(?\d{1,3}[.)]|\(?[a-z][.)]|\([ivx]{1,4}\))[ \t]+")
_LINE_CONTENT = re.compile(r"\S(?:.*\S)?")
_ENDS_CLAUSE = re.compile(r"[.!?:;,…)\]\"'’”]$")


def unscored_spans(text: str) -> list[tuple[int, int]]:
    """Spans of URLs, DOIs, e-mail addresses and citations in ``text``."""
    spans: list[tuple[int, int]] = []
    for triggers, pattern in _NOT_SCORED:
        if any(trigger in text for trigger in triggers):
            spans.extend(match.span() for match in pattern.finditer(text))
    return spans


def blank(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each span replaced by as many spaces (offsets do not move)."""
    if not spans:
        return text
    pieces: list[str] = []
    position = 0
    for start, end in sorted(spans):
        start = max(start, position)
        if end <= start:
            continue
        pieces.append(text[position:start])
        pieces.append(" " * (end - start))
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def blank_unscored(text: str) -> str:
    """``text`` with every unscored span (URL, DOI, citation...) replaced by spaces."""
    return blank(text, unscored_spans(text))


def extract_plain(text: str) -> ExtractedText:
    units: list[list] = []  # [start, end, kind]; the last one grows while lines continue it
    is_open = False
    previous_open_ended = False
    previous_end = 0
    for line in _LINE.finditer(text):
        content = _LINE_CONTENT.search(text, line.start(), line.end())
        if content is None or text.count("\n", previous_end, line.start()) > 1:
            is_open = previous_open_ended = False
        previous_end = line.end()
        if content is None:
            continue
        bullet = _BULLET.match(text, line.start(), line.end())
        begins = content.start() if bullet is None else max(bullet.end(), content.start())
        if begins >= content.end():
            begins = content.start()  # a line that is only a dash is text, not a bullet
            bullet = None
        starts_unit = True
        if bullet is not None:
            units.append([begins, content.end(), LIST_ITEM])
        elif not is_open or (previous_open_ended and text[begins].isupper()):
            units.append([begins, content.end(), PARAGRAPH])
        else:
            units[-1][1] = content.end()
            starts_unit = False
        is_open = True
        # A one-line unit without closing punctuation is a heading or a bare list item;
        # the same line inside wrapped prose is just a wrap.
        stripped = text[content.start() : content.end()]
        previous_open_ended = (
            starts_unit and not _ENDS_CLAUSE.search(stripped) and stripped.count(" ") < 12
        )
    return ExtractedText(
        text=text,
        scored=blank_unscored(text),
        units=tuple(Unit(start, end, kind) for start, end, kind in units),
    )


_SKIPPED_TAGS = frozenset(
    {
        "head", "script", "style", "noscript", "template", "svg", "math", "iframe",
        "object", "embed", "canvas", "audio", "video", "img", "picture", "map", "form",
        "button", "select", "textarea", "input", "meta", "link", "title",
    }
)  # fmt: skip
_UNSCORED_TAGS = frozenset({"code", "pre", "kbd", "samp", "cite", "var"})
_BLOCK_KINDS = {
    **dict.fromkeys(("h1", "h2", "h3", "h4", "h5", "h6"), HEADING),
    **dict.fromkeys(("li", "dt", "dd"), LIST_ITEM),
    **dict.fromkeys(("td", "th"), TABLE_CELL),
    **dict.fromkeys(
        (
            "p", "div", "section", "article", "aside", "blockquote", "caption", "figure",
            "figcaption", "header", "footer", "main", "nav", "address", "details", "summary",
            "dialog", "fieldset", "legend", "hgroup", "pre", "ul", "ol", "dl", "table",
            "thead", "tbody", "tfoot", "tr", "body", "html", "center", "menu", "hr",
        ),
        PARAGRAPH,
    ),
}  # fmt: skip
_SPECIFIC_KINDS = (HEADING, LIST_ITEM, TABLE_CELL)
# A CDATA section in HTML is a comment to browsers: nothing is shown.
_NON_TEXT_STRINGS = (CData, Comment, Declaration, Doctype, ProcessingInstruction)


def _is_hidden(tag: Tag) -> bool:
    """Not shown to anyone. (``aria-hidden`` text is shown, only not read aloud: a
    sighted reader reads it, so it is checked like any other.)"""
    if tag.has_attr("hidden"):
        return True
    style = tag.get("style")
    if not isinstance(style, str):
        return False
    style = "".join(style.split()).lower()
    return "display:none" in style or "visibility:hidden" in style


class _TextBuilder:
    """Appends visible text, collapsing whitespace and recording units and unscored runs."""

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.length = 0
        self.unit_start = -1
        self.unit_kind = PARAGRAPH
        self.pending_space = False
        self.units: list[Unit] = []
        self.unscored: list[tuple[int, int]] = []

    def add(self, raw: str, kind: str, scored: bool) -> None:
        collapsed = _WHITESPACE.sub(" ", raw)
        if not collapsed:
            return
        if collapsed[0] == " ":
            self.pending_space = True
        content = collapsed.strip(" ")
        if content:
            if self.unit_start < 0:
                self.unit_start = self.length
                self.unit_kind = kind
            elif self.pending_space:
                self.pieces.append(" ")
                self.length += 1
            self.pieces.append(content)
            if not scored:
                self.unscored.append((self.length, self.length + len(content)))
            self.length += len(content)
            self.pending_space = collapsed[-1] == " "

    def end_unit(self) -> None:
        if self.unit_start >= 0:
            self.units.append(Unit(self.unit_start, self.length, self.unit_kind))
            self.pieces.append("\n")
            self.length += 1
            self.unit_start = -1
        self.pending_space = False

    def result(self) -> ExtractedText:
        self.end_unit()
        text = "".join(self.pieces)[:-1] if self.pieces else ""
        scored = blank(text, unscored_spans(text) + self.unscored)
        return ExtractedText(text=text, scored=scored, units=tuple(self.units))


_SURROGATE = re.compile("[\ud800-\udfff]")


def without_surrogates(html: str) -> str:
    """Python strings may hold UTF-16 surrogates (a JSON "\\ud83d\\ude00" decoded
    alone); the HTML parser cannot encode them. Pairs become their character, a lone
    one U+FFFD, as a browser shows it."""
    if not _SURROGATE.search(html):
        return html
    return html.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def extract_html(html: str) -> ExtractedText:
    html = without_surrogates(html)
    soup = BeautifulSoup(html, "html.parser", multi_valued_attributes=None)
    builder = _TextBuilder()
    kinds: list[str] = [PARAGRAPH]
    unscored_depth = 0
    # An explicit stack rather than recursion: pasted HTML can nest thousands deep.
    # Entries are (node, None) to enter a node, or (None, (is_block, is_unscored)) to leave.
    stack: list[tuple[object, tuple[bool, bool] | None]] = [(soup, None)]
    while stack:
        node, leaving = stack.pop()
        if leaving is not None:
            is_block, is_unscored = leaving
            unscored_depth -= is_unscored
            if is_block:
                builder.end_unit()
                kinds.pop()
            continue
        if isinstance(node, NavigableString):
            if not isinstance(node, _NON_TEXT_STRINGS):
                builder.add(str(node), kinds[-1], unscored_depth == 0)
            continue
        if not isinstance(node, Tag):
            continue
        name = node.name
        if name in _SKIPPED_TAGS or _is_hidden(node):
            continue
        if name == "br":
            builder.end_unit()
            continue
        is_block = name in _BLOCK_KINDS
        if is_block:
            builder.end_unit()
            own = _BLOCK_KINDS[name]
            kinds.append(own if own in _SPECIFIC_KINDS else kinds[-1])
        is_unscored = name in _UNSCORED_TAGS or (
            name == "sup" and _CITATION_MARK.fullmatch(node.get_text()) is not None
        )
        unscored_depth += is_unscored
        stack.append((None, (is_block, is_unscored)))
        stack.extend((child, None) for child in reversed(node.contents))
    # The tree is full of reference cycles (parent <-> child): left to the garbage
    # collector it is walked again and again while the text is analysed.
    soup.decompose()
    return builder.result()


def extract(text_or_html: str, html: bool) -> ExtractedText:
    return extract_html(text_or_html) if html else extract_plain(text_or_html)
