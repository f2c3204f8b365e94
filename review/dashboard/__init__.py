"""Panels on the Wagtail dashboard, by role: writers see their drafts and what was sent
back to them; editors see failing summaries and recent overrides (and, from the feedback
app, the summaries readers found least helpful). Reviewers' panels are Wagtail's own
"Awaiting your review" (it lists the medical review step's pages for its group) and
currency's "Reviews falling due".

Each panel reads what is stored (the plain-language status, the workflow, the
decisions); none judges a page again. Each shows at most `ROWS` rows, with a link to the
full report where there is one."""

from django.core.exceptions import ObjectDoesNotExist

from wagtail.admin.ui.components import Component

from ..roles import EDITORS, WRITERS

ROWS = 8


def in_group(user, name: str) -> bool:
    return bool(user.is_authenticated and user.groups.filter(name=name).exists())


def is_writer(user) -> bool:
    return in_group(user, WRITERS)


def is_editor(user) -> bool:
    """Editors, and superusers (who run the site as editors do)."""
    return bool(user.is_authenticated and (user.is_superuser or in_group(user, EDITORS)))


def shown_name(user) -> str:
    """`review.signoffs.display_name`, from a profile loaded with the user
    (`select_related("…__person_profile")`) rather than a query per row."""
    if user is None:
        return ""
    try:
        return user.person_profile.display_name
    except ObjectDoesNotExist:
        return user.get_full_name() or user.get_username()


class DashboardPanel(Component):
    """A panel for one user; `rows()` returns what it lists (at most ROWS)."""

    rows_shown = ROWS

    def __init__(self, user):
        self.user = user
