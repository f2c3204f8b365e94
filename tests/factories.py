"""Factories for the page tree. Tests build the pages they need; nothing comes from
a fixture file that could rot as models change."""

import datetime

import factory
import wagtail_factories

from django.contrib.auth import get_user_model
from django.utils import timezone

from home.models import ContactFormField, ContactPage, HomePage, StandardPage
from research.models import CategoryPage, ResearchIndexPage, ResearchSummaryPage
from review.signoffs import record_sign_off


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Home"
    slug = "test-home"
    intro = "Research, explained."

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Standard page {n}")
    body = "<p>Some plain words.</p>"

    class Meta:
        model = StandardPage


def contact_form_fields():
    return [
        ContactFormField(label="Your name", field_type="singleline", required=True, sort_order=0),
        ContactFormField(
            label="Your e-mail address", field_type="email", required=True, sort_order=1
        ),
        ContactFormField(label="Your message", field_type="multiline", required=True, sort_order=2),
    ]


class ContactPageFactory(wagtail_factories.PageFactory):
    """The contact form with name, e-mail and message, as seed_demo builds it."""

    title = "Contact"
    slug = "contact"
    show_in_menus = True
    thank_you_text = "We will reply soon."
    form_fields = factory.LazyFunction(contact_form_fields)

    class Meta:
        model = ContactPage


class ResearchIndexPageFactory(wagtail_factories.PageFactory):
    title = "Research"
    slug = "research"
    show_in_menus = True

    class Meta:
        model = ResearchIndexPage


class CategoryPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Category {n}")
    intro = "Studies about one part of life with SCI."

    class Meta:
        model = CategoryPage


class ResearchSummaryPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Summary {n}")
    paper_title = factory.Sequence(lambda n: f"A study of walking after injury, part {n}")
    journal = "Spinal Cord"
    publication_year = 2024
    doi = factory.Sequence(lambda n: f"10.1000/test.{n}")
    simple_explanation = "People trained to walk. Most of them walked a bit faster."
    study_duration = "12 weeks"
    participants = "25 adults with SCI"
    evidence_level = "rct"
    study_funding = "A national research council grant."
    author_conflicts = "The authors declared no competing interests."
    key_findings = factory.LazyFunction(lambda: [("finding", "Walking speed went up.")])
    research_summary = "<p>The team compared two kinds of training.</p>"
    practical_implications = factory.LazyFunction(
        lambda: [("implication", {"heading": "Ask your team", "text": "Ask what suits you."})]
    )
    study_limitations = factory.LazyFunction(lambda: [("limitation", "The study was small.")])
    first_published_at = factory.Sequence(
        lambda n: timezone.make_aware(datetime.datetime(2024, 1, 1) + datetime.timedelta(days=n))
    )

    class Meta:
        model = ResearchSummaryPage

    @classmethod
    def _create(cls, model_class, *args, live=True, signed_off_by=None, **kwargs):
        """Summaries go live the only way the publish gate allows: a revision with a
        medical sign-off. Pass live=False for a draft."""
        page = super()._create(model_class, *args, live=False, **kwargs)
        if live:
            publish_signed_off(page, signed_off_by)
            page.refresh_from_db()
        return page


def publish_signed_off(page, reviewer=None):
    """Sign off and publish as the workflow would; publishing as the system (no user) so
    that tests need not give every reviewer the publish permission."""
    revision = page.save_revision(user=reviewer)
    record_sign_off(revision, reviewer)
    revision.publish()
    return revision


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.com")
    password = factory.PostGenerationMethodCall("set_password", "password")

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    @factory.post_generation
    def save_password(obj, create, extracted, **kwargs):
        if create:
            obj.save()
