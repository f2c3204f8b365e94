"""Writing generated summaries in bulk, with every row the review guarantee asks for.

Publishing one summary the ordinary way (add_child, save_revision, record_sign_off,
revision.publish) costs about 0.25 s, mostly judging the same text three times and
indexing it: 40 minutes for 10,000. Here each category's new summaries are written in
one transaction with a few bulk inserts instead: the page rows (tree paths computed as
treebeard would), their topics, one revision each, a medical sign-off by the generated
reviewer for that revision, the audit log entries, the plain-language status; then the
search index, in bulk, at the end.

Bulk inserts send no `pre_save`, so the guard (`review.guard.check_page_save`) does not
run on these rows. This module does not skip what it checks, it does it itself, with
the guard's own functions:

- the verdict (`review.verdict.judge`, plain-language and accessibility checks) on each
  distinct text: generated summaries share a few texts (`content.variant`), so each is
  judged once, and a summary whose text fails is reported and not written;
- the sign-off covers `review.fingerprint.fingerprint` of the very object written, the
  function the guard compares against;
- after each category, the first summary written is read back from the database and
  judged in full (`judge`, sign-off required), so a mismatch between what was written and
  what was signed off stops the run.

Not done for generated rows: Wagtail's `page_published` signal (no cache purges or
e-mails for test data), the reference index (admin "usage" counts).
"""

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import F

from taggit.models import Tag
from wagtail.models import Page, PageLogEntry, Revision, Site
from wagtail.search.backends import get_search_backends

from command_progress import QUIET, ProgressDisplay
from readability.declarations import declared_fields
from readability.models import PlainLanguageStatus
from review.fingerprint import fingerprint
from review.models import ReviewSignOff
from review.names import SIGN_OFF_LOG_ACTION
from review.signoffs import display_name
from review.status import status_values
from review.verdict import judge

from ..models import CategoryPage, ResearchIndexPage, ResearchSummaryPage, ResearchSummaryTopic
from . import content, generated_categories, generated_summaries

SUMMARIES_PER_CATEGORY = 100
# One category in five sits under the category before it, so that the tree has depth.
NESTED_EVERY = 5
SUMMARIES_PER_TOPIC = 500
REVIEWER_USERNAME = "generated-reviewer"
INDEX_CHUNK = 2000


class GenerationRefused(Exception):
    pass


@dataclass
class GenerationLog:
    created: int = 0
    categories_created: int = 0
    indexed: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)


