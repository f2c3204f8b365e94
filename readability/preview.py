"""A preview mode that marks hard sentences and unexplained terms in the rendered page.

A page type adds `PlainLanguagePreviewMixin` (before `Page`) and the editor's preview panel
offers "Hard sentences marked" beside the page itself. That mode renders the page as
readers would see it, runs the same assessment as the live panel on the unsaved draft,
and marks each flagged sentence and unexplained term where it stands, with its reason in
words next to it and in a list at the top; each entry has an "Edit this field" link that
takes the writer to the field in the editor: in the editor's preview panel without leaving
it (static/readability/preview_marks.js asks the editor's go_to_field.js), from a preview
in its own tab by opening the editor at the field.
"""

from urllib.parse import urlencode

from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from readability.core.jargon import jargon_message

from .assessment import assess
from .declarations import field_texts
from .presenting import FLAG_WORDS, REASON_WORDS
from .preview_marks import SENTENCE, TERM, Highlight, mark_page

MARKED_MODE = "plain-language"
MARKED_MODE_LABEL = "Hard sentences marked"
# The id Wagtail gives a field's panel in the editor's content tab.
FIELD_PANEL_ID = "panel-child-content-{}-section"


def highlights_for(page) -> list[Highlight]:
    """What the live panel flags in `page`'s fields, as highlights in page order."""
    verdict = assess(page)
    highlights: list[Highlight] = []
    for item in field_texts(page):
        report = verdict.reports.get(item.field.name)
        if report is None:
            continue
        label = item.field.label
        for sentence in report.sentences:
            if not sentence.flags:
                continue
            reasons = report.why_hard(sentence)
            short = reasons[0].label if reasons else FLAG_WORDS.get(sentence.flags[0], "hard")
            highlights.append(
                Highlight(
                    number=len(highlights) + 1,
                    kind=SENTENCE,
                    field=item.field.name,
                    field_label=label,
                    text=sentence.text,
                    label=short,
                    reasons=[why.message for why in reasons]
                    or [FLAG_WORDS.get(flag, flag) for flag in sentence.flags],
                )
            )
        for hit in report.unexplained_jargon:
            highlights.append(
                Highlight(
                    number=len(highlights) + 1,
                    kind=TERM,
                    field=item.field.name,
                    field_label=label,
                    text=hit.text,
                    label=REASON_WORDS.get(hit.reason, hit.reason),
                    reasons=[jargon_message(hit, label.lower())],
                )
            )
    return highlights


def edit_url(page, field_name: str) -> str | None:
    """The editor at the field: `field` names it for go_to_field.js, which focuses it; the
    fragment is Wagtail's own, which opens the field's tab. None for a page not saved yet
    (its editor has no address to go back to: only the script can take the writer there)."""
    if page.pk is None:
        return None
    editor = reverse("wagtailadmin_pages:edit", args=[page.pk])
    return f"{editor}?{urlencode({'field': field_name})}#{FIELD_PANEL_ID.format(field_name)}"


def legend(page, highlights: list[Highlight]):
    if not highlights:
        return format_html(
            '<aside class="pl-legend" aria-label="{}"><p>{}</p></aside>',
            MARKED_MODE_LABEL,
            "Nothing to mark: no hard sentences or unexplained terms.",
        )
    items = format_html_join(
        "",
        '<li id="{}" class="pl-legend__item"><span class="pl-legend__number">{}.</span> '
        "<strong>{}</strong> in {}: “{}”{} <ul>{}</ul> "
        '<a class="pl-legend__edit" href="{}"{} data-field="{}">'
        'Edit this field<span class="visually-hidden"> ({})</span></a></li>',
        (
            (
                h.note_id,
                h.number,
                "Hard sentence" if h.kind == SENTENCE else "Unexplained term",
                h.field_label,
                h.text,
                "" if h.found else " (not found on the page)",
                format_html_join("", "<li>{}</li>", ((reason,) for reason in h.reasons)),
                edit_url(page, h.field) or f"#{h.note_id}",
                # Without the script, the link opens the editor in place of the preview's
                # frame's parent (the editor itself), at the field.
                mark_safe(' target="_parent"') if page.pk else "",
                h.field,
                h.field_label,
            )
            for h in highlights
        ),
    )
    return format_html(
        '<aside class="pl-legend" aria-labelledby="pl-legend-heading">'
        '<h2 id="pl-legend-heading">{}: {}</h2><ol>{}</ol></aside>',
        MARKED_MODE_LABEL,
        len(highlights),
        items,
    )


def _insert(html: str, before: str, piece: str) -> str:
    at = html.lower().find(before)
    return html[:at] + piece + html[at:] if at >= 0 else html + piece


def _after_body(html: str, piece: str) -> str:
    at = html.lower().find("<body")
    end = html.find(">", at) if at >= 0 else -1
    return html[: end + 1] + piece + html[end + 1 :] if end >= 0 else piece + html


class PlainLanguagePreviewMixin:
    """Offers the marked preview mode beside the page's own."""

    @property
    def preview_modes(self):
        return [*super().preview_modes, (MARKED_MODE, MARKED_MODE_LABEL)]

    def serve_preview(self, request, mode_name):
        response = super().serve_preview(request, "" if mode_name == MARKED_MODE else mode_name)
        if mode_name != MARKED_MODE:
            return response
        if hasattr(response, "render"):
            response.render()
        highlights = highlights_for(self)
        html = mark_page(response.content.decode(response.charset), highlights)
        assets = format_html(
            '<link rel="stylesheet" href="{}"><script src="{}" defer></script>',
            static("readability/preview_marks.css"),
            static("readability/preview_marks.js"),
        )
        html = _insert(html, "</head>", str(assets))
        html = _after_body(html, str(legend(self, highlights)))
        response.content = html.encode(response.charset)
        return response
