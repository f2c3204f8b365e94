"""How a page tells the plain-language checks which of its fields are plain-language text.

A page type lists `plain_language_fields`; the checks read that list and nothing else,
so it never needs to know a page type. The text of each field is taken the way a
reader meets it: rich text as HTML, stream blocks as their own templates render them for
the page, so that what is checked cannot drift from what is read.
"""

from dataclasses import dataclass

from django.apps import apps

from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

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
    # False when the markup is ours (the list items and headings of the block templates),
    # so that structure checks judge only what the writer wrote.
    markup_by_writer: bool = False


# A page type that states what its claims are judged against names the field holding its
# evidence level (`claims_evidence_field = "evidence_level"`); other pages (about, contact)
# make no claims about a study and are not judged.
def claims_evidence_level(page) -> str | None:
    """The evidence level the page's claims are judged against ("" when not chosen yet:
    judged as weak evidence), or None for a page whose claims are not judged."""
    field_name = getattr(page, "claims_evidence_field", None)
    if field_name is None:
        return None
    return getattr(page, field_name, None) or ""


def declared_fields(page) -> tuple[PlainField, ...]:
    return tuple(getattr(page, "plain_language_fields", ()))


def page_types_with_declared_fields() -> list[type[Page]]:
    return [
        model for model in apps.get_models() if issubclass(model, Page) and declared_fields(model)
    ]


def field_texts(page) -> list[FieldText]:
    texts = []
    for declared in declared_fields(page):
        model_field = page._meta.get_field(declared.name)
        value = getattr(page, declared.name)
        if isinstance(model_field, StreamField):
            # The page template's blocks may use the page; so may the same blocks here.
            texts.append(FieldText(declared, stream_as_html(value, {"page": page}), is_html=True))
        elif isinstance(model_field, RichTextField):
            texts.append(FieldText(declared, value or "", is_html=True, markup_by_writer=True))
        else:
            texts.append(FieldText(declared, value or "", is_html=False))
    return texts


def stream_as_html(stream_value, context=None) -> str:
    """The blocks as the page renders them, each by its own template and side by side as the
    page template places them. The templates make each block its own unit (a list item, a
    heading and a paragraph), so that items are never read as one run-on sentence."""
    return "".join(block.render_as_block(context) for block in stream_value or ())
