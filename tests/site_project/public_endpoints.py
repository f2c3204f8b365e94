"""Every public endpoint of the site and the inputs it takes, with hypothesis strategies
that send each of them hostile input: NUL and other control characters, numbers far
beyond 64 bits, very long text, any unicode, invalid UTF-8 and broken percent-encoding,
repeated parameters and parameters sent as lists (`name[]`).

Used by tests/site_project/test_fuzz_public_endpoints.py (no server error, on SQLite and
PostgreSQL) and benchmarks/fuzz_public.py (the counts). The inventory:

- home page `/` and a standard page `/about/`: GET `?page` (read for the canonical link)
- research index `/research/`: GET `?page`
- latest research `/research/latest/` (routable page): GET `?page`
- topics `/research/topics/` and `/research/topics/<slug>/` (routable): GET slug, `?page`
- category pages `/research/<category>/…/` (Wagtail's route): GET path, `?page`
- a summary `/research/<category>/<summary>/`: GET
- search `/search/` (research/search/criteria.py): GET `q`, `category`, `topic`,
  `evidence`, `year`, `page`
- feeds `/feed/`, `/feed/atom.xml`, `/feed/<category path>/`, `/feed/<path>/atom.xml`: GET
- feedback `/feedback/<page id>/`: POST page id, `helpful`, `comment`, `vote`, `Accept`
- sign-up `/subscribe/`, `/subscribe/check-your-email/`, `/subscribe/confirmed/`: GET,
  POST `email`
- confirm `/subscribe/confirm/<token>/`, unsubscribe `/subscribe/unsubscribe/<token>/`:
  GET, POST token
- contact page `/contact/`: GET, POST `your_name`, `your_e_mail_address`, `your_message`,
  `website` (the honeypot)
- `/sitemap.xml` (`?p`), `/robots.txt`, `/favicon.ico`: GET
- Wagtail's own: `/documents/<id>/<name>`, `/documents/authenticate_with_password/<id>/`,
  `/_util/login/`, `/_util/authenticate_with_password/<id>/<page id>/`: GET, POST ids,
  `username`, `password`, `return_url`, `next`
- any other path (Wagtail's page route): any method, any segments

Every endpoint is also sent methods it does not take, unknown parameters, parameters
repeated and sent as `name[]`.
"""

import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import quote

from hypothesis import strategies as st

from django.test import Client

from feedback.vote_token import new_vote_token
from subscriptions.models import Subscriber
from subscriptions.tokens import confirmation_token, unsubscribe_token
from tests.conftest import Tree, build_tree
from tests.factories import (
    ContactPageFactory,
    ResearchSummaryPageFactory,
    StandardPageFactory,
)

# Each endpoint gets this many generated requests; about 20 endpoints, so a run sends
# some 800 requests (about half a minute on SQLite on the development machine).
EXAMPLES_PER_ENDPOINT = 40

# Values that broke something once, or break things elsewhere.
HOSTILE_VALUES = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "\x01\x08\x0b\x1b\x1f\x7f",
    "\r\n",
    "\t",
    "9" * 25,
    "9" * 5000,
    str(2**63),
    str(2**64),
    str(-(2**63) - 1),
    "-1",
    "0",
    "1.5",
    "1e309",
    "NaN",
    "١٢",
    "１２",
    "' OR 1=1 --",
    '"',
    "<script>alert(1)</script>",
    "{{ 7|add:7 }}",
    "%s%n",
    "../../etc/passwd",
    '=HYPERLINK("http://evil.example/")',
    "😀" * 20,
    "\u202e\ufeff\u200b",
    "a" * 100_000,
]
# Percent-escapes that are not UTF-8, or not escapes at all, written raw into the URL.
RAW_ESCAPES = ["%ff", "%fe%ff", "%c3%28", "%ed%a0%80", "%", "%z", "%0", "%00", "%25", "+"]
METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]


def encoded(value: str) -> str:
    return quote(value, safe="")


# Any unicode text except lone surrogates, which no browser can send (they have no UTF-8).
any_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=40)
CONTROL_CHARACTERS = [chr(code) for code in [*range(0x20), 0x7F]]
hostile_text = st.one_of(
    st.sampled_from(HOSTILE_VALUES),
    # A control character (NUL most often) somewhere in ordinary text.
    st.tuples(any_text, st.sampled_from(["\x00", "\x00", *CONTROL_CHARACTERS]), any_text).map(
        "".join
    ),
    st.integers(min_value=-(2**80), max_value=2**80).map(str),
    st.integers(min_value=1_000, max_value=50_000).map(lambda length: "9" * length),
    any_text,
)
# A value as it appears in a URL: encoded, or with raw escapes (invalid UTF-8, a lone
# "%") mixed in.
raw_value = st.one_of(
    hostile_text.map(encoded),
    st.lists(st.one_of(st.sampled_from(RAW_ESCAPES), any_text.map(encoded)), max_size=4).map(
        "".join
    ),
)


