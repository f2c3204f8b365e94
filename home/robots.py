from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_safe

from wagtail.models import Site


@require_safe
def robots_txt(request):
    """Everything public may be crawled; the admin may not. The sitemap is given on the
    site's own address, as robots.txt needs a full URL."""
    site = Site.find_for_request(request)
    root = site.root_url if site else request.build_absolute_uri("/").rstrip("/")
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Allow: /",
        "",
        f"Sitemap: {root}{reverse('sitemap')}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
