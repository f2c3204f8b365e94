from django.conf import settings
from django.urls import include, path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents.views import serve as documents

from site_project.csp_report import csp_report

# An unreachable database met outside a view (in another middleware, or rendering the
# 404 page) is a 503 too; see site_project/outage.py.
handler500 = "site_project.outage.server_error"

urlpatterns = [
    # The sign-in with its two-step code, ahead of Wagtail's sign-in at the same address.
    path("", include("accounts.urls")),
    path("admin/", include(wagtailadmin_urls)),
    # Wagtail's two document routes, with the ids read by <pk:…>: its own `(\d+)` hands an
    # id of any length to int(), which refuses one of over 4,300 digits (a server error
    # where a 404 is meant).
    path(
        "documents/<pk:document_id>/<path:document_filename>",
        documents.serve,
        name="wagtaildocs_serve",
    ),
    path(
        "documents/authenticate_with_password/<pk:restriction_id>/",
        documents.authenticate_with_password,
        name="wagtaildocs_authenticate_with_password",
    ),
    path("csp-report/", csp_report, name="csp_report"),
    path("", include("home.urls")),
    path("", include("research.urls")),
    path("", include("people.urls")),
    path("", include("feedback.urls")),
    path("", include("subscriptions.urls")),
]

if settings.DEBUG:
    # Imported only here: outside DEBUG, whitenoise and the web server serve these files.
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail serves every other path from the page tree; it must come last, so a page slugged
# like one of the routes above (search, feed, feedback, subscribe) is hidden behind it.
urlpatterns += [path("", include(wagtail_urls))]
