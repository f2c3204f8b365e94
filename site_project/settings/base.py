"""Settings shared by every environment. Everything that differs between machines
comes from the environment; see the README's configuration table."""

import datetime
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE

from django.urls import reverse_lazy

from .env import env_bool, env_int, env_list, env_str
from .search import search_backends

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

SECRET_KEY = env_str("SECRET_KEY")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # Before research, whose ready() replaces its page handlers with ones that purge
    # more, and only once the change is committed (research/cache_purge/receivers.py).
    "wagtail.contrib.frontend_cache",
    "site_project",
    "home",
    "accounts",
    "feedback",
    "subscriptions",
    "research",
    "glossary",
    "currency",
    "review",
    "people",
    "readability",
    "mailqueue",
    "django_tasks",
    "django_tasks_db",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "csp",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # The request's Wagtail site from the cache rather than a query on every request.
    "home.site_cache.CachedSiteMiddleware",
    # ETag on every GET answer and 304 for a matching If-None-Match; outside the page
    # cache's, so the 304 carries the same Cache-Control as the page.
    "django.middleware.http.ConditionalGetMiddleware",
    # Cache-Control (site_project/page_cache.py). Outside the session, CSRF and message
    # middleware, so it sees every cookie they set on the way out.
    "site_project.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "accounts.middleware.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "site_project.headers.PermissionsPolicyMiddleware",
    "csp.middleware.CSPMiddleware",
    # After CSPMiddleware, so it adjusts a response's policy before that is written.
    "site_project.headers.AdminPolicyMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Before the outage middleware: django-axes turns a lockout flagged during the view
    # into its page, from the response on its way out.
    "axes.middleware.AxesMiddleware",
    # Last, so that it sees a view's exception first: an unreachable database is a 503.
    "site_project.outage.DatabaseOutageMiddleware",
]

# Content-Security-Policy: readers' pages run only our own files. No inline script or
# style (JSON-LD is data, which browsers never run, so it needs no exception); images
# only from our own media. Nothing may frame a page, except the views that allow their
# own origin to (Wagtail's preview), which get frame-ancestors 'self' (site_project/headers.py).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "report-uri": [reverse_lazy("csp_report")],
    }
}
# What Wagtail 8's admin needs beyond that, found by using it in Chromium under the public
# policy: inline <script> (date pickers, listings) and inline styles (its editor), blob:
# previews of images being uploaded, and the release check on a superuser's dashboard
# (WAGTAIL_ENABLE_UPDATE_CHECK). Under /admin/, which includes the page preview, these
# replace the directives above; nothing else loosens.
ADMIN_CSP_REPLACE = {
    "script-src": [SELF, UNSAFE_INLINE],
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "blob:"],
    "connect-src": [SELF, "https://releases.wagtail.org"],
}
# Features the site never uses, denied to it and to anything it might embed. Both names of
# the ad-interest API: browsing-topics now, interest-cohort (FLoC) in older Chromium.
PERMISSIONS_POLICY = [
    "camera",
    "microphone",
    "geolocation",
    "payment",
    "usb",
    "browsing-topics",
    "interest-cohort",
]
# No page is shown in a frame; Wagtail's preview view overrides this for its own iframe.
X_FRAME_OPTIONS = "DENY"

ROOT_URLCONF = "site_project.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "home.context_processors.site_navigation",
            ],
        },
    },
]

WSGI_APPLICATION = "site_project.wsgi.application"

# One variable picks the database: a SQLite file by default, PostgreSQL in production.
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
        # A kept connection is checked before each request reuses it, so a restarted
        # database costs one reconnect rather than an error page.
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# Refuse to start on a missing SQLite file, warn about a cache each worker keeps to
# itself (site_project/checks.py). Off in dev and test, which create their databases.
PRODUCTION_CHECKS = not DEBUG
# Lets `manage.py migrate` create a new SQLite database where PRODUCTION_CHECKS refuses.
ALLOW_NEW_SQLITE = env_bool("ALLOW_NEW_SQLITE", False)

