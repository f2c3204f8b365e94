from dataclasses import dataclass

import pytest

from wagtail.models import Page, Site

from tests.factories import (
    CategoryPageFactory,
    HomePageFactory,
    ResearchIndexPageFactory,
    ResearchSummaryPageFactory,
)


@pytest.fixture(autouse=True)
def fresh_reader_glossary():
    """Each test starts with the glossary of a fresh database (none), compiled as a running
    site keeps it: the version token lives in the cache, which outlives a test's
    rolled-back data. Publishing terms or the glossary page compiles it again."""
    from glossary.reader_glossary import start_empty

    start_empty()


@dataclass
class Tree:
    home: object
    research: object
    category: object
    subcategory: object


def build_tree() -> Tree:
    """Home > Research > Spinal Cord Injury (> Walking), served as the default site."""
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home},
    )
    research = ResearchIndexPageFactory(parent=home)
    category = CategoryPageFactory(parent=research, title="Spinal Cord Injury", slug="sci")
    subcategory = CategoryPageFactory(parent=category, title="Walking", slug="walking")
    return Tree(home=home, research=research, category=category, subcategory=subcategory)


@pytest.fixture
def tree(db) -> Tree:
    return build_tree()


@pytest.fixture
def summary(tree):
    return ResearchSummaryPageFactory(parent=tree.category, title="Stem cells for SCI")


PLAIN_TEXT = (
    "People with a spinal cord injury tried a new walking program. "
    "Most of them walked a little faster after 12 weeks."
)
HARD_TEXT = (
    "Allogeneic mesenchymal stromal cell transplantation demonstrated statistically "
    "significant amelioration of neuropathic nociceptive hypersensitivity, notwithstanding "
    "considerable heterogeneity attributable to methodological inconsistencies across "
    "multicentre investigations."
)


@dataclass
class Editorial:
    tree: Tree
    writer: object
    reviewer: object
    second_reviewer: object
    editor: object
    workflow: object


@pytest.fixture
def editorial(tree) -> Editorial:
    from glossary.review_setup import ensure_glossary_roles
    from people.models import Role
    from review.roles import EDITORS, MEDICAL_REVIEWERS, WRITERS, ensure_roles
    from review.setup import ensure_review_workflow
    from tests.factories import UserFactory
    from tests.people.factories import PersonFactory

    groups = ensure_roles(research_root=tree.research, site_root=tree.home)
    workflow = ensure_review_workflow(tree.research, groups[MEDICAL_REVIEWERS])
    ensure_glossary_roles()

    def member(username, group, **extra):
        user = UserFactory(username=username, first_name=username.title(), **extra)
        user.groups.add(groups[group])
        return user

    def reviewer(username, **extra):
        # Reviewers approve only with their credentials on their profile (people).
        user = member(username, MEDICAL_REVIEWERS, **extra)
        PersonFactory(user=user, display_name=user.get_full_name(), role=Role.MEDICAL_REVIEWER)
        return user

    return Editorial(
        tree=tree,
        writer=member("writer", WRITERS),
        reviewer=reviewer("reviewer", last_name="Okafor"),
        second_reviewer=reviewer("reviewer2"),
        editor=member("editor", EDITORS),
        workflow=workflow,
    )
