"""Which search engine answers /search/, chosen by environment variables.

The default needs no service: Wagtail's database backend, which uses SQLite's FTS5 or
PostgreSQL's full text search, whichever database is configured. A site that outgrows it
sets SEARCH_BACKEND to an OpenSearch or Elasticsearch backend and SEARCH_URL to the
cluster (that backend's Python client must then be installed, e.g. `opensearch-py`).
"""

from django.core.exceptions import ImproperlyConfigured

DATABASE = "database"
# The engines Wagtail 8 ships (through modelsearch), by the name used in SEARCH_BACKEND.
CLUSTER_BACKENDS = {
    "opensearch2": "wagtail.search.backends.opensearch2",
    "opensearch3": "wagtail.search.backends.opensearch3",
    "elasticsearch7": "wagtail.search.backends.elasticsearch7",
    "elasticsearch8": "wagtail.search.backends.elasticsearch8",
    "elasticsearch9": "wagtail.search.backends.elasticsearch9",
}
# Short names that people are likely to type.
ALIASES = {"opensearch": "opensearch3", "elasticsearch": "elasticsearch9"}


def search_backends(backend: str = "", url: str = "", index_prefix: str = "research_") -> dict:
    """WAGTAILSEARCH_BACKENDS for the named engine. An empty name means the database."""
    name = (backend or DATABASE).strip().lower()
    name = ALIASES.get(name, name)
    if name == DATABASE:
        if url:
            raise ImproperlyConfigured(
                "SEARCH_URL is set but SEARCH_BACKEND is not: set SEARCH_BACKEND to one of "
                f"{', '.join(sorted([*CLUSTER_BACKENDS, *ALIASES]))}."
            )
        # SEARCH_CONFIG is PostgreSQL's text search configuration: English stemming lets
        # "walk" find "walking". SQLite's FTS5 ignores it and matches whole words.
        return {
            "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "english"}
        }
    if name not in CLUSTER_BACKENDS:
        choices = ", ".join(sorted([DATABASE, *CLUSTER_BACKENDS, *ALIASES]))
        raise ImproperlyConfigured(f"SEARCH_BACKEND must be one of {choices}, not {backend!r}")
    urls = [part.strip() for part in url.split(",") if part.strip()]
    if not urls:
        raise ImproperlyConfigured(
            f"SEARCH_BACKEND={backend} needs SEARCH_URL, e.g. https://user:pass@search:9200"
        )
    return {
        "default": {
            "BACKEND": CLUSTER_BACKENDS[name],
            "URLS": urls,
            "INDEX_PREFIX": index_prefix,
            "TIMEOUT": 5,
        }
    }
