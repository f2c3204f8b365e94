"""Wagtail's publish_scheduled, with the publish gate: a page that fails is skipped
with a log line and a message to its owner, and the others still go live. (Wagtail's
own command stops at the first error.) Content another app guards (a glossary term no
medical reviewer approved) is refused by its guard with PermissionDenied: it is skipped
and logged the same way."""

from django.apps import apps
from django.core.exceptions import PermissionDenied
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from wagtail.log_actions import log
from wagtail.models import DraftStateMixin, Page, Revision

from review.names import PUBLISH_REFUSED_LOG_ACTION
from review.notifications import notify_publish_refused
from review.verdict import PublishRefused


class Command(BaseCommand):
    help = (
        "Publish scheduled revisions and unpublish expired pages, skipping any page the "
        "publish gate refuses."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dryrun", action="store_true", help="List what would change.")

    def handle(self, *args, dryrun=False, **options):
        now = timezone.now()
        expired = list(Page.objects.filter(live=True, expire_at__lt=now).specific())
        for model in apps.get_models():  # snippets with drafts, such as glossary terms
            if issubclass(model, DraftStateMixin) and not issubclass(model, Page):
                expired += model.objects.filter(live=True, expire_at__lt=now)
        due = list(
            Revision.objects.filter(approved_go_live_at__lt=now).order_by("approved_go_live_at")
        )
        if dryrun:
            for page in expired:
                self.stdout.write(f"Would unpublish (expired): {page}")
            for revision in due:
                self.stdout.write(f"Would publish: {revision.object_str}")
            return
        for page in expired:
            page.unpublish(set_expired=True, log_action="wagtail.unpublish.scheduled")
        published, refused, failed = 0, 0, 0
        for revision in due:
            try:
                with transaction.atomic():
                    revision.publish(log_action="wagtail.publish.scheduled")
                published += 1
            except PublishRefused as refusal:
                refused += 1
                self.refuse(revision, refusal)
            except PermissionDenied as refusal:
                refused += 1
                self.refuse_guarded(revision, str(refusal))
            except Exception as error:  # noqa: BLE001 - one broken page must not stop the rest
                failed += 1
                self.stderr.write(f"Could not publish “{revision.object_str}”: {error}")
        self.stdout.write(
            f"Published {published}, refused by the publish gate {refused}, failed {failed}."
        )

    def refuse(self, revision, refusal: PublishRefused) -> None:
        page = refusal.page
        # Cancel the schedule so the page is not retried (and its owner re-mailed) every run.
        Revision.objects.filter(pk=revision.pk).update(approved_go_live_at=None)
        log(
            instance=page,
            action=PUBLISH_REFUSED_LOG_ACTION,
            revision=revision,
            data={"reasons": [reason.message for reason in refusal.verdict.blocking]},
        )
        notify_publish_refused(page, refusal.verdict, because="at its scheduled time")
        self.stderr.write(
            f"Skipped “{page.title}”: "
            + "; ".join(reason.message for reason in refusal.verdict.blocking)
        )

    def refuse_guarded(self, revision, reason: str) -> None:
        Revision.objects.filter(pk=revision.pk).update(approved_go_live_at=None)
        log(
            instance=revision.as_object(),
            action=PUBLISH_REFUSED_LOG_ACTION,
            revision=revision,
            data={"reasons": [reason]},
        )
        self.stderr.write(f"Skipped “{revision.object_str}”: {reason}")
