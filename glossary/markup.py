"""Marking up the first use of each glossary term in a section of a rendered page.

It works on the HTML the page renders (blocks render themselves; this marks up that
rendering), read with the standard library's HTML parser and written back tag for tag:
tags and attributes pass through as they came, text is escaped again, and every piece of
a term's markup is escaped here, so a definition holding "<script>" is shown as text.

A section is a titled part of the page: each call is one, and a heading inside it starts
another (an implication's own heading, a heading in the research summary). Within a
section only the first use of a term is marked, whatever form it takes. Nothing is marked
inside a heading, a link, an abbreviation, code, a citation, a button, a form control or
another term's markup, and attributes are never touched.

Each term is a link to its glossary entry (what readers without JavaScript get) followed
by a hidden panel with the definition; static/js/glossary.js turns the link into a
disclosure button (WAI-ARIA disclosure pattern) that shows and hides the panel.
"""

from html import escape
from html.parser import HTMLParser

from django.utils.html import format_html

from .matching import find_terms
from .reader_glossary import Entry, ReaderGlossary

HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Text a reader does not read as running prose, or that is already interactive.
LEFT_ALONE = HEADINGS | {
    "a", "abbr", "acronym", "dfn", "code", "pre", "kbd", "samp", "var", "cite", "q",
    "button", "label", "select", "option", "textarea", "script", "style", "template",
    "svg", "math", "title", "iframe", "object", "noscript",
}  # fmt: skip
RAW_TEXT = frozenset({"script", "style"})
VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
     "track", "wbr"}
)  # fmt: skip
# The wrapper of a term's markup carries it: text inside is never marked again.
MARKER = "data-glossary-term"


def term_markup(entry: Entry, text: str, panel_id: str, url: str) -> str:
    if entry.is_abbreviation and entry.expansion:
        shown = format_html('<abbr title="{}">{}</abbr>', entry.expansion, text)
        heading = format_html("<strong>{}</strong>: {}", entry.term, entry.expansion)
    else:
        shown = text
        heading = format_html("<strong>{}</strong>", entry.term)
    return format_html(
        '<span class="glossary-term" {}><a class="glossary-term__link" href="{}">{}</a>'
        '<span class="glossary-term__panel" id="{}" hidden>'
        '<span class="glossary-term__heading">{}</span> '
        '<span class="glossary-term__definition">{}</span> '
        '<a class="glossary-term__more" href="{}">More in the glossary'
        '<span class="visually-hidden"> about {}</span></a></span></span>',
        MARKER,
        url,
        shown,
        panel_id,
        heading,
        entry.definition,
        url,
        entry.term,
    )


class _Marker(HTMLParser):
    def __init__(self, glossary: ReaderGlossary, id_prefix: str):
        super().__init__(convert_charrefs=True)
        self.glossary = glossary
        self.id_prefix = id_prefix
        self.out: list[str] = []
        self.open: list[tuple[str, bool]] = []  # (tag, text inside left alone)
        self.left_alone = 0
        self.seen: set[str] = set()
        self.used: set[str] = set()
        self.count = 0

    def handle_starttag(self, tag, attrs):
        self.out.append(self.get_starttag_text() or "")
        if tag in VOID:
            return
        if tag in HEADINGS:
            self.seen = set()  # a new titled part of the page
        alone = tag in LEFT_ALONE or any(name == MARKER for name, _value in attrs)
        self.open.append((tag, alone))
        self.left_alone += alone

    def handle_startendtag(self, tag, attrs):
        self.out.append(self.get_starttag_text() or "")

    def handle_endtag(self, tag):
        self.out.append(f"</{tag}>")
        # Close up to the matching open tag (an unclosed <p> or <li> is closed with it);
        # an end tag that opened nothing changes nothing.
        for position in range(len(self.open) - 1, -1, -1):
            if self.open[position][0] == tag:
                for _tag, alone in self.open[position:]:
                    self.left_alone -= alone
                del self.open[position:]
                break

    def handle_data(self, data):
        if self.open and self.open[-1][0] in RAW_TEXT:
            self.out.append(data)
        elif self.left_alone:
            self.out.append(escape(data, quote=False))
        else:
            self.out.append(self.mark_text(data))

    def mark_text(self, text: str) -> str:
        pieces = []
        done = 0
        for found in find_terms(text, self.glossary.index):
            entry = self.glossary.entry_for(found.term)
            if entry is None or found.term.term in self.seen:
                continue
            self.seen.add(found.term.term)
            self.used.add(entry.slug)
            self.count += 1
            pieces.append(escape(text[done : found.start], quote=False))
            pieces.append(
                term_markup(
                    entry,
                    text[found.start : found.end],
                    f"{self.id_prefix}-{self.count}",
                    self.glossary.entry_url(entry),
                )
            )
            done = found.end
        pieces.append(escape(text[done:], quote=False))
        return "".join(pieces)

    def handle_comment(self, data):
        self.out.append(f"<!--{data}-->")

    def handle_decl(self, decl):
        self.out.append(f"<!{decl}>")

    def handle_pi(self, data):
        self.out.append(f"<?{data}>")

    def unknown_decl(self, data):
        self.out.append(f"<![{data}]>")


def _run(html: str, glossary: ReaderGlossary, id_prefix: str) -> _Marker:
    marker = _Marker(glossary, id_prefix)
    marker.feed(html)
    marker.close()
    return marker


def mark_up_section(html: str, glossary: ReaderGlossary, id_prefix: str) -> str:
    """`html` with the first use of each term in each titled part marked up."""
    if not glossary.index.terms or glossary.page_url is None:
        return html  # nothing to explain, or no glossary page for the links to go to
    return "".join(_run(html, glossary, id_prefix).out)


def slugs_used(html: str, glossary: ReaderGlossary) -> set[str]:
    """The slugs of the terms `mark_up_section` would mark in `html`."""
    if not glossary.index.terms:
        return set()
    return _run(html, glossary, "unused").used
