"""Password guessing against the admin sign-in, as an attacker would try it."""

import datetime

import pytest
from axes.models import AccessAttempt

from django.conf import settings
from django.db.models import F
from django.test import Client

from tests.factories import UserFactory

from .conftest import (
    BOT_ADDRESS,
    HOME_ADDRESS,
    PASSWORD,
    PER_ADDRESS,
    PER_USER,
    is_signed_in,
    sign_in,
)

pytestmark = pytest.mark.django_db


def guess(client, username, times, address=BOT_ADDRESS):
    return [sign_in(client, username, f"wrong-{n}", address).status_code for n in range(times)]


def test_wrong_passwords_lock_the_account_and_then_the_right_one_is_refused(client, staff):
    statuses = guess(client, "alice", PER_USER, HOME_ADDRESS)
    assert statuses[:-1] == [200] * (PER_USER - 1)  # the form again, with its error
    assert statuses[-1] == 429

    response = sign_in(client, "alice", PASSWORD)

    assert response.status_code == 429
    assert not is_signed_in(client)


def test_the_locked_out_page_says_when_to_try_again(client, staff):
    guess(client, "alice", PER_USER, HOME_ADDRESS)

    response = sign_in(client, "alice", PASSWORD)

    html = response.content.decode()
    assert "Too many sign-in attempts" in html and "Try again after" in html
    assert "in about 15 minutes" in html
    wait = int(response["Retry-After"])
    assert settings.AXES_COOLOFF_TIME.total_seconds() - 60 < wait <= 900


def test_a_bot_locks_only_itself_out_not_the_user_everywhere(staff):
    guess(Client(), "alice", PER_USER * 3)

    at_home = Client()
    assert sign_in(at_home, "alice", PASSWORD, HOME_ADDRESS).status_code == 302
    assert is_signed_in(at_home)


def test_one_address_cannot_spread_its_guesses_over_many_users(staff):
    bot = Client()
    victims = [UserFactory(username=f"victim{n}").username for n in range(PER_ADDRESS)]
    for username in victims:  # one guess each: never near the per-user limit
        guess(bot, username, 1)

    # The address is now locked, for every username, even with a right password.
    assert sign_in(bot, "alice", PASSWORD, BOT_ADDRESS).status_code == 429
    assert guess(bot, "someone-new", 1) == [429]
    # Alice, elsewhere, is not.
    assert sign_in(Client(), "alice", PASSWORD, HOME_ADDRESS).status_code == 302


def test_colleagues_sharing_an_address_are_not_locked_by_each_others_typos(staff):
    office = Client()
    for n in range(PER_ADDRESS - 1):  # below the address limit, above the per-user one
        guess(office, f"colleague{n}", 1, HOME_ADDRESS)

    assert sign_in(office, "alice", PASSWORD, HOME_ADDRESS).status_code == 302


def test_a_bot_with_one_real_account_cannot_wipe_its_guesses_by_logging_in(staff):
    UserFactory(username="mallory")
    bot = Client()
    guess(bot, "alice", PER_USER - 1)
    assert sign_in(bot, "mallory", PASSWORD, BOT_ADDRESS).status_code == 302
    bot.logout()

    assert guess(bot, "alice", 1) == [429]


def test_a_right_password_clears_that_users_own_mistakes(client, staff):
    guess(client, "alice", PER_USER - 1, HOME_ADDRESS)
    assert sign_in(client, "alice", PASSWORD).status_code == 302
    client.logout()

    assert guess(client, "alice", PER_USER - 1, HOME_ADDRESS) == [200] * (PER_USER - 1)


def test_a_forged_forwarded_for_header_does_not_dodge_the_lock(staff):
    bot = Client()
    for n in range(PER_USER):
        sign_in(bot, "alice", "wrong", BOT_ADDRESS, HTTP_X_FORWARDED_FOR=f"10.0.0.{n}")

    last = sign_in(bot, "alice", PASSWORD, BOT_ADDRESS, HTTP_X_FORWARDED_FOR="10.9.9.9")
    assert last.status_code == 429


def test_behind_a_proxy_each_client_is_counted_by_its_own_address(settings, staff):
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = "10.0.0.1"
    bot, colleague = Client(), Client()
    for _ in range(PER_USER):
        sign_in(bot, "alice", "wrong", proxy, HTTP_X_FORWARDED_FOR=BOT_ADDRESS)

    refused = sign_in(bot, "alice", PASSWORD, proxy, HTTP_X_FORWARDED_FOR=BOT_ADDRESS)
    assert refused.status_code == 429
    ok = sign_in(colleague, "alice", PASSWORD, proxy, HTTP_X_FORWARDED_FOR=HOME_ADDRESS)
    assert ok.status_code == 302
    assert AccessAttempt.objects.get().ip_address == BOT_ADDRESS


def test_the_lock_ends_after_the_cool_off(client, staff):
    guess(client, "alice", PER_USER, HOME_ADDRESS)
    assert sign_in(client, "alice", PASSWORD).status_code == 429

    # As if the cool-off had passed since the last failure.
    AccessAttempt.objects.update(
        attempt_time=datetime.datetime.now(datetime.UTC)
        - settings.AXES_COOLOFF_TIME
        - datetime.timedelta(seconds=1)
    )

    assert sign_in(client, "alice", PASSWORD).status_code == 302
    assert is_signed_in(client)


def test_each_attempt_while_locked_starts_the_wait_again(client, staff):
    guess(client, "alice", PER_USER, HOME_ADDRESS)
    # The lock has 30 seconds left when the bot tries again.
    almost_over = datetime.datetime.now(datetime.UTC) - settings.AXES_COOLOFF_TIME
    AccessAttempt.objects.update(attempt_time=almost_over + datetime.timedelta(seconds=30))
    assert guess(client, "alice", 1, HOME_ADDRESS) == [429]

    # A minute later, the old lock would have ended; the new one has not.
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - datetime.timedelta(minutes=1))
    assert sign_in(client, "alice", PASSWORD).status_code == 429


def test_odd_input_gets_the_form_again_not_an_error(client, staff):
    for username in ("", "a" * 5000, "alice\x00", "ália", " alice "):
        response = client.post("/admin/login/", {"username": username, "password": "x"})
        assert response.status_code in (200, 429), username
    assert client.post("/admin/login/", {}).status_code == 200


def test_a_username_longer_than_axes_stores_is_counted_not_a_server_error(client, staff):
    # The private-page sign-in hands any length to authenticate(); PostgreSQL refused
    # to store it.
    for _ in range(2):
        response = client.post("/_util/login/", {"username": "9" * 5000, "password": "x"})
        assert response.status_code < 500
    stored = list(AccessAttempt.objects.values_list("username", flat=True))
    assert stored and all(len(name) <= 255 for name in stored)


def test_the_test_clients_login_still_works(client, staff):
    assert client.login(username="alice", password=PASSWORD)
    assert is_signed_in(client)


def test_an_ipv6_client_cannot_step_through_its_64_to_keep_guessing(client, staff):
    # Each wrong password from a new address of one /64: still one client.
    for number in range(1, PER_USER + 1):
        sign_in(client, "alice", "wrong", address=f"2001:db8::{number:x}")
    response = sign_in(client, "alice", PASSWORD, address="2001:db8::99")
    assert response.status_code == 429
    # Another network is another client.
    assert sign_in(client, "alice", PASSWORD, address="2001:db8:0:1::1").status_code == 302
