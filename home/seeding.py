"""Builds the demo site. Every step is get-or-create by slug or name, so running it
again changes nothing; a record that fails is reported and the rest still go in."""

import datetime
import secrets
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils.html import escape

from wagtail.models import Page, Site

from glossary.models import GlossaryPage
from glossary.review_setup import ensure_glossary_roles
from glossary.seeding import seed_glossary
from research.demo_content.disclosures import DISCLOSURES
from research.models import CategoryPage, ResearchIndexPage, ResearchSummaryPage
from review.roles import MEDICAL_REVIEWERS, ensure_roles
from review.setup import ensure_review_workflow
from review.signoffs import record_override, record_sign_off
from review.verdict import judge

from . import demo_content, demo_disclosure
from .models import (
    ContactFormField,
    ContactPage,
    DemoAccount,
    HomePage,
    SiteSettings,
    StandardPage,
)
from .seeding_disclosure import ensure_disclosure, seed_editorial_policy, seed_profiles

PUBLISH_HOUR = datetime.time(9, 0, tzinfo=datetime.UTC)


class SeedRefused(Exception):
    """The seed will not run here: what it found, and what to do instead."""


def reasons_to_refuse() -> list[str]:
    """Why this is no place for demo accounts with published passwords: production
    settings, or a database that already holds people the seed did not create."""
    reasons = []
    module = getattr(django_settings, "SETTINGS_MODULE", None) or ""
    if module.rsplit(".", 1)[-1] == "production":
        reasons.append(f"the settings are production ({module})")
    elif not django_settings.DEBUG and not getattr(
        django_settings, "DEMO_SEED_WITHOUT_DEBUG", False
    ):
        reasons.append("DEBUG is off, as on a public server")
    if reasons:
        return reasons  # before touching a database that may not even be migrated
    others = get_user_model().objects.exclude(pk__in=DemoAccount.objects.values("user"))
    if count := others.count():
        reasons.append(f"the database has {count} user(s) that the seed did not create")
    return reasons


def demo_names_taken() -> list[str]:
    """Demo usernames held by someone the seed did not create: --force does not take
    over a real account (nor put a real person's name on demo sign-offs)."""
    names = [username for username, *_ in demo_content.DEMO_ACCOUNTS]
    return list(
        get_user_model()
        .objects.filter(username__in=names)
        .exclude(pk__in=DemoAccount.objects.values("user"))
        .values_list("username", flat=True)
    )


@dataclass
class SeedLog:
    created: list[str] = field(default_factory=list)
    existing: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    accounts: list[tuple[str, str, bool]] = field(default_factory=list)


def publish_child(
    parent: Page,
    page: Page,
    log: SeedLog,
    label: str,
    signed_off_by=None,
    override_reason="",
    written_by=None,
) -> Page:
    """Add `page` under `parent` unless a child with its slug exists; publish it through a
    revision, so the publish gate judges demo content like any other. An override is
    recorded the way a reviewer's is: for this content, with its reason, in the audit log."""
    existing = parent.get_children().filter(slug=page.slug).first()
    if existing is not None:
        log.existing.append(label)
        return existing.specific
    page.live = False
    parent.add_child(instance=page)
    revision = page.save_revision()
    if signed_off_by is not None:
        sign_off = record_sign_off(
            revision, signed_off_by, writer=written_by, reader_note="First published"
        )
        if page.first_published_at:
            # Demo summaries carry their own publishing dates; a review dated after the
            # publication would read as a review of something already live.
            type(sign_off).objects.filter(pk=sign_off.pk).update(created_at=page.first_published_at)
    if override_reason:
        failed = [reason.to_dict() for reason in judge(revision.as_object()).plain_language_errors]
        record_override(revision, signed_off_by, override_reason, failed)
    revision.publish()
    page.refresh_from_db()
    log.created.append(label)
    return page


def ensure_home_page(log: SeedLog) -> HomePage:
    home = HomePage.objects.first()
    if home is not None:
        log.existing.append("page: Home")
        return home
    root = Page.get_first_root_node()
    # Wagtail's install creates a placeholder "Welcome" page at slug "home": move it aside,
    # hand its site to the real home page, then remove it.
    placeholder = (
        root.get_children()
        .filter(slug="home", content_type=ContentType.objects.get_for_model(Page))
        .first()
    )
    if placeholder is not None:
        placeholder.slug = "wagtail-welcome-placeholder"
        placeholder.save(update_fields=["slug"])
    home = HomePage(
        title="Home", slug="home", intro=demo_content.HOME_INTRO, seo_title=demo_content.SITE_NAME
    )
    home.live = False
    root.add_child(instance=home)
    home.save_revision().publish()
    if placeholder is not None:
        Site.objects.filter(root_page=placeholder).update(root_page=home)
        if not placeholder.get_children().exists():
            placeholder.delete()
    if not Site.objects.exists():
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    point_site_at_demo_address()
    log.created.append("page: Home")
    return home


