"""Two-factor sign-in for staff, with django-otp: an authenticator app (TOTP) and
one-time backup codes (a static device).

A user with a confirmed device is not logged in by their password alone. The password
step only records, in the session, who passed it (`begin`); the user is logged in by
`finish`, once a code matches. Until then they are anonymous to every view.
"""

import time
from base64 import b32encode

import segno
from django_otp import login as otp_login
from django_otp import match_token, user_has_device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.conf import settings
from django.contrib.auth import get_user_model, login
from django.contrib.auth.signals import user_login_failed

PENDING_KEY = "accounts.pending_login"
# Long enough to open the app and type a code; a stale half-login is worth nothing.
PENDING_SECONDS = 5 * 60
AUTHENTICATOR_NAME = "Authenticator app"
BACKUP_NAME = "Backup codes"
BACKUP_CODE_COUNT = 10
ADMIN_ACCESS = "wagtailadmin.access_admin"
VERIFY_URL_NAME = "accounts_login_verify"
TWO_FACTOR_URL_NAME = "accounts_two_factor"


def has_two_factor(user) -> bool:
    return user_has_device(user, confirmed=True)


def required_for(user) -> bool:
    """REQUIRE_STAFF_2FA: whoever can use the admin needs a device."""
    return settings.REQUIRE_STAFF_2FA and user.has_perm(ADMIN_ACCESS)


def must_enrol(user) -> bool:
    return required_for(user) and not has_two_factor(user)


def begin(request, user, *, remember: bool, next_url: str) -> None:
    request.session[PENDING_KEY] = {
        "user": user.pk,
        "backend": user.backend,
        "started": time.time(),
        "remember": remember,
        "next": next_url,
    }


def pending(request) -> tuple[object, dict] | None:
    """The user who passed the password step in this session, if not too long ago."""
    data = request.session.get(PENDING_KEY)
    if not data or time.time() - data.get("started", 0) > PENDING_SECONDS:
        request.session.pop(PENDING_KEY, None)
        return None
    user = get_user_model().objects.filter(pk=data["user"], is_active=True).first()
    if user is None:
        return None
    return user, data


def check_code(request, user, code: str):
    """The device the code matched (a used backup code is spent, a TOTP code cannot be
    used twice), else None. A wrong code counts as a failed login for the lockout."""
    device = match_token(user, code)
    if device is None:
        user_login_failed.send(
            sender=__name__, credentials={"username": user.get_username()}, request=request
        )
    return device


def finish(request, user, device, data: dict) -> None:
    login(request, user, backend=data["backend"])
    otp_login(request, device)
    request.session.pop(PENDING_KEY, None)
    request.session.set_expiry(settings.SESSION_COOKIE_AGE if data["remember"] else 0)


# Enrolment


def unconfirmed_authenticator(user) -> TOTPDevice:
    """The device being set up: kept between the page showing the QR code and the code
    typed back, and replaced by nothing until it is confirmed or removed."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=AUTHENTICATOR_NAME, confirmed=False)
    return device


def qr_svg(device: TOTPDevice) -> str:
    """The otpauth:// address as an inline SVG: drawn here, nothing fetched."""
    return segno.make(device.config_url, error="m").svg_inline(scale=5, border=2)


def secret_for_typing(device: TOTPDevice) -> str:
    secret = b32encode(device.bin_key).decode()
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def confirm(request, device: TOTPDevice, code: str) -> list[str] | None:
    """Turn two-factor on when the code matches: the authenticator, fresh backup codes
    (returned, to be shown once), and this session counts as verified."""
    if not device.verify_token(code.replace(" ", "")):
        return None
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    codes = new_backup_codes(device.user)
    otp_login(request, device)
    return codes


def new_backup_codes(user) -> list[str]:
    """Replace the user's backup codes. The page shows them once, straight after they
    are made; the site never shows them again."""
    backup, _ = StaticDevice.objects.get_or_create(
        user=user, name=BACKUP_NAME, defaults={"confirmed": True}
    )
    backup.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(BACKUP_CODE_COUNT)]
    StaticToken.objects.bulk_create([StaticToken(device=backup, token=code) for code in codes])
    return codes


def remaining_backup_codes(user) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def turn_off(user) -> None:
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()
