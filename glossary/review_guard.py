"""The glossary's review guarantee: a definition readers see is one a medical reviewer
approved. Every path that can change what readers see of a term ends in a save of the
term's row (Wagtail publishes by copying a revision into the row and saving it), or in
a change to its "see also" links; the receivers below check both, whatever made them:
the Publish button, the last workflow approval, scheduled publishing, a revert, code.

- A row that is live, or becoming live, may only hold content that is the term's latest
  approval (`GlossaryApproval`, kept as the reader fingerprint): an edit after an
  approval is not approved, and content a reviewer has since replaced with a later
  approval cannot come back (by a revert or a schedule) without a new review. A save
  that changes nothing readers see passes: it shows them nothing new.
- "See also" is a many-to-many: it is written after the row, by modelcluster's commit,
  or at once through the reverse manager (`other.glossaryterm_set.add(term)`). Both send
  `m2m_changed`, which is checked the same way; the commit of a save that passed is let
  through.
- A revision that was approved, published, submitted or scheduled is never rewritten in
  place (`keep_reviewed_revisions`): the history must point at what was reviewed.

What cannot be guarded from inside the application: SQL, `QuerySet.update()` and writes
to the auto-created "see also" table itself, which send no signals. Unpublishing and
deleting need no approval (they show readers nothing new); a deleted term's approvals
go with it.
"""

from django.core.exceptions import PermissionDenied
from django.db.models.signals import m2m_changed, pre_save
from django.dispatch import receiver

from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Revision,
    RevisionMixin,
    WorkflowMixin,
)

from review.guard import RevisionImmutable, as_stored

from .models import GlossaryApproval, GlossaryTerm

NOT_APPROVED = (
    "a medical reviewer has not approved this content. Submit it for review instead of "
    "publishing it."
)
SUPERSEDED = (
    "a medical reviewer approved this content once, but has approved a later version "
    "since. Submit it for review again to bring it back."
)
REVISION_KEPT = (
    "This version of the term was reviewed, published or scheduled, so it cannot be "
    "changed; save your edit as a new version."
)

# Fields whose change alone shows readers nothing new: Wagtail's own bookkeeping (the
# draft, the lock, the schedule). `live` and `live_revision` are not among them:
# changing those is publishing.
BOOKKEEPING_FIELDS = frozenset(
    field.name
    for mixin in (DraftStateMixin, LockableMixin, RevisionMixin, WorkflowMixin)
    for field in mixin._meta.get_fields()
) - {"live", "live_revision"}

# Set on a term whose save the guard let through: the "see also" links modelcluster then
# commits for that save (removals first, then additions) head for this set.
SEE_ALSO_TARGET = "_glossary_approved_see_also"


class TermPublishRefused(PermissionDenied):
    """Raised by every path that would show readers a term's content no reviewer
    approved. A PermissionDenied, so that an admin path without its own friendly check
    answers 403, never 500."""

    def __init__(self, term, reason: str):
        self.term = term
        self.reason = reason
        super().__init__(f"“{term}” cannot go live: {reason}")


def latest_approval(term_pk) -> GlossaryApproval | None:
    if term_pk is None:
        return None
    return GlossaryApproval.objects.filter(term_id=term_pk).order_by("-approved_at", "-pk").first()


def refusal_reason(term_pk, fingerprint: str) -> str | None:
    """Why content with `fingerprint` may not be live for the term, or None when it may."""
    latest = latest_approval(term_pk)
    if latest is not None and latest.fingerprint == fingerprint:
        return None
    older = GlossaryApproval.objects.filter(term_id=term_pk, fingerprint=fingerprint)
    return SUPERSEDED if term_pk is not None and older.exists() else NOT_APPROVED


def why_not_live(content: GlossaryTerm) -> str | None:
    """Why `content` (a term as it would be live) may not go live, or None when it may:
    it changes nothing readers see of the live row, or it is the latest approval."""
    fingerprint = content.reader_fingerprint()
    previous = GlossaryTerm.objects.filter(pk=content.pk).first() if content.pk else None
    if previous is not None and previous.live and previous.reader_fingerprint() == fingerprint:
        return None
    return refusal_reason(content.pk, fingerprint)


