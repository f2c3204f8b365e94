"""The report of words in published summaries that the glossary does not explain yet."""

import csv
import io
from urllib.parse import parse_qs, urlsplit

import pytest

from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from wagtail.models import PageViewRestriction

from glossary.missing.counting import count_everything
from glossary.models import MissingWord
from tests.factories import ResearchSummaryPageFactory, UserFactory
from tests.glossary.factories import draft_term, live_term

pytestmark = pytest.mark.django_db

REPORT = "missing_words_report"


def summary(tree, findings=(), body="<p>The team met each week.</p>", **fields):
    return ResearchSummaryPageFactory(
        parent=tree.category,
        key_findings=[("finding", text) for text in findings],
        research_summary=body,
        **fields,
    )


def figures():
    return [(word.word, word.uses, word.pages) for word in MissingWord.objects.all()]


def glossary_user(*codenames):
    group = Group.objects.create(name="Glossary " + "+".join(codenames))
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        *Permission.objects.filter(content_type__app_label="glossary", codename__in=codenames),
    )
    user = UserFactory()
    user.groups.add(group)
    return user


@pytest.fixture
def three_summaries(tree):
    """Written so that the figures can be counted by eye:
    tramadol 2 + 2 (“Tramadol's”, “tramadol”) = 4 uses on 2 summaries; baclofen 1 + 2 = 3 on 2;
    MSC 2 (“MSCs”, “MSC”) on 1; gabapentinoid 1 on 1."""
    first = summary(
        tree,
        findings=["Some people took tramadol.", "Others took tramadol and baclofen."],
        title="First",
    )
    second = summary(
        tree,
        findings=["Tramadol's side effects were worse.", "Two took baclofen."],
        body="<p>The team gave people baclofen, not tramadol. Most of them felt a bit better.</p>",
        title="Second",
    )
    third = summary(
        tree,
        findings=["The team grew MSCs in a lab.", "Each MSC was checked."],
        body="<p>One person took a gabapentinoid.</p>",
        title="Third",
    )
    count_everything()
    return first, second, third


def test_counts_times_and_summaries_most_used_first(three_summaries):
    assert figures() == [
        ("tramadol", 4, 2),
        ("baclofen", 3, 2),
        ("MSC", 2, 1),
        ("gabapentinoid", 1, 1),
    ]


def test_ties_go_by_summaries_then_alphabetically(tree):
    summary(tree, findings=["They took zolpidem.", "Later, more zolpidem."])
    summary(tree, findings=["They took baclofen."])
    summary(tree, findings=["Others took baclofen and gabapentinoid."])
    summary(tree, findings=["Amitriptyline helped some."])
    summary(tree, findings=["Others took amitriptyline."])
    count_everything()
    # zolpidem and baclofen and amitriptyline: 2 uses each; zolpidem on one summary.
    assert figures() == [
        ("amitriptyline", 2, 2),
        ("baclofen", 2, 2),
        ("zolpidem", 2, 1),
        ("gabapentinoid", 1, 1),
    ]


@pytest.mark.parametrize(
    "fields",
    [
        {"term": "tramadol"},
        {"term": "Tramadol"},
        {"term": "tramadols"},  # its plural held as a form is the same word
        {"term": "opioid painkiller", "other_forms": "tramadol"},
    ],
)
def test_a_live_glossary_term_and_its_forms_are_not_reported(tree, fields):
    live_term(**fields)
    summary(tree, findings=["Some took tramadol.", "Tramadol's effects were small."])
    count_everything()
    assert "tramadol" not in [word for word, _uses, _pages in figures()]


def test_hyphen_variants_of_a_live_term_are_not_reported(tree):
    summary(tree, findings=["They tried a tenodesis-grasp.", "A tenodesis grasp helped."])
    count_everything()
    assert ("tenodesis", 2, 1) in figures()
    live_term(term="tenodesis grasp")
    count_everything()
    assert not [word for word, _uses, _pages in figures() if "tenodesis" in word]


def test_an_abbreviation_is_held_in_its_own_capitals_only(tree):
    live_term(term="MSC", kind="abbreviation", expansion="mesenchymal stem cell")
    summary(tree, findings=["The team grew MSCs in a lab.", "Each MSC was checked."])
    count_everything()
    assert "MSC" not in [word for word, _uses, _pages in figures()]


