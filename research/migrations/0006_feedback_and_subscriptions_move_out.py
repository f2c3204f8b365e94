"""Reader feedback and e-mail subscriptions now belong to their own apps (feedback 0001
and subscriptions 0001 take them over with their tables and rows); research only forgets
them."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("research", "0005_reader_answers"),
        ("feedback", "0001_initial"),
        ("subscriptions", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="SummaryFeedback"),
                migrations.DeleteModel(name="DigestDelivery"),
                migrations.DeleteModel(name="DigestRun"),
                migrations.DeleteModel(name="Subscriber"),
            ],
            database_operations=[],
        ),
    ]
