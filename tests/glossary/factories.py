"""Glossary terms for tests.

- `draft_term(**fields)`: a term readers must not see (saved as a draft, one revision).
- `live_term(**fields)`: a term readers see, published through a medical reviewer's
  approval of exactly its content, as the review guarantee requires.
- `change_term(term, **fields)`: a new draft revision of a term with the fields changed;
  readers still see what was live. Returns the revision.
- `approve(revision)`: a medical reviewer's approval of the revision's content.
"""

import factory

from django.contrib.auth.models import Group
from django.utils.text import slugify

from glossary.approvals import record_approval
from glossary.models import GlossaryTerm
from review.roles import MEDICAL_REVIEWERS
from tests.factories import UserFactory


class GlossaryTermFactory(factory.django.DjangoModelFactory):
    term = factory.Sequence(lambda n: f"testoterm{n}")
    slug = factory.LazyAttribute(lambda term: slugify(term.term))
    kind = "medical"
    definition = "A plain test word."
    live = False

    class Meta:
        model = GlossaryTerm


def draft_term(**fields) -> GlossaryTerm:
    term = GlossaryTermFactory(**fields)
    term.save_revision()
    return term


def medical_reviewer(**fields):
    reviewer = UserFactory(**fields)
    reviewer.groups.add(Group.objects.get_or_create(name=MEDICAL_REVIEWERS)[0])
    return reviewer


def approve(revision, reviewer=None):
    return record_approval(revision, reviewer or medical_reviewer())


def live_term(see_also=None, reviewer=None, **fields) -> GlossaryTerm:
    term = GlossaryTermFactory(**fields)
    if see_also is not None:
        term.see_also = see_also
    revision = term.save_revision()
    approve(revision, reviewer)
    revision.publish()
    return GlossaryTerm.objects.get(pk=term.pk)


def change_term(term: GlossaryTerm, user=None, **fields):
    draft = GlossaryTerm.objects.get(pk=term.pk).get_latest_revision_as_object()
    for name, value in fields.items():
        setattr(draft, name, value)
    return draft.save_revision(user=user)
