"""No server error from any public endpoint, whatever it is sent: each endpoint of the
inventory in tests/site_project/public_endpoints.py gets EXAMPLES_PER_ENDPOINT requests
with NUL bytes, control characters, numbers beyond 64 bits, very long text, any
unicode, broken percent-encoding and repeated or list parameters. Derandomized, so CI
sends the same requests every run; CI runs it on SQLite and on PostgreSQL.

benchmarks/fuzz_public.py sends the same requests and prints the counts."""

import pytest
from hypothesis import HealthCheck, given, settings

from django.core.cache import cache

from tests.site_project.public_endpoints import (
    ENDPOINTS,
    EXAMPLES_PER_ENDPOINT,
    build_fuzz_site,
    send,
    server_error,
)

pytestmark = pytest.mark.django_db

FUZZ_SETTINGS = settings(
    max_examples=EXAMPLES_PER_ENDPOINT,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
        HealthCheck.function_scoped_fixture,
    ],
)


@pytest.mark.parametrize("endpoint", list(ENDPOINTS))
def test_hostile_input_never_causes_a_server_error(endpoint):
    site = build_fuzz_site()

    @FUZZ_SETTINGS
    @given(request=ENDPOINTS[endpoint](site))
    def never_a_server_error(request):
        # Each request as from a new connection: the rate limits would otherwise stop
        # the requests at the door, before the code under test.
        cache.clear()
        response = send(request)
        assert response.status_code < 500, f"{request}\n{server_error(response)}"

    never_a_server_error()
