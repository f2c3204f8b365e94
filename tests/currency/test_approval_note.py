"""Approving asks the reviewer for one line for readers; it is kept with the sign-off,
and sign-offs recorded before it was asked are kept as they were."""

import pytest
from bs4 import BeautifulSoup

from django.core.exceptions import PermissionDenied
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from review.models import MedicalReviewTask, ReviewSignOff
from review.names import APPROVE, APPROVE_WITH_OVERRIDE
from tests.conftest import PLAIN_TEXT
from tests.review.test_review_workflow import submit_new_summary, workflow_action

pytestmark = pytest.mark.django_db


def test_the_approve_dialog_asks_for_the_line_for_readers(client, editorial):
    page = submit_new_summary(client, editorial, PLAIN_TEXT)
    client.force_login(editorial.reviewer)
    task = page.current_workflow_task.specific
    assert isinstance(task, MedicalReviewTask)
    actions = task.get_actions(page, editorial.reviewer)
    # One approve action, always with its dialog.
    assert [a for a in actions if a[0] == APPROVE] == [(APPROVE, "Approve and publish", True)]
    state = page.current_workflow_task_state
    response = client.get(f"/admin/pages/workflow/action/{page.pk}/{APPROVE}/{state.pk}/")
    html = response.json()["html"]
    assert "What changed, for readers (required)" in html


def test_approving_without_the_line_publishes_nothing(client, editorial):
    page = submit_new_summary(client, editorial, PLAIN_TEXT)
    client.force_login(editorial.reviewer)
    workflow_action(client, page, APPROVE, reader_note=None)
    workflow_action(client, page, APPROVE, reader_note="   ")
    page.refresh_from_db()
    assert not page.live and not ReviewSignOff.objects.exists()
    # Code that calls the step directly is held to it too.
    task = page.current_workflow_task.specific
    with pytest.raises(PermissionDenied, match="one line"):
        task.on_action(page.current_workflow_task_state, editorial.reviewer, APPROVE)
    assert not ReviewSignOff.objects.exists()


def test_the_line_is_kept_with_the_sign_off_and_shown_to_readers(client, editorial):
    page = submit_new_summary(client, editorial, PLAIN_TEXT)
    client.force_login(editorial.reviewer)
    workflow_action(client, page, APPROVE, reader_note="First   published\nafter review")
    page.refresh_from_db()
    assert page.live
    sign_off = ReviewSignOff.objects.get()
    assert sign_off.reader_note == "First published after review"  # one line
    client.logout()
    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    item = " ".join(soup.select_one(".what-changed__list li").get_text().split())
    assert item.endswith(": First published after review")


def test_the_override_dialog_asks_for_it_too(editorial):
    task = MedicalReviewTask.objects.get()
    form = task.get_form_for_action(APPROVE_WITH_OVERRIDE)
    assert "reader_note" in form.base_fields and form.base_fields["reader_note"].required


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_migration_keeps_every_sign_off():
    executor = MigrationExecutor(connection)
    before, after = (
        [("review", "0007_sign_off_records_writer")],
        [("review", "0008_sign_offs_say_what_changed")],
    )
    executor.migrate(before)
    old = executor.loader.project_state(before).apps
    OldSignOff = old.get_model("review", "ReviewSignOff")
    OldSignOff.objects.create(object_id="1", fingerprint="a" * 64, reviewer_name="Dr Ada")
    OldSignOff.objects.create(object_id="2", fingerprint="b" * 64, reviewer_name="Dr Bo")
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(after)
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
    kept = ReviewSignOff.objects.order_by("object_id").values_list("reviewer_name", "reader_note")
    assert list(kept) == [("Dr Ada", ""), ("Dr Bo", "")]
    ReviewSignOff.objects.all().delete()
