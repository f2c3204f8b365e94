"""The workflow holds the automatic check and the medical review: name it for both."""

from django.db import migrations

OLD, NEW = "Plain-language review", "Plain-language and medical review"


def rename(apps, schema_editor, old=OLD, new=NEW):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    if not Workflow.objects.filter(name=new).exists():
        Workflow.objects.filter(name=old).update(name=new)


def rename_back(apps, schema_editor):
    rename(apps, schema_editor, old=NEW, new=OLD)


class Migration(migrations.Migration):
    dependencies = [
        ("review", "0004_reviewer_name_kept"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(rename, rename_back)]
