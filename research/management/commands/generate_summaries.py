"""manage.py generate_summaries: synthetic scale data for benchmarks (never for a live site)."""

import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from research.generated import generated_summaries, real_summaries
from research.generated.removal import delete_generated
from research.generated.writer import GenerationRefused, generate
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
        say = self.stdout.write
        if delete:
            delete_generated(say)
            forget_filter_options()  # bulk deletes send no signal
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
            log = generate(count, index=not no_index, say=say)
        except GenerationRefused as refusal:
            raise CommandError(str(refusal)) from refusal
        finally:
            forget_filter_options()  # bulk writes send no signal
        if connection.vendor == "postgresql":
            # Fresh statistics, as autovacuum would gather within minutes: without them the
            # planner takes the tables for nearly empty (searches ran 4 times slower).
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
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
