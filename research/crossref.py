"""A paper's title, journal, year and authors from Crossref, looked up by its DOI.

Used only when a writer clicks "Fill from DOI" in the summary editor
(`research.doi_lookup`): nothing here runs at import or start-up, and nothing is sent
on a schedule. What goes to Crossref is the DOI (in the address, percent-encoded) and a
User-Agent naming the site and its contact address, as Crossref's etiquette asks so that
they can reach us rather than block us. No cookie, no user name, no summary content.

Each way a lookup can fail is its own exception with a message for the writer, so the
editor can say what to do next (check the DOI for typos, try later, or type the fields).
"""

import hashlib
import json
import unicodedata
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import asdict, dataclass, field
from html import unescape

from django.conf import settings
from django.core.cache import cache
from django.utils.html import strip_tags

from .doi import DOI_PATTERN, normalise_doi
from .paper_authors import authors_text

# Connect and each read; a writer waits for the answer, so it must be short.
TIMEOUT_SECONDS = 5
# A work's record is tens of kilobytes (its reference list is the bulk); anything far
# larger is not an answer we can use.
MOST_BYTES = 2_000_000
# Successful answers only; a DOI that Crossref did not know may be registered minutes later.
CACHE_SECONDS = 60 * 60
# The model's own limits on a publication year.
EARLIEST_YEAR, LATEST_YEAR = 1900, 2100
# Where the year comes from, in order: the printed issue, the online version, and
# Crossref's own "issued" (the earlier of the two).
YEAR_SOURCES = ("published-print", "published-online", "issued")


class LookupProblem(Exception):
    """Why a lookup gave no paper, in words for the writer."""

    code = "problem"
    message = "The lookup did not work. Fill the fields by hand."

    def __init__(self, message: str = "", retry_after: int | None = None):
        self.message = message or self.message
        self.retry_after = retry_after
        super().__init__(self.message)


class NotADoi(LookupProblem):
    code = "invalid_doi"
    message = (
        "This is not a DOI. A DOI starts with 10., then digits, a slash and the rest, "
        "for example 10.1056/NEJMoa1803588."
    )


class NotFound(LookupProblem):
    code = "not_found"
    message = "Crossref does not know this DOI. Check it for typos."


class Unreachable(LookupProblem):
    code = "unreachable"
    message = "Could not reach Crossref. Check your connection, or fill the fields by hand."


class Busy(LookupProblem):
    code = "busy"
    message = (
        "Crossref is busy or having trouble. Try again in a few minutes, "
        "or fill the fields by hand."
    )


class BadAnswer(LookupProblem):
    code = "bad_answer"
    message = "Crossref's answer could not be read. Try again later, or fill the fields by hand."


@dataclass(frozen=True)
class Paper:
    doi: str
    title: str = ""
    journal: str = ""
    year: int | None = None
    authors: list[str] = field(default_factory=list)

    def as_fields(self) -> dict:
        """The summary's fields, as the editor form names them."""
        return {
            "paper_title": self.title,
            "journal": self.journal,
            "publication_year": self.year,
            "paper_authors": authors_text(self.authors),
        }


@dataclass(frozen=True)
class Answer:
    status: int
    body: bytes
    retry_after: int | None = None


class UrllibTransport:
    """The one place that opens a connection. Tests replace `transport` with a fake,
    and a test fails if this is ever called (tests/research/test_fill_from_doi.py)."""

    def get(self, url: str, headers: dict, timeout: float) -> Answer:
        request = urllib.request.Request(url, headers=headers, method="GET")
        try:
            with _opener().open(request, timeout=timeout) as response:
                return Answer(response.status, response.read(MOST_BYTES + 1))
        except urllib.error.HTTPError as error:
            retry_after = _seconds(error.headers.get("Retry-After")) if error.headers else None
            error.close()
            return Answer(error.code, b"", retry_after)
        except TimeoutError as error:
            raise Unreachable() from error
        except (urllib.error.URLError, OSError) as error:
            raise Unreachable() from error


