"""The review app takes over models that lived in `readability` (sign-offs, overrides)
and `research` (the two workflow steps). Their tables and rows stay where they are in
this step; only Django's record of which app owns them moves, with their content types,
so that group permissions and workflow tasks keep pointing at them. 0002 renames the
tables."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

MOVED = {
    "readability": ("reviewsignoff", "plainlanguageoverride"),
    "research": ("plainlanguagechecktask", "medicalreviewtask"),
}


def move_content_types(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for old_app, names in MOVED.items():
        for name in names:
            ContentType.objects.filter(app_label=old_app, model=name).update(app_label="review")


def move_content_types_back(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for old_app, names in MOVED.items():
        for name in names:
            ContentType.objects.filter(app_label="review", model=name).update(app_label=old_app)


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("readability", "0001_initial"),
        ("research", "0002_reader_feedback_and_subscriptions"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RunPython(move_content_types, move_content_types_back),
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="ReviewSignOff",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("object_id", models.CharField(db_index=True, max_length=255)),
                        ("fingerprint", models.CharField(db_index=True, max_length=64)),
                        ("created_at", models.DateTimeField(auto_now_add=True)),
                        ("revision", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="+", to="wagtailcore.revision")),
                        ("user", models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="+", to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        "verbose_name": "medical sign-off",
                        "ordering": ["-created_at"],
                        "abstract": False,
                        "db_table": "readability_reviewsignoff",
                    },
                ),
                migrations.CreateModel(
                    name="PlainLanguageOverride",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("object_id", models.CharField(db_index=True, max_length=255)),
                        ("fingerprint", models.CharField(db_index=True, max_length=64)),
                        ("created_at", models.DateTimeField(auto_now_add=True)),
                        ("reason", models.TextField()),
                        ("failed_checks", models.JSONField(default=list, help_text="The plain-language reasons that were overridden.")),
                        ("revision", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="+", to="wagtailcore.revision")),
                        ("user", models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="+", to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        "verbose_name": "plain-language override",
                        "ordering": ["-created_at"],
                        "permissions": [("override_plain_language", "Can override the plain-language check with a reason")],
                        "abstract": False,
                        "db_table": "readability_plainlanguageoverride",
                    },
                ),
                migrations.CreateModel(
                    name="PlainLanguageCheckTask",
                    fields=[
                        ("task_ptr", models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to="wagtailcore.task")),
                    ],
                    options={
                        "verbose_name": "plain-language check",
                        "verbose_name_plural": "plain-language checks",
                        "db_table": "research_plainlanguagechecktask",
                    },
                    bases=("wagtailcore.task",),
                ),
                migrations.CreateModel(
                    name="MedicalReviewTask",
                    fields=[
                        ("task_ptr", models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to="wagtailcore.task")),
                        ("groups", models.ManyToManyField(help_text="Pages/snippets at this step in a workflow will be moderated or approved by these groups of users", to="auth.group", verbose_name="groups")),
                    ],
                    options={
                        "verbose_name": "medical review",
                        "verbose_name_plural": "medical reviews",
                        "db_table": "research_medicalreviewtask",
                    },
                    bases=("wagtailcore.task",),
                ),
            ],
            database_operations=[],
        ),
    ]
