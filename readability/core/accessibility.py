"""Content checks for people the text could shut out: screen-reader users, people who
navigate by headings or links, people with low vision or cognitive fatigue.

Each check is one small function taking parsed HTML (Wagtail's stored rich-text format
or rendered HTML) and returning findings. Errors stop publishing; warnings are shown.
Pure Python: no Django, no Wagtail.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from bs4 import BeautifulSoup, Tag

from .severity import ERROR, WARNING
from .text import without_surrogates

VAGUE_LINK_TEXT = frozenset(
    {
        "click here",
        "click",
        "here",
        "read more",
        "more",
        "learn more",
        "find out more",
        "more info",
        "more information",
        "link",
        "this link",
        "this",
        "go",
        "see here",
        "details",
        "continue",
        "this page",
        "website",
        "page",
    }
)
_FILE_NAME = re.compile(r"^[\w.\- ]+\.(?:jpe?g|png|gif|webp|avif|svg|tiff?|bmp|heic)$", re.I)
_CAMERA_NAME = re.compile(r"^(?:img|dsc|dscn|pxl|photo|image)[-_ ]?\d+", re.I)
_REDUNDANT_ALT = re.compile(
    r"^(?:an?\s+)?(?:image|picture|photo|photograph|graphic)\s+(?:of|showing)\b", re.I
)
_BARE_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
_HEADING = re.compile(r"^h([1-6])$")
CAPS_RUN_WORDS = 5


@dataclass(frozen=True, slots=True)
class Finding:
    check: str
    severity: str
    message: str
    snippet: str = ""

    def to_dict(self) -> dict[str, str]:
        return {
            "check": self.check,
            "severity": self.severity,
            "message": self.message,
            "snippet": self.snippet,
        }


def _text(tag: Tag) -> str:
    return " ".join(tag.get_text(" ", strip=True).split())


def _attribute(tag: Tag, name: str) -> str | None:
    """An attribute's text. BeautifulSoup types every value as possibly a list because
    a few HTML attributes (class, rel...) hold several; the ones read here hold one."""
    value = tag.get(name)
    if value is None or isinstance(value, str):
        return value
    return " ".join(value)


def _is_image(tag: Tag) -> bool:
    return tag.name == "img" or (tag.name == "embed" and tag.get("embedtype") == "image")


def _is_decorative(tag: Tag) -> bool:
    return (
        tag.get("role") in ("presentation", "none")
        or tag.get("aria-hidden") == "true"
        or "decorative" in (tag.get("data-decorative"), tag.get("decorative"))
        or tag.get("data-decorative") == "true"
    )


def check_image_alt(soup: BeautifulSoup) -> Iterable[Finding]:
    for image in soup.find_all(_is_image):
        alt = _attribute(image, "alt")
        label = _attribute(image, "src") or f"image {image.get('id', '')}".strip()
        if alt is None or (not alt.strip() and not _is_decorative(image)):
            yield Finding(
                "image_alt",
                ERROR,
                "An image has no alt text. Describe what it shows, or mark it as decorative.",
                label,
            )
        elif _FILE_NAME.match(alt.strip()) or _CAMERA_NAME.match(alt.strip()):
            yield Finding(
                "image_alt_file_name",
                ERROR,
                f"The alt text “{alt.strip()}” is a file name. Describe what the image shows.",
                alt.strip(),
            )
        elif _REDUNDANT_ALT.match(alt.strip()):
            yield Finding(
                "image_alt_redundant",
                WARNING,
                f"The alt text “{alt.strip()}” starts with words screen readers already say. "
                "Start with what the image shows.",
                alt.strip(),
            )


def check_headings(soup: BeautifulSoup, top_level: int = 2) -> Iterable[Finding]:
    """Inside page content the page title is the h1, so text starts at `top_level`."""
    previous = top_level - 1
    for heading in soup.find_all(_HEADING):
        level = int(heading.name[1])
        text = _text(heading)
        if not text:
            yield Finding("empty_heading", ERROR, "A heading is empty. Add text or remove it.")
            continue
        if level < top_level:
            yield Finding(
                "heading_too_high",
                ERROR,
                f"“{text}” is a level {level} heading; headings in this text start at "
                f"level {top_level}.",
                text,
            )
            continue
        if level > previous + 1:
            yield Finding(
                "heading_skipped",
                ERROR,
                f"“{text}” jumps from heading level {previous} to {level}. Use level "
                f"{previous + 1} so people who move by headings do not miss a level.",
                text,
            )
        previous = level


def check_links(soup: BeautifulSoup) -> Iterable[Finding]:
    for link in soup.find_all("a"):
        text = _text(link)
        label = (_attribute(link, "aria-label") or "").strip()
        has_image_text = any(
            (_attribute(image, "alt") or "").strip() for image in link.find_all(_is_image)
        )
        if not text and not label and not has_image_text:
            yield Finding(
                "empty_link", ERROR, "A link has no text. Add words that say where it goes."
            )
            continue
        words = (label or text).lower().strip(" .:!?…→»>")
        if words in VAGUE_LINK_TEXT:
            yield Finding(
                "vague_link_text",
                ERROR,
                f"The link text “{text}” does not say where it goes. Use words that make "
                "sense on their own, such as the title of the page it opens.",
                text,
            )
        elif _BARE_URL.match(text):
            yield Finding(
                "bare_url_link",
                WARNING,
                f"The link shows a web address ({text}). Screen readers read it out letter by "
                "letter; use words that say where it goes.",
                text,
            )


def check_tables(soup: BeautifulSoup) -> Iterable[Finding]:
    for table in soup.find_all("table"):
        if table.find("th") is None:
            yield Finding(
                "table_headers",
                ERROR,
                "A table has no header cells. Mark the first row or column as headers so "
                "each cell can be understood on its own.",
                _text(table)[:80],
            )


def check_capitals(soup: BeautifulSoup) -> Iterable[Finding]:
    text = soup.get_text(" ", strip=True)
    run: list[str] = []
    for word in text.split():
        stripped = word.strip(".,;:!?()\"'“”‘’")
        if len(stripped) >= 2 and stripped.isalpha() and stripped.isupper():
            run.append(stripped)
            if len(run) == CAPS_RUN_WORDS:
                yield Finding(
                    "capitals",
                    WARNING,
                    "Several words in a row are in capitals, which is harder to read. "
                    "Use normal capitals; use bold to stress something.",
                    " ".join(run),
                )
        else:
            run = []


CHECKS: tuple[Callable[[BeautifulSoup], Iterable[Finding]], ...] = (
    check_image_alt,
    check_headings,
    check_links,
    check_tables,
    check_capitals,
)


def check_content(
    html: str, *, is_html: bool = True, structure: bool = True, top_level: int = 2
) -> list[Finding]:
    """Every finding for one field. Plain text is checked for capitals only; so is HTML
    whose structure the caller built itself (`structure=False`). `top_level` is the
    heading level the field's own headings start at."""
    if not html or not html.strip():
        return []
    html = without_surrogates(html)
    soup = BeautifulSoup(html if is_html else f"<p>{_escape(html)}</p>", "html.parser")
    if not (is_html and structure):
        return list(check_capitals(soup))
    findings = list(check_headings(soup, top_level=top_level))
    for check in CHECKS:
        if check is not check_headings:
            findings.extend(check(soup))
    return findings


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
