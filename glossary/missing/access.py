"""Who sees the report of words not in the glossary: whoever may add a glossary term or
change one (its one action is proposing a term, which a medical reviewer then checks).
Which roles hold those permissions is the editorial roles' decision (review.roles)."""

from wagtail.admin.menu import MenuItem
from wagtail.permission_policies import ModelPermissionPolicy

from ..models import GlossaryTerm

REPORT_ACTIONS = ("add", "change")


class MissingWordsPolicy(ModelPermissionPolicy):
    """The glossary term's own permissions; "view" (what Wagtail's report views ask for)
    means holding one of REPORT_ACTIONS."""

    def __init__(self):
        super().__init__(GlossaryTerm)

    def user_has_permission(self, user, action):
        if action == "view":
            return self.user_has_any_permission(user, REPORT_ACTIONS)
        return super().user_has_permission(user, action)


policy = MissingWordsPolicy()


def may_see_report(user) -> bool:
    return policy.user_has_permission(user, "view")


def may_add_term(user) -> bool:
    return policy.user_has_permission(user, "add")


class MissingWordsMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see_report(request.user)
