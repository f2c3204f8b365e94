"""How the fuzz suite attacks an endpoint: the hostile values (NUL and other control
characters, numbers far beyond 64 bits, very long text, any unicode, invalid UTF-8 and
broken percent-encoding, repeated parameters and `name[]`), the hypothesis strategies that
send them, and how a request is sent and a server error shown. The endpoints themselves
are listed in public_endpoints.py."""

import traceback
from dataclasses import dataclass, field
from urllib.parse import quote

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from django.db import transaction
from django.test import Client

# Each endpoint gets this many generated requests, after its systematic ones (each input

# in turn set to each of EVERY_INPUT_GETS): 40 to 80 requests per endpoint in all.
EXAMPLES_PER_ENDPOINT = 30

# The same requests every run (derandomized), and no example database on disk.
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
# What every input of every endpoint is sent at least once, as on the wire: the kinds of
# value behind the server errors of issue 12, which random generation may not happen on
# within a small number of examples.
EVERY_INPUT_GETS = [
    "a%00b",  # NUL: PostgreSQL refuses it in text
    "%1b%7f",  # other control characters
    "9" * 5000,  # Python's int() refuses over 4,300 digits
    str(2**64),  # beyond a 64-bit column
    "%ff%fe",  # not UTF-8
    "x" * 20_000,  # very long text
]


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


# Any part of a path: a hostile value, a number no database column holds, or a raw escape.
ids = st.one_of(
    st.integers(min_value=0, max_value=2**70).map(str),
    st.sampled_from(["9" * 25, "9" * 5000, str(2**63), str(2**63 - 1), "-1", "1e3"]),
)
hostile_path_part = st.one_of(raw_value.filter(bool), ids, st.sampled_from(RAW_ESCAPES))


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
    exception turned into the 500 a reader would get. A request that fails has its
    database work undone, so that on PostgreSQL one error does not make every later
    query in the test's transaction fail too."""
    browser = Client(raise_request_exception=False)
    url = request.path + (f"?{request.query}" if request.query else "")
    extra = {
        f"HTTP_{name.upper().replace('-', '_')}": value for name, value in request.headers.items()
    }
    savepoint = transaction.savepoint()  # None outside a transaction
    response = browser.generic(
        request.method,
        url,
        data=request.body.encode("ascii"),
        content_type="application/x-www-form-urlencoded",
        **extra,
    )
    if savepoint is not None:
        if response.status_code >= 500:
            transaction.savepoint_rollback(savepoint)
        else:
            transaction.savepoint_commit(savepoint)
    return response


def server_error(response) -> str:
    """What went wrong, for the failure message."""
    exc_info = getattr(response, "exc_info", None)
    if exc_info:
        return "".join(traceback.format_exception(*exc_info)[-6:])
    return response.content[:500].decode(errors="replace")


@dataclass(frozen=True)
class Endpoint:
    """One public endpoint and the inputs it takes, each with values that work.

    `path` has a `{name}` for each part the URL carries; `parts`, `query`, `body` and
    `headers` give the working values of each input (None: leave it out)."""

    methods: tuple[str, ...]
    path: str
    parts: dict[str, list[str]] = field(default_factory=dict)
    query: dict[str, list[str | None]] = field(default_factory=dict)
    body: dict[str, list[str | None]] = field(default_factory=dict)
    headers: dict[str, list[str]] = field(default_factory=dict)

    def inputs(self) -> list[str]:
        return [
            "method",
            "unknown parameters",
            *(f"part {name}" for name in self.parts),
            *(f"query {name}" for name in self.query),
            *(f"body {name}" for name in self.body),
            *(f"header {name}" for name in self.headers),
        ]

    def requests(self) -> st.SearchStrategy[FuzzRequest]:
        return hostile_requests(self)

    def every_input_in_turn(self) -> list[FuzzRequest]:
        return every_input_in_turn(self)


def attacked_field(name: str, good: list[str | None]) -> st.SearchStrategy[list[tuple[str, str]]]:
    """A field sent wrong: a hostile value, repeated, as a list (`name[]`), or left out."""
    good_values = st.sampled_from([encoded(value) for value in good if value is not None] or [""])
    return st.one_of(
        raw_value.map(lambda value: [(encoded(name), value)]),
        st.lists(st.one_of(good_values, raw_value), min_size=2, max_size=4).map(
            lambda values: [(encoded(name), value) for value in values]
        ),
        st.one_of(good_values, raw_value).map(lambda value: [(encoded(name + "[]"), value)]),
        st.just([]),
    )


def good_field(name: str, good: list[str | None]) -> st.SearchStrategy[list[tuple[str, str]]]:
    return st.sampled_from(good).map(
        lambda value: [] if value is None else [(encoded(name), encoded(value))]
    )


def encoded_pairs(pairs: list[tuple[str, str]]) -> str:
    return "&".join(f"{name}={value}" for name, value in pairs)


def request_of(endpoint: "Endpoint", method: str, parts, query, body, headers) -> FuzzRequest:
    return FuzzRequest(
        method=method,
        path=endpoint.path.format(**parts),
        query=encoded_pairs(query),
        body=encoded_pairs(body),
        headers=headers,
    )


@st.composite
def hostile_requests(draw, endpoint: Endpoint) -> FuzzRequest:
    """A request that works, with one input, two, or every one made hostile. Attacking
    one at a time gets past the checks of the others, to the code behind them."""
    inputs = endpoint.inputs()
    how_many = draw(st.sampled_from([1, 1, 2, len(inputs)]))
    attacked = draw(st.sets(st.sampled_from(inputs), min_size=1, max_size=how_many))

    def fields(kind: str, spec: dict[str, list[str | None]]) -> list[tuple[str, str]]:
        pairs = []
        for name, good in spec.items():
            attack = f"{kind} {name}" in attacked
            pairs += draw(attacked_field(name, good) if attack else good_field(name, good))
        return pairs

    method = draw(st.sampled_from(METHODS if "method" in attacked else endpoint.methods))
    parts = {
        name: draw(hostile_path_part if f"part {name}" in attacked else st.sampled_from(good))
        for name, good in endpoint.parts.items()
    }
    query = fields("query", endpoint.query)
    if "unknown parameters" in attacked:
        query += draw(st.lists(st.tuples(raw_value, raw_value), min_size=1, max_size=3))
    headers = {
        name: draw(raw_value if f"header {name}" in attacked else st.sampled_from(good))
        for name, good in endpoint.headers.items()
    }
    return request_of(endpoint, method, parts, query, fields("body", endpoint.body), headers)


def every_input_in_turn(endpoint: Endpoint) -> list[FuzzRequest]:
    """The working request with each input in turn set to each of EVERY_INPUT_GETS."""

    def working(spec: dict[str, list[str | None]], but: str = "", value: str = ""):
        pairs = [
            (encoded(name), encoded(good[0]))
            for name, good in spec.items()
            if good[0] is not None and name != but
        ]
        return pairs + [(encoded(but), value)] if but else pairs

    method = endpoint.methods[-1]  # POST where it is taken: the form goes further
    parts = {name: good[0] for name, good in endpoint.parts.items()}
    headers = {name: good[0] for name, good in endpoint.headers.items()}
    query, body = working(endpoint.query), working(endpoint.body)
    requests = []
    for value in EVERY_INPUT_GETS:
        requests.append(
            request_of(endpoint, method, parts, query + [(value, value)], body, headers)
        )
        for name in endpoint.parts:
            hostile_parts = parts | {name: value}
            requests.append(request_of(endpoint, method, hostile_parts, query, body, headers))
        for name in endpoint.query:
            hostile_query = working(endpoint.query, name, value)
            requests.append(request_of(endpoint, method, parts, hostile_query, body, headers))
        for name in endpoint.body:
            hostile_body = working(endpoint.body, name, value)
            requests.append(request_of(endpoint, method, parts, query, hostile_body, headers))
        for name in endpoint.headers:
            hostile_headers = headers | {name: value}
            requests.append(request_of(endpoint, method, parts, query, body, hostile_headers))
    return requests
