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

A hard sentence is one mark, one continuous highlight, around everything in it: the marks
of its unexplained terms with their numbered reasons, a glossary term's markup, bold or a
link. Only a sentence that crosses the edge of an element (it starts inside bold text and
ends after it) is marked in pieces, one per piece of text, as HTML requires.
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
# Elements a mark may hold whole (phrasing content): a sentence whose words cross only
# these, each opened and closed within it, is one mark around them all.
PHRASING = frozenset(
    {"a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "del", "dfn", "em", "i",
     "img", "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup",
     "time", "u", "var", "wbr"}
)  # fmt: skip
START, END, VOID_TAG = "start", "end", "void"
INTERACTIVE = frozenset({"a", "button"})
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
        # ["tag", raw, name, START|END|VOID|None] or ["text", text, region, visible]
        self.tokens: list[list] = []
        self.stack: list[tuple[str, str | None, bool]] = []  # (tag, region, unseen)

    def _region(self) -> str | None:
        return next((r for _, r, _ in reversed(self.stack) if r), None)

    def _unseen(self) -> bool:
        return any(unseen for *_, unseen in self.stack)

    def handle_starttag(self, tag, attrs):
        self.tokens.append(
            ["tag", self.get_starttag_text(), tag, VOID_TAG if tag in VOID else START]
        )
        if tag in VOID:
            return
        values = dict(attrs)
        label = values.get("aria-labelledby") or values.get("id")
        region = label if label in self.regions else None
        self.stack.append((tag, region, tag in UNSEEN or "hidden" in values))

    def handle_startendtag(self, tag, attrs):
        self.tokens.append(["tag", self.get_starttag_text(), tag, VOID_TAG])

    def handle_endtag(self, tag):
        self.tokens.append(["tag", f"</{tag}>", tag, END])
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                break

    def handle_data(self, data):
        raw = self.stack and self.stack[-1][0] in RAW_TEXT
        if raw:
            self.tokens.append(["tag", data, None, None])
        else:
            self.tokens.append(["text", data, self._region(), not self._unseen()])

    def handle_comment(self, data):
        self.tokens.append(["tag", f"<!--{data}-->", None, None])

    def handle_decl(self, decl):
        self.tokens.append(["tag", f"<!{decl}>", None, None])

    def handle_pi(self, data):
        self.tokens.append(["tag", f"<?{data}>", None, None])

    def unknown_decl(self, data):
        self.tokens.append(["tag", f"<![{data}]>", None, None])


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
    # Where each highlight's characters came from, sentences before terms: a term's mark
    # then goes inside its sentence's.
    found: list[tuple[Highlight, list[tuple[int, int]]]] = []
    for name in sorted(regions):
        own = [h for h in highlights if region_id(h.field) == name]
        text, where = _visible_text(tokens, name if name in present else None)
        cursor = 0
        for highlight in own:
            wanted = _normalise(highlight.text)
            if not wanted:
                continue
            if highlight.kind == SENTENCE:
                start = text.find(wanted, cursor)
                if start < 0:
                    start = text.find(wanted)
                if start >= 0:
                    cursor = start + len(wanted)
            else:
                start = _word_at(text, wanted, 0, len(text))
            if start < 0:
                continue
            highlight.found = True
            found.append((highlight, where[start : start + len(wanted)]))
    pieces: list[_Piece] = []
    for highlight, chars in sorted(found, key=lambda item: item[0].kind != SENTENCE):
        pieces.extend(_pieces(tokens, chars, highlight, pieces))
    return _write(tokens, pieces)


@dataclass(eq=False)
class _Piece:
    """One mark element: from a character of the page's text to just after another."""

    start: tuple[int, int]  # (token, offset)
    end: tuple[int, int]
    highlight: Highlight

    def nests_with(self, other: "_Piece") -> bool:
        inside = other.start <= self.start and self.end <= other.end
        around = self.start <= other.start and other.end <= self.end
        apart = self.end <= other.start or other.end <= self.start
        return inside or around or apart


