"""What a reader sees of the people behind a summary: the byline with links, the
profile page, and the same in the summary's structured data."""

import json

import pytest
from bs4 import BeautifulSoup

from django.test import override_settings

from wagtail.models import Site

from home.models import SiteSettings
from people.models import Role
from people.names import FICTIONAL_NOTE, NONE_DECLARED
from research.authors import REVIEWED, WRITTEN
from review.signoffs import record_sign_off
from tests.factories import ResearchSummaryPageFactory, StandardPageFactory, UserFactory
from tests.people.factories import PersonFactory
from tests.research import recording_cache

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(tree):
    writer = UserFactory(username="wren", first_name="Wren", last_name="Account")
    reviewer = UserFactory(username="amina", first_name="Amina", last_name="Account")
    return {
        "writer": PersonFactory(
            user=writer,
            display_name="Wren Writer",
            slug="wren-writer",
            role=Role.WRITER,
            credentials="",
            job_title="Science writer",
            specialty="",
            bio="Wren writes about walking research.",
            conflicts_of_interest=NONE_DECLARED,
        ),
        "reviewer": PersonFactory(
            user=reviewer,
            display_name="Dr Amina Okafor",
            slug="amina-okafor",
            credentials="MD, PhD",
            job_title="Consultant in spinal cord injury",
            specialty="Spinal cord injury rehabilitation",
            bio="Amina treats people after a spinal cord injury.",
            conflicts_of_interest="Paid speaker for a wheelchair maker in 2023.",
            is_fictional=True,
        ),
    }


def publish(tree, people, **fields):
    """Written by the writer, signed off by the reviewer, as the workflow records it."""
    page = ResearchSummaryPageFactory(parent=tree.category, live=False, **fields)
    revision = page.save_revision(user=people["writer"].user)
    record_sign_off(revision, people["reviewer"].user, writer=people["writer"].user)
    revision.publish()
    page.refresh_from_db()
    return page


