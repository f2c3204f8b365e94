import os

from django.core.wsgi import get_wsgi_application

from site_project.checks import check_at_startup

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_project.settings.production")

application = get_wsgi_application()
# gunicorn runs no system checks: refuse a missing SQLite file, warn about the cache.
check_at_startup()
