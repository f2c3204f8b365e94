from django.dispatch import receiver

from wagtail.admin.signal_handlers import workflow_rejection_email_notifier
from wagtail.signals import workflow_rejected

from .models import PlainLanguageCheckTask


@receiver(workflow_rejected, dispatch_uid="research_automatic_rejection_notice")
def tell_writer_about_automatic_rejection(sender, instance, user=None, **kwargs):
    """Wagtail does not e-mail the person who triggered a rejection, and an automatic
    check rejects during the writer's own submission; so tell the writer here."""
    task = instance.current_task_state.task.specific
    triggered_by_writer = user is not None and user.pk == instance.requested_by_id
    if isinstance(task, PlainLanguageCheckTask) and triggered_by_writer:
        workflow_rejection_email_notifier(sender=sender, instance=instance, user=None)
