"""For benchmarks/serving.py, run in a child process with Django set up: each page type's
server time and query count, measured in-process with Django's test client."""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
SEARCH_QUERY = "walking"


def measure_pages(repeat: int) -> dict:
    """In the child: {summaries, summary_path, pages: [{name, path, status, queries, ms}]}."""
    sys.path.insert(0, str(REPO_ROOT))
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    reader = Client(HTTP_HOST=HOST)
    editor = Client(HTTP_HOST=HOST)
    editor.force_login(get_user_model().objects.filter(is_superuser=True).first())
    pages = []
    targets, summaries, summary_path = page_types()
    for name, path in targets:
        client = editor if path.startswith("/admin/") else reader
        for _ in range(2):
            client.get(path)
        with CaptureQueriesContext(connection) as captured:
            status = client.get(path).status_code
        # Counted now: the next request's request_started signal clears the log.
        queries = len(captured)
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            client.get(path)
            times.append((time.perf_counter() - started) * 1000)
        pages.append(
            {
                "name": name,
                "path": path,
                "status": status,
                "queries": queries,
                "ms": statistics.median(times),
            }
        )
    return {"summaries": summaries, "summary_path": summary_path, "pages": pages}


def page_types():
    """(name, path) of each page type, the category and topic with the most summaries."""
    from django.db.models import Count

    from taggit.models import Tag
    from wagtail.models import Site

    from home.sitemap import URLS_PER_PART, size_and_latest
    from research.demo_content.summaries import SUMMARIES
    from research.models import CategoryPage, ResearchIndexPage, ResearchSummaryPage

    research = ResearchIndexPage.objects.live().first()
    readable = ResearchSummaryPage.objects.for_readers()
    summary = readable.filter(slug=SUMMARIES[0]["slug"]).first() or readable.first()
    category = CategoryPage.objects.live().order_by("-numchild", "path").first()
    topic = (
        Tag.objects.annotate(uses=Count("research_researchsummarytopic_items"))
        .order_by("-uses", "slug")
        .first()
    )
    # The last full part of the sitemap reads the most rows (home/sitemap.py).
    sitemap_size, _ = size_and_latest(Site.objects.get(is_default_site=True))
    sitemap_part = max(1, sitemap_size // URLS_PER_PART)
    targets = [
        ("home", "/"),
        ("research index", research.url),
        (f"a category ({category.numchild} children)", category.url),
        ("latest research", research.url + research.reverse_subpage("latest")),
        (f"a topic ({topic.uses} summaries)", research.topic_url(topic.slug)),
        (f"search ?q={SEARCH_QUERY}", f"/search/?q={SEARCH_QUERY}"),
        ("a summary", summary.url),
        ("RSS feed", "/feed/"),
        ("Atom feed", "/feed/atom.xml"),
        ("sitemap index", "/sitemap.xml"),
        (f"sitemap part {sitemap_part} (the farthest full one)", f"/sitemap-{sitemap_part}.xml"),
        ("admin: page listing of that category", f"/admin/pages/{category.pk}/"),
    ]
    return targets, readable.count(), summary.url
