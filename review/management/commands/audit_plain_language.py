"""The publish gate's verdict on every page that declares plain-language fields, for
auditors and CI: which would pass today, which would not, and why."""

import json as json_module

from django.core.management.base import BaseCommand

from wagtail.models import Page

from command_progress import for_command
from readability.declarations import declared_fields
from review.verdict import judge


class Command(BaseCommand):
    help = "Judge every page with plain-language fields (latest version) and list the results."

    def add_arguments(self, parser):
        parser.add_argument("--live", action="store_true", help="Judge live versions only.")
        parser.add_argument("--json", action="store_true", help="One JSON object per page.")
        parser.add_argument(
            "--fail-on-error",
            action="store_true",
            help="Exit with status 1 when any page would be refused.",
        )

    def handle(self, *args, live=False, json=False, fail_on_error=False, **options):
        pages = Page.objects.all().specific().order_by("path")
        if live:
            pages = pages.live()
        progress = for_command(self, options["verbosity"])
        self.say = progress.write
        refused = 0
        with progress.bar("Judging pages", pages.count()) as bar:
            for page in pages:
                bar.advance()
                if not declared_fields(page):
                    continue
                try:
                    content = page if live else page.get_latest_revision_as_object()
                    verdict = judge(content)
                except Exception as error:  # noqa: BLE001 - report the page and go on
                    refused += 1
                    self.say(self.stderr, f"{page.pk}\t{page.title}: could not be judged: {error}")
                    continue
                refused += 0 if verdict.can_publish else 1
                if json:
                    self.say(self.stdout, self._as_json(page, verdict))
                else:
                    self._write_line(page, verdict)
        if fail_on_error and refused:
            raise SystemExit(1)

    def _write_line(self, page, verdict):
        grades = ", ".join(f"{name} {report.grade:.1f}" for name, report in verdict.reports.items())
        self.say(self.stdout, f"{verdict.status.upper():5} {page.pk}\t{page.title} ({grades})")
        for reason in verdict.blocking:
            label = f"{reason.field_label}: " if reason.field_label else ""
            self.say(self.stdout, f"        - {label}{reason.message}")

    def _as_json(self, page, verdict):
        return json_module.dumps(
            {
                "id": page.pk,
                "title": page.title,
                "url": page.url,
                "status": verdict.status,
                "can_publish": verdict.can_publish,
                "grades": {name: round(r.grade, 1) for name, r in verdict.reports.items()},
                "reasons": [reason.to_dict() for reason in verdict.reasons],
            }
        )