def test_an_abbreviation_in_the_glossary_does_not_hold_a_word_in_other_capitals(tree):
    live_term(term="TRAMADOL", kind="abbreviation", expansion="not a real abbreviation")
    summary(tree, findings=["Some took tramadol."])
    count_everything()
    assert ("tramadol", 1, 1) in figures()


def test_names_are_not_reported(tree):
    summary(tree, findings=["A team at Karolinska ran the study with Devaraj."])
    count_everything()
    assert figures() == []


def test_a_word_with_a_draft_term_is_shown_in_review(client, three_summaries):
    draft = draft_term(term="baclofen")
    client.force_login(glossary_user("add_glossaryterm"))
    response = client.get(reverse(REPORT))
    content = response.content.decode()
    review_url = reverse("wagtailsnippets_glossary_glossaryterm:edit", args=[draft.pk])
    assert f'href="{review_url}"' in content
    assert "In review: baclofen" in content
    add_links = list(add_links_in(content))
    assert [parse_qs(urlsplit(link).query)["term"] for link in add_links] == [
        ["tramadol"],
        ["MSC"],
        ["gabapentinoid"],
    ]


def add_links_in(content):
    add_url = reverse("wagtailsnippets_glossary_glossaryterm:add")
    for chunk in content.split('href="')[1:]:
        link = chunk.split('"', 1)[0].replace("&amp;", "&")
        if link.startswith(add_url):
            yield link


def test_drafts_unpublished_and_private_summaries_are_not_counted(tree, client):
    summary(tree, findings=["Some took tramadol."], live=False)
    unpublished = summary(tree, findings=["Some took baclofen."])
    unpublished.unpublish()
    private = summary(tree, findings=["Some took zolpidem."])
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    live = summary(tree, findings=["Some took amitriptyline."])
    live.save_revision()  # a newer draft with other words is not what readers see
    live.key_findings = [("finding", "Some took gabapentinoid.")]
    live.save_revision()
    count_everything()
    assert figures() == [("amitriptyline", 1, 1)]


def test_fields_readers_are_not_shown_are_not_counted(tree):
    summary(
        tree,
        findings=["They walked more."],
        paper_title="Zolpidem and tramadol in tetraplegia",
        participants="25 adults on baclofen",
        search_description="Gabapentinoid study",
    )
    count_everything()
    assert figures() == []


