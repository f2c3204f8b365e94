"""The workflow steps now belong to the review app (review 0001 takes them over with
their tables and rows); research only forgets them."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("research", "0002_reader_feedback_and_subscriptions"),
        ("review", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="PlainLanguageCheckTask"),
                migrations.DeleteModel(name="MedicalReviewTask"),
            ],
            database_operations=[],
        ),
    ]
