import pytest

from django.core.cache import cache


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    # The rate limits live in the cache, which outlives a test's database.
    cache.clear()
    yield
    cache.clear()


def feedback_url(page) -> str:
    return f"/feedback/{page.pk}/"
