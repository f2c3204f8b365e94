"""Site-wide files for search engines: sitemap.xml and robots.txt."""

from django.urls import path

from wagtail.contrib.sitemaps.views import sitemap

from .robots import robots_txt

urlpatterns = [
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
]
