from django.db import migrations

# Every listing (home, the research index, latest research, categories, topics, the feeds)
# shows live summaries newest first (ResearchSummaryQuerySet.for_readers). Without an
# index on that order the database reads and sorts every summary under the listing to
# show the first twelve; with it, it reads them in order and stops. On Wagtail's page
# table, which holds the columns: a migration of this app, as Wagtail's models are not ours.
INDEX = "research_live_pages_newest_first"


class Migration(migrations.Migration):
    dependencies = [
        ("research", "0006_feedback_and_subscriptions_move_out"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [
        migrations.RunSQL(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailcore_page "
            "(first_published_at DESC, id DESC) WHERE live",
            f"DROP INDEX IF EXISTS {INDEX}",
            elidable=False,
        )
    ]
