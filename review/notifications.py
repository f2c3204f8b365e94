"""Telling people by e-mail: when the verdict stops something they asked for, and when
the automatic check sends their summary back."""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.dispatch import receiver

from wagtail.admin.signal_handlers import workflow_rejection_email_notifier
from wagtail.admin.utils import get_admin_base_url
from wagtail.signals import workflow_rejected

from .models import PlainLanguageCheckTask

logger = logging.getLogger(__name__)


def notify_publish_refused(page, verdict, *, because: str) -> None:
    """E-mail the page's owner (and whoever scheduled it) why it did not go live."""
    recipients = {
        user.email
        for user in (page.owner, getattr(page.get_latest_revision(), "user", None))
        if user is not None and user.email
    }
    reasons = "\n".join(f"- {reason.message}" for reason in verdict.blocking)
    edit_url = f"{get_admin_base_url()}/admin/pages/{page.pk}/edit/"
    body = (
        f"“{page.title}” was not published {because}, because it did not pass the "
        f"publish checks:\n\n{reasons}\n\n"
        f"What to do next: open the summary, fix the points above and submit it for "
        f"review again.\n{edit_url}\n"
    )
    logger.warning("Publishing refused for page %s (%s): %s", page.pk, page.title, reasons)
    if recipients:
        send_mail(
            subject=f"Not published: {page.title}",
            message=body,
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=sorted(recipients),
            fail_silently=True,
        )


@receiver(workflow_rejected, dispatch_uid="review_automatic_rejection_notice")
def tell_writer_about_automatic_rejection(sender, instance, user=None, **kwargs):
    """Wagtail does not e-mail the person whose action led to a rejection, and the
    automatic check rejects during the writer's own submission: tell the writer here."""
    task = instance.current_task_state.task.specific
    triggered_by_writer = user is not None and user.pk == instance.requested_by_id
    if isinstance(task, PlainLanguageCheckTask) and triggered_by_writer:
        workflow_rejection_email_notifier(sender=sender, instance=instance, user=None)
