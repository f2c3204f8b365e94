"""The weekly reminder e-mail (once per reviewer per week, dry run, failures reported)
and the dashboard panel (reviewers and editors; nothing for writers)."""

import datetime
from io import StringIO

import pytest

from django.core import mail
from django.core.mail import EmailMessage
from django.core.management import CommandError, call_command

from currency.models import ReviewReminder
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

MONDAY = datetime.date(2026, 2, 2)  # the old summary was due on 15 January 2026


def run(**options):
    out, err = StringIO(), StringIO()
    call_command("send_review_reminders", stdout=out, stderr=err, **options)
    return out.getvalue(), err.getvalue()


def reminders_to(user):
    return [m for m in mail.outbox if user.email in m.to]


def test_each_reviewer_gets_it_once_a_week_and_again_the_next(editorial, old_summary, clock):
    mail.outbox.clear()
    clock.travel(MONDAY)
    out, err = run()
    assert (out, err) == ("", "")  # quiet on success, for cron
    for reviewer in (editorial.reviewer, editorial.second_reviewer):
        (message,) = reminders_to(reviewer)
        assert "1 overdue" in message.subject
        assert "Old summary (due by 15 January 2026)" in message.body
        assert "http://localhost" + old_summary.url in message.body
    assert not reminders_to(editorial.writer) and not reminders_to(editorial.editor)

    clock.travel(MONDAY + datetime.timedelta(days=3))  # same week, again
    run()
    assert len(reminders_to(editorial.reviewer)) == 1
    clock.travel(MONDAY + datetime.timedelta(days=7))  # next week
    run()
    assert len(reminders_to(editorial.reviewer)) == 2
    assert ReviewReminder.objects.filter(user=editorial.reviewer).count() == 2


def test_due_soon_is_listed_and_nothing_is_sent_when_nothing_is_due(editorial, old_summary, clock):
    mail.outbox.clear()
    clock.travel(datetime.date(2025, 6, 2))  # due in more than 30 days
    run()
    assert mail.outbox == [] and not ReviewReminder.objects.exists()
    clock.travel(datetime.date(2025, 12, 22))  # due within 30 days
    run()
    (message,) = reminders_to(editorial.reviewer)
    assert "1 due soon" in message.subject and "Due within 30 days" in message.body


def test_a_dry_run_says_who_would_get_it_and_sends_nothing(editorial, old_summary, clock):
    mail.outbox.clear()
    clock.travel(MONDAY)
    out, _err = run(dry_run=True)
    assert "Would send to reviewer@example.com" in out and "Old summary" in out
    assert mail.outbox == [] and not ReviewReminder.objects.exists()


def test_a_failure_is_reported_the_others_are_sent_and_it_is_tried_again(
    editorial, old_summary, clock, monkeypatch
):
    mail.outbox.clear()
    clock.travel(MONDAY)
    original = EmailMessage.send

    def send(message, *args, **kwargs):
        if editorial.reviewer.email in message.to:
            raise ConnectionRefusedError("mail queue unavailable")
        return original(message, *args, **kwargs)

    monkeypatch.setattr(EmailMessage, "send", send)
    with pytest.raises(CommandError, match="1 reminder"):
        run()
    assert len(reminders_to(editorial.second_reviewer)) == 1
    assert not ReviewReminder.objects.filter(user=editorial.reviewer).exists()
    monkeypatch.setattr(EmailMessage, "send", original)
    run()  # later that week: only the one that failed
    assert len(reminders_to(editorial.reviewer)) == 1
    assert len(reminders_to(editorial.second_reviewer)) == 1


def panel(client, user):
    client.force_login(user)
    response = client.get("/admin/")
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("role", ["reviewer", "editor", "superuser"])
def test_reviewers_and_editors_see_what_falls_due(client, editorial, old_summary, clock, role):
    clock.travel(MONDAY)
    user = (
        UserFactory(is_superuser=True, username="admin")
        if role == "superuser"
        else getattr(editorial, role)
    )
    html = panel(client, user)
    assert "Reviews falling due" in html and "Overdue (1)" in html
    assert old_summary.url in html and "15 Jan 2026" in html
    # Only reviewers record re-reviews.
    assert (f"/admin/review/checked-again/{old_summary.pk}/" in html) is (role == "reviewer")


def test_due_this_month_is_its_own_list(client, editorial, old_summary, clock):
    clock.travel(datetime.date(2026, 1, 2))
    html = panel(client, editorial.reviewer)
    assert "Due for review this month (1)" in html and "Overdue" not in html


def test_writers_see_nothing_of_it(client, editorial, old_summary, clock):
    clock.travel(MONDAY)
    html = panel(client, editorial.writer)
    assert "Reviews falling due" not in html and "checked-again" not in html
