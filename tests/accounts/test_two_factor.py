"""Two-step sign-in: what an attacker holding only the password can and cannot reach."""

import time

import pytest
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.test import Client
from django.urls import reverse

from accounts.two_factor import BACKUP_CODE_COUNT, PENDING_KEY, TWO_FACTOR_URL_NAME, VERIFY_URL_NAME

from .conftest import HOME_ADDRESS, PASSWORD, PER_USER, is_signed_in, sign_in

pytestmark = pytest.mark.django_db

VERIFY = reverse(VERIFY_URL_NAME)
BACKUP_CODE = "backup-one"


def current_code(device: TOTPDevice) -> str:
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{totp.token():0{device.digits}d}"


@pytest.fixture
def enrolled(staff):
    device = TOTPDevice.objects.create(user=staff, name="phone", confirmed=True)
    backup = StaticDevice.objects.create(user=staff, name="backup", confirmed=True)
    StaticToken.objects.create(device=backup, token=BACKUP_CODE)
    return device


def a_moment_later(user):
    """django-otp makes each wrong code wait longer before the next is checked (1 s, 2 s,
    4 s...): let that wait pass."""
    for model in (TOTPDevice, StaticDevice):
        model.objects.filter(user=user).update(throttling_failure_timestamp=None)


def enter_code(client, code):
    return client.post(VERIFY, {"code": code}, REMOTE_ADDR=HOME_ADDRESS)


def test_the_password_alone_does_not_open_the_admin(client, enrolled):
    response = sign_in(client, "alice", PASSWORD)

    assert response.status_code == 302 and response["Location"] == VERIFY
    for path in ("/admin/", "/admin/pages/", "/admin/users/", reverse(TWO_FACTOR_URL_NAME)):
        straight_there = client.get(path)
        assert straight_there.status_code == 302, path
        assert straight_there["Location"].startswith("/admin/login/"), path


def test_the_right_code_after_the_password_opens_it(client, enrolled):
    sign_in(client, "alice", PASSWORD)

    response = enter_code(client, current_code(enrolled))

    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert is_signed_in(client)


def test_the_code_step_keeps_where_the_user_was_going(client, enrolled):
    client.post(
        "/admin/login/", {"username": "alice", "password": PASSWORD, "next": "/admin/pages/"}
    )
    assert enter_code(client, current_code(enrolled))["Location"] == "/admin/pages/"


def test_a_next_address_off_the_site_is_ignored(client, enrolled):
    evil = "https://evil.example/"
    client.post("/admin/login/", {"username": "alice", "password": PASSWORD, "next": evil})
    assert enter_code(client, current_code(enrolled))["Location"] == "/admin/"


@pytest.mark.parametrize("code", ["000000", "12345", "", "x" * 40, "' OR 1=1 --"])
def test_a_wrong_code_is_refused(client, enrolled, code):
    sign_in(client, "alice", PASSWORD)

    response = enter_code(client, code)

    assert response.status_code == 400
    assert not is_signed_in(client)


def test_a_code_cannot_be_used_twice(enrolled):
    code = current_code(enrolled)
    first = Client()
    sign_in(first, "alice", PASSWORD)
    assert enter_code(first, code).status_code == 302

    second = Client()  # someone who watched the code being typed
    sign_in(second, "alice", PASSWORD)
    assert enter_code(second, code).status_code == 400
    assert not is_signed_in(second)


def test_a_backup_code_works_once(enrolled):
    first = Client()
    sign_in(first, "alice", PASSWORD)
    assert enter_code(first, f"  {BACKUP_CODE} ").status_code == 302
    assert is_signed_in(first)

    again = Client()
    sign_in(again, "alice", PASSWORD)
    assert enter_code(again, BACKUP_CODE).status_code == 400
    assert not StaticToken.objects.filter(token=BACKUP_CODE).exists()


def test_the_code_step_needs_the_password_step_first(client, enrolled):
    response = enter_code(client, current_code(enrolled))

    assert response.status_code == 302 and response["Location"] == "/admin/login/"
    assert not is_signed_in(client)


def test_a_half_finished_sign_in_goes_stale(client, enrolled):
    sign_in(client, "alice", PASSWORD)
    session = client.session
    session[PENDING_KEY] = {**session[PENDING_KEY], "started": time.time() - 3600}
    session.save()

    assert enter_code(client, current_code(enrolled)).status_code == 302
    assert not is_signed_in(client)


