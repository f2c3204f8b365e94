"""What a broken mail server does to the site: requests, server errors and stored rows.

For each fault of a fake mail server on a 127.0.0.1 port (none, hang, refuse, "421" at
greeting), readers sign up and send the contact form, and writers submit summaries that
a reviewer approves. Twice: as the site used to send mail (SMTP inside the request) and
as it does now (queued in the database; `db_worker` delivers). Then the mail server is
repaired and the worker run, to count what the queue delivered.

    .venv/bin/python benchmarks/mail_outage.py [--readers 5] [--reviews 2] [--timeout 2]

Figures: requests, 5xx answers, slowest request, mail server connections made during
requests, rows stored (subscribers, contact messages, summaries published), and the
e-mails delivered after repair. The hang's cost per request is EMAIL_TIMEOUT (10 s in
production, --timeout here).
"""

import argparse
import logging
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_project.settings.test")

DIRECT = "before: SMTP in the request"
QUEUED = "now: queued, db_worker delivers"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--readers", type=int, default=5, help="sign-ups and messages per fault")
    parser.add_argument("--reviews", type=int, default=2, help="summaries submitted and approved")
    parser.add_argument("--timeout", type=int, default=2, help="EMAIL_TIMEOUT in seconds")
    args = parser.parse_args()

    # A file, not memory: the worker closes its database connection between tasks.
    database = Path(tempfile.mkdtemp()) / "mail_outage.sqlite3"
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    import django

    django.setup()
    from django.core.management import call_command

    print("Migrating a scratch database ...", file=sys.stderr)
    call_command("migrate", verbosity=0)
    logging.disable(logging.CRITICAL)  # the faults are expected: keep the figures readable

    site = build_site()
    rows = []
    for mode in (DIRECT, QUEUED):
        for fault in ("none", "hang", "refuse", "greet 421"):
            rows.append(run_case(site, f"{len(rows)}-", mode, fault, args))
    print_table(rows, args)


def run_case(site, prefix: str, mode: str, fault: str, args) -> dict:
    """One mode and fault; rows are told apart from other cases' by `prefix`."""
    from django_tasks_db.models import DBTaskResult

    from django.core.cache import cache
    from django.test import Client, override_settings

    from wagtail.contrib.forms.models import FormSubmission

    from mailqueue.tasks import deliver_email
    from readability.names import SUBMIT_BUTTON
    from research.models import ResearchSummaryPage
    from review.names import APPROVE
    from subscriptions.models import Subscriber
    from tests.conftest import PLAIN_TEXT
    from tests.fake_smtp import OK, FakeSMTPServer
    from tests.home.test_contact import MESSAGE
    from tests.mailqueue.conftest import DATABASE_TASKS, QUEUE_BACKEND, SMTP_BACKEND, TEAM
    from tests.research.test_page_tree import summary_form_data

    editorial, contact = site
    messages_before = FormSubmission.objects.filter(page=contact).count()
    server = FakeSMTPServer(OK if fault == "none" else fault)
    queued = mode == QUEUED
    overrides = {
        "EMAIL_BACKEND": QUEUE_BACKEND if queued else SMTP_BACKEND,
        "EMAIL_DELIVERY_BACKEND": SMTP_BACKEND,
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": server.port,
        "EMAIL_TIMEOUT": args.timeout,
        "CONTACT_EMAIL": [TEAM],
        "TASKS": DATABASE_TASKS,
    }
    client = Client(raise_request_exception=False)
    timings, statuses = [], []

    def timed(method, *call_args, **call_kwargs):
        cache.clear()  # the per-client rate limits would otherwise answer for us
        started = time.perf_counter()
        response = method(*call_args, **call_kwargs)
        timings.append(time.perf_counter() - started)
        statuses.append(response.status_code)
        return response

    with override_settings(**overrides):
        for index in range(args.readers):
            timed(client.post, "/subscribe/", {"email": f"{prefix}reader{index}@example.com"})
            timed(client.post, contact.url, MESSAGE)
        for index in range(args.reviews):
            client.force_login(editorial["writer"])
            data = summary_form_data(
                slug=f"{prefix}summary-{index}",
                doi=f"10.5555/outage.{prefix}{index}",
                simple_explanation=PLAIN_TEXT,
            )
            data[SUBMIT_BUTTON] = SUBMIT_BUTTON
            timed(
                client.post,
                f"/admin/pages/add/research/researchsummarypage/{editorial['category'].pk}/",
                data,
            )
            page = ResearchSummaryPage.objects.filter(slug=f"{prefix}summary-{index}").first()
            if page is None or page.current_workflow_task_state is None:
                continue
            client.force_login(editorial["reviewer"])
            state = page.current_workflow_task_state
            timed(client.post, f"/admin/pages/workflow/action/{page.pk}/{APPROVE}/{state.pk}/")
        accepted_during_requests = server.accepted

        delivered_before_repair = len(server.received)
        if queued:
            run_worker()
            delivered_before_repair = len(server.received)
            server.set_mode(OK)
            from django.utils import timezone

            DBTaskResult.objects.filter(status="READY", task_path=deliver_email.module_path).update(
                run_after=timezone.now()
            )  # as if the retry delay had passed
            run_worker()
    server.stop()
    return {
        "mode": mode,
        "fault": fault,
        "requests": len(statuses),
        "5xx": sum(status >= 500 for status in statuses),
        "slowest": max(timings),
        "smtp_connections": accepted_during_requests,
        "subscribers": Subscriber.objects.filter(email__startswith=prefix).count(),
        "messages": FormSubmission.objects.filter(page=contact).count() - messages_before,
        "published": ResearchSummaryPage.objects.live().filter(slug__startswith=prefix).count(),
        "mail_at_once": delivered_before_repair,
        "mail_after_repair": len(server.received) if queued else None,
    }


