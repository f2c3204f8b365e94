"""manage.py generate_summaries: synthetic scale data for benchmarks (never for a live site)."""

import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from command_progress import for_command
from research.generated import generated_summaries, real_summaries
from research.generated.removal import delete_generated
from research.generated.writer import GenerationRefused, generate
from research.models.listing_counts import forget_listing_counts
from research.search.cached_options import forget_filter_options


class Command(BaseCommand):
    help = (
        "Add generated summaries (marked '[Generated]', slugs 'generated-…', text that says "
        "it is test data) until there are --count of them, published with sign-offs by a "
        "generated reviewer. Refuses a database with summaries that are neither generated "
        "nor the demo seed's, unless --force. --delete removes all generated content."
    )

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=10_000, help="generated total wanted")
        parser.add_argument("--delete", action="store_true", help="remove generated content")
        parser.add_argument(
            "--force", action="store_true", help="generate beside real (non-demo) summaries"
        )
        parser.add_argument(
            "--no-index",
            action="store_true",
            help="skip the search index (run `manage.py update_index` later)",
        )

    def handle(self, *args, count, delete, force, no_index, **options):
        progress = for_command(self, options["verbosity"])

        def say(text: str) -> None:
            progress.write(self.stdout, text)

        if delete:
            delete_generated(say)
            # Written in bulk, without the signals that forget what is kept in the cache.
            forget_listing_counts()
            forget_filter_options()
            return
        if count < 0:
            raise CommandError("--count must be zero or more.")
        real = real_summaries().count()
        if real and not force:
            raise CommandError(
                f"Refusing to generate: the database has {real} summaries that are neither "
                "generated nor the demo seed's. Generated test data must not be mixed into a "
                "real site; use a copy, or --force if you are sure."
            )
        started = time.monotonic()
        try:
            log = generate(count, index=not no_index, say=say, progress=progress)
        except GenerationRefused as refusal:
            raise CommandError(str(refusal)) from refusal
        finally:
            # Written in bulk, without the signals that forget what is kept in the cache.
            forget_listing_counts()
            forget_filter_options()
        refresh_planner_statistics()
        total = generated_summaries().count()
        timings = ", ".join(f"{name} {seconds:.1f} s" for name, seconds in log.timings.items())
        say(
            f"Added {log.created} generated summaries and {log.categories_created} categories "
            f"in {time.monotonic() - started:.1f} s ({timings}); {total} generated in all."
        )
        for label, reason in log.failed:
            self.stderr.write(f"  not written: {label}: {reason}")
        if log.failed:
            raise CommandError(f"{len(log.failed)} record(s) or batches failed (listed above).")


def refresh_planner_statistics() -> None:
    """PostgreSQL plans queries from statistics of each table, which autovacuum refreshes
    some time after a bulk load, if it runs at all: until then the planner takes the
    tables for nearly empty and sorts every summary instead of reading the newest-first
    index, and a benchmark run straight after this command measures that."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
