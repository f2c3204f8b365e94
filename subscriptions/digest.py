"""The e-mail digest: the summaries no digest has announced yet, to every confirmed
subscriber, each with their own unsubscribe link.

A run is recorded before anything is sent (which summaries it covers), and each
delivery right after it is sent. Running again therefore sends nothing twice: finished
runs have used up their summaries, and an interrupted run resumes with only the
subscribers who have no delivery yet. A failure for one address is recorded and
reported, and the rest still go out. When the mail server itself is down (it refuses,
drops or does not answer within EMAIL_TIMEOUT), the run stops there, recording nothing
for the address it was on, and the next run resumes.

The command is already in the background, so it sends straight to
EMAIL_DELIVERY_BACKEND rather than through the mail queue: each delivery row then says
what really happened.
"""

from dataclasses import dataclass, field

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from command_progress import QUIET, ProgressDisplay
from mailqueue.tasks import delivery_connection, server_unavailable
from research.models import ResearchSummaryPage

from .mail import build_message, site_name
from .models import DigestDelivery, DigestRun, Subscriber

# Overlapping runs could announce the same summaries twice. With a shared cache (Redis)
# this lock keeps a second run out; with per-process memory it cannot, so schedule the
# command so that runs do not overlap (e.g. daily).
# Named as before the move to this app, so a run started by the old code still counts.
LOCK_KEY = "research:send_digest:running"
LOCK_SECONDS = 60 * 60


@dataclass
class DigestReport:
    run: DigestRun | None = None
    summaries: list = field(default_factory=list)
    sent: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    resumed: bool = False
    reason: str = ""  # why nothing was sent, when nothing was


class DigestAlreadyRunning(Exception):
    pass


class MailServerUnavailable(Exception):
    """The run stopped because the mail server is down; running again resumes it."""


def unannounced_summaries():
    announced = DigestRun.summaries.through.objects.values("researchsummarypage_id")
    return ResearchSummaryPage.objects.for_readers().exclude(pk__in=announced)


def waiting_recipients(run: DigestRun):
    return (
        Subscriber.objects.filter(confirmed_at__isnull=False, confirmed_at__lte=run.started_at)
        .exclude(deliveries__run=run)
        .order_by("pk")
    )


def digest_message(subscriber, summaries, base_url, connection):
    count = len(summaries)
    message = build_message(
        subscriber,
        "digest",
        f"{count} new summar{'y' if count == 1 else 'ies'} from {site_name()}",
        base_url,
        {"summaries": summaries},
        html=True,
    )
    message.connection = connection
    return message


def start_run(dry_run: bool) -> tuple[DigestRun | None, list, bool, str]:
    """The run to send: an interrupted one to resume, or a new one for what is new."""
    unfinished = DigestRun.objects.filter(finished_at=None).order_by("started_at").first()
    if unfinished is not None:
        summaries = list(
            ResearchSummaryPage.objects.filter(digest_runs=unfinished).order_by(
                "-first_published_at", "-pk"
            )
        )
        return unfinished, summaries, True, ""
    summaries = list(unannounced_summaries())
    if not summaries:
        return None, [], False, "Nothing new since the last digest."
    if not Subscriber.objects.filter(confirmed_at__isnull=False).exists():
        # Leave the summaries for the first digest that has someone to go to.
        return None, summaries, False, "No confirmed subscribers yet."
    if dry_run:
        return None, summaries, False, "Dry run: nothing sent."
    with transaction.atomic():
        run = DigestRun.objects.create()
        run.summaries.set(summaries)
    return run, summaries, False, ""


def deliver(
    run: DigestRun,
    summaries: list,
    base_url: str,
    report: DigestReport,
    progress: ProgressDisplay = QUIET,
) -> None:
    recipients = waiting_recipients(run)
    with delivery_connection() as connection, progress.bar("Sending", recipients.count()) as bar:
        for subscriber in recipients:
            bar.advance()
            try:
                digest_message(subscriber, summaries, base_url, connection).send()
            except Exception as error:  # noqa: BLE001 - one bad address must not stop the rest
                if server_unavailable(error):
                    raise  # nor should it be blamed for the server being down
                DigestDelivery.objects.create(
                    run=run, subscriber=subscriber, error=f"{type(error).__name__}: {error}"
                )
                report.failed.append((subscriber.email, str(error)))
            else:
                DigestDelivery.objects.create(
                    run=run, subscriber=subscriber, sent_at=timezone.now()
                )
                report.sent.append(subscriber.email)


def send_digest(
    base_url: str, dry_run: bool = False, progress: ProgressDisplay = QUIET
) -> DigestReport:
    if not cache.add(LOCK_KEY, True, timeout=LOCK_SECONDS):
        raise DigestAlreadyRunning("Another digest run is in progress.")
    try:
        run, summaries, resumed, reason = start_run(dry_run)
        report = DigestReport(run=run, summaries=summaries, resumed=resumed, reason=reason)
        if run is None or dry_run:
            return report
        try:
            deliver(run, summaries, base_url, report, progress)
        except Exception as error:
            if not server_unavailable(error):
                raise
            raise MailServerUnavailable(
                f"The mail server is unavailable ({type(error).__name__}: {error}). "
                f"Sent: {len(report.sent)}. Run the command again later to send the rest."
            ) from error
        run.finished_at = timezone.now()
        run.save(update_fields=["finished_at"])
        return report
    finally:
        cache.delete(LOCK_KEY)
