"""The demo's people and its disclosure: profiles for the demo accounts, the editorial
policy page and the "Who we are" settings. Get-or-create, like the rest of the seed:
running it again changes nothing, and nothing an editor changed is overwritten."""

from wagtail.models import Page, Site

from people.models import Person

from . import demo_disclosure
from .models import SiteSettings, StandardPage


def seed_profiles(users: dict, log) -> None:
    for username, profile in demo_disclosure.DEMO_PROFILES.items():
        user = users.get(username)
        if user is None:
            continue
        label = f"profile: {profile['display_name']}"
        if Person.objects.filter(user=user).exists():
            log.existing.append(label)
            continue
        Person.objects.create(user=user, **profile)
        log.created.append(label)


def seed_editorial_policy(home: Page, log, publish_child) -> Page:
    content = demo_disclosure.EDITORIAL_POLICY
    return publish_child(
        home,
        StandardPage(
            title=content["title"],
            slug=content["slug"],
            intro=content["intro"],
            body=content["body"],
        ),
        log,
        f"page: {content['title']}",
    )


def ensure_disclosure(home: Page, policy: Page, contact: Page) -> None:
    """Filled once; an editor's later changes stay."""
    settings = SiteSettings.for_site(Site.objects.get(root_page=home))
    if settings.editorial_policy_page_id is not None:
        return
    settings.run_by = settings.run_by or demo_disclosure.RUN_BY
    settings.funded_by = settings.funded_by or demo_disclosure.FUNDED_BY
    settings.editorial_policy_page = policy
    if not settings.report_error_email and settings.report_error_page_id is None:
        settings.report_error_page = contact
    settings.save()
