"""site_project.same_origin: the forgery check for forms that are the same for every
reader. Request-level behaviour (403, nothing stored) is in tests/feedback/test_forgery.py;
here, the rules about what counts as this site."""

import pytest

from django.test import RequestFactory, override_settings

from site_project.same_origin import is_trusted_origin, refusal_reason


def post(**headers):
    # Browsers send Host as they found it in the address (no default port).
    return RequestFactory().post("/feedback/1/", headers={"Host": "testserver", **headers})


def test_an_https_site_behind_a_proxy_knows_its_own_origin():
    with override_settings(SECURE_PROXY_SSL_HEADER=("HTTP_X_FORWARDED_PROTO", "https")):
        behind_proxy = post(Origin="https://testserver", X_Forwarded_Proto="https")
        assert refusal_reason(behind_proxy) is None
        # The same Origin on a request the proxy says was plain HTTP is another site.
        assert refusal_reason(post(Origin="https://testserver")) is not None
        assert (
            refusal_reason(post(Origin="https://testserver:443", X_Forwarded_Proto="https")) is None
        )


@override_settings(
    ALLOWED_HOSTS=["www.example.org"],
    CSRF_TRUSTED_ORIGINS=["https://example.org", "https://*.partner.example"],
)
@pytest.mark.parametrize(
    ("origin", "trusted"),
    [
        ("https://example.org", True),
        ("https://EXAMPLE.org:443", True),
        ("http://example.org", False),
        ("https://evil.example.org", False),
        ("https://partner.example", True),
        ("https://news.partner.example", True),
        ("https://notpartner.example", False),
        ("http://news.partner.example", False),
        ("null", False),
        ("", False),
    ],
)
def test_trusted_origins_follow_djangos_setting(origin, trusted):
    assert is_trusted_origin(origin) is trusted
    request = RequestFactory().post(
        "/feedback/1/", headers={"Sec-Fetch-Site": "cross-site", "Origin": origin}
    )
    request.META["HTTP_HOST"] = "www.example.org"
    assert (refusal_reason(request) is None) is trusted


def test_a_request_for_a_host_we_do_not_serve_is_refused_not_an_error():
    request = RequestFactory().post("/feedback/1/", headers={"Origin": "http://nowhere.example"})
    request.META["HTTP_HOST"] = "nowhere.example"
    assert refusal_reason(request) is not None


def test_sec_fetch_site_decides_when_present_whatever_origin_says():
    assert (
        refusal_reason(post(**{"Sec-Fetch-Site": "same-origin", "Origin": "https://x.example"}))
        is None
    )
    assert refusal_reason(post(**{"Sec-Fetch-Site": "cross-site", "Origin": "http://testserver"}))
