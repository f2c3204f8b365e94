"""The glossary page, for the tests of what readers get. A term's change reaches readers
once committed, so tests publish terms (tests.glossary.factories.live_term) inside
`django_capture_on_commit_callbacks(execute=True)` when pages should show it."""

from glossary.models import GlossaryPage


def glossary_page(home, **fields):
    page = GlossaryPage(title="Glossary", slug="glossary", show_in_menus=True, **fields)
    home.add_child(instance=page)
    page.save_revision().publish()
    return page
