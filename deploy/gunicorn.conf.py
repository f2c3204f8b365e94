"""gunicorn settings for the site behind Varnish (deploy/varnish/default.vcl).

    gunicorn -c deploy/gunicorn.conf.py

Every value can be changed from the environment without editing this file. The
application's own settings come from the environment too (DJANGO_SETTINGS_MODULE=
site_project.settings.production, SECRET_KEY, DATABASE_URL, …; see the README).
"""

import multiprocessing
import os

wsgi_app = "site_project.wsgi:application"

# Varnish's backend in default.vcl: 127.0.0.1:8000. Only Varnish talks to gunicorn.
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
# A few threads per worker keep a slow client or a slow query from holding a process.
threads = int(os.environ.get("GUNICORN_THREADS", 2))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))
graceful_timeout = 30
# Recycle workers now and then, so a slow leak never grows into an outage.
max_requests = 2000
max_requests_jitter = 200
# Varnish (on this machine) says which client and scheme the request came from.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = "-"
errorlog = "-"
