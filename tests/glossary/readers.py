"""Live glossary terms and the glossary page, for the tests of what readers get.

`live_term` publishes through a medical reviewer's approval (until the review helper's
shared factory lands); the change reaches readers once committed, so tests run it inside
`django_capture_on_commit_callbacks(execute=True)` when pages should show it."""

from django.utils.text import slugify

from glossary.approvals import record_approval
from glossary.models import GlossaryPage
from tests.factories import UserFactory
from tests.glossary.factories import GlossaryTermFactory


def live_term(see_also=(), reviewer=None, **fields):
    # The admin's form fills in the slug (GlossaryTerm.clean); the factory does not.
    if "term" in fields:
        fields.setdefault("slug", slugify(fields["term"]))
    term = GlossaryTermFactory(**fields)
    if see_also:
        term.see_also.set(see_also)
    revision = term.save_revision()
    record_approval(revision, reviewer or UserFactory())
    revision.publish()
    term.refresh_from_db()
    return term


def glossary_page(home, **fields):
    page = GlossaryPage(title="Glossary", slug="glossary", show_in_menus=True, **fields)
    home.add_child(instance=page)
    page.save_revision().publish()
    return page