def run_worker() -> None:
    from django.core.management import call_command

    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)


def build_site():
    """The tree, the review roles and workflow, two people and a contact page."""
    from review.roles import MEDICAL_REVIEWERS, WRITERS, ensure_roles
    from review.setup import ensure_review_workflow
    from tests.conftest import build_tree
    from tests.factories import ContactPageFactory, UserFactory

    tree = build_tree()
    groups = ensure_roles(research_root=tree.research, site_root=tree.home)
    ensure_review_workflow(tree.research, groups[MEDICAL_REVIEWERS])
    writer = UserFactory(username="writer")
    writer.groups.add(groups[WRITERS])
    reviewer = UserFactory(username="reviewer")
    reviewer.groups.add(groups[MEDICAL_REVIEWERS])
    contact = ContactPageFactory(parent=tree.home)
    return {"writer": writer, "reviewer": reviewer, "category": tree.category}, contact


def print_table(rows: list[dict], args) -> None:
    print(
        f"{args.readers} sign-ups, {args.readers} contact messages and {args.reviews} "
        f"submit + approve per fault; EMAIL_TIMEOUT={args.timeout} s\n"
    )
    header = (
        f"{'mode':34} {'fault':10} {'requests':>8} {'5xx':>4} {'slowest':>8} "
        f"{'smtp conn':>9} {'subscr':>6} {'msgs':>5} {'publ':>5} {'sent 1st':>8} {'after fix':>9}"
    )
    print(header)
    print("-" * len(header))
    for row in rows:
        after = "-" if row["mail_after_repair"] is None else str(row["mail_after_repair"])
        print(
            f"{row['mode']:34} {row['fault']:10} {row['requests']:>8} {row['5xx']:>4} "
            f"{row['slowest']:>7.2f}s {row['smtp_connections']:>9} {row['subscribers']:>6} "
            f"{row['messages']:>5} {row['published']:>5} {row['mail_at_once']:>8} {after:>9}"
        )


if __name__ == "__main__":
    main()
