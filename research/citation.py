"""How to cite a summary: a plain-text reference to our page, and the paper it explains."""

from dataclasses import dataclass

from django.utils.dateformat import format as format_date


@dataclass(frozen=True)
class SummaryCitation:
    text: str
    url: str
    paper_url: str


def cite_summary(page, site_name: str, request=None) -> SummaryCitation:
    """For example: Spinal Cord Research Help (2025). Stem cells after injury: a
    plain-language summary. Published 7 February 2025. https://…/ Summary of: <paper
    authors>. <paper title>. Brain and Spine, 2025. https://doi.org/10.1016/j.bas.2025.104207"""
    url = page.get_full_url(request) or ""
    published = page.first_published_at
    parts = [f"{site_name} ({published.year})." if published else f"{site_name}."]
    # A title that is a question keeps its question mark: "Does it help? A plain-…".
    ends_sentence = page.title.rstrip()[-1:] in "?!."
    joiner = " A" if ends_sentence else ": a"
    parts.append(f"{page.title.rstrip()}{joiner} plain-language summary.")
    if published:
        parts.append(f"Published {format_date(published, 'j F Y')}.")
    if page.reviewed_at:
        parts.append(f"Medically reviewed {format_date(page.reviewed_at, 'j F Y')}.")
    parts.append(url)
    if page.paper_title:
        source = ", ".join(str(part) for part in (page.journal, page.publication_year) if part)
        # The paper's own reference in the usual order: authors, title, journal, year.
        authors = page.paper_authors_line
        parts.append(
            "Summary of: "
            + (f"{authors.rstrip('.')}. " if authors else "")
            + f"{page.paper_title.rstrip('.')}."
            + (f" {source}." if source else "")
        )
    if page.doi:
        parts.append(page.doi_url)
    return SummaryCitation(text=" ".join(parts), url=url, paper_url=page.doi_url)
