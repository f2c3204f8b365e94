from django.core.management.base import BaseCommand, CommandError

from wagtail.models import Site

from currency.reminders import send_review_reminders


class Command(BaseCommand):
    help = (
        "E-mail medical reviewers the summaries overdue for review and those due soon. "
        "Meant for cron (daily or weekly): each reviewer gets it once a week. Silent when "
        "all went well; failures go to stderr with a non-zero exit."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Say who would get it.")
        parser.add_argument(
            "--base-url",
            help="The public site address for links; defaults to the default site's.",
        )

    def handle(self, *args, dry_run=False, base_url=None, **options):
        if not base_url:
            site = Site.objects.filter(is_default_site=True).first()
            if site is None:
                raise CommandError("No default site: pass --base-url.")
            base_url = site.root_url
        run = send_review_reminders(base_url.rstrip("/"), dry_run=dry_run)
        talk = dry_run or options["verbosity"] > 1
        if talk:
            self.stdout.write(
                f"Week of {run.period:%-d %B %Y}: {len(run.overdue)} overdue, "
                f"{len(run.due_soon)} due soon."
            )
            for page, dates in run.overdue + run.due_soon:
                self.stdout.write(f"  - {page.title} (due by {dates.due_on:%-d %B %Y})")
            for email in run.would_send:
                self.stdout.write(f"Would send to {email}")
            for email in run.sent:
                self.stdout.write(f"Sent to {email}")
            for email in run.already_sent:
                self.stdout.write(f"Already sent this week to {email}")
        for email, error in run.failed:
            self.stderr.write(f"Not sent to {email}: {error}")
        if run.failed:
            raise CommandError(
                f"{len(run.failed)} reminder(s) could not be sent; the others were. They will "
                "be tried again on the next run."
            )
