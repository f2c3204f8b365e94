"""The icon browsers ask for at /favicon.ico, wherever the static files are served."""

from django.shortcuts import redirect
from django.templatetags.static import static


def favicon(request):
    # Resolved per request: with hashed static names, the address is known only once the
    # static files have been collected.
    return redirect(static("favicon.svg"), permanent=True)
