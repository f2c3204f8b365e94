"""What search engines and link previews read: the canonical address, the description
and the Open Graph tags, for pages from the tree and for plain views alike."""

from django import template

from wagtail.models import Page, Site

from research.descriptions import META_DESCRIPTION_LENGTH, describe
from research.models import ResearchSummaryPage
from research.pagination import page_number

from ..models import SiteSettings

register = template.Library()


def canonical_url(request, page=None) -> str:
    """The address of what is shown, on the site's own host: the Wagtail site's root URL
    (not whichever host name the request used) plus the path, keeping only ?page=N."""
    # A page's root URL comes from the site paths Wagtail caches: no query for the Site.
    url_parts = page.get_url_parts(request) if isinstance(page, Page) else None
    if url_parts is not None:
        root = url_parts[1]
    else:
        site = None if isinstance(page, Page) else Site.find_for_request(request)
        root = site.root_url if site else request.build_absolute_uri("/").rstrip("/")
    url = root + request.path
    number = page_number(request.GET)
    if number > 1:
        url += f"?page={number}"
    return url


@register.inclusion_tag("components/seo_meta.html", takes_context=True)
def seo_meta(context, title="", description=""):
    """{% seo_meta %} in base.html; views without a page pass a title and description."""
    request = context.get("request")
    page = context.get("page")
    site_settings = SiteSettings.for_request(request) if request is not None else None
    site_name = site_settings.site_name if site_settings else ""
    if isinstance(page, Page):
        title = title or page.seo_title or page.title
        description = description or describe(page, META_DESCRIPTION_LENGTH)
    if not description and site_settings:
        description = site_settings.tagline
    summary = page if isinstance(page, ResearchSummaryPage) else None
    return {
        "canonical": canonical_url(request, page) if request is not None else "",
        "title": title or site_name,
        "description": description,
        "site_name": site_name,
        "summary": summary,
    }
