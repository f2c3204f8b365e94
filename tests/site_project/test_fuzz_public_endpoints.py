"""No server error from any public endpoint, whatever it is sent. Each endpoint of the
inventory in tests/site_project/public_endpoints.py gets:

- its working request with each input in turn set to each of EVERY_INPUT_GETS (NUL,
  control characters, thousands of digits, a number beyond 64 bits, invalid UTF-8,
  very long text): the kinds of value behind issue 12's server errors, every time;
- EXAMPLES_PER_ENDPOINT requests from hypothesis with one, two or every input made
  hostile (any unicode, broken percent-encoding, repeated and `name[]` parameters,
  other methods), derandomized so that CI sends the same requests every run.

CI runs it on SQLite and on PostgreSQL. benchmarks/fuzz_public.py sends the same
requests and prints the counts."""

import pytest
from hypothesis import given

from django.core.cache import cache

from tests.site_project.fuzzing import (
    FUZZ_SETTINGS,
    send,
    server_error,
)
from tests.site_project.public_endpoints import (
    ENDPOINT_NAMES,
    build_fuzz_site,
    endpoints,
)

pytestmark = pytest.mark.django_db


def assert_no_server_error(request):
    # Each request as from a new connection: the rate limits would otherwise stop the
    # requests at the door, before the code under test.
    cache.clear()
    response = send(request)
    assert response.status_code < 500, f"{request}\n{server_error(response)}"


@pytest.mark.parametrize("name", ENDPOINT_NAMES)
def test_hostile_input_never_causes_a_server_error(name):
    endpoint = endpoints(build_fuzz_site())[name]
    for request in endpoint.every_input_in_turn():
        assert_no_server_error(request)

    @FUZZ_SETTINGS
    @given(request=endpoint.requests())
    def generated(request):
        assert_no_server_error(request)

    generated()