def value_or(*good: str) -> st.SearchStrategy[str]:
    """An encoded value: one of the `good` ones (so the view goes past its first check)
    or a hostile one."""
    if not good:
        return raw_value
    return st.one_of(st.sampled_from([encoded(value) for value in good]), raw_value)


def parameters(fields: dict[str, st.SearchStrategy[str]]) -> st.SearchStrategy[str]:
    """An encoded query string or form body: the named fields (some repeated, some sent
    as `name[]`) and unknown ones, in any order."""
    names = list(fields) or ["q"]
    one = st.one_of(
        *(st.tuples(st.just(encoded(name)), values) for name, values in fields.items()),
        st.tuples(st.sampled_from(names).map(lambda name: encoded(name + "[]")), raw_value),
        st.tuples(raw_value, raw_value),
    )
    repeated = st.sampled_from(names).flatmap(
        lambda name: st.lists(fields.get(name, raw_value), min_size=2, max_size=4).map(
            lambda values: [(encoded(name), value) for value in values]
        )
    )
    pairs = st.lists(st.one_of(one.map(lambda pair: [pair]), repeated), max_size=5).map(
        lambda groups: [pair for group in groups for pair in group]
    )
    return pairs.map(lambda pairs: "&".join(f"{name}={value}" for name, value in pairs))


path_segment = st.one_of(raw_value.filter(bool), st.sampled_from(RAW_ESCAPES))


def path_of(segments: st.SearchStrategy[list[str]]) -> st.SearchStrategy[str]:
    return segments.map(lambda parts: "/".join(parts))


@dataclass(frozen=True)
class FuzzRequest:
    method: str
    path: str  # percent-encoded, as on the wire
    query: str = ""
    body: str = ""  # application/x-www-form-urlencoded, encoded
    headers: dict[str, str] = field(default_factory=dict)

    def __str__(self):
        url = self.path + (f"?{self.query}" if self.query else "")
        shown = f"{self.method} {url[:300]}{'…' if len(url) > 300 else ''}"
        return shown + (f" body={self.body[:300]!r}" if self.body else "")


def send(request: FuzzRequest):
    """The response to `request` from a new browser (no session, no cookies), with any
    exception turned into the 500 a reader would get."""
    browser = Client(raise_request_exception=False)
    url = request.path + (f"?{request.query}" if request.query else "")
    extra = {
        f"HTTP_{name.upper().replace('-', '_')}": value for name, value in request.headers.items()
    }
    return browser.generic(
        request.method,
        url,
        data=request.body.encode("ascii"),
        content_type="application/x-www-form-urlencoded",
        **extra,
    )


def server_error(response) -> str:
    """What went wrong, for the failure message."""
    exc_info = getattr(response, "exc_info", None)
    if exc_info:
        return "".join(traceback.format_exception(*exc_info)[-6:])
    return response.content[:500].decode(errors="replace")


@dataclass
class FuzzSite:
    """A small site with something behind every endpoint, so requests reach deep."""

    tree: Tree
    summary: object
    topic_slug: str
    confirm_token: str
    unsubscribe_token: str
    # Made up front, so that the same examples choose the same tokens every run.
    vote_tokens: list[str]


def build_fuzz_site() -> FuzzSite:
    tree = build_tree()
    summary = ResearchSummaryPageFactory(parent=tree.subcategory, title="Walking with a robot")
    summary.topics.add("Rehabilitation")
    ContactPageFactory(parent=tree.home)
    StandardPageFactory(parent=tree.home, title="About", slug="about")
    subscriber = Subscriber.objects.create(email="reader@example.com")
    return FuzzSite(
        tree=tree,
        summary=summary,
        topic_slug="rehabilitation",
        confirm_token=confirmation_token(subscriber),
        unsubscribe_token=unsubscribe_token(subscriber),
        vote_tokens=[new_vote_token(summary.pk) for _ in range(8)],
    )


def requests(
    methods: st.SearchStrategy[str],
    paths: st.SearchStrategy[str],
    query: dict[str, st.SearchStrategy[str]] | None = None,
    body: dict[str, st.SearchStrategy[str]] | None = None,
    headers: st.SearchStrategy[dict[str, str]] | None = None,
) -> st.SearchStrategy[FuzzRequest]:
    return st.builds(
        FuzzRequest,
        method=methods,
        path=paths,
        query=parameters(query) if query is not None else st.just(""),
        body=parameters(body) if body is not None else st.just(""),
        headers=headers if headers is not None else st.just({}),
    )


def mostly(*methods: str) -> st.SearchStrategy[str]:
    """The endpoint's own methods, now and then another."""
    return st.one_of(st.sampled_from(methods), st.sampled_from(METHODS))


PAGE = {"page": value_or("1", "2")}
ids = st.one_of(
    st.integers(min_value=0, max_value=2**70).map(str),
    st.sampled_from(["9" * 25, "9" * 5000, str(2**63), str(2**63 - 1), "-1", "1e3"]),
    path_segment,
)


