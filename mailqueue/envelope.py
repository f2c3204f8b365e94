"""An e-mail as JSON and back, so that it can wait in the task queue.

Task arguments must be JSON (the database backend stores them in a JSON column). The
message is kept field by field rather than as rendered MIME so that the delivery
backend gets an ordinary `EmailMultiAlternatives`: the SMTP backend renders it as it
would have, and the test backend (locmem) keeps subject, body and headers readable.
"""

import base64
from typing import Any

from django.core.mail import EmailMessage, EmailMultiAlternatives

TEXT, BASE64 = "text", "base64"


def _attachment_to_json(attachment: Any) -> dict:
    if not isinstance(attachment, tuple):
        # A ready-made MIME part: nothing here builds one, and it cannot become JSON faithfully.
        raise TypeError("Queued e-mail supports (filename, content, mimetype) attachments only")
    filename, content, mimetype = attachment
    if isinstance(content, bytes):
        return {
            "filename": filename,
            "content": base64.b64encode(content).decode("ascii"),
            "encoding": BASE64,
            "mimetype": mimetype,
        }
    return {"filename": filename, "content": str(content), "encoding": TEXT, "mimetype": mimetype}


def _attachment_from_json(data: dict) -> tuple:
    content = data["content"]
    if data["encoding"] == BASE64:
        content = base64.b64decode(content)
    return (data["filename"], content, data["mimetype"])


def to_json(message: EmailMessage) -> dict:
    return {
        "subject": str(message.subject),
        "body": str(message.body),
        "from_email": str(message.from_email),
        "to": [str(address) for address in message.to],
        "cc": [str(address) for address in message.cc],
        "bcc": [str(address) for address in message.bcc],
        "reply_to": [str(address) for address in message.reply_to],
        "headers": {str(name): str(value) for name, value in message.extra_headers.items()},
        "alternatives": [
            [str(content), mimetype] for content, mimetype in getattr(message, "alternatives", [])
        ],
        "attachments": [_attachment_to_json(item) for item in message.attachments],
        "content_subtype": message.content_subtype,
        "mixed_subtype": message.mixed_subtype,
        "encoding": str(message.encoding) if message.encoding else None,
    }


def from_json(data: dict) -> EmailMultiAlternatives:
    message = EmailMultiAlternatives(
        subject=data["subject"],
        body=data["body"],
        from_email=data["from_email"],
        to=data["to"],
        cc=data["cc"],
        bcc=data["bcc"],
        reply_to=data["reply_to"],
        headers=data["headers"],
        alternatives=[tuple(pair) for pair in data["alternatives"]],
        attachments=[_attachment_from_json(item) for item in data["attachments"]],
    )
    message.content_subtype = data["content_subtype"]
    message.mixed_subtype = data["mixed_subtype"]
    message.encoding = data["encoding"]
    return message