def point_site_at_demo_address() -> None:
    """Links that leave the site (feeds, e-mails, canonical links, citations) use the
    Site's host and port: for the demo, the address the README's command serves on."""
    address = urlsplit(django_settings.WAGTAILADMIN_BASE_URL)
    Site.objects.filter(is_default_site=True, hostname="localhost", port=80).update(
        hostname=address.hostname or "localhost",
        port=address.port or (443 if address.scheme == "https" else 80),
    )


def ensure_site_settings(home: HomePage, disclaimer: Page) -> None:
    site = Site.objects.get(root_page=home)
    settings = SiteSettings.for_site(site)
    if settings.disclaimer_page_id is None:
        settings.site_name = demo_content.SITE_NAME
        settings.tagline = demo_content.TAGLINE
        settings.notice = demo_content.DEMO_NOTICE
        settings.disclaimer_page = disclaimer
        settings.save()
    if not site.site_name:
        # Wagtail's dashboard names the site from this, else from its host name.
        site.site_name = settings.site_name or demo_content.SITE_NAME
        site.save(update_fields=["site_name"])


def summary_page(entry: dict) -> ResearchSummaryPage:
    published_at = datetime.datetime.combine(entry["published_on"], PUBLISH_HOUR)
    paragraphs = [part.strip() for part in entry["research_summary"].split("\n\n") if part.strip()]
    disclosed = DISCLOSURES.get(entry["slug"], {})
    page = ResearchSummaryPage(
        title=entry["title"],
        slug=entry["slug"],
        journal=entry["journal"],
        publication_year=entry["publication_year"],
        doi=entry["doi"],
        paper_title=entry["paper_title"],
        simple_explanation=entry["simple_explanation"],
        study_duration=entry["study_duration"],
        participants=entry["participants"],
        evidence_level=entry["evidence_level"],
        key_findings=[("finding", text) for text in entry["key_findings"]],
        research_summary="".join(f"<p>{escape(text)}</p>" for text in paragraphs),
        practical_implications=[
            ("implication", {"heading": heading, "text": text})
            for heading, text in entry["practical_implications"]
        ],
        study_limitations=[("limitation", text) for text in entry["study_limitations"]],
        search_description=entry["simple_explanation"].split(". ")[0][:300],
        # As the paper states them, as far as the pages we could check show them.
        study_funding=disclosed.get("study_funding", demo_disclosure.NOT_CHECKED),
        author_conflicts=disclosed.get("author_conflicts", demo_disclosure.NOT_CHECKED),
        first_published_at=published_at,
    )
    page.topics.add(*entry["topics"])
    return page


def seed_research_index(home: HomePage, log: SeedLog) -> ResearchIndexPage:
    return publish_child(
        home,
        ResearchIndexPage(
            title="Research",
            slug="research",
            intro=demo_content.RESEARCH_INTRO,
            show_in_menus=True,
        ),
        log,
        "page: Research",
    )


def seed_research(research: ResearchIndexPage, reviewer, log: SeedLog, writer=None) -> None:
    """Categories, then summaries signed off by the demo reviewer account and published
    through the gate: a summary that fails it is reported, and the rest go in."""
    from research.demo_content.summaries import CATEGORIES, SUMMARIES

    categories: dict[str, CategoryPage] = {}
    for entry in CATEGORIES:
        parent = research if entry["parent"] is None else categories.get(entry["parent"])
        if parent is None:
            log.failed.append((f"category {entry['slug']}", f"parent {entry['parent']} missing"))
            continue
        categories[entry["slug"]] = publish_child(
            parent,
            CategoryPage(
                title=entry["title"],
                slug=entry["slug"],
                intro=entry["intro"],
                review_interval_months=entry.get("review_interval_months"),
            ),
            log,
            f"category: {entry['title']}",
        )
    for entry in SUMMARIES:
        label = f"summary: {entry.get('slug', '?')}"
        try:
            with transaction.atomic():
                parent = categories[entry["category"]]
                publish_child(
                    parent,
                    summary_page(entry),
                    log,
                    label,
                    signed_off_by=reviewer,
                    override_reason=entry.get("plain_language_override", ""),
                    written_by=writer,
                )
        except Exception as error:  # noqa: BLE001 - report the record and carry on
            log.failed.append((label, f"{type(error).__name__}: {error}"))


