from django.core.management.base import BaseCommand, CommandError

from home.seeding import seed_demo


class Command(BaseCommand):
    help = (
        "Build the demo site: pages, categories, research summaries, editorial groups and "
        "demo accounts. Safe to run again: what exists is left as it is."
    )

    def handle(self, *args, **options):
        log = seed_demo()
        self.stdout.write(f"Created {len(log.created)}, already present {len(log.existing)}.")
        for label in log.created:
            self.stdout.write(f"  + {label}")
        self.stdout.write("Demo accounts (log in at /admin/):")
        for username, password, created in log.accounts:
            note = "" if created else " (already existed: password not changed)"
            self.stdout.write(f"  {username:<9} password: {password}{note}")
        if log.failed:
            for label, reason in log.failed:
                self.stderr.write(f"  ! {label}: {reason}")
            raise CommandError(f"{len(log.failed)} record(s) could not be created; see above.")
