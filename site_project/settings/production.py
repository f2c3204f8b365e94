"""Production: every secret from the environment, secure cookies, compressed static files."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import MIDDLEWARE, SECRET_KEY, STORAGES
from .env import env_bool, env_int

DEBUG = False
PRODUCTION_CHECKS = True
if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set in the environment for production.")

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# HSTS is off until set: once browsers have seen it they refuse plain HTTP for that long,
# so turn it on after HTTPS works everywhere (README, "Security"; 31536000 is a year).
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
# Both reach beyond this site (every subdomain; a browser-shipped list that takes months
# to leave), so they are the owner's choice, made in the environment. The deploy check
# asks for both; it stays quiet about the one left off on purpose, and still warns when
# SECURE_HSTS_SECONDS is unset.
SILENCED_SYSTEM_CHECKS = [
    *([] if SECURE_HSTS_INCLUDE_SUBDOMAINS else ["security.W005"]),
    *([] if SECURE_HSTS_PRELOAD else ["security.W021"]),
]
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# E-mail and Wagtail's background work wait in the database for `manage.py db_worker`,
# so a slow or broken mail server never holds up a request.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

STORAGES["staticfiles"] = {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}

# WhiteNoise serves the collected static files straight after the security middleware,
# with their own long Cache-Control, before the page cache's middleware sees them.
MIDDLEWARE = [MIDDLEWARE[0], "whitenoise.middleware.WhiteNoiseMiddleware", *MIDDLEWARE[1:]]
