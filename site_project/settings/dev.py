"""Local development: the one-command demo site. Never use on a public server."""

from .base import *  # noqa: F403
from .env import env_bool, env_int, env_list, env_str

DEBUG = env_bool("DEBUG", True)
# A fixed, published key: fine on a developer's machine, and nothing here stops these
# settings running elsewhere. A server uses `production`, which refuses to start without
# SECRET_KEY from the environment.
SECRET_KEY = env_str("SECRET_KEY", "dev-only-insecure-key-do-not-use-in-production")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
# Queued messages are printed in the terminal, straight away (tasks run at once in dev).
EMAIL_DELIVERY_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
# `dev.py serve` creates the SQLite file by migrating, and one process needs no Redis.
PRODUCTION_CHECKS = False
# A browser keeping pages would hide template and content changes while developing, and
# nothing purges it: pages are private unless PAGE_CACHE_MAX_AGE is set.
PAGE_CACHE_MAX_AGE = env_int("PAGE_CACHE_MAX_AGE", 0)
