"""Media under reviewed pages: an image or document that a live reviewed page shows
cannot be changed in any way a reader would notice (its file, size, crop, default alt
text; a document's file or title), nor deleted.

Why refuse rather than version: a live summary embeds the image itself, so any change
reaches every reader at once, with no publish in between. Refusing keeps the rule
simple to explain ("upload the new picture, put it in the summary, submit it for
review") and needs no second copy of Wagtail's image model. Images that no live
reviewed page shows stay free to edit.
"""

from django import forms
from django.core.exceptions import PermissionDenied
from django.db.models import Q, TextField
from django.db.models.functions import Cast
from django.db.models.signals import pre_delete, pre_save
from django.dispatch import receiver

from wagtail.documents import get_document_model
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.images.forms import BaseImageForm
from wagtail.models import Page, get_page_models

from .fingerprint import document_identity, image_identity, reader_visible
from .verdict import requires_sign_off


class MediaChangeRefused(PermissionDenied):
    pass


def identity(media) -> dict:
    if isinstance(media, get_image_model()):
        return {**image_identity(media), "name": media.file.name}
    return {**document_identity(media), "name": media.file.name}


def _media_key(media) -> tuple[str, int]:
    return ("image" if isinstance(media, get_image_model()) else "document", media.pk)


def media_shown(page) -> set[tuple[str, int]]:
    """Every image and document that `page` shows readers."""
    found: set[tuple[str, int]] = set()

    def walk(value):
        if isinstance(value, dict):
            for kind in ("image", "document"):
                if isinstance(value.get(kind), int) and "file" in value:
                    found.add((kind, value[kind]))
            for item in value.values():
                walk(item)
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item)

    walk(reader_visible(page))
    return found


def live_reviewed_pages_showing(media) -> list[Page]:
    """The live pages of reviewed types that show `media` to readers."""
    key = _media_key(media)
    needle = str(media.pk)
    pages: list[Page] = []
    for model in get_page_models():
        if not requires_sign_off(model) or model._meta.abstract:
            continue
        content_fields = [
            f.name
            for f in model._meta.concrete_fields
            if isinstance(f, RichTextField | StreamField)
        ]
        # A cheap textual filter first (any stored mention of the id), then the exact check.
        mentions = Q()
        for name in content_fields:
            mentions |= Q(**{f"_text_{name}__contains": needle})
        candidates = model.objects.live().annotate(
            **{f"_text_{name}": Cast(name, TextField()) for name in content_fields}
        )
        if content_fields:
            candidates = candidates.filter(mentions)
        pages.extend(page for page in candidates if key in media_shown(page))
    return pages


def refusal_message(media, pages) -> str:
    titles = ", ".join(f"“{page.title}”" for page in pages[:5])
    more = f" and {len(pages) - 5} more" if len(pages) > 5 else ""
    return (
        f"Live reviewed summaries show this {_media_key(media)[0]}: {titles}{more}. A change "
        "would reach their readers without a medical review. Upload a new one instead, put "
        "it in the summary and submit the summary for review."
    )


def _stored(media):
    return type(media).objects.filter(pk=media.pk).first() if media.pk else None


def refuse_if_shown(media, *, deleting: bool = False) -> None:
    stored = _stored(media)
    if stored is None:
        return
    if not deleting and identity(stored) == identity(media):
        return
    pages = live_reviewed_pages_showing(stored)
    if pages:
        raise MediaChangeRefused(refusal_message(stored, pages))


@receiver(pre_save, dispatch_uid="review_guard_media_save")
def guard_media_save(sender, instance, raw=False, **kwargs):
    if not raw and isinstance(instance, get_image_model() | get_document_model()):
        refuse_if_shown(instance)


@receiver(pre_delete, dispatch_uid="review_guard_media_delete")
def guard_media_delete(sender, instance, **kwargs):
    if isinstance(instance, get_image_model() | get_document_model()):
        refuse_if_shown(instance, deleting=True)


class ReviewedImageForm(BaseImageForm):
    """The image edit form, refusing up front (with the pages named, and the rest of the
    form kept) a change that the save would refuse."""

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk is None or self.errors or not self.changed_data:
            return cleaned
        stored = _stored(self.instance)
        if stored is None or not self._changes_what_readers_get(stored, cleaned):
            return cleaned
        pages = live_reviewed_pages_showing(stored)
        if pages:
            # On a field: Wagtail's image form shows field errors, not form-wide ones.
            shown_on = next(
                (name for name in ("description", "title") if name in self.changed_data), "file"
            )
            if "file" in self.changed_data:
                shown_on = "file"
            self.add_error(shown_on, forms.ValidationError(refusal_message(stored, pages)))
        return cleaned

    def _changes_what_readers_get(self, stored, cleaned) -> bool:
        if "file" in self.changed_data:
            return True
        edited = type(stored).objects.get(pk=stored.pk)
        for name in self.changed_data:
            if name in cleaned and hasattr(edited, name):
                setattr(edited, name, cleaned[name])
        return identity(edited) != identity(stored)
