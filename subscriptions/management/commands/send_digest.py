from django.core.management.base import BaseCommand, CommandError

from wagtail.models import Site

from command_progress import for_command
from subscriptions.digest import DigestAlreadyRunning, MailServerUnavailable, send_digest


class Command(BaseCommand):
    help = (
        "E-mail confirmed subscribers the summaries published since the last digest. "
        "Safe to run again: nothing is sent twice."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--base-url",
            help="The public site address for unsubscribe links, e.g. https://example.org. "
            "Defaults to the default Wagtail site's address.",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Say what would be sent; send nothing."
        )

    def handle(self, *args, base_url=None, dry_run=False, **options):
        if not base_url:
            site = Site.objects.filter(is_default_site=True).first()
            if site is None:
                raise CommandError("No default site: pass --base-url.")
            base_url = site.root_url
        try:
            report = send_digest(
                base_url.rstrip("/"),
                dry_run=dry_run,
                progress=for_command(self, options["verbosity"]),
            )
        except (DigestAlreadyRunning, MailServerUnavailable) as error:
            raise CommandError(str(error)) from error

        if report.reason:
            self.stdout.write(report.reason)
        if report.summaries:
            self.stdout.write(f"Summaries in this digest: {len(report.summaries)}")
            for summary in report.summaries:
                self.stdout.write(f"  - {summary.title}")
        if report.resumed:
            self.stdout.write("Resumed a digest run that had been interrupted.")
        self.stdout.write(f"Sent: {len(report.sent)}. Failed: {len(report.failed)}.")
        for email, error in report.failed:
            self.stderr.write(f"  ! {email}: {error}")
        if report.failed:
            raise CommandError(
                f"{len(report.failed)} e-mail(s) could not be sent; the rest were. See above."
            )
