"""Reader feedback becomes an app of its own. The answers stay in their table, which is
renamed; Django's record of who owns the model moves with its content type, so the
editors' "view reader answers" permission keeps pointing at it."""

import django.db.models.deletion
import django.utils.timezone
from django.db import migrations, models

MOVED = ("summaryfeedback",)


def move_content_types(apps, schema_editor, old_app="research", new_app="feedback"):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MOVED:
        old = ContentType.objects.filter(app_label=old_app, model=model).first()
        if old is None:
            continue  # a new database: the content type is created after migrating
        # A content type made for the new app by an interrupted earlier attempt holds no
        # grants yet; the old one, with its permissions, takes its place.
        ContentType.objects.filter(app_label=new_app, model=model).delete()
        old.app_label = new_app
        old.save(update_fields=["app_label"])


def move_content_types_back(apps, schema_editor):
    move_content_types(apps, schema_editor, old_app="feedback", new_app="research")


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("research", "0005_reader_answers"),
    ]

    operations = [
        migrations.RunPython(move_content_types, move_content_types_back),
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="SummaryFeedback",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("helpful", models.BooleanField()),
                        ("comment", models.TextField(blank=True, help_text="What the reader found hard to understand, if they said it was not helpful.", max_length=1000)),
                        ("created_at", models.DateTimeField(db_index=True, default=django.utils.timezone.now)),
                        ("client_key", models.CharField(help_text="A keyed hash of the reader's browser session: tells answers apart without identifying anyone.", max_length=64)),
                        ("page", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="feedback", to="research.researchsummarypage")),
                    ],
                    options={
                        "verbose_name": "reader answer",
                        "verbose_name_plural": "reader answers",
                        "ordering": ["-created_at", "-pk"],
                        "indexes": [models.Index(fields=["page", "-created_at"], name="feedback_page_recent")],
                        "db_table": "research_summaryfeedback",
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.AlterModelTable(name="summaryfeedback", table=None),
    ]
