"""E-mail subscriptions become an app of their own. Subscribers, digest runs and their
deliveries stay in their tables, which are renamed (with the table linking runs to the
summaries they announced); the content types move, so permissions keep pointing at them."""

import django.db.models.deletion
import django.db.models.functions.text
import django.utils.timezone
from django.db import migrations, models

import subscriptions.models

MOVED = ("subscriber", "digestrun", "digestdelivery")


def move_content_types(apps, schema_editor, old_app="research", new_app="subscriptions"):
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
    move_content_types(apps, schema_editor, old_app="subscriptions", new_app="research")


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
                    name="DigestRun",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("started_at", models.DateTimeField(default=django.utils.timezone.now)),
                        ("finished_at", models.DateTimeField(blank=True, null=True)),
                        ("summaries", models.ManyToManyField(related_name="digest_runs", to="research.researchsummarypage")),
                    ],
                    options={"ordering": ["-started_at"], "db_table": "research_digestrun"},
                ),
                migrations.CreateModel(
                    name="Subscriber",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("email", models.EmailField(max_length=254)),
                        ("link_key", models.CharField(default=subscriptions.models.new_link_key, editable=False, max_length=64, unique=True)),
                        ("created_at", models.DateTimeField(default=django.utils.timezone.now)),
                        ("confirmation_sent_at", models.DateTimeField(blank=True, null=True)),
                        ("confirmed_at", models.DateTimeField(blank=True, null=True)),
                    ],
                    options={
                        "ordering": ["email"],
                        "constraints": [models.UniqueConstraint(django.db.models.functions.text.Lower("email"), name="unique_subscriber_email_any_case", violation_error_message="This address is already on the list.")],
                        "db_table": "research_subscriber",
                    },
                ),
                migrations.CreateModel(
                    name="DigestDelivery",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("sent_at", models.DateTimeField(blank=True, null=True)),
                        ("error", models.TextField(blank=True)),
                        ("run", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="deliveries", to="subscriptions.digestrun")),
                        ("subscriber", models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="deliveries", to="subscriptions.subscriber")),
                    ],
                    options={
                        "constraints": [models.UniqueConstraint(fields=("run", "subscriber"), name="one_delivery_per_run")],
                        "db_table": "research_digestdelivery",
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.AlterModelTable(name="digestrun", table=None),
        migrations.AlterModelTable(name="subscriber", table=None),
        migrations.AlterModelTable(name="digestdelivery", table=None),
    ]
