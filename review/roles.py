"""The editorial roles and what each may do, applied idempotently.

Writers draft and edit summaries in the research tree and submit them for review; they
cannot publish. Medical reviewers review: they approve or request changes on the
summaries the workflow sends them (Wagtail lets a task's group open those in the
editor), and alone may override the plain-language check. They hold no page
permissions, so they cannot publish, unpublish, move, copy or delete anything;
approving publishes on the strength of the sign-off (`review.publishing`). Editors run
the site: the tree, settings, thresholds and media.
"""

from django.contrib.auth.models import Group, Permission

from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

import readability.names
from people.models import Role
from people.names import PERSON_PERMISSIONS

from .names import (
    FEEDBACK_PERMISSION,
    LOCKOUT_PERMISSION,
    OVERRIDE_PERMISSION,
    REVIEW_SCHEDULE_PERMISSION,
    SITE_SETTINGS_PERMISSION,
)

WRITERS = "Writers"
MEDICAL_REVIEWERS = "Medical reviewers"
EDITORS = "Editors"

PAGE_PERMISSIONS = {
    WRITERS: ("add", "change"),
    MEDICAL_REVIEWERS: (),
    EDITORS: ("add", "change", "publish", "lock", "unlock", "bulk_delete"),
}
IMAGE_PERMISSIONS = {
    WRITERS: ("add_image", "choose_image"),
    MEDICAL_REVIEWERS: ("choose_image",),
    EDITORS: ("add_image", "change_image", "choose_image", "delete_image"),
}
DOCUMENT_PERMISSIONS = {
    WRITERS: ("add_document", "choose_document"),
    MEDICAL_REVIEWERS: ("choose_document",),
    EDITORS: ("add_document", "change_document", "choose_document", "delete_document"),
}
MODEL_PERMISSIONS = {
    MEDICAL_REVIEWERS: (OVERRIDE_PERMISSION,),
    EDITORS: (
        SITE_SETTINGS_PERMISSION,
        readability.names.SETTINGS_PERMISSION,
        FEEDBACK_PERMISSION,
        LOCKOUT_PERMISSION,
        # Everyone's profile; the others edit only their own ("My profile").
        *PERSON_PERMISSIONS,
        REVIEW_SCHEDULE_PERMISSION,
    ),
}
# The profile role each group gives, for a profile its member starts themselves.
PROFILE_ROLES = {
    WRITERS: Role.WRITER,
    MEDICAL_REVIEWERS: Role.MEDICAL_REVIEWER,
    EDITORS: Role.EDITOR,
}


def ensure_roles(research_root: Page, site_root: Page) -> dict[str, Group]:
    """Create or complete the three groups. Writers and reviewers work in the research
    tree only; editors across the site. Never removes permissions an admin added, except the page
    permissions reviewers held before they were limited to reviewing (see
    `limit_reviewers_to_reviewing`)."""
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
        for permission_name in MODEL_PERMISSIONS.get(name, ()):
            app_label, codename = permission_name.split(".")
            group.permissions.add(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )
        groups[name] = group
    limit_reviewers_to_reviewing(groups[MEDICAL_REVIEWERS])
    return groups


# What reviewers held before they were limited to reviewing; removed wherever found.
FORMER_REVIEWER_PAGE_PERMISSIONS = ("add", "change", "publish", "lock", "unlock")
FORMER_REVIEWER_MEDIA_PERMISSIONS = ("add_image", "add_document")


def limit_reviewers_to_reviewing(reviewers: Group) -> None:
    GroupPagePermission.objects.filter(
        group=reviewers,
        permission__codename__in=[f"{kind}_page" for kind in FORMER_REVIEWER_PAGE_PERMISSIONS],
    ).delete()
    GroupCollectionPermission.objects.filter(
        group=reviewers, permission__codename__in=FORMER_REVIEWER_MEDIA_PERMISSIONS
    ).delete()
