"""'Fill from DOI' in the summary editor: the button beside the DOI field and the admin
endpoint it calls.

The endpoint only looks the DOI up (research/crossref.py) and answers in JSON; it saves
nothing. The browser fills the form (research/static/research/fill_from_doi.js): empty
fields at once, and a field that already holds different text only when the writer
chooses Crossref's version, so nothing typed is lost.

Every answer is JSON with `ok` and, when not ok, a `message` for the writer. The status
says whose problem it is, always 4xx, never 5xx (a proxy in front may swap a 5xx body for
its own error page, and the writer would lose the message): 400 not a DOI, 403 not
allowed, 404 Crossref does not know the DOI, 405 not a POST, 429 too many lookups (ours
or Crossref's), 424 Crossref unreachable or its answer unusable.
"""

from django import forms
from django.http import JsonResponse
from django.urls import reverse

from wagtail.admin.panels import FieldPanel
from wagtail.permission_policies.pages import PagePermissionPolicy

from . import crossref
from .rate_limit import RateLimit

# Who may look DOIs up: whoever may write summaries (add or change pages). Reviewers
# review; they do not fill in a paper's details.
LOOKUP_PAGE_PERMISSIONS = {"add", "change"}
LOOKUP_URL_NAME = "research_fill_from_doi"

STATUS_FOR_PROBLEM = {
    crossref.NotADoi: 400,
    crossref.NotFound: 404,
    crossref.Busy: 429,
    crossref.Unreachable: 424,
    crossref.BadAnswer: 424,
}


class PerUserRateLimit(RateLimit):
    """Counted per signed-in user: writers share offices and so addresses."""

    def _cache_key(self, request) -> str:
        return f"rate:{self.name}:user:{request.user.pk}"


# A writer fills in one paper at a time; this is many more lookups than that needs, and
# stops a runaway script from using the site to hammer Crossref.
DOI_LOOKUP_LIMIT = PerUserRateLimit("doi_lookup", limit=30, window=10 * 60)


def may_look_up_dois(user) -> bool:
    return bool(user and user.is_authenticated) and PagePermissionPolicy().user_has_any_permission(
        user, LOOKUP_PAGE_PERMISSIONS
    )


def refusal(message: str, status: int, code: str, retry_after: int | None = None):
    response = JsonResponse({"ok": False, "code": code, "message": message}, status=status)
    if retry_after:
        response["Retry-After"] = str(retry_after)
    return response


def fill_from_doi(request):
    """POST doi=<the DOI as typed>: the paper's title, journal, year and authors.
    A POST (with the editor form's CSRF token) because each call may go out to Crossref
    and counts against the writer's limit: no link or image elsewhere can trigger it."""
    if request.method != "POST":
        response = refusal("Send the DOI with POST.", 405, "method_not_allowed")
        response["Allow"] = "POST"
        return response
    if not may_look_up_dois(request.user):
        return refusal(
            "Only writers and editors can fill a summary from its DOI.", 403, "forbidden"
        )
    if not DOI_LOOKUP_LIMIT.hit(request):
        return refusal(
            "You have looked up many DOIs in a short time. Wait ten minutes, "
            "or fill the fields by hand.",
            429,
            "too_many",
            retry_after=DOI_LOOKUP_LIMIT.window,
        )
    try:
        paper = crossref.look_up(request.POST.get("doi", ""))
    except crossref.LookupProblem as problem:
        return refusal(
            problem.message, STATUS_FOR_PROBLEM[type(problem)], problem.code, problem.retry_after
        )
    return JsonResponse({"ok": True, "doi": paper.doi, "fields": paper.as_fields()})


class DoiLookupInput(forms.TextInput):
    """The DOI box, with a 'Fill from DOI' button that the script shows (without
    JavaScript, or for a user who may not look DOIs up, it is a plain text box)."""

    template_name = "research/widgets/doi_lookup_input.html"
    lookup_allowed = False

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["lookup_url"] = reverse(LOOKUP_URL_NAME) if self.lookup_allowed else ""
        return context

    class Media:
        js = ["research/fill_from_doi.js"]
        css = {"all": ["research/fill_from_doi.css"]}


class DoiPanel(FieldPanel):
    """The DOI field with its lookup button, shown to those who may use it."""

    def __init__(self, field_name="doi", *args, **kwargs):
        kwargs.setdefault("widget", DoiLookupInput)
        super().__init__(field_name, *args, **kwargs)

    class BoundPanel(FieldPanel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            if self.bound_field is not None:
                widget = self.bound_field.field.widget
                widget.lookup_allowed = may_look_up_dois(getattr(self.request, "user", None))
