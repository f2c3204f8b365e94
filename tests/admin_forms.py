"""POST data for the summary editor, built the way the admin's form would send it."""

from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield


def stream_items(stream_value):
    return [
        (child.block_type, dict(child.value) if hasattr(child.value, "items") else child.value)
        for child in stream_value
    ]


def summary_form_data_from(page, **overrides):
    """Everything the editor would resubmit for `page` unchanged, plus `overrides`."""
    data = {
        "title": page.title,
        "slug": page.slug,
        "paper_title": page.paper_title,
        "paper_authors": page.paper_authors,
        "journal": page.journal,
        "publication_year": str(page.publication_year or ""),
        "doi": page.doi,
        "simple_explanation": page.simple_explanation,
        "study_duration": page.study_duration,
        "participants": page.participants,
        "study_funding": page.study_funding,
        "author_conflicts": page.author_conflicts,
        "evidence_level": page.evidence_level,
        "key_findings": streamfield(stream_items(page.key_findings)),
        "research_summary": rich_text(page.research_summary),
        "practical_implications": streamfield(stream_items(page.practical_implications)),
        "study_limitations": streamfield(stream_items(page.study_limitations)),
        "topics": ", ".join(page.topics.names()),
        "search_description": page.search_description,
        "seo_title": page.seo_title,
    }
    data.update(overrides)
    return nested_form_data(data)
