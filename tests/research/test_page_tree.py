from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from glossary.models import GlossaryPage
from home.models import ContactPage, HomePage, StandardPage
from readability.names import PUBLISH_BUTTON
from research.models import CategoryPage, ResearchIndexPage, ResearchSummaryPage
from tests.conftest import build_tree
from tests.factories import UserFactory


class TestPageTreeRules(WagtailPageTestCase):
    def test_home_page_sits_at_the_root_and_holds_research_and_standard_pages(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(
            HomePage, {ResearchIndexPage, StandardPage, ContactPage, GlossaryPage}
        )

    def test_the_contact_page_lives_under_home_and_has_no_children(self):
        self.assertAllowedParentPageTypes(ContactPage, {HomePage})
        self.assertAllowedSubpageTypes(ContactPage, set())

    def test_research_index_lives_under_home_and_holds_categories(self):
        self.assertAllowedParentPageTypes(ResearchIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(ResearchIndexPage, {CategoryPage})

    def test_categories_nest_and_hold_summaries(self):
        self.assertAllowedParentPageTypes(CategoryPage, {ResearchIndexPage, CategoryPage})
        self.assertAllowedSubpageTypes(CategoryPage, {CategoryPage, ResearchSummaryPage})

    def test_summaries_live_only_in_categories_and_have_no_children(self):
        self.assertAllowedParentPageTypes(ResearchSummaryPage, {CategoryPage})
        self.assertAllowedSubpageTypes(ResearchSummaryPage, set())

    def test_standard_pages_live_under_home(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage})
        self.assertAllowedSubpageTypes(StandardPage, set())

    def test_a_summary_cannot_be_created_outside_a_category(self):
        self.assertCanNotCreateAt(ResearchIndexPage, ResearchSummaryPage)
        self.assertCanNotCreateAt(HomePage, ResearchSummaryPage)
        self.assertCanNotCreateAt(HomePage, CategoryPage)


def summary_form_data(**overrides):
    data = {
        "title": "Walking training after injury",
        "slug": "walking-training",
        "paper_title": "A trial of walking training",
        "journal": "Spinal Cord",
        "publication_year": "2022",
        "doi": "10.1038/s41393-022-00751-8",
        "simple_explanation": "People trained to walk with a robot suit.",
        "study_duration": "12 weeks",
        "participants": "25 adults",
        "study_funding": "Not stated in the paper",
        "author_conflicts": "The authors declared no conflicts of interest.",
        "evidence_level": "rct",
        "key_findings": streamfield([("finding", "More people could walk outdoors.")]),
        "research_summary": rich_text("<p>The team compared three groups.</p>"),
        "practical_implications": streamfield(
            [("implication", {"heading": "Ask", "text": "Ask your team."})]
        ),
        "study_limitations": streamfield([("limitation", "Only 25 people took part.")]),
        "topics": "Walking, Exoskeletons",
    }
    data.update(overrides)
    return nested_form_data(data)


class TestCreatingPagesInTheAdmin(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_tree()
        cls.admin = UserFactory(username="chief", is_superuser=True, is_staff=True)

    def setUp(self):
        self.client.force_login(self.admin)

    def test_create_standard_page(self):
        self.assertCanCreate(
            self.tree.home,
            StandardPage,
            nested_form_data(
                {"title": "About", "slug": "about", "body": rich_text("<p>Who we are.</p>")}
            ),
        )

    def test_create_category_and_nested_category(self):
        self.assertCanCreate(
            self.tree.research,
            CategoryPage,
            nested_form_data({"title": "Pain", "slug": "pain", "intro": "Pain studies."}),
        )
        pain = CategoryPage.objects.get(slug="pain")
        self.assertCanCreate(
            pain,
            CategoryPage,
            nested_form_data({"title": "Nerve pain", "slug": "nerve-pain", "intro": ""}),
        )

    def test_create_research_summary(self):
        # Summaries are created as drafts; they go live only through medical review.
        self.assertCanCreate(
            self.tree.category, ResearchSummaryPage, summary_form_data(), publish=False
        )
        page = ResearchSummaryPage.objects.get(slug="walking-training")
        self.assertFalse(page.live)
        self.assertEqual(sorted(page.topics.names()), ["Exoskeletons", "Walking"])

    def test_a_second_research_index_cannot_be_created(self):
        self.assertFalse(ResearchIndexPage.can_create_at(self.tree.home))

    def test_reserved_category_slug_is_refused_with_a_reason(self):
        response = self.client.post(
            f"/admin/pages/add/research/categorypage/{self.tree.research.pk}/",
            nested_form_data(
                {"title": "Latest", "slug": "latest", "intro": "", PUBLISH_BUTTON: "publish"}
            ),
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn("used by the research index", str(response.context["form"].errors["slug"]))
        self.assertFalse(CategoryPage.objects.filter(slug="latest").exists())
