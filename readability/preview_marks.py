"""Marking hard sentences and unexplained terms in a rendered page, for the editor's preview.

It works on the HTML the page renders, read with the standard library's HTML parser and
written back tag for tag (as glossary/markup.py does): tags pass through as they came,
text is escaped again, and every piece of our markup is built with `format_html`, so a
sentence holding "<script>" is shown as text.

Each highlight is looked for in its own field's part of the page: the template gives each
field a section labelled by the field's name with hyphens (`aria-labelledby=
"simple-explanation"`); a page without such sections is searched whole. Text is compared
with whitespace collapsed, across inline tags; a highlight that cannot be found (the
template reworded it) is still listed in the legend, just not marked in place.
"""

import re
from dataclasses import dataclass, field
from html import escape
from html.parser import HTMLParser

from django.utils.html import format_html

SENTENCE = "sentence"
TERM = "term"
# Text a reader does not see, or that is not prose: never searched, never marked.
UNSEEN = frozenset({"script", "style", "template", "title", "textarea", "noscript", "head"})
RAW_TEXT = frozenset({"script", "style"})
VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
     "track", "wbr"}
)  # fmt: skip
_SPACE = re.compile(r"\s+")


@dataclass
class Highlight:
    number: int
    kind: str  # SENTENCE or TERM
    field: str
    field_label: str
    text: str
    label: str  # the short reason shown in place: "too long", "medical term"
    reasons: list[str] = field(default_factory=list)  # the full reasons, for the legend
    found: bool = False

    @property
    def note_id(self) -> str:
        return f"pl-note-{self.number}"


def region_id(field_name: str) -> str:
    """What labels a field's section in the page template."""
    return field_name.replace("_", "-")


class _Tokens(HTMLParser):
    """The page as tags (kept verbatim) and text pieces (with the field they are in)."""

    def __init__(self, regions: set[str]):
        super().__init__(convert_charrefs=True)
        self.regions = regions
        self.tokens: list[list] = []  # ["tag", raw] or ["text", text, region, visible]
        self.stack: list[tuple[str, str | None, bool]] = []  # (tag, region, unseen)

    def _region(self) -> str | None:
        return next((r for _, r, _ in reversed(self.stack) if r), None)

    def _unseen(self) -> bool:
        return any(unseen for *_, unseen in self.stack)

    def handle_starttag(self, tag, attrs):
        self.tokens.append(["tag", self.get_starttag_text()])
        if tag in VOID:
            return
        values = dict(attrs)
        label = values.get("aria-labelledby") or values.get("id")
        region = label if label in self.regions else None
        self.stack.append((tag, region, tag in UNSEEN or "hidden" in values))

    def handle_startendtag(self, tag, attrs):
        self.tokens.append(["tag", self.get_starttag_text()])

    def handle_endtag(self, tag):
        self.tokens.append(["tag", f"</{tag}>"])
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                break

    def handle_data(self, data):
        raw = self.stack and self.stack[-1][0] in RAW_TEXT
        if raw:
            self.tokens.append(["tag", data])
        else:
            self.tokens.append(["text", data, self._region(), not self._unseen()])

    def handle_comment(self, data):
        self.tokens.append(["tag", f"<!--{data}-->"])

    def handle_decl(self, decl):
        self.tokens.append(["tag", f"<!{decl}>"])

    def handle_pi(self, data):
        self.tokens.append(["tag", f"<?{data}>"])

    def unknown_decl(self, data):
        self.tokens.append(["tag", f"<![{data}]>"])


def _normalise(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _visible_text(tokens, region: str | None) -> tuple[str, list[tuple[int, int]]]:
    """The region's visible text, whitespace collapsed, and for each of its characters the
    (token, offset) it came from."""
    chars: list[str] = []
    where: list[tuple[int, int]] = []
    for index, token in enumerate(tokens):
        if token[0] != "text" or not token[3] or (region is not None and token[2] != region):
            continue
        for offset, char in enumerate(token[1]):
            if char.isspace():
                if chars and chars[-1] == " ":
                    continue
                char = " "
            chars.append(char)
            where.append((index, offset))
    return "".join(chars), where


def _word_at(text: str, word: str, start: int, end: int) -> int:
    """Where `word` is used as a whole word in text[start:end], or -1."""
    pattern = re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)")
    found = pattern.search(text, start, end)
    return found.start() if found else -1


