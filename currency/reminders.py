"""The weekly reminder to medical reviewers: summaries overdue for review and those due
within the schedule's days ahead. Once per reviewer per week (the week's Monday is the
period, recorded in `ReviewReminder` only once the message was handed to the mail
queue), so a cron job may run it daily or twice without anyone getting it twice; a
reviewer whose message failed gets it on the next run."""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string

from review.roles import MEDICAL_REVIEWERS

from .models import ReviewReminder, ReviewSchedule
from .schedule import live_reviewed_pages, today


def week_of(day: datetime.date) -> datetime.date:
    return day - datetime.timedelta(days=day.weekday())


@dataclass
class ReminderRun:
    period: datetime.date
    overdue: list = field(default_factory=list)
    due_soon: list = field(default_factory=list)
    sent: list[str] = field(default_factory=list)
    already_sent: list[str] = field(default_factory=list)
    would_send: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)


def reviewers():
    return (
        get_user_model()
        .objects.filter(groups__name=MEDICAL_REVIEWERS, is_active=True)
        .exclude(email="")
        .distinct()
        .order_by("pk")
    )


def build_message(user, run: ReminderRun, base_url: str, days_ahead: int) -> EmailMessage:
    context = {
        "user": user,
        "overdue": run.overdue,
        "due_soon": run.due_soon,
        "days_ahead": days_ahead,
        "base_url": base_url,
    }
    counts = []
    if run.overdue:
        counts.append(f"{len(run.overdue)} overdue")
    if run.due_soon:
        counts.append(f"{len(run.due_soon)} due soon")
    return EmailMessage(
        subject=f"Summaries to review again: {', '.join(counts)}",
        body=render_to_string("currency/email/review_reminder.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[user.email],
    )


def send_review_reminders(
    base_url: str, on: datetime.date | None = None, dry_run: bool = False
) -> ReminderRun:
    on = on or today()
    schedule = ReviewSchedule.load()
    run = ReminderRun(period=week_of(on))
    for page, dates in live_reviewed_pages(on):
        if dates.overdue:
            run.overdue.append((page, dates))
        elif dates.due_within(schedule.remind_days_ahead):
            run.due_soon.append((page, dates))
    if not run.overdue and not run.due_soon:
        return run
    done = set(ReviewReminder.objects.filter(period=run.period).values_list("user_id", flat=True))
    for user in reviewers():
        if user.pk in done:
            run.already_sent.append(user.email)
            continue
        if dry_run:
            run.would_send.append(user.email)
            continue
        try:
            with transaction.atomic():
                # Recorded first, inside the same transaction: a second run at the same
                # moment stops at the unique constraint instead of sending again.
                ReviewReminder.objects.create(
                    user=user,
                    period=run.period,
                    overdue=len(run.overdue),
                    due_soon=len(run.due_soon),
                )
                build_message(user, run, base_url, schedule.remind_days_ahead).send()
        except IntegrityError:
            run.already_sent.append(user.email)
        except Exception as error:  # noqa: BLE001 - report this reviewer and go on
            run.failed.append((user.email, f"{type(error).__name__}: {error}"))
        else:
            run.sent.append(user.email)
    return run