def feedback_requests(site: FuzzSite) -> st.SearchStrategy[FuzzRequest]:
    pk = str(site.summary.pk)
    return requests(
        mostly("POST"),
        st.one_of(st.just(pk), ids).map(lambda page_id: f"/feedback/{page_id}/"),
        body={
            "helpful": value_or("yes", "no"),
            "comment": value_or("The numbers were hard."),
            # Real tokens for the page (each used once, then a retry) or made-up ones.
            "vote": value_or(*site.vote_tokens),
        },
        headers=st.sampled_from([{}, {"Accept": "application/json"}, {"Accept": "\x00"}]),
    )


def token_requests(prefix: str, good: Callable[[FuzzSite], str]):
    def build(site: FuzzSite) -> st.SearchStrategy[FuzzRequest]:
        return requests(
            mostly("GET", "POST"),
            st.one_of(st.just(good(site)), path_segment).map(lambda token: f"{prefix}{token}/"),
        )

    return build


ENDPOINTS: dict[str, Callable[[FuzzSite], st.SearchStrategy[FuzzRequest]]] = {
    "home and standard pages": lambda site: requests(
        mostly("GET"), st.sampled_from(["/", "/about/"]), query=PAGE
    ),
    "research index": lambda site: requests(mostly("GET"), st.just("/research/"), query=PAGE),
    "latest research": lambda site: requests(
        mostly("GET"), st.just("/research/latest/"), query=PAGE
    ),
    "topics": lambda site: requests(
        mostly("GET"),
        st.one_of(st.just(site.topic_slug), path_segment).map(
            lambda slug: f"/research/topics/{slug}/"
        )
        | st.just("/research/topics/"),
        query=PAGE,
    ),
    "category pages": lambda site: requests(
        mostly("GET"),
        st.sampled_from(["/research/sci/", "/research/sci/walking/"])
        | path_of(st.lists(path_segment, min_size=1, max_size=3)).map(
            lambda path: f"/research/sci/{path}/"
        ),
        query=PAGE,
    ),
    "summary page": lambda site: requests(mostly("GET"), st.just(site.summary.url), query=PAGE),
    "search": lambda site: requests(
        mostly("GET"),
        st.just("/search/"),
        query={
            "q": value_or("walking", "robot walking"),
            "category": value_or("sci", "walking"),
            "topic": value_or(site.topic_slug),
            "evidence": value_or("rct", "case_series"),
            "year": value_or("2024"),
            "page": value_or("1", "2"),
        },
    ),
    "feeds": lambda site: requests(
        mostly("GET"),
        st.sampled_from(["/feed/", "/feed/atom.xml", "/feed/sci/", "/feed/sci/walking/atom.xml"])
        | st.tuples(
            path_of(st.lists(path_segment, min_size=1, max_size=3)),
            st.sampled_from(["/", "/atom.xml"]),
        ).map(lambda parts: f"/feed/{parts[0]}{parts[1]}"),
        query={"format": raw_value},
    ),
    "feedback": feedback_requests,
    "subscribe": lambda site: requests(
        mostly("GET", "POST"),
        st.sampled_from(["/subscribe/", "/subscribe/check-your-email/", "/subscribe/confirmed/"]),
        body={"email": value_or("new.reader@example.com", "READER@example.com")},
    ),
    "confirm link": token_requests("/subscribe/confirm/", lambda site: site.confirm_token),
    "unsubscribe link": token_requests(
        "/subscribe/unsubscribe/", lambda site: site.unsubscribe_token
    ),
    "contact page": lambda site: requests(
        mostly("GET", "POST"),
        st.just("/contact/"),
        body={
            "your_name": value_or("Sam Reader"),
            "your_e_mail_address": value_or("sam@example.com"),
            "your_message": value_or("Could you explain the study?"),
            "website": value_or(""),
        },
    ),
    "site files": lambda site: requests(
        mostly("GET"),
        st.sampled_from(["/sitemap.xml", "/robots.txt", "/favicon.ico"]),
        query={"p": value_or("1", "2"), "page": value_or("1")},
    ),
    "wagtail documents": lambda site: requests(
        mostly("GET", "POST"),
        st.tuples(ids, path_segment).map(lambda parts: f"/documents/{parts[0]}/{parts[1]}")
        | ids.map(lambda pk: f"/documents/authenticate_with_password/{pk}/"),
        body={"password": raw_value, "return_url": value_or("/", "//evil.example/")},
    ),
    "wagtail page utilities": lambda site: requests(
        mostly("GET", "POST"),
        st.just("/_util/login/")
        | st.tuples(ids, st.one_of(st.just(str(site.summary.pk)), ids)).map(
            lambda parts: f"/_util/authenticate_with_password/{parts[0]}/{parts[1]}/"
        ),
        query={"next": value_or("/", "//evil.example/")},
        body={"username": raw_value, "password": raw_value, "return_url": raw_value},
    ),
    "any other path": lambda site: requests(
        st.sampled_from(METHODS),
        path_of(st.lists(path_segment, min_size=1, max_size=4)).map(lambda path: f"/{path}/")
        | path_of(st.lists(path_segment, min_size=1, max_size=3)).map(lambda path: f"/{path}"),
        query={},
    ),
}