def mark_page(html: str, highlights: list[Highlight]) -> str:
    """`html` with each highlight found wrapped in place (sentences, and terms inside
    them); sets `found` on each highlight."""
    regions = {region_id(h.field) for h in highlights}
    parser = _Tokens(regions)
    parser.feed(html)
    parser.close()
    tokens = parser.tokens
    present = {token[2] for token in tokens if token[0] == "text"}
    # (token index, start offset, end offset, highlight); marks per token char ranges.
    spans: list[tuple[int, int, int, Highlight]] = []
    for name in sorted(regions):
        own = [h for h in highlights if region_id(h.field) == name]
        text, where = _visible_text(tokens, name if name in present else None)
        cursor = 0
        sentence_at: dict[int, tuple[int, int]] = {}
        for highlight in own:
            wanted = _normalise(highlight.text)
            if not wanted:
                continue
            if highlight.kind == SENTENCE:
                start = text.find(wanted, cursor)
                if start < 0:
                    start = text.find(wanted)
                if start < 0:
                    continue
                end = start + len(wanted)
                sentence_at[highlight.number] = (start, end)
                cursor = end
            else:
                start = _word_at(text, wanted, 0, len(text))
                if start < 0:
                    continue
                end = start + len(wanted)
            highlight.found = True
            spans.extend(_token_spans(where, start, end, highlight))
    return _write(tokens, spans)


def _token_spans(where, start, end, highlight):
    """The character range [start, end) of the collapsed text as ranges of tokens."""
    pieces: dict[int, list[int]] = {}
    for index, offset in where[start:end]:
        piece = pieces.setdefault(index, [offset, offset])
        piece[1] = offset
    return [(index, first, last + 1, highlight) for index, (first, last) in pieces.items()]


def _write(tokens, spans) -> str:
    by_token: dict[int, list[tuple[int, int, Highlight]]] = {}
    for index, first, last, highlight in spans:
        by_token.setdefault(index, []).append((first, last, highlight))
    # Where each highlight ends: its reason in words goes there.
    last_piece: dict[int, tuple[int, int]] = {}
    for index, _first, last, highlight in spans:
        ends = last_piece.get(highlight.number, (-1, -1))
        last_piece[highlight.number] = max(ends, (index, last))
    out = []
    for index, token in enumerate(tokens):
        if token[0] == "tag":
            out.append(token[1])
            continue
        text = token[1]
        marks = by_token.get(index)
        if not marks:
            out.append(escape(text, quote=False))
            continue
        cuts = sorted({0, len(text), *(f for f, _, _ in marks), *(e for _, e, _ in marks)})
        for cut_start, cut_end in zip(cuts, cuts[1:], strict=False):
            piece = escape(text[cut_start:cut_end], quote=False)
            active = [h for f, e, h in marks if f <= cut_start and cut_end <= e]
            # Sentences outside, terms inside: each piece nests the same way.
            for highlight in sorted(active, key=lambda h: h.kind == SENTENCE):
                piece = format_html(
                    '<mark class="pl-mark pl-mark--{}" data-field="{}" '
                    'aria-describedby="{}">{}</mark>',
                    highlight.kind,
                    highlight.field,
                    highlight.note_id,
                    piece,
                )
            out.append(str(piece))
            for highlight in active:
                if last_piece[highlight.number] == (index, cut_end):
                    out.append(str(_tag(highlight)))
    return "".join(out)


def _tag(highlight: Highlight):
    """The reason in words next to the highlight, so colour is not the only signal."""
    return format_html(
        '<a class="pl-tag pl-tag--{}" href="#{}">{} {}: {}</a>',
        highlight.kind,
        highlight.note_id,
        highlight.number,
        "hard" if highlight.kind == SENTENCE else "term",
        highlight.label,
    )
