"""The editorial roles and what each may do, applied idempotently.

Writers draft and edit summaries in the research tree and submit them for review; they
cannot publish. Medical reviewers edit and approve in the "Plain-language review"
workflow (approving is what publishes a summary) and alone may override the
plain-language check. Editors publish, and run categories, settings and thresholds.
"""

from django.contrib.auth.models import Group, Permission

from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

WRITERS = "Writers"
MEDICAL_REVIEWERS = "Medical reviewers"
EDITORS = "Editors"

PAGE_PERMISSIONS = {
    WRITERS: ("add", "change"),
    # Wagtail publishes with the approver's own permission when the last step is
    # approved; the gate still refuses any publish without a sign-off for that content.
    MEDICAL_REVIEWERS: ("add", "change", "publish", "lock", "unlock"),
    EDITORS: ("add", "change", "publish", "lock", "unlock", "bulk_delete"),
}
IMAGE_PERMISSIONS = {
    WRITERS: ("add_image", "choose_image"),
    MEDICAL_REVIEWERS: ("add_image", "choose_image"),
    EDITORS: ("add_image", "change_image", "choose_image", "delete_image"),
}
DOCUMENT_PERMISSIONS = {
    WRITERS: ("add_document", "choose_document"),
    MEDICAL_REVIEWERS: ("add_document", "choose_document"),
    EDITORS: ("add_document", "change_document", "choose_document", "delete_document"),
}
MODEL_PERMISSIONS = {
    MEDICAL_REVIEWERS: (("readability", "override_plain_language"),),
    EDITORS: (
        ("home", "change_sitesettings"),
        ("readability", "change_plainlanguagesettings"),
        ("research", "view_summaryfeedback"),
    ),
}


def ensure_roles(research_root: Page, site_root: Page) -> dict[str, Group]:
    """Create or complete the three groups. Writers and reviewers work in the research
    tree only; editors across the site. Never removes permissions an admin added."""
    admin_access = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    root_collection = Collection.get_first_root_node()
    groups = {}
    for name, page_permission_types in PAGE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(admin_access)
        scope = site_root if name == EDITORS else research_root
        for permission_type in page_permission_types:
            permission = Permission.objects.get(
                content_type__app_label="wagtailcore", codename=f"{permission_type}_page"
            )
            GroupPagePermission.objects.get_or_create(
                group=group, page=scope, permission=permission
            )
        for app_label, codenames in (
            ("wagtailimages", IMAGE_PERMISSIONS[name]),
            ("wagtaildocs", DOCUMENT_PERMISSIONS[name]),
        ):
            for codename in codenames:
                permission = Permission.objects.get(
                    content_type__app_label=app_label, codename=codename
                )
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=permission
                )
        for app_label, codename in MODEL_PERMISSIONS.get(name, ()):
            group.permissions.add(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )
        groups[name] = group
    return groups
