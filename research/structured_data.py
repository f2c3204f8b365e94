"""schema.org JSON-LD for a summary, built as a dict so that json.dumps does all the
quoting: a title with a quote mark or "</script>" in it cannot break the page."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.safestring import mark_safe

from .authors import person_json_ld

# What every summary on this site is about, in schema.org's medical vocabulary.
CONDITION = {"@type": "MedicalCondition", "name": "Spinal cord injury"}

# Inside <script>, "</script>" or "<!--" in a string would end or confuse the element;
# escaping <, > and & as JSON unicode escapes keeps the JSON identical.
SCRIPT_SAFE = str.maketrans({"<": "\\u003C", ">": "\\u003E", "&": "\\u0026"})


def scholarly_article(page) -> dict:
    article = {"@type": "ScholarlyArticle", "name": page.paper_title}
    if page.doi:
        article["identifier"] = {"@type": "PropertyValue", "propertyID": "DOI", "value": page.doi}
        article["sameAs"] = page.doi_url
        article["url"] = page.doi_url
    authors = page.paper_author_names
    if authors:
        # Stored as text, one name a line, so a person cannot be told from a group here.
        article["author"] = [{"@type": "Person", "name": name} for name in authors]
    if page.journal:
        article["isPartOf"] = {"@type": "Periodical", "name": page.journal}
    if page.publication_year:
        article["datePublished"] = str(page.publication_year)
    return article


def summary_structured_data(page, site_name: str, description: str, request=None) -> dict:
    url = page.get_full_url(request)
    # The root URL from the site paths Wagtail caches, rather than a query for the Site.
    url_parts = page.get_url_parts(request)
    site_url = url_parts[1] if url_parts else ""
    data = {
        "@context": "https://schema.org",
        "@type": "MedicalWebPage",
        "@id": url,
        "url": url,
        "headline": page.title,
        "name": page.title,
        "description": description,
        "inLanguage": "en",
        "about": CONDITION,
        "citation": scholarly_article(page),
        "publisher": {"@type": "Organization", "name": site_name, "url": site_url + "/"},
    }
    if page.first_published_at:
        data["datePublished"] = page.first_published_at.isoformat()
    if page.last_published_at:
        data["dateModified"] = page.last_published_at.isoformat()
    if page.written_by_name:
        data["author"] = person_json_ld(page.written_by_name, page.writer_profile, site_url)
    if page.reviewed_by_name and page.reviewed_at:
        data["reviewedBy"] = person_json_ld(page.reviewed_by_name, page.reviewer_profile, site_url)
        data["lastReviewed"] = page.reviewed_at.date().isoformat()
    topics = [topic.name for topic in page.topics_by_name]
    if topics:
        data["keywords"] = ", ".join(sorted(topics))
    return data


def json_ld_script(data: dict) -> str:
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(SCRIPT_SAFE)
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')  # noqa: S308
