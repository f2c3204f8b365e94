"""Summaries and the people behind them: what a profile page lists (`summaries_by`, given
to people at start-up), how readers' structured data names them (`person_json_ld`), and
the page cache forgetting what a profile change makes stale.

A profile shows on its own page and, by its credentials and link, on every summary its
person wrote or reviewed; a summary going live or away changes its people's lists.
"""

from django.db.models import Q
from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver

from wagtail.models import Site
from wagtail.signals import page_published, page_unpublished

from people.models import Person

from .cache_purge.paths import reverse_on
from .cache_purge.receivers import page_cache_configured
from .cache_purge.tasks import purge_after_commit
from .models import ResearchSummaryPage

WRITTEN = "Summaries written"
REVIEWED = "Summaries medically reviewed"


def summaries_by(person) -> list[tuple[str, list]]:
    if person.user_id is None:
        return []
    live = ResearchSummaryPage.objects.for_readers()
    return [
        (WRITTEN, list(live.filter(written_by_id=person.user_id))),
        (REVIEWED, list(live.filter(reviewed_by_id=person.user_id))),
    ]


def person_json_ld(name: str, person, site_url: str = "") -> dict:
    """schema.org Person for a byline: the recorded name, and from the profile what
    qualifies them and where to read more."""
    data = {"@type": "Person", "name": name}
    if person is None:
        return data
    if person.job_title:
        data["jobTitle"] = person.job_title
    if person.credentials:
        data["hasCredential"] = {
            "@type": "EducationalOccupationalCredential",
            "credentialCategory": "degree",
            "name": person.credentials,
        }
    if person.specialty:
        data["knowsAbout"] = person.specialty
    data["url"] = site_url + person.get_absolute_url()
    return data


def profile_urls(people, sites=None) -> list[str]:
    sites = list(sites if sites is not None else Site.objects.all())
    return [reverse_on(site, path) for site in sites for path in people]


@receiver(pre_save, sender=Person, dispatch_uid="people_remember_old_slug")
def remember_old_slug(sender, instance, raw=False, **kwargs):
    if instance.pk and not raw:
        instance._slug_before = (
            Person.objects.filter(pk=instance.pk).values_list("slug", flat=True).first()
        )


@receiver(post_save, sender=Person, dispatch_uid="people_purge_saved")
@receiver(post_delete, sender=Person, dispatch_uid="people_purge_deleted")
def purge_profile(sender, instance, raw=False, **kwargs):
    """The profile page (under its old address too) and the summaries that show it."""
    if raw or not page_cache_configured():
        return
    paths = {instance.get_absolute_url()}
    if getattr(instance, "_slug_before", None):
        paths.add(Person(slug=instance._slug_before).get_absolute_url())
    urls = profile_urls(paths)
    if instance.user_id is not None:
        shown_on = ResearchSummaryPage.objects.live().filter(
            Q(written_by_id=instance.user_id) | Q(reviewed_by_id=instance.user_id)
        )
        urls.extend(url for page in shown_on if (url := page.get_full_url()))
    purge_after_commit(urls)


@receiver(page_published, sender=ResearchSummaryPage, dispatch_uid="people_summary_published")
@receiver(page_unpublished, sender=ResearchSummaryPage, dispatch_uid="people_summary_gone")
def purge_people_of_summary(sender, instance, **kwargs):
    """Their profiles list the summary."""
    if not page_cache_configured():
        return
    user_ids = {instance.written_by_id, instance.reviewed_by_id} - {None}
    people = Person.objects.filter(user_id__in=user_ids)
    purge_after_commit(profile_urls({person.get_absolute_url() for person in people}))