def seed_terms(reviewer, log: SeedLog) -> None:
    """The glossary, from the engine's shipped term list, approved by the demo reviewer."""
    terms = seed_glossary(reviewer)
    if terms.created:
        log.created.append(f"glossary: {len(terms.created)} terms")
    if terms.existing:
        log.existing.append(f"glossary: {len(terms.existing)} terms")
    for name, reason in terms.refused:
        log.failed.append((f"glossary term {name}", reason))


def seed_standard_pages(home: HomePage, log: SeedLog) -> dict[str, Page]:
    pages = {}
    for content, in_menu in ((demo_content.ABOUT, True), (demo_content.DISCLAIMER, False)):
        pages[content["slug"]] = publish_child(
            home,
            StandardPage(
                title=content["title"],
                slug=content["slug"],
                intro=content["intro"],
                body=content["body"],
                show_in_menus=in_menu,
            ),
            log,
            f"page: {content['title']}",
        )
    return pages


def seed_contact_page(home: HomePage, log: SeedLog) -> ContactPage:
    content = demo_content.CONTACT
    return publish_child(
        home,
        ContactPage(
            title=content["title"],
            slug=content["slug"],
            intro=content["intro"],
            thank_you_text=content["thank_you_text"],
            subject=content["subject"],
            show_in_menus=True,
            form_fields=[
                ContactFormField(
                    label=label,
                    field_type=field_type,
                    required=required,
                    help_text=help_text,
                    sort_order=order,
                )
                for order, (label, field_type, required, help_text) in enumerate(content["fields"])
            ],
        ),
        log,
        f"page: {content['title']}",
    )


def seed_glossary_page(home: HomePage, log: SeedLog) -> GlossaryPage:
    """The A to Z that the terms marked up on summaries link to; in the menus, beside
    About and Contact. Its terms are seeded with the glossary."""
    content = demo_content.GLOSSARY
    return publish_child(
        home,
        GlossaryPage(
            title=content["title"],
            slug=content["slug"],
            intro=content["intro"],
            show_in_menus=True,
        ),
        log,
        f"page: {content['title']}",
    )


def seed_accounts(log: SeedLog, groups, random_passwords: bool = False) -> dict:
    """The demo accounts. With `random_passwords` (a forced seed), a new account gets a
    random password, shown once in the log, never the published one."""
    User = get_user_model()
    users = {}
    for username, published, group_name, first_name, last_name in demo_content.DEMO_ACCOUNTS:
        password = secrets.token_urlsafe(12) if random_passwords else published
        user = User.objects.filter(username=username).first()
        created = user is None
        if created:
            user = User(
                username=username,
                email=f"{username}@example.com",
                first_name=first_name,
                last_name=last_name,
                is_staff=group_name is None,
                is_superuser=group_name is None,
            )
            # Only a new account gets the demo password: a changed one is left alone.
            user.set_password(password)
            user.save()
            DemoAccount.objects.create(user=user)
        if group_name:
            user.groups.add(groups[group_name])
        log.accounts.append((username, password, created))
        users[username] = user
    return users


def seed_demo(force: bool = False) -> SeedLog:
    """Raises SeedRefused, before writing anything, where demo accounts do not belong
    (see `reasons_to_refuse`) unless forced; a forced seed gives random passwords."""
    reasons = reasons_to_refuse()
    if reasons and not force:
        raise SeedRefused(
            "Refusing to seed the demo site: " + "; ".join(reasons) + ". The demo accounts "
            "have published passwords. Seed a fresh database with the dev settings, or run "
            "with --force to seed anyway with random passwords, shown once."
        )
    if taken := demo_names_taken():
        raise SeedRefused(
            f"Refusing to seed: {', '.join(taken)} already belong to accounts the seed did "
            "not create, and --force does not take them over."
        )
    log = SeedLog()
    with transaction.atomic():
        home = ensure_home_page(log)
        standard_pages = seed_standard_pages(home, log)
        ensure_site_settings(home, standard_pages["disclaimer"])
        research = seed_research_index(home, log)
        contact = seed_contact_page(home, log)
        seed_glossary_page(home, log)
        policy = seed_editorial_policy(home, log, publish_child)
        ensure_disclosure(home, policy, contact)
        groups = ensure_roles(research_root=research, site_root=home)
        ensure_review_workflow(research, groups[MEDICAL_REVIEWERS])
        ensure_glossary_roles()
        users = seed_accounts(log, groups, random_passwords=force)
        # Before the summaries: the publish gate judges them with the glossary's terms.
        seed_terms(users["reviewer"], log)
        seed_profiles(users, log)
    seed_research(research, users["reviewer"], log, writer=users["writer"])
    return log
