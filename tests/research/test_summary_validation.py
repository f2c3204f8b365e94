"""How the summary form treats what writers type: DOIs in every shape, duplicates,
and the difference between saving a draft and publishing."""

import pytest

from django.core.exceptions import ValidationError

from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from readability.names import PUBLISH_BUTTON, SUBMIT_BUTTON
from research.doi import normalise_doi, validate_doi
from research.models import ResearchSummaryPage
from tests.factories import ResearchSummaryPageFactory, UserFactory
from tests.research.test_page_tree import summary_form_data

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("10.1016/j.bas.2025.104207", "10.1016/j.bas.2025.104207"),
        ("https://doi.org/10.1016/j.bas.2025.104207", "10.1016/j.bas.2025.104207"),
        ("http://dx.doi.org/10.1038/s41393-022-00751-8", "10.1038/s41393-022-00751-8"),
        ("doi:10.1038/s41393-022-00751-8", "10.1038/s41393-022-00751-8"),
        ("  DOI: 10.1186/s12984-023-01158-z ", "10.1186/s12984-023-01158-z"),
    ],
)
def test_doi_is_stored_without_any_prefix(typed, stored):
    assert normalise_doi(typed) == stored
    validate_doi(normalise_doi(typed))


@pytest.mark.parametrize(
    "bad", ["11.1016/abc", "10.12/abc", "10.1016", "10.1016/", "10.1016/has space", "not a doi"]
)
def test_malformed_doi_is_refused_with_an_example(bad):
    with pytest.raises(ValidationError) as error:
        validate_doi(normalise_doi(bad))
    assert "10.1016/j.bas.2025.104207" in error.value.messages[0]


def add_url(parent):
    return f"/admin/pages/add/research/researchsummarypage/{parent.pk}/"


@pytest.fixture
def admin_client(client, tree):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client


def test_prefixed_doi_typed_in_the_admin_is_stored_bare(admin_client, tree):
    data = summary_form_data(doi="https://doi.org/10.1038/s41393-022-00751-8")
    response = admin_client.post(add_url(tree.category), data)
    assert response.status_code == 302
    assert ResearchSummaryPage.objects.get(slug="walking-training").doi == (
        "10.1038/s41393-022-00751-8"
    )


def test_malformed_doi_keeps_what_was_typed_and_says_why(admin_client, tree):
    data = summary_form_data(doi="10.10/oops")
    response = admin_client.post(add_url(tree.category), data)
    assert response.status_code == 200
    form = response.context["form"]
    assert "Enter a DOI like" in str(form.errors["doi"])
    assert form["doi"].value() == "10.10/oops"
    assert form["simple_explanation"].value() == "People trained to walk with a robot suit."
    assert not ResearchSummaryPage.objects.exists()


def test_duplicate_doi_names_the_summary_that_already_has_it(admin_client, tree):
    ResearchSummaryPageFactory(
        parent=tree.category, title="The WISE trial", doi="10.1038/s41393-022-00751-8"
    )
    data = summary_form_data(doi="https://doi.org/10.1038/S41393-022-00751-8")
    response = admin_client.post(add_url(tree.category), data)
    assert response.status_code == 200
    assert "“The WISE trial”" in str(response.context["form"].errors["doi"])
    assert ResearchSummaryPage.objects.count() == 1


def test_editing_a_summary_does_not_clash_with_its_own_doi(admin_client, tree):
    page = ResearchSummaryPageFactory(parent=tree.category, doi="10.1038/s41393-022-00751-8")
    data = summary_form_data(title="New title", slug=page.slug, doi=page.doi)
    response = admin_client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().title == "New title"


EMPTY_DRAFT = nested_form_data(
    {
        "title": "Notes on a new paper",
        "slug": "notes",
        "paper_title": "",
        "journal": "",
        "publication_year": "",
        "doi": "",
        "simple_explanation": "",
        "study_duration": "",
        "participants": "",
        "study_funding": "",
        "author_conflicts": "",
        "evidence_level": "",
        "key_findings": streamfield([]),
        "research_summary": rich_text(""),
        "practical_implications": streamfield([]),
        "study_limitations": streamfield([]),
        "topics": "",
    }
)


def test_a_draft_with_empty_fields_saves(admin_client, tree):
    response = admin_client.post(add_url(tree.category), EMPTY_DRAFT)
    assert response.status_code == 302
    page = ResearchSummaryPage.objects.get(slug="notes")
    assert not page.live
    # Two empty drafts must not clash on the unique DOI.
    second = dict(EMPTY_DRAFT, title="Another", slug="another")
    assert admin_client.post(add_url(tree.category), second).status_code == 302


@pytest.mark.parametrize("action", [PUBLISH_BUTTON, SUBMIT_BUTTON])
def test_publishing_or_submitting_the_empty_draft_is_refused_field_by_field(
    admin_client, tree, action
):
    data = dict(EMPTY_DRAFT, **{action: action})
    response = admin_client.post(add_url(tree.category), data)
    assert response.status_code == 200
    errors = response.context["form"].errors
    for field in (
        "paper_title",
        "journal",
        "publication_year",
        "doi",
        "simple_explanation",
        "study_duration",
        "participants",
        "study_funding",
        "author_conflicts",
        "evidence_level",
        "key_findings",
        "research_summary",
        "practical_implications",
        "study_limitations",
    ):
        assert field in errors, field
    assert not ResearchSummaryPage.objects.exists()


def test_submitting_a_saved_draft_later_needs_the_required_fields(admin_client, tree):
    admin_client.post(add_url(tree.category), EMPTY_DRAFT)
    page = ResearchSummaryPage.objects.get(slug="notes")
    data = dict(EMPTY_DRAFT, **{SUBMIT_BUTTON: SUBMIT_BUTTON})
    response = admin_client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 200
    assert "simple_explanation" in response.context["form"].errors
    page.refresh_from_db()
    assert page.current_workflow_state is None

    full = summary_form_data(slug="notes")
    full[SUBMIT_BUTTON] = SUBMIT_BUTTON
    assert admin_client.post(f"/admin/pages/{page.pk}/edit/", full).status_code == 302
    page.refresh_from_db()
    assert page.current_workflow_state is not None