def read(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response, BeautifulSoup(response.content, "html.parser")


def words(element) -> str:
    return " ".join(element.get_text().split())


def json_ld(soup) -> dict:
    return json.loads(soup.select_one('script[type="application/ld+json"]').string)


def test_the_byline_names_and_links_writer_and_reviewer_with_credentials(client, tree, people):
    page = publish(tree, people, title="Walking after injury")
    _, soup = read(client, page.url)
    byline = soup.select_one(".summary__byline")
    text = words(byline).replace(" ,", ",")
    date = page.reviewed_at.strftime("%-d %B %Y")
    assert text == (
        f"Written by Wren Writer · Medically reviewed by Dr Amina Okafor, MD, PhD, on {date}"
    )
    links = {a.get_text(): a["href"] for a in byline.select("a")}
    assert links == {
        "Wren Writer": "/people/wren-writer/",
        "Dr Amina Okafor": "/people/amina-okafor/",
    }


def test_the_names_are_the_ones_recorded_at_the_sign_off(client, tree, people):
    page = publish(tree, people)
    people["writer"].display_name = "Renamed Later"
    people["writer"].save()
    _, soup = read(client, page.url)
    assert "Written by Wren Writer" in words(soup.select_one(".summary__byline"))


def test_a_reviewer_or_writer_without_a_profile_is_named_without_a_link(client, tree, people):
    page = publish(tree, people)
    people["writer"].delete()
    _, soup = read(client, page.url)
    writer = soup.select_one(".summary__writer")
    assert words(writer) == "Written by Wren Writer" and writer.select("a") == []


def test_structured_data_names_author_and_reviewer_as_people(client, tree, people):
    page = publish(tree, people)
    _, soup = read(client, page.url)
    data = json_ld(soup)
    assert data["author"] == {
        "@type": "Person",
        "name": "Wren Writer",
        "jobTitle": "Science writer",
        "url": "http://localhost/people/wren-writer/",
    }
    assert data["reviewedBy"] == {
        "@type": "Person",
        "name": "Dr Amina Okafor",
        "jobTitle": "Consultant in spinal cord injury",
        "hasCredential": {
            "@type": "EducationalOccupationalCredential",
            "credentialCategory": "degree",
            "name": "MD, PhD",
        },
        "knowsAbout": "Spinal cord injury rehabilitation",
        "url": "http://localhost/people/amina-okafor/",
    }


def test_the_profile_page_shows_who_they_are_and_what_they_did(client, tree, people):
    written = publish(tree, people, title="Walking after injury")
    draft = ResearchSummaryPageFactory(parent=tree.category, live=False, title="Not live yet")
    draft.save_revision(user=people["writer"].user)
    response, soup = read(client, "/people/amina-okafor/")
    main = words(soup.select_one("main"))
    assert soup.select_one("h1").get_text(strip=True) == "Dr Amina Okafor, MD, PhD"
    for shown in (
        "Medical reviewer",
        "Consultant in spinal cord injury",
        "Spinal cord injury rehabilitation",
        "Amina treats people after a spinal cord injury.",
        "Paid speaker for a wheelchair maker in 2023.",
        FICTIONAL_NOTE,
    ):
        assert shown in main, shown
    sections = {words(s.select_one("h2")): s for s in soup.select("main section")}
    assert [a["href"] for a in sections[REVIEWED].select("a")] == [written.url]
    assert WRITTEN not in sections  # nothing to list: no empty heading
    _, writer_soup = read(client, "/people/wren-writer/")
    writer_sections = {words(s.select_one("h2")): s for s in writer_soup.select("main section")}
    assert [a.get_text() for a in writer_sections[WRITTEN].select("a")] == [written.title]
    assert FICTIONAL_NOTE not in words(writer_soup.select_one("main"))
    assert "Not live yet" not in response.content.decode()


def test_the_profile_page_is_cached_like_any_reader_page(client, tree, people):
    response = client.get("/people/wren-writer/")
    assert "public" in response["Cache-Control"] and "max-age" in response["Cache-Control"]
    assert client.get("/people/nobody/").status_code == 404


def test_changing_a_profile_purges_its_page_and_the_summaries_showing_it(
    tree, people, django_capture_on_commit_callbacks
):
    page = publish(tree, people)
    other = ResearchSummaryPageFactory(parent=tree.category)
    recording_cache.purged.clear()
    with (
        override_settings(WAGTAILFRONTENDCACHE=recording_cache.SETTINGS),
        django_capture_on_commit_callbacks(execute=True),
    ):
        reviewer = people["reviewer"]
        reviewer.slug = "dr-amina-okafor"
        reviewer.credentials = "MBBS"
        reviewer.save()
    purged = set(recording_cache.purged)
    recording_cache.purged.clear()
    assert {
        "http://localhost/people/amina-okafor/",
        "http://localhost/people/dr-amina-okafor/",
        page.full_url,
    } <= purged
    assert other.full_url not in purged


def test_the_editorial_policy_is_linked_from_every_summary_and_the_footer(client, tree, people):
    policy = StandardPageFactory(parent=tree.home, title="Editorial policy", slug="policy")
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.run_by = "This demo site is run by its developers."
    site_settings.funded_by = "This demo site has no funding."
    site_settings.editorial_policy_page = policy
    site_settings.report_error_email = "errors@example.com"
    site_settings.save()
    page = publish(tree, people)
    _, soup = read(client, page.url)
    link = soup.select_one(".summary__policy a")
    assert words(link) == "How we write and check summaries" and link["href"] == policy.url
    footer = soup.select_one("footer")
    who = footer.select_one("#footer-who").find_parent("section")
    assert words(who.select_one("h2")) == "Who runs this site"
    text = words(who)
    assert "This demo site is run by its developers." in text
    assert "This demo site has no funding." in text
    links = {words(a): a["href"] for a in who.select("a")}
    assert links["Editorial policy"] == policy.url
    assert links["Report an error: errors@example.com"] == "mailto:errors@example.com"
