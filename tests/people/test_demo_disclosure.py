"""seed_demo's people and disclosure: fictional profiles that say so, the editorial
policy page and the "Who we are" settings, created once and never doubled."""

import pytest
from bs4 import BeautifulSoup

from wagtail.models import Site

from home import demo_disclosure
from home.models import SiteSettings, StandardPage
from home.seeding import SeedLog, publish_child, seed_demo
from home.seeding_disclosure import ensure_disclosure, seed_editorial_policy, seed_profiles
from people.models import Person, Role
from people.names import FICTIONAL_NOTE
from research.demo_content.disclosures import DISCLOSURES
from research.models import ResearchSummaryPage
from tests.factories import ContactPageFactory, UserFactory

pytestmark = pytest.mark.django_db


def seed_disclosure(tree, users):
    log = SeedLog()
    seed_profiles(users, log)
    policy = seed_editorial_policy(tree.home, log, publish_child)
    contact = ContactPageFactory.build()
    existing = tree.home.get_children().filter(slug="contact").first()
    contact = existing.specific if existing else publish_child(tree.home, contact, log, "contact")
    ensure_disclosure(tree.home, policy, contact)
    return log


@pytest.fixture
def users(tree):
    return {name: UserFactory(username=name) for name in ("admin", "editor", "writer", "reviewer")}


def test_every_demo_account_gets_a_profile_that_says_it_is_fictional(client, tree, users):
    seed_disclosure(tree, users)
    assert Person.objects.count() == 4
    for username, user in users.items():
        person = Person.objects.get(user=user)
        assert person.is_fictional and FICTIONAL_NOTE in person.bio, username
        page = BeautifulSoup(client.get(person.get_absolute_url()).content, "html.parser")
        assert FICTIONAL_NOTE in page.select_one(".person__fictional").get_text()
    reviewer = Person.objects.get(user=users["reviewer"])
    assert reviewer.role == Role.MEDICAL_REVIEWER and reviewer.may_approve
    assert "fictional" in reviewer.credentials


def test_the_policy_page_and_who_we_are_say_it_is_a_demo_and_unfunded(client, tree, users):
    seed_disclosure(tree, users)
    policy = StandardPage.objects.get(slug="editorial-policy")
    assert policy.live
    text = BeautifulSoup(client.get(policy.url).content, "html.parser").get_text(" ")
    for said in (
        "This site is a demo",
        "This demo site is run by its developers",
        "This demo site has no funding",
        "Plain-language check",
        "Medical review",
        "Overrides",
        "Claim check",
        "checked again",
        "Found a mistake?",
    ):
        assert said in text, said
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    assert site_settings.run_by == demo_disclosure.RUN_BY
    assert site_settings.funded_by == demo_disclosure.FUNDED_BY
    assert site_settings.editorial_policy_page.specific == policy
    assert site_settings.report_error_page.slug == "contact"


def test_seeding_again_doubles_nothing_and_keeps_editors_changes(tree, users):
    seed_disclosure(tree, users)
    reviewer = Person.objects.get(user=users["reviewer"])
    reviewer.bio = "Changed by an editor."
    reviewer.save()
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.funded_by = "Changed by an editor."
    site_settings.save()

    log = seed_disclosure(tree, users)

    assert log.created == []
    assert Person.objects.count() == 4
    assert StandardPage.objects.filter(slug="editorial-policy").count() == 1
    assert Person.objects.get(user=users["reviewer"]).bio == "Changed by an editor."
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    assert site_settings.funded_by == "Changed by an editor."


def test_demo_summaries_name_their_fictional_writer_and_reviewer(monkeypatch, settings):
    """The whole seed, with one summary: its byline is the demo writer and reviewer."""
    from research.demo_content import summaries

    settings.DEBUG = True
    monkeypatch.setattr(summaries, "SUMMARIES", summaries.SUMMARIES[:1])
    seed_demo()
    page = ResearchSummaryPage.objects.get()
    assert page.written_by_name == "Wren Writer"
    assert page.reviewed_by_name == "Demo Reviewer"
    # As far as the pages we could check show the paper's statements (disclosures.py).
    disclosed = DISCLOSURES[summaries.SUMMARIES[0]["slug"]]
    assert page.study_funding == disclosed["study_funding"]
    assert page.author_conflicts == disclosed["author_conflicts"]