# Local memory by default so a fresh machine needs no services; Redis when REDIS_URL is set.
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "research"),
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTHENTICATION_BACKENDS = [
    # Refuses a locked-out user or address before any password is checked.
    "accounts.lockout.LockoutBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = env_str("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Wagtail's page editor can exceed Django's default limit of 1,000 form fields.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Sending queues each message as a task (mailqueue), so no request waits on the mail
# server; the task delivers it with EMAIL_DELIVERY_BACKEND, which the EMAIL_BACKEND
# variable names, as it did before the queue.
EMAIL_BACKEND = "mailqueue.backend.QueuedEmailBackend"
EMAIL_DELIVERY_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
# Seconds before a silent mail server counts as down; the task then tries again later.
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10)
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Spinal Cord Research Help <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Tasks run at once, in the process that queues them, so that a fresh machine needs no
# worker. Production queues them in the database for `manage.py db_worker`.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# The page cache in front (deploy/varnish/default.vcl, or a CDN) is purged whenever
# readers could see a change (research/cache_purge/). PAGE_CACHE_PURGE_URL is where
# Varnish listens, as this server reaches it (e.g. http://127.0.0.1:6081); unset, there
# is no page cache and nothing is purged. Seconds to wait for it before trying later:
# PAGE_CACHE_PURGE_TIMEOUT.
PAGE_CACHE_PURGE_URL = env_str("PAGE_CACHE_PURGE_URL")
WAGTAILFRONTENDCACHE = (
    {
        "varnish": {
            "BACKEND": "research.cache_purge.varnish.VarnishBackend",
            "LOCATION": PAGE_CACHE_PURGE_URL,
            "TIMEOUT": env_int("PAGE_CACHE_PURGE_TIMEOUT", 5),
        }
    }
    if PAGE_CACHE_PURGE_URL
    else {}
)
# Reader rate limits count per client IP. Behind N proxies that append to
# X-Forwarded-For, the client is the Nth address from the right; with 0, REMOTE_ADDR.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
# Where the contact form's messages go (comma-separated). Empty: they are only stored.
CONTACT_EMAIL = env_list("CONTACT_EMAIL")
# "Fill from DOI" in the summary editor asks Crossref's REST API (research/crossref.py),
# only when a writer clicks it. Crossref asks API users to name a contact address in the
# User-Agent; without CROSSREF_MAILTO, the first CONTACT_EMAIL is used. Tests and demos
# point CROSSREF_API_URL at a local fake.
CROSSREF_API_URL = env_str("CROSSREF_API_URL", "https://api.crossref.org")
CROSSREF_MAILTO = env_str("CROSSREF_MAILTO", CONTACT_EMAIL[0] if CONTACT_EMAIL else "")

# How long browsers and shared caches (Varnish, a CDN) may keep a page that is the same for
# every reader without a session (site_project/page_cache.py); 0 keeps every page private.
# Then how long a cache may go on serving it while it fetches a fresh copy, or while the
# site is failing. PAGE_CACHE_SHARED_MAX_AGE (s-maxage), when set, is how long shared
# caches alone may keep it: they are purged when pages change, browsers are not.
PAGE_CACHE_MAX_AGE = env_int("PAGE_CACHE_MAX_AGE", 300)
PAGE_CACHE_STALE_WHILE_REVALIDATE = env_int("PAGE_CACHE_STALE_WHILE_REVALIDATE", 86_400)
PAGE_CACHE_STALE_IF_ERROR = env_int("PAGE_CACHE_STALE_IF_ERROR", 86_400)
PAGE_CACHE_SHARED_MAX_AGE = env_int("PAGE_CACHE_SHARED_MAX_AGE", 0)

# Password guessing (django-axes, see accounts/lockout.py). One user from one address is
# locked after LOGIN_FAILURES_PER_USER failures; an address after LOGIN_FAILURES_PER_ADDRESS
# failures over any usernames, so a bot cannot spread its guesses. Neither locks the user
# out from everywhere: a bot on one address cannot lock out every user.
LOGIN_FAILURES_PER_USER = 5
LOGIN_FAILURES_PER_ADDRESS = 20
AXES_FAILURE_LIMIT = LOGIN_FAILURES_PER_USER
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]
AXES_HANDLER = "accounts.lockout.TieredLockoutHandler"
AXES_COOLOFF_TIME = datetime.timedelta(minutes=15)
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "accounts.lockout.client_address"
AXES_USERNAME_CALLABLE = "accounts.lockout.client_username"
AXES_LOCKOUT_CALLABLE = "accounts.lockout.lockout_response"
AXES_ENABLE_ADMIN = False  # no Django admin here: the Wagtail report is accounts/report.py
# Staff may turn on an authenticator app (TOTP) from their account page; with this set,
# everyone who can use the admin must before they get past the enrolment page.
REQUIRE_STAFF_2FA = env_bool("REQUIRE_STAFF_2FA", False)

WAGTAIL_SITE_NAME = env_str("WAGTAIL_SITE_NAME", "Spinal Cord Research Help")
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Wagtail's database backend by default; OpenSearch/Elasticsearch when SEARCH_BACKEND is set.
WAGTAILSEARCH_BACKENDS = search_backends(
    env_str("SEARCH_BACKEND"), env_str("SEARCH_URL"), env_str("SEARCH_INDEX_PREFIX", "research_")
)
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAIL_I18N_ENABLED = False
TAGGIT_CASE_INSENSITIVE = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        "django": {
            "handlers": ["console"],
            "level": env_str("LOG_LEVEL", "INFO"),
            "propagate": False,
        },
        # A line per background task (search index, reference index) is noise at INFO.
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        # Its start-up banner is noise; failures and lockouts are WARNING and still show.
        "axes": {"level": "WARNING"},
    },
}

# Any edit after an approval needs every step again, so a resubmitted summary re-runs the
# automatic plain-language check and goes back to a medical reviewer.
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
# Gravatar needs the internet, which a private install may not have: initials instead.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# The last approval publishes on the strength of the medical sign-off, not of the
# reviewer's page permissions (reviewers hold none); see review/publishing.py.
WAGTAIL_FINISH_WORKFLOW_ACTION = "review.publishing.publish_approved"
# Images shown by live reviewed summaries cannot be changed under them (review/media.py).
WAGTAILIMAGES_IMAGE_FORM_BASE = "review.media.ReviewedImageForm"
WAGTAILADMIN_NOTIFICATION_USE_HTML = True
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME
