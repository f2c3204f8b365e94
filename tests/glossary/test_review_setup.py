"""The roles' permissions on terms and the "Glossary review" workflow come with a fresh
demo site, as with the tests' editorial roles."""

import io

import pytest

from django.core.management import call_command

from glossary.models import GlossaryTerm
from glossary.review_setup import WORKFLOW_NAME
from review.roles import EDITORS, MEDICAL_REVIEWERS, WRITERS
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def member_of(group_name):
    from django.contrib.auth.models import Group

    user = UserFactory()
    user.groups.add(Group.objects.get(name=group_name))
    return user


def test_seed_demo_sets_up_the_glossary_review():
    call_command("seed_demo", stdout=io.StringIO())
    assert GlossaryTerm.get_default_workflow().name == WORKFLOW_NAME

    writer, reviewer, editor = map(member_of, (WRITERS, MEDICAL_REVIEWERS, EDITORS))
    assert writer.has_perms(["glossary.add_glossaryterm", "glossary.change_glossaryterm"])
    assert not writer.has_perm("glossary.publish_glossaryterm")
    assert reviewer.has_perm("glossary.view_glossaryterm")
    assert not reviewer.has_perm("glossary.change_glossaryterm")
    assert not reviewer.has_perm("glossary.publish_glossaryterm")
    assert editor.has_perms(["glossary.publish_glossaryterm", "glossary.delete_glossaryterm"])
