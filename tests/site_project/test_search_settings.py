import pytest

from django.core.exceptions import ImproperlyConfigured

from site_project.settings.search import search_backends


def test_the_database_backend_is_the_default():
    backend = search_backends()["default"]
    assert backend["BACKEND"] == "wagtail.search.backends.database"
    assert backend["SEARCH_CONFIG"] == "english"


@pytest.mark.parametrize(
    ("name", "module"),
    [
        ("opensearch", "wagtail.search.backends.opensearch3"),
        ("OpenSearch2", "wagtail.search.backends.opensearch2"),
        ("elasticsearch8", "wagtail.search.backends.elasticsearch8"),
    ],
)
def test_a_cluster_backend_is_chosen_by_name_with_its_urls(name, module):
    backend = search_backends(name, "https://a:9200, https://b:9200", "site_")["default"]
    assert backend["BACKEND"] == module
    assert backend["URLS"] == ["https://a:9200", "https://b:9200"]
    assert backend["INDEX_PREFIX"] == "site_"


@pytest.mark.parametrize(
    ("name", "url", "message"),
    [
        ("solr", "http://x", "SEARCH_BACKEND must be one of"),
        ("opensearch", "", "needs SEARCH_URL"),
        ("", "https://search:9200", "SEARCH_URL is set but SEARCH_BACKEND is not"),
    ],
)
def test_mistakes_are_explained(name, url, message):
    with pytest.raises(ImproperlyConfigured, match=message):
        search_backends(name, url)
