"""Sign-offs and overrides now belong to the review app (review 0001 takes them over with
their tables and rows); readability only forgets them."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("readability", "0001_initial"),
        ("review", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="PlainLanguageOverride"),
                migrations.DeleteModel(name="ReviewSignOff"),
            ],
            database_operations=[],
        ),
    ]
