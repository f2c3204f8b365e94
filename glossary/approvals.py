"""Recording a medical reviewer's approval of a glossary term's revision."""

from django.contrib.auth.models import AbstractBaseUser

from wagtail.models import Revision

from .models import GlossaryApproval


def reviewer_name(user) -> str:
    return (user.get_full_name() or user.get_username()).strip()


def record_approval(revision: Revision, user: AbstractBaseUser) -> GlossaryApproval:
    term = revision.as_object()
    return GlossaryApproval.objects.create(
        revision=revision,
        term_id=revision.object_id,
        fingerprint=term.reader_fingerprint(),
        approved_by=user,
        approved_by_name=reviewer_name(user),
    )
