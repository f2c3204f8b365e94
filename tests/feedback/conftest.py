import pytest

from django.core.cache import cache
from django.test import Client

# What every current browser adds to a form posted from one of the site's own pages; the
# feedback view refuses a form without it (site_project.same_origin).
FROM_THIS_SITE = {"Origin": "http://testserver", "Sec-Fetch-Site": "same-origin"}


def reader(**kwargs) -> Client:
    """A new browser, answering from the summary page as a reader would."""
    return Client(headers=FROM_THIS_SITE, **kwargs)


@pytest.fixture
def client():
    """pytest-django's client, but sending what a browser sends with a form."""
    return reader()


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    # The rate limits live in the cache, which outlives a test's database.
    cache.clear()
    yield
    cache.clear()


def feedback_url(page) -> str:
    return f"/feedback/{page.pk}/"
