"""Moving reader feedback and subscriptions out of `research` into apps of their own
must not lose a vote, a subscriber, a digest's record of what it announced, or the
editors' permission to read the answers."""

import pytest

from django.contrib.auth.models import Group
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from tests.factories import ResearchSummaryPageFactory, UserFactory

BEFORE_THE_MOVE = [
    ("research", "0005_reader_answers"),
    ("feedback", None),
    ("subscriptions", None),
]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    # The models as they were at the first target (apps at None have no state to give).
    executor.loader.build_graph()
    return executor.loader.project_state(targets[:1]).apps


def latest_migrations():
    executor = MigrationExecutor(connection)
    return [
        node
        for node in executor.loader.graph.leaf_nodes()
        if node[0] in {"research", "feedback", "subscriptions"}
    ]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_votes_subscribers_digests_and_permissions_survive_the_move():
    summary = ResearchSummaryPageFactory()
    editor = UserFactory(username="editor-before-move")
    latest = latest_migrations()
    old_apps = migrate(BEFORE_THE_MOVE)
    try:
        OldFeedback = old_apps.get_model("research", "SummaryFeedback")
        OldSubscriber = old_apps.get_model("research", "Subscriber")
        OldDigestRun = old_apps.get_model("research", "DigestRun")
        OldDelivery = old_apps.get_model("research", "DigestDelivery")
        OldPermission = old_apps.get_model("auth", "Permission")
        OldGroup = old_apps.get_model("auth", "Group")

        OldFeedback.objects.create(page_id=summary.pk, helpful=True, client_key="a")
        OldFeedback.objects.create(
            page_id=summary.pk, helpful=False, comment="Too many long words.", client_key="b"
        )
        subscriber = OldSubscriber.objects.create(
            email="reader@example.org", link_key="kept-link-key"
        )
        run = OldDigestRun.objects.create()
        run.summaries.add(summary.pk)
        OldDelivery.objects.create(run=run, subscriber=subscriber)
        editors = OldGroup.objects.create(name="Editors before the move")
        editors.permissions.add(
            OldPermission.objects.get(
                content_type__app_label="research", codename="view_summaryfeedback"
            )
        )
        editors.user_set.add(editor.pk)
    finally:
        migrate(latest)

    from feedback.models import SummaryFeedback
    from subscriptions.models import DigestDelivery, DigestRun, Subscriber

    answers = SummaryFeedback.objects.filter(page=summary)
    assert sorted(answers.values_list("helpful", "comment")) == [
        (False, "Too many long words."),
        (True, ""),
    ]
    kept = Subscriber.objects.get()
    assert (kept.email, kept.link_key) == ("reader@example.org", "kept-link-key")
    run = DigestRun.objects.get()
    assert list(run.summaries.values_list("pk", flat=True)) == [summary.pk]
    assert DigestDelivery.objects.get().subscriber == kept
    assert (
        Group.objects.get(name="Editors before the move")
        .permissions.filter(content_type__app_label="feedback", codename="view_summaryfeedback")
        .exists()
    )
    editor = type(editor).objects.get(pk=editor.pk)
    assert editor.has_perm("feedback.view_summaryfeedback")
    assert {
        "feedback_summaryfeedback",
        "subscriptions_subscriber",
        "subscriptions_digestrun",
        "subscriptions_digestrun_summaries",
        "subscriptions_digestdelivery",
    } <= set(connection.introspection.table_names())
