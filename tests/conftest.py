from dataclasses import dataclass

import pytest

from wagtail.models import Page, Site

from tests.factories import (
    CategoryPageFactory,
    HomePageFactory,
    ResearchIndexPageFactory,
    ResearchSummaryPageFactory,
)


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
