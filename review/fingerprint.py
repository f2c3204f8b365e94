"""The fingerprint of what a reader can see of a page: what a sign-off vouches for.

Every field of the page is covered, whatever its page type, except the short list in
`NOT_REVIEWED` below (each with its reason; the README repeats it). A field added to a
page type later is therefore covered until somebody argues it out in that list.

Nothing a reader could see is deleted, normalised or skipped: text is taken exactly as
stored (no whitespace folding, no pattern deletion). Only storage details that Wagtail
regenerates on every save and that never reach a reader are left out, and each is left
out structurally, never by searching text: the random `id` of a stream block or list
item, and the `data-block-key` attribute on a rich-text element (read by an HTML parser
as an attribute, so text that merely looks like one is kept). Line endings are read as
one kind ("\r\n" as "\n"), because browsers send "\r\n" for what code stores as "\n"
and no page shows the difference. Media are covered by what
readers get from them: an image by its file's hash, size, focal point and default alt
text; a document by its file's hash and title.
"""

import hashlib
import json
from html.parser import HTMLParser

from django.core.serializers.json import DjangoJSONEncoder

from modelcluster.models import get_all_child_relations
from taggit.managers import TaggableManager
from taggit.models import TaggedItemBase
from wagtail import blocks
from wagtail.documents import get_document_model
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model

# Fields a reader never sees, or that Wagtail or the review itself set. Reasons:
NOT_REVIEWED = {
    # The page's identity and place in Wagtail's tables: readers see the parent, which is
    # covered as `parent` below, and the slug, which is covered.
    "id": "identity",
    "page_ptr": "identity",
    "content_type": "identity",
    "translation_key": "identity",
    "locale": "one language only",
    "path": "tree storage; the parent page is covered instead",
    "depth": "tree storage",
    "numchild": "tree storage",
    "url_path": "built from the slugs of the page and its categories; categories are the "
    "editors' tree, the page's own slug and parent are covered",
    "alias_of": "aliases of reviewed pages are refused",
    # Publishing state: the gate decides it.
    "live": "publishing state",
    "has_unpublished_changes": "publishing state",
    "live_revision": "publishing state",
    "latest_revision": "publishing state",
    "latest_revision_created_at": "publishing state",
    "draft_title": "the title is covered",
    "expired": "publishing state",
    "first_published_at": "set by Wagtail when the page first goes live",
    "last_published_at": "set by Wagtail whenever the page goes live",
    # Editorial bookkeeping no reader sees.
    "owner": "who created the page; not shown",
    "locked": "editing lock",
    "locked_at": "editing lock",
    "locked_by": "editing lock",
    "wagtail_admin_comments": "editors' comments in the admin",
}
# Stamped from the sign-off in force whenever the page is saved live (`review.guard`),
# so never a matter for the sign-off itself.
STAMPED_FROM_SIGN_OFF = {
    "reviewed_by",
    "reviewed_by_name",
    "reviewed_at",
    "written_by",
    "written_by_name",
}
NOT_REVIEWED |= dict.fromkeys(STAMPED_FROM_SIGN_OFF, "stamped from the sign-off")


def fingerprint(page) -> str:
    """A hash of everything a reader can see of `page` as it stands on the object."""
    return digest(reader_visible(page))


def digest(visible: dict) -> str:
    """The hash of `reader_visible` output. Encoded as Wagtail stores revisions
    (DjangoJSONEncoder: times to the millisecond), so that content read back from a
    revision has the fingerprint it had when it was saved."""
    encoded = json.dumps(visible, sort_keys=True, cls=DjangoJSONEncoder).encode()
    return hashlib.sha256(encoded).hexdigest()


def reader_visible(page) -> dict:
    """What the fingerprint hashes, as plain data (handy in tests and diffs)."""
    content = {"parent": _parent_id(page)}
    for model_field in page._meta.get_fields():
        name = model_field.name
        if name in NOT_REVIEWED:
            continue
        if isinstance(model_field, TaggableManager):
            content[name] = sorted(getattr(page, name).names())
        elif not model_field.concrete:
            continue  # reverse and generic relations: other models pointing here
        elif model_field.many_to_many:
            content[name] = sorted(obj.pk for obj in getattr(page, name).all())
        elif model_field.is_relation:
            content[name] = _related(getattr(page, name))
        else:
            content[name] = _value(model_field, getattr(page, model_field.attname))
    for relation in get_all_child_relations(page):
        name = relation.get_accessor_name()
        if name in NOT_REVIEWED or issubclass(relation.related_model, TaggedItemBase):
            continue  # tags are covered by their manager above, by name
        content[name] = [
            _child_object(child, relation.field.name) for child in getattr(page, name).all()
        ]
    return content


def _parent_id(page):
    if page.pk is None or not page.path:
        return None
    parent = page.get_parent()
    return parent.pk if parent else None


