"""The e-mail backend the site uses: it queues each message as a task and returns.

Every sender goes through Django's mail API (ours, Wagtail's workflow and moderation
notices, the contact form), so queueing here means that no request, publish or approval
waits on the mail server, or fails because of it. The task sends the message with
EMAIL_DELIVERY_BACKEND.
"""

import logging

from django.core.mail.backends.base import BaseEmailBackend

from .envelope import to_json
from .tasks import deliver_email

logger = logging.getLogger(__name__)


class QueuedEmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages) -> int:
        queued = 0
        for message in email_messages:
            if not message.recipients():
                continue
            try:
                deliver_email.enqueue(to_json(message))
            except Exception:
                if not self.fail_silently:
                    raise
                logger.exception("Could not queue an e-mail: %s", message.subject)
            else:
                queued += 1
        return queued
