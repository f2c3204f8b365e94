"""Glossary terms for tests. `draft_term` saves a term that readers must not see; the
helpers that publish through a medical reviewer's approval live beside the review
guarantee's tests."""

import factory

from glossary.models import GlossaryTerm


class GlossaryTermFactory(factory.django.DjangoModelFactory):
    term = factory.Sequence(lambda n: f"testoterm{n}")
    kind = "medical"
    definition = "A plain test word."
    live = False

    class Meta:
        model = GlossaryTerm


def draft_term(**fields) -> GlossaryTerm:
    term = GlossaryTermFactory(**fields)
    term.save_revision()
    return term
