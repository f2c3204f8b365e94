"""Each sign-off keeps the reviewer's one line for readers: what changed in the version
they approved ("What changed" on the summary). Every existing sign-off is kept as it is,
with no line: nobody wrote one, so readers are told only that a medical reviewer
reviewed it (currency/history.py), never words put in a reviewer's mouth."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("review", "0007_sign_off_records_writer"),
    ]

    operations = [
        migrations.AddField(
            model_name="reviewsignoff",
            name="reader_note",
            field=models.CharField(
                blank=True, max_length=200, verbose_name="what changed, for readers"
            ),
        ),
    ]
