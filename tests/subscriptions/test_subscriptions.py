import re
import time
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup

from django.core import mail, signing
from django.core.cache import cache
from django.test import Client
from django.utils import timezone

from research.rate_limit import SUBSCRIBE_LIMIT
from subscriptions.models import Subscriber
from subscriptions.tokens import CONFIRM_SALT, CONFIRMATION_MAX_AGE

pytestmark = pytest.mark.django_db

LINK = re.compile(r"http://testserver(/subscribe/(?:confirm|unsubscribe)/[^/\s]+/)")


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


def sign_up(client, email="reader@example.com"):
    return client.post("/subscribe/", {"email": email})


def links_in(message) -> list[str]:
    return LINK.findall(message.body)


def confirm_link(message) -> str:
    return next(link for link in links_in(message) if "/confirm/" in link)


def test_signing_up_sends_a_confirmation_link_and_waits_for_it(client, tree):
    response = sign_up(client)
    assert response.status_code == 302 and response["Location"] == "/subscribe/check-your-email/"
    page = client.get(response["Location"])
    assert "reader@example.com" in page.content.decode()

    subscriber = Subscriber.objects.get()
    assert subscriber.email == "reader@example.com" and not subscriber.is_confirmed
    (message,) = mail.outbox
    assert message.to == ["reader@example.com"]
    assert f"works for {CONFIRMATION_MAX_AGE.days} days" in message.body
    assert "reader@example.com" not in confirm_link(message)  # links carry no address
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message.extra_headers["List-Unsubscribe"].startswith("<http://testserver/subscribe/")


def test_the_confirmation_link_asks_first_then_confirms(client, tree):
    sign_up(client)
    link = confirm_link(mail.outbox[0])
    page = BeautifulSoup(client.get(link).content, "html.parser").main
    assert page.find("button").get_text(strip=True) == "Yes, send me new summaries"
    assert not Subscriber.objects.get().is_confirmed  # opening the link alone is not enough

    response = client.post(link)
    assert response.status_code == 302
    assert "You are subscribed" in client.get(response["Location"]).content.decode()
    assert Subscriber.objects.get().is_confirmed
    assert "already subscribed" in client.get(link).content.decode()


def test_an_expired_link_explains_and_offers_a_new_one(client, tree):
    sign_up(client)
    subscriber = Subscriber.objects.get()

    class FourDaysAgo(signing.TimestampSigner):
        def timestamp(self):
            return signing.b62_encode(int(time.time() - timedelta(days=4).total_seconds()))

    old_token = FourDaysAgo(salt=CONFIRM_SALT).sign(subscriber.link_key)
    response = client.get(f"/subscribe/confirm/{old_token}/")
    assert response.status_code == 410
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.h1.get_text(strip=True) == "This link has expired"
    assert soup.main.find("form")["action"] == "/subscribe/"
    assert client.post(f"/subscribe/confirm/{old_token}/").status_code == 410
    assert not Subscriber.objects.get().is_confirmed


@pytest.mark.parametrize("tamper", ["swap_last", "other_salt", "garbage"])
def test_a_tampered_link_confirms_nothing(client, tree, tamper):
    sign_up(client)
    token = confirm_link(mail.outbox[0]).rstrip("/").rsplit("/", 1)[1]
    subscriber = Subscriber.objects.get()
    forged = {
        "swap_last": token[:-1] + ("A" if token[-1] != "A" else "B"),
        "other_salt": signing.TimestampSigner(salt="other").sign(subscriber.link_key),
        "garbage": "not-a-token",
    }[tamper]
    response = client.post(f"/subscribe/confirm/{forged}/")
    assert response.status_code == 400
    assert "This link does not work" in response.content.decode()
    assert not Subscriber.objects.get().is_confirmed


