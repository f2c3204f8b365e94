"""Every public endpoint of the site and the inputs it takes, with hypothesis strategies
that send each of them hostile input: NUL and other control characters, numbers far
beyond 64 bits, very long text, any unicode, invalid UTF-8 and broken percent-encoding,
repeated parameters and parameters sent as lists (`name[]`); how they are attacked is in
fuzzing.py.

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
- feedback `/feedback/<page id>/`: POST page id, `helpful`, `comment`, `vote`, `Accept`,
  `Origin`, `Sec-Fetch-Site`
- sign-up `/subscribe/`, `/subscribe/check-your-email/`, `/subscribe/confirmed/`: GET,
  POST `email`
- confirm `/subscribe/confirm/<token>/`, unsubscribe `/subscribe/unsubscribe/<token>/`:
  GET, POST token
- contact page `/contact/`: GET, POST `your_name`, `your_e_mail_address`, `your_message`,
  `website` (the honeypot)
- `/sitemap.xml` and its parts `/sitemap-<n>.xml` (`?p`), `/robots.txt`, `/favicon.ico`: GET
- Wagtail's own: `/documents/<id>/<name>`, `/documents/authenticate_with_password/<id>/`,
  `/_util/login/`, `/_util/authenticate_with_password/<id>/<page id>/`: GET, POST ids,
  `username`, `password`, `return_url`, `next`
- any other path (Wagtail's page route): any method, any segments

Every endpoint is also sent methods it does not take, unknown parameters, parameters
repeated and sent as `name[]`.
"""

from dataclasses import dataclass

from subscriptions.models import Subscriber
from subscriptions.tokens import confirmation_token, unsubscribe_token
from tests.conftest import build_tree
from tests.factories import (
    ContactPageFactory,
    ResearchSummaryPageFactory,
    StandardPageFactory,
)

# Each endpoint gets this many generated requests, after its systematic ones (each input
from tests.site_project.fuzzing import METHODS, Endpoint


@dataclass(frozen=True)
class FuzzSite:
    """What the endpoints need to know of a small site that has something behind every
    one of them, so that requests reach deep."""

    summary_id: str
    summary_url: str
    topic_slug: str
    confirm_token: str
    unsubscribe_token: str
    # Nonces of the shape feedback.js makes, fixed so that the same examples choose the
    # same ones every run.
    vote_nonces: tuple[str, ...]


def build_fuzz_site() -> FuzzSite:
    tree = build_tree()
    summary = ResearchSummaryPageFactory(parent=tree.subcategory, title="Walking with a robot")
    summary.topics.add("Rehabilitation")
    ContactPageFactory(parent=tree.home)
    StandardPageFactory(parent=tree.home, title="About", slug="about")
    subscriber = Subscriber.objects.create(email="reader@example.com")
    return FuzzSite(
        summary_id=str(summary.pk),
        summary_url=summary.url,
        topic_slug="rehabilitation",
        confirm_token=confirmation_token(subscriber),
        unsubscribe_token=unsubscribe_token(subscriber),
        vote_nonces=tuple(f"{number:032x}" for number in range(1, 9)),
    )


PAGE = {"page": [None, "1", "2"]}
# Wagtail's page route, from the top or under a category: one to three segments.
ROUTE = "/{first}/{second}/{third}/"


