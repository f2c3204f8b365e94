"""Bulk publish with the verdict: pages it refuses are skipped and named, the rest are
published (Wagtail's own bulk action would fail the whole batch on the first one)."""

from django.contrib import messages

from wagtail.admin.views.pages.bulk_actions.publish import PublishBulkAction

from .verdict import judge, requires_sign_off


def gate_problems(page) -> list[str]:
    """Why the gate would refuse the page's latest revision, or [] when it may go live."""
    specific = page.specific
    if not requires_sign_off(specific):
        return []
    revision = specific.get_latest_revision()
    content = revision.as_object() if revision else specific
    return [reason.message for reason in judge(content).blocking]


class GatedPublishBulkAction(PublishBulkAction):
    """Bulk publish that skips (and names) pages the gate refuses, instead of failing
    the whole batch on the first one."""

    def get_execution_context(self):
        self.refused: list[tuple[str, list[str]]] = []
        return {**super().get_execution_context(), "refused": self.refused}

    @classmethod
    def execute_action(cls, objects, include_descendants=False, user=None, refused=None, **kw):
        refused = refused if refused is not None else []
        allowed = []
        for page in objects:
            problems = gate_problems(page)
            if problems:
                refused.append((page.get_admin_display_title(), problems))
            else:
                allowed.append(page)
        parents, children = super().execute_action(
            allowed, include_descendants=False, user=user, **kw
        )
        if include_descendants:
            for page in allowed:
                for draft in page.get_descendants().not_live().specific():
                    if user is not None and not draft.permissions_for_user(user).can_publish():
                        continue
                    problems = gate_problems(draft)
                    if problems:
                        refused.append((draft.get_admin_display_title(), problems))
                        continue
                    revision = draft.get_latest_revision() or draft.save_revision(user=user)
                    revision.publish(user=user)
                    children += 1
        return parents, children

    def get_success_message(self, num_parent_objects, num_child_objects):
        for title, problems in self.refused:
            messages.error(self.request, f"“{title}” was not published: " + " ".join(problems))
        if num_parent_objects or num_child_objects:
            return super().get_success_message(num_parent_objects, num_child_objects)
        return None
