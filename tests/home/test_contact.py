import pytest
from bs4 import BeautifulSoup

from django.core import mail
from django.core.cache import cache
from django.test import Client, override_settings

from wagtail.contrib.forms.models import FormSubmission
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from home.contact import HONEYPOT_FIELD, MESSAGE_MAX_LENGTH
from home.models import ContactPage, HomePage
from home.seeding import SeedLog, seed_contact_page
from research.rate_limit import CONTACT_LIMIT
from tests.conftest import build_tree
from tests.factories import ContactPageFactory, UserFactory

pytestmark = pytest.mark.django_db

MESSAGE = {
    "your_name": "Sam Reader",
    "your_e_mail_address": "sam@example.com",
    "your_message": "Could you explain the new study on walking?",
}


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def contact(tree):
    return ContactPageFactory(parent=tree.home)


def form_of(response):
    return BeautifulSoup(response.content, "html.parser").main


def test_the_form_has_labelled_fields_and_a_hidden_honeypot(client, contact):
    page = form_of(client.get("/contact/"))
    labels = [label.get_text(" ", strip=True) for label in page.select(".field__label")]
    assert labels == ["Your name", "Your e-mail address", "Your message"]
    for field in page.select(".field input, .field textarea"):
        assert page.find("label", attrs={"for": field["id"]})
    trap = page.find("input", attrs={"name": HONEYPOT_FIELD})
    wrapper = trap.find_parent("div")
    assert wrapper["aria-hidden"] == "true" and "honeypot" in wrapper["class"]
    assert trap["tabindex"] == "-1"
    assert len(page.find_all("h1")) == 1


@override_settings(CONTACT_EMAIL=["team@example.org"])
def test_a_valid_message_is_stored_and_emailed(client, contact):
    response = client.post("/contact/", MESSAGE)
    assert response.status_code == 200
    assert "Thank you for your message" in response.content.decode()

    submission = FormSubmission.objects.get(page=contact)
    assert submission.form_data == MESSAGE  # and no honeypot key
    (message,) = mail.outbox
    assert message.to == ["team@example.org"]
    assert message.reply_to == ["sam@example.com"]
    assert "Could you explain the new study on walking?" in message.body


@override_settings(CONTACT_EMAIL=["team@example.org"])
def test_a_filled_honeypot_stores_and_sends_nothing_but_looks_the_same(client, contact):
    response = client.post("/contact/", {**MESSAGE, HONEYPOT_FIELD: "http://spam.example"})
    assert response.status_code == 200
    assert "Thank you for your message" in response.content.decode()
    assert not FormSubmission.objects.exists()
    assert not mail.outbox


@pytest.mark.parametrize(
    ("changes", "field", "error"),
    [
        ({"your_e_mail_address": ""}, "your_e_mail_address", "This field is required."),
        ({"your_e_mail_address": "sam-at-example"}, "your_e_mail_address", "valid email"),
        ({"your_name": ""}, "your_name", "This field is required."),
        (
            {"your_message": "x" * (MESSAGE_MAX_LENGTH + 1)},
            "your_message",
            f"shorten this to {MESSAGE_MAX_LENGTH:,} characters",
        ),
    ],
)
def test_errors_are_tied_to_their_field_and_keep_what_was_typed(
    client, contact, changes, field, error
):
    data = {**MESSAGE, **changes}
    response = client.post("/contact/", data)
    assert response.status_code == 400
    page = form_of(response)
    box = page.find(attrs={"name": field})
    message = page.find(id=f"{box['id']}_error")
    assert error in message.get_text()
    assert message["id"] in box["aria-describedby"].split()
    assert box["aria-invalid"] == "true"
    summary_link = page.select_one(".error-summary a")
    assert summary_link["href"] == f"#{box['id']}"
    label = page.find("label", attrs={"for": box["id"]}).get_text(" ", strip=True)
    assert summary_link.get_text(strip=True).startswith(label.split(" (")[0].strip(" *"))
    for name, value in data.items():
        element = page.find(attrs={"name": name})
        kept = element.get_text() if element.name == "textarea" else element.get("value", "")
        assert kept.strip() == value
    assert not FormSubmission.objects.exists() and not mail.outbox


def test_too_many_messages_from_one_connection_are_held_back(contact):
    for _ in range(CONTACT_LIMIT.limit):
        assert Client().post("/contact/", MESSAGE).status_code == 200
    response = Client().post("/contact/", MESSAGE)
    assert response.status_code == 429
    page = form_of(response)
    assert "please try again later" in page.select_one(".error-summary").get_text()
    assert page.find("textarea").get_text().strip() == MESSAGE["your_message"]
    assert FormSubmission.objects.count() == CONTACT_LIMIT.limit


@override_settings(CONTACT_EMAIL=[])
def test_without_contact_email_the_page_address_is_used_or_nothing_is_sent(client, tree):
    contact = ContactPageFactory(parent=tree.home, to_address="editor@example.org")
    client.post("/contact/", MESSAGE)
    assert mail.outbox[0].to == ["editor@example.org"]
    ContactPage.objects.update(to_address="")
    client.post("/contact/", MESSAGE)
    assert len(mail.outbox) == 1
    assert FormSubmission.objects.filter(page=contact).count() == 2


def test_contact_pages_live_under_the_home_page_only(tree):
    assert ContactPage.can_create_at(tree.home)
    assert not ContactPage.can_create_at(tree.research)
    assert "home.ContactPage" in HomePage.subpage_types


def test_the_seed_step_adds_one_contact_page_to_the_header(client, tree):
    first, second = SeedLog(), SeedLog()
    seed_contact_page(tree.home, first)
    seed_contact_page(tree.home, second)
    assert first.created == ["page: Contact"] and second.existing == ["page: Contact"]
    contact = ContactPage.objects.get()
    assert contact.live and contact.show_in_menus and contact.slug == "contact"
    assert [field.label for field in contact.form_fields.all()] == [
        "Your name",
        "Your e-mail address",
        "Your message",
    ]
    nav = BeautifulSoup(client.get("/").content, "html.parser").find(
        "nav", attrs={"aria-label": "Main"}
    )
    assert ("Contact", "/contact/") in [(a.get_text(strip=True), a["href"]) for a in nav("a")]
    assert client.get("/contact/").status_code == 200


class TestEditorsBuildTheContactForm(WagtailPageTestCase):
    def test_an_editor_can_create_the_contact_page_with_its_fields(self):
        tree = build_tree()
        self.login(UserFactory(is_superuser=True, is_staff=True))
        self.assertCanCreate(
            tree.home,
            ContactPage,
            nested_form_data(
                {
                    "title": "Contact us",
                    "slug": "contact-us",
                    "intro": "Write to us.",
                    "thank_you_text": "Thanks.",
                    "to_address": "",
                    "from_address": "",
                    "subject": "",
                    "form_fields": inline_formset(
                        [
                            {"label": "Your name", "field_type": "singleline", "required": "on"},
                            {"label": "Your message", "field_type": "multiline", "required": "on"},
                        ]
                    ),
                }
            ),
        )
        page = ContactPage.objects.get(slug="contact-us")
        assert [field.clean_name for field in page.form_fields.all()] == [
            "your_name",
            "your_message",
        ]
