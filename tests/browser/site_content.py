"""A small public site for the browser tests: one of every page type, real structure."""

from dataclasses import dataclass

from home.models import SiteSettings
from tests.conftest import PLAIN_TEXT, build_tree
from tests.factories import (
    ResearchSummaryPageFactory,
    StandardPageFactory,
    UserFactory,
    publish_signed_off,
)


@dataclass
class PublicSite:
    urls: dict[str, str]
    summary: object
    reviewer: object


def build_public_site() -> PublicSite:
    tree = build_tree()
    reviewer = UserFactory(username="dr-okafor", first_name="Ada", last_name="Okafor")
    about = StandardPageFactory(
        parent=tree.home,
        title="About",
        slug="about",
        show_in_menus=True,
        intro="Research about spinal cord injury is hard to read. We want to change that.",
        body="<h2>What we do</h2><p>We explain new studies in everyday words.</p>"
        "<h2>How a summary is made</h2><ol><li>A writer drafts it.</li>"
        "<li>A medical reviewer checks it.</li></ol>",
    )
    disclaimer = StandardPageFactory(
        parent=tree.home, title="Disclaimer", slug="disclaimer", body="<p>Not medical advice.</p>"
    )
    settings = SiteSettings.for_site(tree.home.get_site())
    settings.disclaimer_page = disclaimer
    settings.notice = "This is a demo site."
    settings.save()
    summaries = [
        ResearchSummaryPageFactory(
            parent=parent,
            title=title,
            simple_explanation=PLAIN_TEXT,
            key_findings=[
                ("finding", "Most people walked a little faster."),
                ("finding", "Nobody was hurt."),
            ],
            study_limitations=[("limitation", "Only 25 people took part.")],
            signed_off_by=reviewer,
        )
        for parent, title in (
            (tree.category, "Walking training after injury"),
            (tree.subcategory, "A robot suit for walking"),
            (tree.category, "Exercise for nerve pain"),
        )
    ]
    summary = summaries[0]
    summary.topics.add("Walking")
    publish_signed_off(summary)  # topics are reviewed too
    summary.refresh_from_db()
    return PublicSite(
        urls={
            "home": "/",
            "standard page (About)": about.url,
            "research index": tree.research.url,
            "category": tree.category.url,
            "sub-category": tree.subcategory.url,
            "research summary": summary.url,
            "latest research": tree.research.url + "latest/",
            "topics": tree.research.url + "topics/",
            "topic listing": tree.research.url + "topics/walking/",
            "page not found": "/no-such-page/",
        },
        summary=summary,
        reviewer=reviewer,
    )
