"""Site-wide files at fixed addresses: sitemap.xml, robots.txt and the icon browsers ask
for at /favicon.ico."""

from django.urls import path

from wagtail.contrib.sitemaps.views import sitemap

from .robots import robots_txt
from .site_files import favicon

urlpatterns = [
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("favicon.ico", favicon, name="favicon"),
]