def _child_object(child, parental_key_name: str) -> dict:
    data = {}
    for model_field in child._meta.concrete_fields:
        if model_field.primary_key or model_field.name == parental_key_name:
            continue
        if model_field.is_relation:
            data[model_field.name] = _related(getattr(child, model_field.name))
        else:
            data[model_field.name] = _value(model_field, getattr(child, model_field.attname))
    return data


def _value(model_field, value):
    if isinstance(model_field, StreamField):
        return _stream(model_field.stream_block, value)
    if isinstance(model_field, RichTextField):
        return rich_text_tokens(value or "")
    return _same_line_endings(value)


def _same_line_endings(value):
    if isinstance(value, str):
        return value.replace("\r\n", "\n").replace("\r", "\n")
    return value


def _stream(block, value):
    """Walk a stream value with its block definitions, so that every value is read as
    the block that renders it (a rich-text block as rich text, a chooser as media)."""
    if value is None:
        return None
    if isinstance(block, blocks.StreamBlock):
        return [[child.block_type, _stream(child.block, child.value)] for child in value]
    if isinstance(block, blocks.ListBlock):
        return [_stream(block.child_block, item) for item in value]
    if isinstance(block, blocks.StructBlock):
        return {name: _stream(child, value.get(name)) for name, child in block.child_blocks.items()}
    if isinstance(block, blocks.RichTextBlock):
        return rich_text_tokens(value.source if hasattr(value, "source") else str(value))
    if isinstance(block, blocks.ChooserBlock):
        return _related(value)
    prepared = block.get_prep_value(value)
    return _same_line_endings(prepared)


def _related(obj):
    if obj is None:
        return None
    if isinstance(obj, get_image_model()):
        return image_identity(obj)
    if isinstance(obj, get_document_model()):
        return document_identity(obj)
    return [obj._meta.label, obj.pk, str(obj)]


def image_identity(image) -> dict:
    """What a reader gets from an image: its pixels, its crop and its default alt text."""
    return {
        "image": image.pk,
        "file": _file_hash(image),
        "size": [image.width, image.height],
        "focal_point": [
            image.focal_point_x,
            image.focal_point_y,
            image.focal_point_width,
            image.focal_point_height,
        ],
        "alt": getattr(image, "default_alt_text", image.title),
    }


def document_identity(document) -> dict:
    return {"document": document.pk, "file": _file_hash(document), "title": document.title}


def _file_hash(media) -> str:
    if media.file_hash:
        return media.file_hash
    try:
        media._set_file_hash()  # get_file_hash() would save, and so re-enter the guard
        return media.file_hash
    except (OSError, ValueError):
        # A missing file is itself what readers would get; name it so that it differs
        # from any real file.
        return f"missing:{media.file.name}"


def rich_text_tokens(html: str) -> list:
    """Rich text as the exact sequence of what an HTML parser reads: tags with their
    attributes, text, entities and comments. Only `data-block-key` is dropped from tags,
    and an embedded image or linked document is read with its media identity."""
    reader = _RichTextReader()
    reader.feed(html)
    reader.close()
    return reader.tokens


class _RichTextReader(HTMLParser):
    # Wagtail's editor gives each block a new random key when the text is re-saved.
    STORAGE_ATTRIBUTES = {"data-block-key"}

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.tokens: list = []

    def handle_starttag(self, tag, attrs):
        self.tokens.append(["start", tag, self._attributes(tag, attrs)])

    def handle_startendtag(self, tag, attrs):
        self.tokens.append(["startend", tag, self._attributes(tag, attrs)])

    def handle_endtag(self, tag):
        self.tokens.append(["end", tag])

    def handle_data(self, data):
        self.tokens.append(["text", _same_line_endings(data)])

    def handle_entityref(self, name):
        self.tokens.append(["entity", name])

    def handle_charref(self, name):
        self.tokens.append(["charref", name])

    def handle_comment(self, data):
        self.tokens.append(["comment", data])

    def handle_decl(self, decl):
        self.tokens.append(["decl", decl])

    def handle_pi(self, data):
        self.tokens.append(["pi", data])

    def unknown_decl(self, data):
        self.tokens.append(["unknown_decl", data])

    def _attributes(self, tag, attrs):
        kept = [[name, value] for name, value in attrs if name not in self.STORAGE_ATTRIBUTES]
        media = _embedded_media(tag, dict(attrs))
        if media is not None:
            kept.append(["media", media])
        return kept


def _embedded_media(tag: str, attrs: dict):
    media_id = attrs.get("id")
    if not media_id or not media_id.isdigit():
        return None
    if tag == "embed" and attrs.get("embedtype") == "image":
        image = get_image_model().objects.filter(pk=int(media_id)).first()
        return image_identity(image) if image else "missing image"
    if tag == "a" and attrs.get("linktype") == "document":
        document = get_document_model().objects.filter(pk=int(media_id)).first()
        return document_identity(document) if document else "missing document"
    return None
