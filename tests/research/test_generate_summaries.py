"""manage.py generate_summaries: synthetic summaries that readers meet like real ones,
marked as generated, live only with a sign-off for exactly their content."""

import io

import pytest
from bs4 import BeautifulSoup

from django.core.management import CommandError, call_command

from research.generated import generated_categories, generated_summaries
from research.generated.writer import REVIEWER_USERNAME
from research.models import ResearchSummaryPage
from review.fingerprint import fingerprint
from review.guard import PublishRefused
from review.models import ReviewSignOff
from review.verdict import judge
from tests.factories import ResearchSummaryPageFactory

pytestmark = pytest.mark.django_db

COUNT = 30


def generate(count=COUNT, **options) -> str:
    out = io.StringIO()
    call_command("generate_summaries", count=count, stdout=out, stderr=io.StringIO(), **options)
    return out.getvalue()


@pytest.fixture
def generated(tree):
    generate()
    return list(generated_summaries().specific().order_by("slug"))


def texts(client, url, selector) -> list[str]:
    response = client.get(url)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return [node.get_text(" ", strip=True) for node in soup.select(selector)]


def test_generates_live_summaries_marked_as_test_data(generated, client):
    assert len(generated) == COUNT
    for page in generated:
        assert page.live and page.title.startswith("[Generated] ")
        assert page.slug.startswith("generated-summary-")
        assert "not a real study" in page.paper_title.lower()
        assert "synthetic" in page.journal.lower()
    response = client.get(generated[0].url)
    assert response.status_code == 200
    page_text = BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)
    assert (
        "It is not a real study" in page_text
        or "No study took place" in page_text
        or ("This is not real research" in page_text)
    )
    assert "Medically reviewed by Generated Reviewer (test data)" in page_text


def test_their_dois_resolve_to_no_real_paper(generated):
    # 10.0000 is a prefix no registration agency has allocated.
    assert all(page.doi.startswith("10.0000/not-a-real-study.") for page in generated)


def test_readers_find_them_in_listings_search_and_feeds(generated, client, tree):
    newest = max(generated, key=lambda page: page.first_published_at)
    category = generated_categories().get()
    assert newest.title in texts(client, category.url, ".summary-card__title")
    assert newest.title in texts(client, "/research/latest/", ".summary-card__title")
    found = texts(client, "/search/?q=walking", ".search-results .summary-card__title a")
    assert any(title.startswith("[Generated] ") and "walking" in title for title in found)
    assert newest.title in client.get("/feed/").content.decode()
    topic = newest.topics.first()
    assert newest.title in texts(
        client, tree.research.topic_url(topic.slug), ".summary-card__title"
    )


def test_each_carries_a_sign_off_for_exactly_its_content(generated):
    for page in generated:
        verdict = judge(page, require_sign_off=True)
        assert verdict.can_publish, [reason.message for reason in verdict.blocking]
        assert verdict.sign_off.user.username == REVIEWER_USERNAME
        assert verdict.sign_off.fingerprint == fingerprint(page.live_revision.as_object())
        assert page.reviewed_by_name == verdict.sign_off.reviewer_name
    assert ReviewSignOff.objects.filter(user__username=REVIEWER_USERNAME).count() == COUNT


def test_the_guard_still_holds_them_to_their_review(generated):
    page = generated[0]
    page.save_revision().publish()  # unchanged: the sign-off still covers it
    page.refresh_from_db()
    assert page.live
    page.simple_explanation = "Changed after the review."
    with pytest.raises(PublishRefused):
        page.save_revision().publish()


def test_the_generated_reviewer_cannot_sign_in(generated):
    reviewer = generated[0].reviewed_by
    assert not reviewer.is_active and not reviewer.has_usable_password()


def test_the_tree_stays_consistent(generated):
    from wagtail.models import Page

    assert all(not problems for problems in Page.find_problems())
    category = generated_categories().get()
    assert category.get_children().count() == COUNT


def test_count_is_a_total_not_an_increment(generated):
    generate(count=COUNT + 5)
    assert generated_summaries().count() == COUNT + 5
    assert "nothing to add" in generate(count=COUNT)
    assert generated_summaries().count() == COUNT + 5


def test_refused_beside_real_summaries_unless_forced(tree):
    real = ResearchSummaryPageFactory(parent=tree.category, title="Written by a person")
    with pytest.raises(CommandError, match="neither generated nor the demo seed"):
        generate()
    assert not generated_summaries().exists()
    generate(force=True)
    assert generated_summaries().count() == COUNT
    assert ResearchSummaryPage.objects.filter(pk=real.pk, live=True).exists()


def test_allowed_beside_the_demo_seed(db):
    call_command("seed_demo", stdout=io.StringIO())
    generate(count=5)
    assert generated_summaries().count() == 5


def test_delete_removes_generated_content_and_keeps_real_content(tree):
    real = ResearchSummaryPageFactory(parent=tree.category, title="Written by a person")
    generate(force=True)
    generate(delete=True)
    assert not generated_summaries().exists()
    assert not generated_categories().exists()
    assert not ReviewSignOff.objects.filter(user__username=REVIEWER_USERNAME).exists()
    real.refresh_from_db()
    assert real.live and judge(real, require_sign_off=True).can_publish
    assert tree.category.get_children().filter(pk=real.pk).exists()


def test_delete_leaves_a_page_that_only_looks_generated(tree):
    lookalike = ResearchSummaryPageFactory(
        parent=tree.category, title="A real summary", slug="generated-summary-99999"
    )
    generate(delete=True)
    assert ResearchSummaryPage.objects.filter(pk=lookalike.pk).exists()


def test_the_listing_counts_include_what_it_adds(generated, client):
    """Written in bulk, without the signals that forget the counts kept in the cache."""
    assert f"{COUNT} summaries" in texts(client, "/research/", ".category-list__count")
    generate(count=COUNT + 5, no_index=True)
    assert f"{COUNT + 5} summaries" in texts(client, "/research/", ".category-list__count")


def test_the_search_form_offers_what_was_generated_at_once(tree, client):
    """Generation writes in bulk, without the signals that forget the form's choices."""
    generate(count=2)
    before = texts(client, "/search/", "#search-topic option, #search-year option")

    generate(count=COUNT)

    after = texts(client, "/search/", "#search-topic option, #search-year option")
    assert set(after) > set(before)


def test_on_a_terminal_bars_follow_writing_and_indexing_and_cron_sees_none(tree):
    from command_progress import ERASE_LINE
    from tests.fake_terminal import FakeTerminal, Pipe

    terminal = FakeTerminal()
    out = Pipe()
    call_command("generate_summaries", count=4, stdout=out, stderr=terminal)
    finished = [part for part in terminal.getvalue().split(ERASE_LINE) if part.endswith("\n")]
    assert [part.split(" [")[0] for part in finished] == [
        "Writing summaries",
        "Indexing categories",
        "Indexing research summaries",
    ]
    assert " 4/4 100% " in finished[0]
    assert "\n  4/4 written" in out.getvalue()  # the lines scripts read are still there

    piped = Pipe()
    call_command("generate_summaries", count=6, stdout=Pipe(), stderr=piped)
    assert piped.getvalue() == ""
    assert generated_summaries().count() == 6
