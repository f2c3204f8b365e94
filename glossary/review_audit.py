"""The glossary's review in the audit trail: each approval is written to the term's
history with the reviewer's name, and the editor says who approved the live version."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from wagtail.log_actions import log

from .models import GlossaryApproval, GlossaryTerm

APPROVAL_LOG_ACTION = "glossary.approve"


@receiver(post_save, sender=GlossaryApproval, dispatch_uid="glossary_log_approval")
def log_approval(sender, instance, created, raw=False, **kwargs):
    if raw or not created:
        return
    log(
        instance=instance.revision.as_object(),
        action=APPROVAL_LOG_ACTION,
        user=instance.approved_by,
        revision=instance.revision,
        data={"reviewer": instance.approved_by_name},
    )


def approval_of_live_version(term: GlossaryTerm) -> GlossaryApproval | None:
    """The newest approval of exactly what readers see of the term, if it is live."""
    live = GlossaryTerm.objects.filter(pk=term.pk, live=True).first()
    if live is None:
        return None
    fingerprint = live.reader_fingerprint()
    return live.approvals.filter(fingerprint=fingerprint).order_by("-approved_at", "-pk").first()
