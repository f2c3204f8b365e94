"""The contact page: a Wagtail form whose messages are stored and e-mailed to the
address in settings.CONTACT_EMAIL.

Spam protection needs no outside service: a honeypot field that people never see (and
screen readers never announce) but form-filling robots do fill, and a limit on
messages per client. A filled honeypot gets the same thank-you as a real message, so a
robot learns nothing; nothing is stored or sent.
"""

import logging

from django import forms
from django.conf import settings
from django.db import models
from django.template.response import TemplateResponse

from modelcluster.fields import ParentalKey
from wagtail.admin.mail import send_mail
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel

from research.rate_limit import CONTACT_LIMIT

logger = logging.getLogger(__name__)

HONEYPOT_FIELD = "website"
MESSAGE_MAX_LENGTH = 5000
RATE_LIMITED = (
    "We have had a lot of messages from your connection in the last hour, so we did not "
    "send this one. Your message is still in the form below: please try again later."
)


class SpamTrapForm(forms.Form):
    """Added to the fields editors build: the honeypot, and a length limit on long text."""

    website = forms.CharField(
        label="Leave this box empty",
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def clean(self):
        cleaned_data = super().clean()
        for name, field in self.fields.items():
            value = cleaned_data.get(name)
            is_long_text = isinstance(field.widget, forms.Textarea) and isinstance(value, str)
            if is_long_text and len(value) > MESSAGE_MAX_LENGTH:
                self.add_error(
                    name,
                    f"Please shorten this to {MESSAGE_MAX_LENGTH:,} characters or fewer. "
                    f"It has {len(value):,} now.",
                )
        return cleaned_data

    @property
    def caught_a_robot(self) -> bool:
        return bool(self.data.get(HONEYPOT_FIELD, "").strip())

    @property
    def visible_fields_for_people(self):
        return [field for field in self if field.name != HONEYPOT_FIELD]


class ContactFormField(AbstractFormField):
    page = ParentalKey("home.ContactPage", on_delete=models.CASCADE, related_name="form_fields")


class ContactPage(AbstractEmailForm):
    intro = models.TextField(blank=True, help_text="A sentence or two above the form.")
    thank_you_text = models.TextField(
        blank=True, help_text="Shown after a message is sent, e.g. when to expect a reply."
    )

    content_panels = [
        *AbstractEmailForm.content_panels,
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        InlinePanel("form_fields", label="Form fields"),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading="E-mail",
            help_text="Messages go to the CONTACT_EMAIL setting; “to address” is used only "
            "when that is not set.",
        ),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1
    template = "home/contact_page.html"
    landing_page_template = "home/contact_page_landing.html"

    class Meta:
        verbose_name = "contact page"

    def get_form_class(self):
        return type("ContactForm", (SpamTrapForm, super().get_form_class()), {})

    def recipients(self) -> list[str]:
        configured = getattr(settings, "CONTACT_EMAIL", None) or []
        if configured:
            return list(configured)
        return [address.strip() for address in self.to_address.split(",") if address.strip()]

    def reply_to(self, form) -> list[str]:
        """The sender's own address, so staff can simply press Reply."""
        for name, field in form.fields.items():
            if isinstance(field, forms.EmailField) and form.cleaned_data.get(name):
                return [form.cleaned_data[name]]
        return []

    def process_form_submission(self, form):
        form.cleaned_data.pop(HONEYPOT_FIELD, None)
        submission = self.get_submission_class().objects.create(
            form_data=form.cleaned_data, page=self
        )
        recipients = self.recipients()
        if recipients:
            try:
                send_mail(
                    self.subject or f"New message from the {self.title.lower()} form",
                    self.render_email(form),
                    recipients,
                    self.from_address or None,
                    reply_to=self.reply_to(form),
                )
            except Exception:  # noqa: BLE001 - the message is stored; staff see it in the admin
                logger.exception("Contact form: message stored but the e-mail failed")
        return submission

    def render_form(self, request, form, status: int, problem: str = ""):
        context = self.get_context(request)
        context.update(form=form, problem=problem)
        return TemplateResponse(request, self.get_template(request), context, status=status)

    def serve(self, request, *args, **kwargs):
        if request.method != "POST":
            return super().serve(request, *args, **kwargs)
        form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
        if form.caught_a_robot:
            logger.info("Contact form: honeypot filled, message dropped")
            return self.render_landing_page(request, None, *args, **kwargs)
        if not form.is_valid():
            return self.render_form(request, form, status=400)
        if not CONTACT_LIMIT.hit(request):
            return self.render_form(request, form, status=429, problem=RATE_LIMITED)
        submission = self.process_form_submission(form)
        return self.render_landing_page(request, submission, *args, **kwargs)
