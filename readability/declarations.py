"""How a page tells the gate which of its fields are plain-language text.

A page type lists `plain_language_fields`; the gate reads that list and nothing else,
so it never needs to know a page type. The text of each field is taken the way a
reader meets it: rich text as HTML, stream blocks as one unit per item.
"""

import hashlib
import json
import re
from dataclasses import dataclass

from django.utils.html import escape

from wagtail.blocks import StreamValue
from wagtail.fields import RichTextField, StreamField
from wagtail.rich_text import RichText

SIMPLE = "simple"
BODY = "body"
LIST = "list"
FIELD_KINDS = (SIMPLE, BODY, LIST)


@dataclass(frozen=True)
class PlainField:
    name: str
    kind: str
    label: str
    # The heading level the field's own headings start at: the template puts the field
    # under an h2, so the writer's first heading is an h3.
    first_heading_level: int = 2

    def __post_init__(self):
        if self.kind not in FIELD_KINDS:
            raise ValueError(f"Unknown plain-language field kind {self.kind!r}")


@dataclass(frozen=True)
class FieldText:
    field: PlainField
    text: str
    is_html: bool
    # False when the markup is ours (stream items joined as list items and headings), so
    # that structure checks judge only what the writer wrote.
    markup_by_writer: bool = False


def declared_fields(page) -> tuple[PlainField, ...]:
    return tuple(getattr(page, "plain_language_fields", ()))


def field_texts(page) -> list[FieldText]:
    texts = []
    for declared in declared_fields(page):
        model_field = page._meta.get_field(declared.name)
        value = getattr(page, declared.name)
        if isinstance(model_field, StreamField):
            texts.append(FieldText(declared, stream_as_html(value), is_html=True))
        elif isinstance(model_field, RichTextField):
            texts.append(FieldText(declared, value or "", is_html=True, markup_by_writer=True))
        else:
            texts.append(FieldText(declared, value or "", is_html=False))
    return texts


def stream_as_html(stream_value) -> str:
    """Each block becomes its own unit: a list item, or a heading and a paragraph for a
    block with several parts, so that items are never read as one run-on sentence."""
    parts = []
    for block in stream_value or ():
        parts.append(_block_as_html(block.value))
    return "".join(parts)


def _block_as_html(value) -> str:
    if isinstance(value, RichText):
        return value.source
    if isinstance(value, str):
        return f"<li>{escape(value)}</li>"
    if hasattr(value, "items"):
        html = []
        for name, child in value.items():
            if isinstance(child, str) and name == "heading":
                html.append(f"<h3>{escape(child)}</h3>")
            elif isinstance(child, str):
                html.append(f"<p>{escape(child)}</p>")
            else:
                html.append(_block_as_html(child))
        return "".join(html)
    if isinstance(value, list | tuple):
        return "".join(_block_as_html(item) for item in value)
    return ""


def content_fingerprint(page) -> str:
    """A hash of what a reviewer vouches for: the reader-visible content of the page's
    `reviewed_fields`. Storage details that change when a form is merely re-saved
    (stream block ids, rich-text block keys, line endings) are left out."""
    reviewed = {name: _comparable(getattr(page, name, None)) for name in page.reviewed_fields}
    encoded = json.dumps(reviewed, sort_keys=True, default=str).encode()
    return hashlib.sha256(encoded).hexdigest()


_BLOCK_KEY = re.compile(r'\s+data-block-key="[^"]*"')
_SPACE = re.compile(r"\s+")


def _comparable(value):
    if isinstance(value, StreamValue):
        return [
            [child.block_type, _comparable(child.block.get_prep_value(child.value))]
            for child in value
        ]
    if isinstance(value, RichText):
        value = value.source
    if isinstance(value, str):
        return _SPACE.sub(" ", _BLOCK_KEY.sub("", value)).strip()
    if isinstance(value, dict):
        return {key: _comparable(item) for key, item in value.items() if key != "id"}
    if isinstance(value, list | tuple):
        return [_comparable(item) for item in value]
    return value
