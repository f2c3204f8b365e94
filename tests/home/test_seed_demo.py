import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command

from wagtail.models import Page, PageLogEntry, Revision, Site

from glossary.models import GlossaryApproval, GlossaryTerm
from home.models import HomePage, SiteSettings, StandardPage
from people.models import Person
from research.demo_content.summaries import CATEGORIES, SUMMARIES
from research.models import CategoryPage, ResearchIndexPage, ResearchSummaryPage

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "log entries": PageLogEntry.objects.count(),
        "summaries": ResearchSummaryPage.objects.count(),
        "categories": CategoryPage.objects.count(),
        "users": get_user_model().objects.count(),
        "groups": Group.objects.count(),
        "sites": Site.objects.count(),
        "glossary terms": GlossaryTerm.objects.count(),
        "glossary approvals": GlossaryApproval.objects.count(),
        "people": Person.objects.count(),
    }


@pytest.fixture
def seeded(capsys):
    call_command("seed_demo")
    return capsys.readouterr().out


def test_seed_builds_the_whole_site(client, seeded):
    home = HomePage.objects.get()
    assert Site.objects.get(is_default_site=True).root_page_id == home.pk
    assert ResearchIndexPage.objects.child_of(home).live().exists()
    assert {page.slug for page in StandardPage.objects.live()} == {
        "about",
        "disclaimer",
        "editorial-policy",
    }
    assert CategoryPage.objects.live().count() == len(CATEGORIES) >= 5
    assert ResearchSummaryPage.objects.live().count() == len(SUMMARIES) >= 15
    assert SiteSettings.for_site(home.get_site()).disclaimer_page.slug == "disclaimer"
    for path in ("/", "/about/", "/disclaimer/", "/research/", "/research/latest/"):
        assert client.get(path).status_code == 200, path
    for summary in ResearchSummaryPage.objects.live():
        assert client.get(summary.url).status_code == 200, summary.url


def test_seed_loads_the_glossary_approved_by_the_demo_reviewer(seeded):
    assert "glossary: 469 terms" in seeded
    assert GlossaryTerm.objects.live().count() == 469
    names = set(GlossaryApproval.objects.values_list("approved_by__username", flat=True))
    assert names == {"reviewer"}


def test_seed_includes_the_reference_review(seeded):
    review = ResearchSummaryPage.objects.get(doi="10.1016/j.bas.2025.104207")
    assert review.journal == "Brain and Spine" and review.publication_year == 2025
    assert review.get_parent().slug == "spinal-cord-injury"


def test_seed_prints_every_demo_account_and_its_password(seeded):
    for username in ("admin", "writer", "reviewer"):
        assert f"{username}" in seeded
    assert "writer-demo-pass" in seeded
    User = get_user_model()
    assert User.objects.get(username="admin").is_superuser
    writer = User.objects.get(username="writer")
    assert writer.check_password("writer-demo-pass")
    assert list(writer.groups.values_list("name", flat=True)) == ["Writers"]
    reviewer = User.objects.get(username="reviewer")
    assert list(reviewer.groups.values_list("name", flat=True)) == ["Medical reviewers"]


def test_writers_edit_the_research_tree_and_reviewers_only_review(seeded):
    User = get_user_model()
    writer = User.objects.get(username="writer")
    reviewer = User.objects.get(username="reviewer")
    summary = ResearchSummaryPage.objects.first()
    assert summary.permissions_for_user(writer).can_edit()
    assert not summary.permissions_for_user(writer).can_publish()
    reviewer_can = summary.permissions_for_user(reviewer)
    assert not (reviewer_can.can_publish() or reviewer_can.can_unpublish())
    assert not (reviewer_can.can_move() or reviewer_can.can_delete() or reviewer_can.can_edit())
    about = StandardPage.objects.get(slug="about")
    assert not about.permissions_for_user(writer).can_edit()


def test_running_seed_twice_changes_nothing(seeded, capsys):
    before = snapshot()
    User = get_user_model()
    writer = User.objects.get(username="writer")
    writer.set_password("a-password-the-writer-chose")
    writer.save()

    call_command("seed_demo")
    second_run = capsys.readouterr().out

    assert snapshot() == before
    assert "Created 0" in second_run
    assert "password not changed" in second_run
    writer.refresh_from_db()
    assert writer.check_password("a-password-the-writer-chose")


def test_a_broken_record_is_reported_and_the_rest_still_go_in(monkeypatch, capsys):
    from research.demo_content import summaries

    broken = dict(SUMMARIES[0], slug="broken-record", doi="not-a-doi", category="no-such")
    monkeypatch.setattr(summaries, "SUMMARIES", [broken, *SUMMARIES[1:3]])
    with pytest.raises(CommandError, match="1 record"):
        call_command("seed_demo")
    assert "summary: broken-record" in capsys.readouterr().err
    assert ResearchSummaryPage.objects.count() == 2


def test_every_role_sees_the_site_name_on_the_dashboard(client, seeded):
    User = get_user_model()
    for username in ("writer", "reviewer", "editor"):
        client.force_login(User.objects.get(username=username))
        html = client.get("/admin/").content.decode()
        assert "Spinal Cord Research Help" in html, username
        assert ">127.0.0.1<" not in html and ">localhost<" not in html
