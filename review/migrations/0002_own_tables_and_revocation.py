"""The review app's tables get its own names (rows kept); sign-offs and overrides can be
revoked; the page history's review actions take the review app's names; and medical
reviewers lose the page permissions they held before they were limited to reviewing."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

RENAMED_LOG_ACTIONS = {
    "readability.override": "review.override",
    "readability.sign_off": "review.sign_off",
    "readability.publish_refused": "review.publish_refused",
}
FORMER_REVIEWER_PAGE_PERMISSIONS = ("add", "change", "publish", "lock", "unlock")
FORMER_REVIEWER_MEDIA_PERMISSIONS = ("add_image", "add_document")


def rename_log_actions(apps, schema_editor, renames=RENAMED_LOG_ACTIONS):
    PageLogEntry = apps.get_model("wagtailcore", "PageLogEntry")
    for old, new in renames.items():
        PageLogEntry.objects.filter(action=old).update(action=new)


def rename_log_actions_back(apps, schema_editor):
    rename_log_actions(apps, schema_editor, {new: old for old, new in RENAMED_LOG_ACTIONS.items()})


def limit_reviewers_to_reviewing(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    reviewers = Group.objects.filter(name="Medical reviewers").first()
    if reviewers is None:
        return
    GroupPagePermission.objects.filter(
        group=reviewers,
        permission__codename__in=[f"{kind}_page" for kind in FORMER_REVIEWER_PAGE_PERMISSIONS],
    ).delete()
    GroupCollectionPermission.objects.filter(
        group=reviewers, permission__codename__in=FORMER_REVIEWER_MEDIA_PERMISSIONS
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("review", "0001_initial"),
        ("readability", "0002_decisions_move_to_review"),
        ("research", "0003_workflow_tasks_move_to_review"),
        ("wagtailcore", "0098_apitoken"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterModelTable(name="reviewsignoff", table=None),
        migrations.AlterModelTable(name="plainlanguageoverride", table=None),
        migrations.AlterModelTable(name="plainlanguagechecktask", table=None),
        migrations.AlterModelTable(name="medicalreviewtask", table=None),
        migrations.AddField(
            model_name="reviewsignoff",
            name="revoked_at",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name="reviewsignoff",
            name="revoked_by",
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="+", to=settings.AUTH_USER_MODEL),
        ),
        migrations.AddField(
            model_name="reviewsignoff",
            name="revoked_because",
            field=models.CharField(blank=True, max_length=255),
        ),
        migrations.AddField(
            model_name="plainlanguageoverride",
            name="revoked_at",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name="plainlanguageoverride",
            name="revoked_by",
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="+", to=settings.AUTH_USER_MODEL),
        ),
        migrations.AddField(
            model_name="plainlanguageoverride",
            name="revoked_because",
            field=models.CharField(blank=True, max_length=255),
        ),
        migrations.RunPython(rename_log_actions, rename_log_actions_back),
        migrations.RunPython(limit_reviewers_to_reviewing, migrations.RunPython.noop),
    ]