def test_publishing_unpublishing_and_making_private_recount_at_once(
    tree, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        page = summary(tree, findings=["Some took tramadol."])
    assert figures() == [("tramadol", 1, 1)]
    with django_capture_on_commit_callbacks(execute=True):
        restriction = PageViewRestriction.objects.create(page=page, restriction_type="login")
    assert figures() == []
    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()
    assert figures() == [("tramadol", 1, 1)]
    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    assert figures() == []


def test_deleting_a_summary_takes_its_words_off(tree, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        page = summary(tree, findings=["Some took tramadol."])
        summary(tree, findings=["Others took tramadol."])
    with django_capture_on_commit_callbacks(execute=True):
        page.delete()
    assert figures() == [("tramadol", 1, 1)]


def test_publishing_a_glossary_term_takes_its_word_off(tree, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        summary(tree, findings=["Some took tramadol and baclofen."])
    with django_capture_on_commit_callbacks(execute=True):
        live_term(term="tramadol")
    assert figures() == [("baclofen", 1, 1)]


def test_the_report_lists_words_with_their_summaries_and_an_example(client, three_summaries):
    first, second, _third = three_summaries
    client.force_login(glossary_user("add_glossaryterm"))
    response = client.get(reverse(REPORT))
    assert response.status_code == 200
    content = response.content.decode()
    assert content.index(">tramadol<") < content.index(">baclofen<") < content.index(">MSC<")
    for page in (first, second):
        assert reverse("wagtailadmin_pages:edit", args=[page.pk]) in content
    assert "Some people took tramadol." in content


def test_a_hostile_title_is_escaped_in_the_report(client, tree):
    summary(tree, findings=["Some took tramadol."], title='<img src=x onerror="alert(1)">')
    count_everything()
    client.force_login(glossary_user("add_glossaryterm"))
    content = client.get(reverse(REPORT)).content.decode()
    assert "<img src=x" not in content
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in content


def test_add_to_glossary_fills_in_the_word_and_shows_an_example(client, three_summaries):
    client.force_login(glossary_user("add_glossaryterm"))
    content = client.get(reverse(REPORT)).content.decode()
    link = next(link for link in add_links_in(content) if "term=MSC" in link)
    form = client.get(link)
    assert form.status_code == 200
    assert form.context["form"]["term"].value() == "MSC"
    assert form.context["form"]["kind"].value() == "abbreviation"
    assert "The team grew MSCs in a lab." in form.content.decode()


def test_a_hostile_word_in_the_add_link_is_only_escaped_text(client, tree):
    client.force_login(glossary_user("add_glossaryterm"))
    hostile = '"><script>alert(1)</script>'
    url = reverse("wagtailsnippets_glossary_glossaryterm:add")
    form = client.get(url, {"term": hostile + "\u202e\n", "kind": "<b>"})
    assert form.status_code == 200
    content = form.content.decode()
    assert "<script>alert(1)" not in content
    assert "&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in content
    assert form.context["form"]["term"].value() == hostile
    assert form.context["form"]["kind"].value() == "medical"


def test_export_as_csv(client, three_summaries):
    client.force_login(glossary_user("add_glossaryterm"))
    response = client.get(reverse(REPORT), {"export": "csv"})
    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(content)))
    assert rows[0] == [
        "Word",
        "Found as",
        "Times used",
        "Summaries",
        "Glossary",
        "Used in (most uses first)",
        "Example sentence",
    ]
    assert [row[:5] for row in rows[1:]] == [
        ["tramadol", "Rare word", "4", "2", "Not in the glossary"],
        ["baclofen", "Medical word (engine's list)", "3", "2", "Not in the glossary"],
        ["MSC", "Abbreviation", "2", "1", "Not in the glossary"],
        ["gabapentinoid", "Rare word", "1", "1", "Not in the glossary"],
    ]
    assert rows[1][5] == "First (2); Second (2)"


def test_the_page_of_one_word_lists_every_summary_using_it(client, three_summaries):
    first, second, third = three_summaries
    client.force_login(glossary_user("change_glossaryterm"))
    response = client.get(reverse("missing_word_summaries"), {"word": "tramadol"})
    assert response.status_code == 200
    titles = [use.page.title for use in response.context["object_list"]]
    assert titles == ["First", "Second"]
    missing = client.get(reverse("missing_word_summaries"), {"word": "<nothing>"})
    assert missing.status_code == 404


@pytest.mark.parametrize("url_name", [REPORT, "missing_word_summaries"])
def test_readers_and_roles_without_glossary_access_are_kept_out(
    client, editorial, three_summaries, url_name
):
    url = reverse(url_name) + "?word=tramadol"
    anonymous = client.get(url)
    assert anonymous.status_code == 302
    assert reverse("wagtailadmin_login") in anonymous["Location"]
    # Medical reviewers review terms (they may view them) but do not add them.
    for user in (UserFactory(), editorial.reviewer, glossary_user("view_glossaryterm")):
        client.force_login(user)
        assert client.get(url).status_code in (302, 403), user
    # Writers and editors may propose terms (glossary.review_setup), so they see the words.
    allowed = (editorial.writer, editorial.editor, glossary_user("add_glossaryterm"))
    for user in (*allowed, UserFactory(is_superuser=True)):
        client.force_login(user)
        assert client.get(url).status_code == 200


def test_the_menu_shows_the_report_to_those_who_may_see_it(client, editorial):
    client.force_login(glossary_user("add_glossaryterm"))
    assert "Words not in the glossary" in client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(editorial.writer)
    assert "Words not in the glossary" in client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(editorial.reviewer)
    assert (
        "Words not in the glossary" not in client.get(reverse("wagtailadmin_home")).content.decode()
    )


def test_export_as_xlsx(client, three_summaries):
    client.force_login(glossary_user("add_glossaryterm"))
    response = client.get(reverse(REPORT), {"export": "xlsx"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith(
        "application/vnd.openxmlformats-officedocument.spreadsheetml"
    )
    assert 'filename="words-not-in-the-glossary.xlsx"' in response["Content-Disposition"]


def test_a_word_from_the_engines_list_is_listed_as_the_list_spells_it(tree):
    summary(tree, findings=["The team did a meta-analysis.", "Another meta analysis agreed."])
    count_everything()
    assert [(word.word, word.found_as, word.uses) for word in MissingWord.objects.all()] == [
        ("meta-analysis", "research", 2)
    ]
    live_term(term="meta analysis", kind="research")
    count_everything()
    assert figures() == []