def generated_reviewer():
    """The account that signs off generated summaries: named so that the stamp readers
    see ("Medically reviewed by Generated Reviewer (test data)") claims no real person's
    review, and unable to sign in."""
    User = get_user_model()
    user, created = User.objects.get_or_create(
        username=REVIEWER_USERNAME,
        defaults={
            "first_name": "Generated Reviewer",
            "last_name": "(test data)",
            "is_active": False,
        },
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    return user


def generate(
    total: int,
    *,
    index: bool = True,
    say: Callable[[str], None] = print,
    progress: ProgressDisplay = QUIET,
) -> GenerationLog:
    """Add generated summaries until there are `total` of them."""
    log = GenerationLog()
    research = ResearchIndexPage.objects.first()
    if research is None:
        raise GenerationRefused(
            "There is no research index page to put generated summaries under: run "
            "`manage.py seed_demo` (or create the research index) first."
        )
    started = time.monotonic()
    existing = sorted(_numbers(generated_summaries().values_list("slug", flat=True)))
    wanted = total - len(existing)
    if wanted <= 0:
        say(f"There are already {len(existing)} generated summaries; nothing to add.")
        return log
    first = (existing[-1] if existing else 0) + 1
    numbers = list(range(first, first + wanted))
    writer = _Writer(research)
    say(f"Adding {wanted} generated summaries ({first}-{numbers[-1]}).")
    by_category: dict[int, list[int]] = {}
    for number in numbers:
        by_category.setdefault(category_number(number), []).append(number)
    with progress.bar("Writing summaries", wanted) as bar:
        for position, (category, members) in enumerate(by_category.items(), start=1):
            label = f"summaries {members[0]}-{members[-1]}"
            try:
                with transaction.atomic():
                    parent = writer.category(category, log)
                    log.created += writer.write(parent, members, log)
            except Exception as error:  # noqa: BLE001 - report the records and carry on
                log.failed.append((label, f"{type(error).__name__}: {error}"))
                say(f"  FAILED {label}: {type(error).__name__}: {error}")
            bar.advance(len(members))
            if position % 10 == 0 or position == len(by_category):
                rate = log.created / max(time.monotonic() - started, 1e-6)
                say(f"  {log.created}/{wanted} written ({rate:.0f} a second)")
    log.timings["write"] = time.monotonic() - started
    if index:
        started = time.monotonic()
        log.indexed = index_generated(say, progress)
        log.timings["index"] = time.monotonic() - started
    return log


def category_number(summary_number: int) -> int:
    return (summary_number - 1) // SUMMARIES_PER_CATEGORY + 1


def _numbers(slugs) -> list[int]:
    numbers = []
    for slug in slugs:
        tail = slug.removeprefix(content.SUMMARY_SLUG)
        if tail.isdigit():
            numbers.append(int(tail))
    return numbers


class _Writer:
    def __init__(self, research: ResearchIndexPage):
        self.research = research
        self.site = Site.objects.filter(is_default_site=True).first()
        self.reviewer = generated_reviewer()
        self.reviewer_name = display_name(self.reviewer)
        self.page_type = ContentType.objects.get_for_model(Page)
        self.summary_type = ContentType.objects.get_for_model(ResearchSummaryPage)
        self.verdicts: dict[int, object] = {}

    # Categories go through the ordinary publish path: there are few, and they need no
    # sign-off.
    def category(self, number: int, log: GenerationLog) -> CategoryPage:
        values = content.category_values(number)
        existing = generated_categories().filter(slug=values["slug"]).first()
        if existing is not None:
            return existing
        nested = number % NESTED_EVERY == 0 and number > 1
        parent = self.category(number - 1, log) if nested else self.research
        page = CategoryPage(**values, live=False)
        parent.add_child(instance=page)
        page.save_revision().publish()
        log.categories_created += 1
        return CategoryPage.objects.get(pk=page.pk)

    @staticmethod
    def topics(count: int) -> list:
        """The first `count` generated topics (looked up in each batch's transaction, so
        that a batch rolled back takes nothing another batch relies on)."""
        topics = []
        for number in range(1, count + 1):
            tag, _ = Tag.objects.get_or_create(
                slug=content.topic_slug(number), defaults={"name": content.topic_name(number)}
            )
            topics.append(tag)
        return topics

    def verdict_for(self, number: int):
        """The verdict on the text summary `number` shares with its variant, judged once."""
        which = content.variant(number)
        if which not in self.verdicts:
            page = ResearchSummaryPage(**content.summary_values(number))
            self.verdicts[which] = judge(page, require_sign_off=False, site=self.site)
        return self.verdicts[which]

    def write(self, parent: CategoryPage, numbers: list[int], log: GenerationLog) -> int:
        # One topic per SUMMARIES_PER_TOPIC summaries so far: topics grow with the site.
        topics = self.topics(-(-numbers[-1] // SUMMARIES_PER_TOPIC))
        pages = []
        for number in numbers:
            verdict = self.verdict_for(number)
            if not verdict.can_publish:
                reasons = "; ".join(reason.message for reason in verdict.blocking)
                log.failed.append((f"summary {number}", f"its text fails the checks: {reasons}"))
                continue
            pages.append(self.summary(parent, number, topics))
        if not pages:
            return 0
        self.place(parent, pages)
        self.insert_pages(pages)
        revisions = self.insert_revisions(pages)
        self.insert_sign_offs(parent, pages, revisions)
        self.insert_statuses(pages, revisions)
        Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
        self.check_one(pages[0])
        return len(pages)

    def summary(self, parent, number: int, topics: list) -> ResearchSummaryPage:
        values = content.summary_values(number)
        published = values["first_published_at"]
        page = ResearchSummaryPage(
            **values,
            live=True,
            has_unpublished_changes=False,
            last_published_at=published,
            latest_revision_created_at=published,
            draft_title=values["title"],
            content_type=self.summary_type,
            locale_id=parent.locale_id,
            url_path=f"{parent.url_path}{values['slug']}/",
            depth=parent.depth + 1,
            numchild=0,
            reviewed_by=self.reviewer,
            reviewed_by_name=self.reviewer_name,
            reviewed_at=published,
        )
        # One or two topics each, spread evenly.
        chosen = {topics[number % len(topics)], topics[(number * 7) % len(topics)]}
        page.topics.add(*sorted(chosen, key=lambda tag: tag.slug))
        page._cached_parent_obj = parent  # what treebeard's get_parent() would load
        return page

    @staticmethod
    def place(parent, pages) -> None:
        """Tree paths after the parent's last child, as treebeard's add_child makes them."""
        last = Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
        last_path = last.order_by("-path").values_list("path", flat=True).first()
        step = Page._str2int(last_path[-Page.steplen :]) if last_path else 0
        for page in pages:
            step += 1
            page.path = Page._get_path(parent.path, parent.depth + 1, step)

    def insert_pages(self, pages) -> None:
        base_fields = [f for f in Page._meta.concrete_fields if not f.primary_key]
        rows = [
            Page(**{f.attname: getattr(page, f.attname) for f in base_fields}) for page in pages
        ]
        Page.objects.bulk_create(rows)
        for page, row in zip(pages, rows, strict=True):
            page.id = page.page_ptr_id = row.pk
        # Django's bulk_create refuses multi-table models; the summary's own table is
        # filled the way save() fills it, one INSERT per chunk of rows.
        own_fields = ResearchSummaryPage._meta.local_concrete_fields
        manager = ResearchSummaryPage._base_manager
        for start in range(0, len(pages), 100):
            manager._insert(pages[start : start + 100], fields=own_fields)
        for page in pages:
            page._state.adding = False
            page._state.db = manager.db
        tagged = [item for page in pages for item in page.tagged_items.all()]
        for item in tagged:
            item.content_object_id = item.content_object.pk
        ResearchSummaryTopic.objects.bulk_create(tagged)

    def insert_revisions(self, pages) -> list[Revision]:
        revisions = Revision.objects.bulk_create(
            Revision(
                content_type=self.summary_type,
                base_content_type=self.page_type,
                object_id=str(page.pk),
                created_at=page.first_published_at,
                content=page.serializable_data(),
                object_str=str(page),
            )
            for page in pages
        )
        for page, revision in zip(pages, revisions, strict=True):
            page.latest_revision_id = page.live_revision_id = revision.pk
        Page.objects.bulk_update(
            [
                Page(pk=page.pk, latest_revision_id=revision.pk, live_revision_id=revision.pk)
                for page, revision in zip(pages, revisions, strict=True)
            ],
            ["latest_revision", "live_revision"],
        )
        return revisions

    def insert_sign_offs(self, parent, pages, revisions) -> None:
        sign_offs = ReviewSignOff.objects.bulk_create(
            ReviewSignOff(
                revision=revision,
                object_id=str(page.pk),
                fingerprint=fingerprint(page),
                user=self.reviewer,
                reviewer_name=self.reviewer_name,
            )
            for page, revision in zip(pages, revisions, strict=True)
        )
        # Dated as the summary's publication (created_at is set on insert): a review
        # dated after it would read as a review of something already live.
        for sign_off, page in zip(sign_offs, pages, strict=True):
            sign_off.created_at = page.first_published_at
        ReviewSignOff.objects.bulk_update(sign_offs, ["created_at"])
        entries = []
        for page, revision in zip(pages, revisions, strict=True):
            for action, user in ((SIGN_OFF_LOG_ACTION, self.reviewer), ("wagtail.publish", None)):
                entries.append(
                    PageLogEntry(
                        content_type=self.summary_type,
                        label=page.title,
                        action=action,
                        timestamp=page.first_published_at,
                        user=user,
                        revision=revision,
                        page_id=page.pk,
                        content_changed=action == "wagtail.publish",
                    )
                )
        PageLogEntry.objects.bulk_create(entries)

    def insert_statuses(self, pages, revisions) -> None:
        declared = declared_fields(ResearchSummaryPage)
        rows = []
        for page, revision in zip(pages, revisions, strict=True):
            values = status_values(self.verdict_for(content_number(page)), declared)
            # Judged without its sign-off (judged before it existed); it has one now.
            values["signed_off"] = True
            rows.append(PlainLanguageStatus(page_id=page.pk, revision=revision, **values))
        PlainLanguageStatus.objects.bulk_create(rows)

    def check_one(self, written: ResearchSummaryPage) -> None:
        """The guard's own verdict on one summary as the database now holds it."""
        stored = ResearchSummaryPage.objects.get(pk=written.pk)
        verdict = judge(stored, require_sign_off=True, site=self.site)
        if not verdict.can_publish:
            raise GenerationRefused(
                f"{stored.slug} was written but the guard would refuse it: "
                + "; ".join(reason.message for reason in verdict.blocking)
            )
        live = stored.live_revision.as_object()
        if fingerprint(live) != verdict.sign_off.fingerprint:
            raise GenerationRefused(f"{stored.slug}: its live revision differs from the page")


def content_number(page) -> int:
    return int(page.slug.removeprefix(content.SUMMARY_SLUG))


def index_generated(say: Callable[[str], None], progress: ProgressDisplay = QUIET) -> int:
    """Put generated summaries and categories in the search index, in chunks."""
    indexed = 0
    for model, pages in (
        (CategoryPage, generated_categories()),
        (ResearchSummaryPage, generated_summaries().prefetch_related("topics")),
    ):
        ids = list(pages.values_list("pk", flat=True))
        label = f"Indexing {model._meta.verbose_name_plural}"
        with progress.bar(label, len(ids)) as bar:
            for start in range(0, len(ids), INDEX_CHUNK):
                chunk = list(pages.filter(pk__in=ids[start : start + INDEX_CHUNK]))
                for backend in get_search_backends(with_auto_update=True):
                    backend.add_bulk(model, chunk)
                indexed += len(chunk)
                bar.advance(len(chunk))
        say(f"  indexed {len(ids)} {model._meta.verbose_name_plural}")
    return indexed
