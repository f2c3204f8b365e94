"""Settings for the test suite: SQLite in memory unless DATABASE_URL names another database."""

import os

import dj_database_url

from .base import *  # noqa: F403

SECRET_KEY = "test-only-key"
DEBUG = False
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
DATABASES = {"default": dj_database_url.parse(os.environ.get("DATABASE_URL", "sqlite://:memory:"))}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Mail that goes through the queue (tests that switch EMAIL_BACKEND to it) ends in mail.outbox.
EMAIL_DELIVERY_BACKEND = EMAIL_BACKEND
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
PRODUCTION_CHECKS = False
# No page cache, whatever the environment says; its tests configure one themselves.
WAGTAILFRONTENDCACHE = {}
# Never Crossref itself: a name that cannot resolve, for a test that forgot its fake.
CROSSREF_API_URL = "http://crossref.invalid"
CROSSREF_MAILTO = "editors@example.org"
# pytest-django turns DEBUG off for every test; the seed's tests need the demo passwords on
# a throw-away database (home.seeding.reasons_to_refuse still refuses real users).
DEMO_SEED_WITHOUT_DEBUG = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "root": {"level": "WARNING"},
}