def test_guessing_codes_counts_towards_the_lockout(client, enrolled):
    sign_in(client, "alice", PASSWORD)
    statuses = [enter_code(client, f"{n:06d}").status_code for n in range(PER_USER)]

    assert statuses == [400] * (PER_USER - 1) + [429]
    assert enter_code(client, current_code(enrolled)).status_code == 429
    assert sign_in(Client(), "alice", PASSWORD).status_code == 429
    assert not is_signed_in(client)


def test_a_session_from_before_enrolment_loses_the_admin(client, staff):
    client.force_login(staff)
    assert is_signed_in(client)
    TOTPDevice.objects.create(user=staff, name="phone", confirmed=True)

    assert client.get("/admin/pages/").status_code == 302
    assert not is_signed_in(client)


def test_users_without_two_factor_sign_in_with_the_password(client, staff):
    assert sign_in(client, "alice", PASSWORD)["Location"] == "/admin/"
    assert is_signed_in(client)


# Enrolment, from the account page


def test_enrolment_shows_a_qr_code_drawn_here_and_then_backup_codes(client, staff):
    client.force_login(staff)
    page = client.get(reverse(TWO_FACTOR_URL_NAME)).content.decode()
    assert "<svg" in page and "otpauth" not in page  # the address is drawn, not linked
    assert "http://" not in page.split("<svg", 1)[1].split("</svg>")[0].replace(
        "http://www.w3.org/2000/svg", ""
    )
    device = TOTPDevice.objects.get(user=staff, confirmed=False)

    wrong = client.post(reverse(TWO_FACTOR_URL_NAME), {"action": "confirm", "code": "000000"})
    assert wrong.status_code == 400
    assert not TOTPDevice.objects.filter(user=staff, confirmed=True).exists()
    a_moment_later(staff)

    right = client.post(
        reverse(TWO_FACTOR_URL_NAME), {"action": "confirm", "code": current_code(device)}
    )
    assert right.status_code == 200
    html = right.content.decode()
    codes = list(StaticToken.objects.filter(device__user=staff).values_list("token", flat=True))
    assert len(codes) == BACKUP_CODE_COUNT and all(code in html for code in codes)
    # This session showed a code: it keeps the admin.
    assert is_signed_in(client)
    # The codes are shown once: not on the page afterwards.
    assert codes[0] not in client.get(reverse(TWO_FACTOR_URL_NAME)).content.decode()


def test_turning_two_factor_off_needs_a_current_code(client, enrolled):
    sign_in(client, "alice", PASSWORD)
    enter_code(client, BACKUP_CODE)
    url = reverse(TWO_FACTOR_URL_NAME)

    refused = client.post(url, {"action": "turn_off", "code": "000000"})
    assert refused.status_code == 400
    assert TOTPDevice.objects.filter(user=enrolled.user).exists()
    a_moment_later(enrolled.user)

    client.post(url, {"action": "turn_off", "code": current_code(enrolled)})
    assert not TOTPDevice.objects.filter(user=enrolled.user).exists()


def test_when_the_site_requires_it_staff_must_enrol_first(client, settings, editorial):
    settings.REQUIRE_STAFF_2FA = True
    client.force_login(editorial.writer)

    for path in ("/admin/", "/admin/pages/"):
        response = client.get(path)
        assert response.status_code == 302 and response["Location"] == reverse(TWO_FACTOR_URL_NAME)
    assert client.get(reverse(TWO_FACTOR_URL_NAME)).status_code == 200


def test_the_code_page_asks_for_the_code_and_odd_input_is_a_400(client, enrolled):
    sign_in(client, "alice", PASSWORD)

    page = client.get(VERIFY)

    assert page.status_code == 200 and "Enter your sign-in code" in page.content.decode()
    assert client.post(VERIFY, {}, REMOTE_ADDR=HOME_ADDRESS).status_code == 400
    assert client.post(VERIFY, {"code": "\x00"}, REMOTE_ADDR=HOME_ADDRESS).status_code == 400


def test_the_account_page_leads_to_two_step_sign_in(client, staff):
    client.force_login(staff)
    assert reverse(TWO_FACTOR_URL_NAME) in client.get("/admin/account/").content.decode()
    for data in ({}, {"action": "turn_off", "code": "123456"}, {"action": "nonsense", "code": "1"}):
        assert client.post(reverse(TWO_FACTOR_URL_NAME), data).status_code == 400
