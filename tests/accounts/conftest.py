import pytest

from django.conf import settings

from tests.factories import UserFactory

LOGIN = "/admin/login/"
PASSWORD = "password"  # UserFactory's
# Test clients come from these: each test says which address a request is from.
HOME_ADDRESS = "192.0.2.10"
BOT_ADDRESS = "198.51.100.7"
PER_USER = settings.LOGIN_FAILURES_PER_USER
PER_ADDRESS = settings.LOGIN_FAILURES_PER_ADDRESS


def sign_in(client, username, password, address=HOME_ADDRESS, **extra):
    return client.post(
        LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address, **extra
    )


def is_signed_in(client) -> bool:
    """What the person sees next: the dashboard, or the sign-in page."""
    return client.get("/admin/").status_code == 200


@pytest.fixture
def staff(db):
    return UserFactory(username="alice", is_staff=True, is_superuser=True)