def see_also_pks(term: GlossaryTerm) -> frozenset:
    return frozenset(other.pk for other in term.see_also.all())


@receiver(pre_save, sender=GlossaryTerm, dispatch_uid="glossary_check_term_save")
def check_term_save(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or not instance.live:
        return  # a draft or an unpublish: nothing new reaches readers
    if update_fields is not None and set(update_fields) <= BOOKKEEPING_FIELDS:
        return  # a revision, lock or schedule saved beside the live content
    if update_fields is None:
        after = instance
    else:
        # Only the named fields are written: judge the row they will make.
        after = GlossaryTerm.objects.filter(pk=instance.pk).first() or instance
        for name in update_fields:
            attname = GlossaryTerm._meta.get_field(name).attname
            setattr(after, attname, getattr(instance, attname))
    reason = why_not_live(after)
    if reason is not None:
        raise TermPublishRefused(instance, reason)
    if after is instance:
        setattr(instance, SEE_ALSO_TARGET, see_also_pks(instance))


@receiver(m2m_changed, sender=GlossaryTerm.see_also.through, dispatch_uid="glossary_see_also")
def check_see_also_change(sender, instance, action, reverse, pk_set, **kwargs):
    if action not in ("pre_add", "pre_remove", "pre_clear"):
        return
    if not reverse:
        if part_of_approved_save(instance, action, pk_set):
            return
        changes = {instance.pk: (action, pk_set)}
    elif action == "pre_clear":
        linking = GlossaryTerm.objects.filter(see_also=instance).values_list("pk", flat=True)
        changes = {pk: ("pre_remove", {instance.pk}) for pk in linking}
    else:
        changes = {pk: (action, {instance.pk}) for pk in pk_set}
    for term_pk, (change, pks) in changes.items():
        check_links(term_pk, change, pks)


def part_of_approved_save(instance, action, pk_set) -> bool:
    target = getattr(instance, SEE_ALSO_TARGET, None)
    if target is None:
        return False
    if action == "pre_add":
        return set(pk_set) <= target
    if action == "pre_remove":
        return not (set(pk_set) & target)
    return not target  # pre_clear


def check_links(term_pk, change: str, pks) -> None:
    row = GlossaryTerm.objects.filter(pk=term_pk).first()
    if row is None or not row.live:
        return
    current = see_also_pks(row)
    if change == "pre_add":
        links = current | set(pks)
    elif change == "pre_remove":
        links = current - set(pks)
    else:
        links = frozenset()
    if links == current:
        return
    row.see_also = list(GlossaryTerm.objects.filter(pk__in=links))  # in memory only
    reason = refusal_reason(row.pk, row.reader_fingerprint())
    if reason is not None:
        raise TermPublishRefused(row, reason)


def is_reviewed_revision(revision: Revision) -> bool:
    """Approved, live, submitted for review or scheduled."""
    if revision.pk is None:
        return False
    if revision.approved_go_live_at is not None:
        return True
    if GlossaryApproval.objects.filter(revision_id=revision.pk).exists():
        return True
    if GlossaryTerm.objects.filter(live_revision_id=revision.pk).exists():
        return True
    return revision.task_states.exists()


def is_term_revision(revision: Revision) -> bool:
    model = revision.content_type.model_class() if revision.content_type_id else None
    return model is not None and issubclass(model, GlossaryTerm)


@receiver(pre_save, sender=Revision, dispatch_uid="glossary_keep_reviewed_revisions")
def keep_reviewed_revisions(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or instance.pk is None or not is_term_revision(instance):
        return
    if update_fields is not None and "content" not in update_fields:
        return
    stored = Revision.objects.filter(pk=instance.pk).values_list("content", flat=True).first()
    if stored is None or stored == as_stored(instance.content):
        return
    if is_reviewed_revision(Revision.objects.get(pk=instance.pk)):
        raise RevisionImmutable(REVISION_KEPT)
