"""Site-wide files at fixed addresses: the sitemap (an index at sitemap.xml and its
parts), robots.txt and the icon browsers ask for at /favicon.ico."""

from django.urls import path, re_path

from .robots import robots_txt
from .site_files import favicon
from .sitemap import sitemap_index, sitemap_part

urlpatterns = [
    path("sitemap.xml", sitemap_index, name="sitemap"),
    # Numbered from 1, without leading zeros: one address for each part.
    re_path(r"^sitemap-(?P<number>[1-9][0-9]{0,4})\.xml$", sitemap_part, name="sitemap_part"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("favicon.ico", favicon, name="favicon"),
]
