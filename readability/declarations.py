"""How a page tells the plain-language checks which of its fields are plain-language text.

A page type lists `plain_language_fields`; the checks read that list and nothing else,
so it never needs to know a page type. The text of each field is taken the way a
reader meets it: rich text as HTML, stream blocks as one unit per item.
"""

from dataclasses import dataclass

from django.utils.html import escape

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
