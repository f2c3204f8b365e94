"""The glossary's review in Wagtail's admin: the terms' editor and what it offers and
says. The guarantee itself is the guard (`glossary.review_guard`); these are the
friendly answers on the editor's paths, so that nobody meets a refusal as an error page.
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.timezone import localtime

from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.panels import ObjectList, Panel
from wagtail.admin.ui.tables import Column, LiveStatusTagColumn
from wagtail.log_actions import LogFormatter
from wagtail.snippets.views.chooser import SnippetChooserViewSet, SnippetCreateView
from wagtail.snippets.views.snippets import EditView, SnippetViewSet, WorkflowActionView

from review.names import APPROVE

from .missing.prefill import PrefilledTermCreateView
from .models import GlossaryTerm
from .review_audit import APPROVAL_LOG_ACTION, approval_of_live_version
from .review_guard import is_reviewed_revision, why_not_live

PUBLISH_BUTTON = "action-publish"


def when(moment) -> str:
    return date_format(localtime(moment), "j F Y, H:i")


class ReviewStatusPanel(Panel):
    """Who approved what readers see, and whether the latest changes are approved."""

    class BoundPanel(Panel.BoundPanel):
        def is_shown(self):
            return self.instance.pk is not None

        def render_html(self, parent_context=None):
            approval = approval_of_live_version(self.instance)
            live = GlossaryTerm.objects.filter(pk=self.instance.pk, live=True).exists()
            if approval is not None:
                status = format_html(
                    "Readers see the version approved by {} on {}.",
                    approval.approved_by_name,
                    when(approval.approved_at),
                )
            elif live:
                status = "Readers see a version with no recorded approval."
            else:
                status = "Not live: readers do not see this term."
            return format_html("<p>{}</p><p>{}</p>", status, self.latest_changes())

        def latest_changes(self) -> str:
            latest = self.instance.get_latest_revision()
            content = latest.as_object() if latest else self.instance
            if why_not_live(content) is None:
                return "The latest version may be published: a medical reviewer approved it."
            return (
                "The latest version is not approved yet: submit it for review. Only a "
                "medical reviewer's approval puts a term's content in front of readers."
            )


class GlossaryTermEditView(EditView):
    @cached_property
    def overwrite_revision(self):
        """Autosave rewrites the latest revision in place; one that was reviewed,
        published or scheduled is kept, and the edit saved beside it."""
        revision = super().overwrite_revision
        if revision is not None and is_reviewed_revision(revision):
            return None
        return revision

    def workflow_action_action(self):
        """A refused review action (approving one's own words, say) is told in the
        editor; the edit it came with is saved as a draft by now."""
        try:
            return super().workflow_action_action()
        except PermissionDenied as refusal:
            messages.error(self.request, f"{refusal} Your changes are saved as a draft.")
            return redirect(self.get_edit_url())


class GlossaryTermWorkflowActionView(WorkflowActionView):
    """The review buttons outside the editor (the dashboard's, the dialogs')."""

    def post(self, request, *args, **kwargs):
        try:
            return super().post(request, *args, **kwargs)
        except PermissionDenied as refusal:
            messages.error(request, str(refusal))
            return redirect(self.redirect_url)


class GlossaryTermChooserCreateView(SnippetCreateView):
    def can_create(self):
        """The "see also" chooser has no form for adding a term (a term starts in its
        editor, where its review starts); Wagtail would still take a post to the
        chooser's create address and fail on the missing form (a 500)."""
        return self.get_creation_form_class() is not None and super().can_create()


class GlossaryTermChooserViewSet(SnippetChooserViewSet):
    create_view_class = GlossaryTermChooserCreateView


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    menu_label = "Glossary"
    icon = "help"
    menu_order = 250
    add_to_admin_menu = True
    list_display = [
        "term",
        Column("kind", label="Kind", accessor="get_kind_display"),
        LiveStatusTagColumn(),
        Column("writer_guidance", label="Writer guidance", accessor="get_writer_guidance_display"),
    ]
    list_filter = ["kind", "live"]
    # The report's "Add to glossary" link fills in the word (glossary.missing.prefill).
    add_view_class = PrefilledTermCreateView
    edit_view_class = GlossaryTermEditView
    workflow_action_view_class = GlossaryTermWorkflowActionView
    chooser_viewset_class = GlossaryTermChooserViewSet

    def get_edit_handler(self):
        panels = [ReviewStatusPanel(heading="Medical review"), *GlossaryTerm.panels]
        return ObjectList(panels).bind_to_model(self.model)


@hooks.register("register_log_actions")
def register_glossary_review_log_actions(actions):
    @actions.register_action(APPROVAL_LOG_ACTION)
    class GlossaryApprovalAction(LogFormatter):
        label = "Medical approval"

        def format_message(self, log_entry):
            return f"Approved by {log_entry.data.get('reviewer', 'a medical reviewer')}"


@hooks.register("before_publish")
def refuse_publishing_unapproved_terms(request, instance):
    """The edit is saved as a draft by now, so refusing here loses nothing."""
    if not isinstance(instance, GlossaryTerm):
        return None
    latest = instance.get_latest_revision()
    content = latest.as_object() if latest else instance
    content.live = True
    reason = why_not_live(content)
    if reason is None:
        return None
    messages.error(
        request,
        f"“{content}” was not published: {reason} Your changes are saved as a draft.",
    )
    return redirect(reverse("wagtailsnippets_glossary_glossaryterm:edit", args=[instance.pk]))


@hooks.register("construct_snippet_action_menu")
def offer_publishing_only_approved_terms(menu_items, request, context):
    """Publishing is offered only when a reviewer approved exactly the latest version;
    otherwise the guard would refuse it. The approve buttons say that they publish."""
    instance = context.get("instance")
    if not isinstance(instance, GlossaryTerm):
        return
    latest = instance.get_latest_revision() if instance.pk else None
    approved = latest is not None and why_not_live(latest.as_object()) is None
    if not approved:
        menu_items[:] = [item for item in menu_items if item.name != PUBLISH_BUTTON]
    for item in menu_items:
        if item.name == APPROVE:
            item.label = f"{item.label} and publish"