def _pieces(tokens, chars, highlight, marked) -> list["_Piece"]:
    """The marks for a highlight's characters: one around them all when the tags among
    them are phrasing elements opened and closed inside (a link, bold, a glossary term's
    markup) and it nests with the marks made before; otherwise one per piece of text, which
    is always well formed."""
    (first, first_offset), (last, last_offset) = chars[0], chars[-1]
    whole = _Piece((first, first_offset), (last, last_offset + 1), highlight)
    if _holds_whole(tokens[first + 1 : last]) and all(whole.nests_with(m) for m in marked):
        return [whole]
    per_token: dict[int, list[int]] = {}
    for index, offset in chars:
        per_token.setdefault(index, [offset, offset])[1] = offset
    return [_Piece((i, a), (i, b + 1), highlight) for i, (a, b) in per_token.items()]


def _holds_whole(between) -> bool:
    """Whether a mark can hold these tokens: phrasing elements, each closed inside."""
    open_tags: list[str] = []
    for token in between:
        if token[0] != "tag" or token[2] is None:  # text, a comment
            continue
        if token[2] not in PHRASING:
            return False
        if token[3] == START:
            open_tags.append(token[2])
        elif token[3] == END and (not open_tags or open_tags.pop() != token[2]):
            return False
    return not open_tags


def _open(highlight: Highlight) -> str:
    return format_html(
        '<mark class="pl-mark pl-mark--{}" data-field="{}" aria-describedby="{}">',
        highlight.kind,
        highlight.field,
        highlight.note_id,
    )


def _write(tokens, pieces: list[_Piece]) -> str:
    opening: dict[int, list[_Piece]] = {}
    closing: dict[int, list[_Piece]] = {}
    last_of: dict[int, _Piece] = {}  # each highlight's last piece: its tag follows it
    for piece in pieces:
        opening.setdefault(piece.start[0], []).append(piece)
        closing.setdefault(piece.end[0], []).append(piece)
        number = piece.highlight.number
        if number not in last_of or last_of[number].end < piece.end:
            last_of[number] = piece
    out: list[str] = []
    stack: list[_Piece] = []  # the marks open, innermost last
    page_open: list[str] = []  # the page's elements open, innermost last
    # Tags (links) of highlights that ended inside a link or a button: a link may not
    # hold another, so each waits until that element is closed.
    waiting: list[tuple[int, Highlight]] = []

    def tag_after(highlight: Highlight) -> None:
        inside = [at for at, name in enumerate(page_open) if name in INTERACTIVE]
        if inside:
            waiting.append((inside[0], highlight))
        else:
            out.append(str(_tag(highlight)))

    def close(piece: _Piece) -> None:
        # Marks opened inside it and still going (only ever within one piece of text)
        # close with it and open again after it.
        reopen = []
        while (top := stack.pop()) is not piece:
            out.append("</mark>")
            reopen.append(top)
        out.append("</mark>")
        if last_of[piece.highlight.number] is piece:
            tag_after(piece.highlight)
        for other in reversed(reopen):
            out.append(_open(other.highlight))
            stack.append(other)

    for index, token in enumerate(tokens):
        if token[0] == "tag":
            out.append(token[1])
            if token[3] == START:
                page_open.append(token[2])
            elif token[3] == END and token[2] in page_open:
                del page_open[len(page_open) - 1 - page_open[::-1].index(token[2]) :]
                out.extend(str(_tag(h)) for at, h in waiting if at >= len(page_open))
                waiting[:] = [(at, h) for at, h in waiting if at < len(page_open)]
            continue
        text = token[1]
        starts, ends = opening.get(index, []), closing.get(index, [])
        cuts = sorted({len(text), *(p.start[1] for p in starts), *(p.end[1] for p in ends)})
        done = 0
        for cut in cuts:
            out.append(escape(text[done:cut], quote=False))
            done = cut
            for piece in sorted(
                (p for p in ends if p.end[1] == cut), key=stack.index, reverse=True
            ):
                close(piece)
            # The mark that ends last is the outer one; a sentence holds its terms.
            for piece in sorted(
                (p for p in starts if p.start[1] == cut),
                key=lambda p: ((-p.end[0], -p.end[1]), p.highlight.kind != SENTENCE),
            ):
                out.append(_open(piece.highlight))
                stack.append(piece)
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
