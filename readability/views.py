"""The JSON behind the editor's live plain-language panel: what is typed, judged
without saving anything."""

import time

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist, PermissionDenied
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST

from wagtail.fields import StreamField
from wagtail.models import Page

from .assessment import assess, thresholds_for_site
from .declarations import declared_fields
from .names import PUBLISH_BUTTON, SUBMIT_BUTTON, WORKFLOW_ACTION_BUTTON, WORKFLOW_ACTION_NAME
from .presenting import verdict_payload

# Form keys that would make the form behave as a publish or workflow action.
ACTION_KEYS = (PUBLISH_BUTTON, SUBMIT_BUTTON, WORKFLOW_ACTION_BUTTON, WORKFLOW_ACTION_NAME)


def judge_typed_content(request, page, parent):
    """Judge what is in the editor right now, without saving anything."""
    form_class = page.get_edit_handler().get_form_class()
    data = request.POST.copy()
    for key in ACTION_KEYS:
        data.pop(key, None)
    form = form_class(data, instance=page, parent_page=parent, for_user=request.user)
    # A stream field whose editor has not drawn its inputs yet sends nothing; keep the
    # saved value for it rather than read it as emptied.
    for name in list(form.fields):
        if _is_stream_field(page, name) and f"{name}-count" not in data:
            del form.fields[name]
    form.defer_required_fields()
    form.is_valid()  # fills form.instance with every valid field; errors are the form's job
    return assess(form.instance, site=parent.get_site())


def _is_stream_field(page, name: str) -> bool:
    try:
        return isinstance(page._meta.get_field(name), StreamField)
    except FieldDoesNotExist:
        return False


def respond(page, verdict, started: float) -> JsonResponse:
    payload = verdict_payload(page, verdict, thresholds_for_site(page.get_site()))
    elapsed_ms = (time.perf_counter() - started) * 1000
    payload["server_ms"] = round(elapsed_ms, 1)
    response = JsonResponse(payload)
    response["Server-Timing"] = f"gate;dur={elapsed_ms:.1f}"
    return response


@require_POST
def check_page(request, page_id):
    started = time.perf_counter()
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    if not declared_fields(page):
        raise Http404("This page type has no plain-language fields.")
    latest = page.get_latest_revision_as_object()
    verdict = judge_typed_content(request, latest, page.get_parent())
    return respond(latest, verdict, started)


@require_POST
def check_new_page(request, app_label, model_name, parent_id):
    started = time.perf_counter()
    try:
        model = ContentType.objects.get_by_natural_key(app_label, model_name).model_class()
    except ContentType.DoesNotExist as error:
        raise Http404 from error
    if model is None or not issubclass(model, Page):
        raise Http404
    parent = get_object_or_404(Page, pk=parent_id).specific
    if not parent.permissions_for_user(request.user).can_add_subpage():
        raise PermissionDenied
    page = model()
    if not declared_fields(page):
        raise Http404("This page type has no plain-language fields.")
    verdict = judge_typed_content(request, page, parent)
    return respond(page, verdict, started)
