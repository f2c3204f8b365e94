from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("research", "0010_category_review_interval"),
    ]

    operations = [
        migrations.AddField(
            model_name="researchsummarypage",
            name="paper_authors",
            field=models.TextField(
                blank=True,
                help_text="The paper's authors, one a line, as the paper lists them. More than six: the first three, then a line 'et al.'. 'Fill from DOI' writes them this way.",
            ),
        ),
    ]