class _SameHostRedirects(urllib.request.HTTPRedirectHandler):
    """Follow a redirect only within the API's own scheme and host."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        old, new = urllib.parse.urlsplit(req.full_url), urllib.parse.urlsplit(newurl)
        if (old.scheme, old.netloc) != (new.scheme, new.netloc):
            return None  # urllib then raises HTTPError for the 3xx: an unusable answer
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _opener():
    return urllib.request.build_opener(_SameHostRedirects())


transport = UrllibTransport()


def doi_for_lookup(raw: str) -> str:
    """The DOI to look up, or NotADoi before anything is sent."""
    doi = normalise_doi(raw)
    if not doi:
        raise NotADoi("Type or paste the paper's DOI first.")
    if any(char.isspace() for char in doi):
        raise NotADoi("A DOI has no spaces or line breaks in it. Remove them and try again.")
    if any(unicodedata.category(char) in ("Cc", "Cf") for char in doi):
        # Zero-width spaces and soft hyphens come along when a DOI is copied from a PDF.
        raise NotADoi(
            "The DOI contains an invisible character (often copied from a PDF). "
            "Type it again by hand."
        )
    if len(doi) > 255 or not DOI_PATTERN.match(doi):
        raise NotADoi()
    return doi


def work_url(doi: str) -> str:
    """The API address for one work. Every character of the DOI that is not a letter,
    digit or one of "_.-~" is percent-encoded, the slash included, so a DOI such as
    "10.1234/../../x" stays one path segment under /works/."""
    base = settings.CROSSREF_API_URL.rstrip("/")
    return f"{base}/works/{urllib.parse.quote(doi, safe='')}"


def user_agent() -> str:
    contact = settings.CROSSREF_MAILTO
    site = f"{settings.WAGTAIL_SITE_NAME} ({settings.WAGTAILADMIN_BASE_URL}"
    return f"{site}; mailto:{contact})" if contact else f"{site})"


def _cache_key(doi: str) -> str:
    # DOIs are case-insensitive; hashed so that any character is a safe cache key.
    return "crossref:work:" + hashlib.sha256(doi.lower().encode()).hexdigest()


def look_up(raw_doi: str) -> Paper:
    """The paper behind `raw_doi`, or a LookupProblem saying why not."""
    doi = doi_for_lookup(raw_doi)
    cached = cache.get(_cache_key(doi))
    if cached is not None:
        return Paper(**cached)
    headers = {"User-Agent": user_agent(), "Accept": "application/json"}
    answer = transport.get(work_url(doi), headers, TIMEOUT_SECONDS)
    if answer.status == 404:
        raise NotFound()
    if answer.status == 429 or answer.status >= 500:
        raise Busy(retry_after=answer.retry_after)
    if answer.status != 200:
        raise BadAnswer(
            f"Crossref gave an unexpected answer (HTTP {answer.status}). "
            "Try again later, or fill the fields by hand."
        )
    paper = parse_work(answer.body, doi)
    cache.set(_cache_key(doi), asdict(paper), CACHE_SECONDS)
    return paper


def parse_work(body: bytes, doi: str) -> Paper:
    if len(body) > MOST_BYTES:
        raise BadAnswer()
    try:
        payload = json.loads(body)
    except (ValueError, UnicodeDecodeError) as error:
        raise BadAnswer() from error
    work = payload.get("message") if isinstance(payload, dict) else None
    if not isinstance(work, dict) or payload.get("message-type", "work") != "work":
        raise BadAnswer()
    return Paper(
        doi=doi,
        title=_title(work),
        journal=_first_text(work.get("container-title")),
        year=_year(work),
        authors=_authors(work.get("author")),
    )


def plain_text(value) -> str:
    """Crossref's text as plain text. Titles may carry markup such as <i>, <sub> or
    <scp> and entities such as &amp;: the tags go, the entities become characters, and
    runs of whitespace become one space. The result is text, escaped wherever it is shown."""
    if not isinstance(value, str):
        return ""
    return " ".join(unescape(strip_tags(value)).split())


def _first_text(values) -> str:
    if isinstance(values, str):
        return plain_text(values)
    if isinstance(values, list):
        for value in values:
            text = plain_text(value)
            if text:
                return text
    return ""


def _title(work: dict) -> str:
    title = _first_text(work.get("title"))
    subtitle = _first_text(work.get("subtitle"))
    # Some publishers give the part after the colon as a subtitle; the paper's title is both.
    if title and subtitle and subtitle.lower() not in title.lower():
        return f"{title.rstrip(':')}: {subtitle}"
    return title


def _year(work: dict) -> int | None:
    for source in YEAR_SOURCES:
        date = work.get(source)
        parts = date.get("date-parts") if isinstance(date, dict) else None
        try:
            year = parts[0][0]
        except (TypeError, IndexError, KeyError):
            continue
        is_year = isinstance(year, int) and not isinstance(year, bool)
        if is_year and EARLIEST_YEAR <= year <= LATEST_YEAR:
            return year
    return None


def _authors(people) -> list[str]:
    names = []
    for person in people if isinstance(people, list) else []:
        if not isinstance(person, dict):
            continue
        # A person has given and family names (or only a family name); a group or
        # organisation has a name.
        name = plain_text(person.get("name")) or " ".join(
            part
            for part in (plain_text(person.get("given")), plain_text(person.get("family")))
            if part
        )
        if name:
            names.append(name)
    return names


def _seconds(value) -> int | None:
    try:
        return max(0, int(value)) if value is not None else None
    except ValueError:
        return None
