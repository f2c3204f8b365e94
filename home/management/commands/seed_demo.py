from django.core.management.base import BaseCommand, CommandError

from home.seeding import SeedRefused, seed_demo


class Command(BaseCommand):
    help = (
        "Build the demo site: pages, categories, research summaries, editorial groups and "
        "demo accounts. Safe to run again: what exists is left as it is. Refuses production "
        "settings and a database with users it did not create, unless --force."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Seed despite production settings or real users. New demo accounts get "
            "random passwords, printed once, never the published ones.",
        )

    def handle(self, *args, force=False, **options):
        try:
            log = seed_demo(force=force)
        except SeedRefused as refusal:
            raise CommandError(str(refusal)) from refusal
        self.stdout.write(f"Created {len(log.created)}, already present {len(log.existing)}.")
        for label in log.created:
            self.stdout.write(f"  + {label}")
        self.stdout.write("Demo accounts (log in at /admin/):")
        for username, password, created in log.accounts:
            note = "" if created else " (already existed: password not changed)"
            if force:
                # The password made up for an account that already existed was never set.
                password = password if created else "(unchanged)"
                note = " (random: shown this once, note it now)" if created else note
            self.stdout.write(f"  {username:<9} password: {password}{note}")
        if log.failed:
            for label, reason in log.failed:
                self.stderr.write(f"  ! {label}: {reason}")
            raise CommandError(f"{len(log.failed)} record(s) could not be created; see above.")