def endpoints(site: FuzzSite) -> dict[str, Endpoint]:
    summary_id = site.summary_id
    route = {"first": ["research"], "second": ["sci"], "third": ["walking"]}
    return {
        "home and standard pages": Endpoint(
            ("GET",), "/{page}", parts={"page": ["", "about/"]}, query=PAGE
        ),
        "research index": Endpoint(("GET",), "/research/", query=PAGE),
        "latest research": Endpoint(("GET",), "/research/latest/", query=PAGE),
        "topics": Endpoint(
            ("GET",),
            "/research/topics/{topic}/",
            parts={"topic": [site.topic_slug]},
            query=PAGE,
        ),
        "category pages": Endpoint(("GET",), ROUTE, parts=route, query=PAGE),
        "summary page": Endpoint(("GET",), site.summary_url, query=PAGE),
        "search": Endpoint(
            ("GET",),
            "/search/",
            query={
                "q": [None, "walking", "robot walking"],
                "category": [None, "sci", "walking"],
                "topic": [None, site.topic_slug],
                "evidence": [None, "rct", "case_series"],
                "year": [None, "2024"],
                "page": [None, "1", "2"],
            },
        ),
        "feeds": Endpoint(
            ("GET",),
            "/feed/{category}/{subcategory}/{feed}",
            parts={"category": ["sci"], "subcategory": ["walking"], "feed": ["", "atom.xml"]},
        ),
        "feedback": Endpoint(
            ("POST",),
            "/feedback/{page_id}/",
            parts={"page_id": [summary_id]},
            body={
                "helpful": ["yes", "no"],
                "comment": [None, "The numbers were hard."],
                # Nonces as the script sends them (each used once, then a retry) or none.
                "vote": [None, *site.vote_nonces],
            },
            # What a browser sends with a form from the page itself, so that requests get
            # past the forgery check (site_project.same_origin), which is fuzzed too.
            headers={
                "Accept": ["text/html", "application/json"],
                "Origin": ["http://testserver"],
                "Sec-Fetch-Site": ["same-origin"],
            },
        ),
        "subscribe": Endpoint(
            ("GET", "POST"),
            "/subscribe/{step}",
            parts={"step": ["", "check-your-email/", "confirmed/"]},
            body={"email": ["new.reader@example.com", "READER@example.com"]},
        ),
        "confirm link": Endpoint(
            ("GET", "POST"),
            "/subscribe/confirm/{token}/",
            parts={"token": [site.confirm_token]},
        ),
        "unsubscribe link": Endpoint(
            ("GET", "POST"),
            "/subscribe/unsubscribe/{token}/",
            parts={"token": [site.unsubscribe_token]},
        ),
        "contact page": Endpoint(
            ("GET", "POST"),
            "/contact/",
            body={
                "your_name": ["Sam Reader"],
                "your_e_mail_address": ["sam@example.com"],
                "your_message": ["Could you explain the study?"],
                "website": [None, ""],
            },
        ),
        "site files": Endpoint(
            ("GET",),
            "/{file}",
            parts={
                "file": [
                    "sitemap.xml",
                    "sitemap-1.xml",
                    "sitemap-2.xml",
                    "robots.txt",
                    "favicon.ico",
                ]
            },
            query={"p": [None, "1", "2"]},
        ),
        "wagtail documents": Endpoint(
            ("GET", "POST"),
            "/documents/{document}/{name}",
            parts={"document": ["1", "authenticate_with_password"], "name": ["a.pdf", "1/"]},
            body={"password": ["secret"], "return_url": ["/", "//evil.example/"]},
        ),
        "wagtail page utilities": Endpoint(
            ("GET", "POST"),
            "/_util/{utility}/{restriction}/{page_id}/",
            parts={
                "utility": ["authenticate_with_password"],
                "restriction": ["1"],
                "page_id": [summary_id],
            },
            query={"next": [None, "/", "//evil.example/"]},
            body={"password": ["secret"], "return_url": ["/"]},
        ),
        "wagtail login": Endpoint(
            ("GET", "POST"),
            "/_util/login/",
            query={"next": [None, "/", "//evil.example/"]},
            body={"username": ["reader"], "password": ["secret"]},
        ),
        "any other path": Endpoint(
            tuple(METHODS), ROUTE, parts={"first": ["about"], "second": ["x"], "third": ["y"]}
        ),
    }


# The names, for pytest to collect before any database exists.
ENDPOINT_NAMES = list(endpoints(FuzzSite("1", "/", "topic", "", "", ())))
