import pytest

from django.core import mail
from django.core.mail import EmailMultiAlternatives
from django.core.management import CommandError, call_command
from django.utils import timezone

from subscriptions.models import DigestDelivery, DigestRun, Subscriber
from tests.factories import ResearchSummaryPageFactory

pytestmark = pytest.mark.django_db


def subscriber(email, confirmed=True):
    confirmed_at = timezone.now() if confirmed else None
    return Subscriber.objects.create(email=email, confirmed_at=confirmed_at)


def recipients():
    return sorted(message.to[0] for message in mail.outbox)


def run_digest(capsys, *args):
    call_command("send_digest", "--base-url", "https://research.example", *args)
    return capsys.readouterr()


@pytest.fixture
def audience(tree):
    return [subscriber("ana@example.com"), subscriber("ben@example.com")]


def test_confirmed_subscribers_get_the_new_summaries_once(capsys, tree, audience):
    subscriber("pending@example.com", confirmed=False)
    ResearchSummaryPageFactory(parent=tree.category, title="Walking after injury")
    ResearchSummaryPageFactory(parent=tree.subcategory, title="Robot suits")
    ResearchSummaryPageFactory(parent=tree.category, title="Unfinished draft", live=False)

    output = run_digest(capsys).out
    assert "Sent: 2. Failed: 0." in output
    assert recipients() == ["ana@example.com", "ben@example.com"]
    message = mail.outbox[0]
    assert message.subject.startswith("2 new summaries")
    assert "Walking after injury" in message.body and "Robot suits" in message.body
    assert "Unfinished draft" not in message.body
    html = message.alternatives[0][0]
    assert "Robot suits" in html

    run = DigestRun.objects.get()
    assert run.finished_at is not None
    assert set(run.summaries.values_list("title", flat=True)) == {
        "Walking after injury",
        "Robot suits",
    }

    assert "Nothing new since the last digest" in run_digest(capsys).out
    assert len(mail.outbox) == 2  # the second run sent nothing

    ResearchSummaryPageFactory(parent=tree.category, title="Bladder care")
    run_digest(capsys)
    assert len(mail.outbox) == 4
    assert "Bladder care" in mail.outbox[-1].body
    assert "Robot suits" not in mail.outbox[-1].body


def test_each_mail_has_its_own_one_click_unsubscribe_link(capsys, tree, audience):
    ResearchSummaryPageFactory(parent=tree.category)
    run_digest(capsys)
    links = set()
    for message in mail.outbox:
        header = message.extra_headers["List-Unsubscribe"]
        assert header.startswith("<https://research.example/subscribe/unsubscribe/")
        assert header.strip("<>") in message.body
        assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        links.add(header)
    assert len(links) == 2


def test_a_failure_for_one_address_is_reported_and_the_rest_still_go(
    capsys, tree, audience, monkeypatch
):
    subscriber("cat@example.com")
    ResearchSummaryPageFactory(parent=tree.category)
    real_send = EmailMultiAlternatives.send

    def send_or_fail(message, *args, **kwargs):
        if message.to == ["ben@example.com"]:
            raise ConnectionError("mailbox unavailable")
        return real_send(message, *args, **kwargs)

    monkeypatch.setattr(EmailMultiAlternatives, "send", send_or_fail)
    with pytest.raises(CommandError, match="1 e-mail"):
        call_command("send_digest", "--base-url", "https://research.example")
    assert "ben@example.com: mailbox unavailable" in capsys.readouterr().err
    assert recipients() == ["ana@example.com", "cat@example.com"]
    failed = DigestDelivery.objects.get(sent_at=None)
    assert failed.subscriber.email == "ben@example.com" and "mailbox unavailable" in failed.error

    monkeypatch.setattr(EmailMultiAlternatives, "send", real_send)
    run_digest(capsys)
    assert len(mail.outbox) == 2  # nothing sent twice


def test_an_interrupted_run_resumes_with_only_those_not_yet_sent(capsys, tree, audience):
    summary = ResearchSummaryPageFactory(parent=tree.category, title="Pain and sleep")
    run = DigestRun.objects.create()
    run.summaries.set([summary])
    DigestDelivery.objects.create(run=run, subscriber=audience[0], sent_at=timezone.now())

    output = run_digest(capsys).out
    assert "Resumed" in output
    assert [message.to for message in mail.outbox] == [["ben@example.com"]]
    assert "Pain and sleep" in mail.outbox[0].body
    run.refresh_from_db()
    assert run.finished_at is not None


def test_without_confirmed_subscribers_the_summaries_wait(capsys, tree):
    subscriber("pending@example.com", confirmed=False)
    ResearchSummaryPageFactory(parent=tree.category, title="Saved for later")
    assert "No confirmed subscribers yet" in run_digest(capsys).out
    assert not mail.outbox and not DigestRun.objects.exists()

    subscriber("first@example.com")
    run_digest(capsys)
    assert "Saved for later" in mail.outbox[0].body


def test_a_dry_run_sends_and_records_nothing(capsys, tree, audience):
    ResearchSummaryPageFactory(parent=tree.category, title="Just looking")
    output = run_digest(capsys, "--dry-run").out
    assert "Just looking" in output and "Dry run" in output
    assert not mail.outbox and not DigestRun.objects.exists()