def test_signing_up_twice_in_any_case_keeps_one_subscriber_and_resends(client, tree):
    first = sign_up(client, "Reader@Example.com")
    again_at_once = sign_up(Client(), "reader@example.COM")
    assert Subscriber.objects.count() == 1
    assert len(mail.outbox) == 1  # asking again at once sends nothing more
    assert again_at_once["Location"] == first["Location"]

    Subscriber.objects.update(confirmation_sent_at=timezone.now() - timedelta(hours=1))
    sign_up(Client(), "READER@example.com")
    assert Subscriber.objects.count() == 1
    assert len(mail.outbox) == 2
    assert "/subscribe/confirm/" in mail.outbox[1].body


def test_a_confirmed_address_signing_up_again_is_told_by_email_only(client, tree):
    sign_up(client)
    client.post(confirm_link(mail.outbox[0]))
    Subscriber.objects.update(confirmation_sent_at=timezone.now() - timedelta(hours=1))

    stranger = Client()
    response = sign_up(stranger, "reader@example.com")
    page = stranger.get(response["Location"]).content.decode()
    assert "Check your e-mail" in page and "already" not in page
    assert "This address already gets them" in mail.outbox[1].body
    assert Subscriber.objects.count() == 1


@pytest.mark.parametrize("email", ["", "not-an-address", "a@" + "b" * 260 + ".com"])
def test_a_bad_address_is_explained_and_kept(client, tree, email):
    response = sign_up(client, email)
    assert response.status_code == 400
    soup = BeautifulSoup(response.content, "html.parser")
    box = soup.find("input", attrs={"name": "email"})
    assert box.get("value", "") == email
    error = soup.select_one(".field__error")
    assert error["id"] in box["aria-describedby"].split()
    assert box["aria-invalid"] == "true"
    assert soup.select_one(".error-summary a")["href"] == f"#{box['id']}"
    assert not Subscriber.objects.exists() and not mail.outbox


def test_too_many_sign_ups_from_one_connection_are_refused(tree):
    for number in range(SUBSCRIBE_LIMIT.limit):
        assert sign_up(Client(), f"reader{number}@example.com").status_code == 302
    response = sign_up(Client(), "one-more@example.com")
    assert response.status_code == 429
    assert "try again later" in response.content.decode()
    assert 'value="one-more@example.com"' in response.content.decode()
    assert Subscriber.objects.count() == SUBSCRIBE_LIMIT.limit


def test_unsubscribing_asks_first_then_removes_the_address(client, tree):
    sign_up(client)
    client.post(confirm_link(mail.outbox[0]))
    link = next(link for link in links_in(mail.outbox[0]) if "/unsubscribe/" in link)

    page = BeautifulSoup(client.get(link).content, "html.parser").main
    assert page.find("form")["method"] == "post"
    assert Subscriber.objects.exists()

    response = client.post(link)
    assert response.status_code == 200
    assert "You are unsubscribed" in response.content.decode()
    assert not Subscriber.objects.exists()
    assert client.post(link).status_code == 200  # again: still fine, nothing to do


def test_one_click_unsubscribe_from_a_mail_program_needs_no_csrf_token(client, tree):
    sign_up(client)
    header = mail.outbox[0].extra_headers["List-Unsubscribe"]
    url = header.strip("<>").replace("http://testserver", "")
    mail_program = Client(enforce_csrf_checks=True)
    response = mail_program.post(
        url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 200
    assert not Subscriber.objects.exists()


def test_a_tampered_unsubscribe_link_removes_nobody(client, tree):
    sign_up(client)
    response = client.post("/subscribe/unsubscribe/forged:token/")
    assert response.status_code == 400
    assert Subscriber.objects.count() == 1


def test_the_subscribe_page_is_linked_from_header_footer_and_home(client, tree):
    soup = BeautifulSoup(client.get("/").content, "html.parser")
    assert soup.select_one("header a[href='/subscribe/']")
    assert soup.select_one("footer a[href='/subscribe/']")
    assert soup.select_one("main a[href='/subscribe/']")
    form = BeautifulSoup(client.get("/subscribe/").content, "html.parser").find("main")
    assert len(form.find_all("h1")) == 1
    field = form.find("input", attrs={"name": "email"})
    assert form.find("label", attrs={"for": field["id"]})
