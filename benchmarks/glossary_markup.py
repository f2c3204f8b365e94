"""How much marking up glossary terms adds to rendering a summary page.

Builds a summary of realistic length and a glossary of 469 live terms (the engine's
shipped list, as seed_demo loads it), then times the summary page rendered with and
without the glossary. Run: DJANGO_SETTINGS_MODULE=site_project.settings.test
python benchmarks/glossary_markup.py (an in-memory database; nothing is kept)."""

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_project.settings.test")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

ROUNDS = 50


def main():
    setup_test_environment()
    call_command("migrate", verbosity=0)
    from django.core.cache import cache

    from glossary.markup import mark_up_section
    from glossary.models import GlossaryTerm
    from glossary.reader_glossary import VERSION_KEY, reader_glossary
    from readability.core.terms import load_shipped_terms
    from tests.conftest import build_tree
    from tests.factories import ResearchSummaryPageFactory
    from tests.glossary.readers import glossary_page

    tree = build_tree()
    paragraph = (
        "<p>The team gave stem cells to people with a spinal cord injury. Some had "
        "spasticity. Some had nerve pain. Half got a placebo. The team checked on "
        "them for a year.</p>"
    )
    summary = ResearchSummaryPageFactory(
        parent=tree.category, research_summary=paragraph * 6, live=False
    )
    from tests.factories import publish_signed_off

    publish_signed_off(summary)
    client = Client()

    def timed() -> float:
        client.get(summary.url)  # warm
        start = time.perf_counter()
        for _ in range(ROUNDS):
            client.get(summary.url)
        return (time.perf_counter() - start) / ROUNDS * 1000

    without = timed()
    glossary_page(tree.home)
    for number, term in enumerate(load_shipped_terms()):
        GlossaryTerm.objects.create(
            term=term.term,
            slug=f"term-{number}",
            kind=term.kind,
            other_forms="\n".join(term.forms),
            expansion=term.expansion or "",
            definition=term.definition or "A definition.",
            live=True,
        )
    cache.delete(VERSION_KEY)
    start = time.perf_counter()
    glossary = reader_glossary()
    compile_ms = (time.perf_counter() - start) * 1000
    with_terms = timed()
    html = client.get(summary.url).content.decode()
    start = time.perf_counter()
    for _ in range(ROUNDS):
        mark_up_section(paragraph * 6, glossary, "bench")
    section_ms = (time.perf_counter() - start) / ROUNDS * 1000
    print(
        f"live terms: {len(glossary.entries)}; terms marked on the page: "
        f"{html.count('data-glossary-term')}"
    )
    print(f"compiling the glossary (once per change): {compile_ms:.1f} ms")
    print(f"summary page without glossary terms: {without:.2f} ms")
    print(
        f"summary page with glossary terms:    {with_terms:.2f} ms (+{with_terms - without:.2f} ms)"
    )
    print(
        f"marking up the research summary alone ({len(paragraph) * 6} characters): "
        f"{section_ms:.2f} ms"
    )


if __name__ == "__main__":
    main()
