"""Count every published summary's words missing from the glossary, now (after a first
install, a restored database, or a change to the engine's term list)."""

import time

from django.core.management.base import BaseCommand

from command_progress import for_command
from glossary.missing.counting import recount_if_still_needed


class Command(BaseCommand):
    help = __doc__

    def handle(self, *args, **options):
        started = time.perf_counter()
        recount_if_still_needed(None, for_command(self, options["verbosity"]))
        elapsed = time.perf_counter() - started
        self.stdout.write(f"Counted every published summary in {elapsed:.1f} s.")
