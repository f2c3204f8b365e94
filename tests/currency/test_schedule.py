"""When a summary is next due: last review plus the interval of the nearest category
that sets one, else the site's."""

import datetime

import pytest

from currency.models import ReviewSchedule
from currency.schedule import add_months, currency_of, live_reviewed_pages
from tests.admin_forms import nested_form_data
from tests.currency.conftest import REVIEWED_ON, reviewed_summary
from tests.factories import CategoryPageFactory

pytestmark = pytest.mark.django_db


def test_adding_months_keeps_the_day_or_takes_the_last_of_a_shorter_month():
    assert add_months(datetime.date(2025, 1, 15), 12) == datetime.date(2026, 1, 15)
    assert add_months(datetime.date(2025, 1, 31), 1) == datetime.date(2025, 2, 28)
    assert add_months(datetime.date(2024, 11, 30), 3) == datetime.date(2025, 2, 28)
    assert add_months(datetime.date(2025, 12, 1), 18) == datetime.date(2027, 6, 1)


def test_due_a_year_after_the_sign_off_by_default(old_summary):
    dates = currency_of(old_summary, on=datetime.date(2025, 6, 1))
    assert dates.last_reviewed_on == REVIEWED_ON
    assert dates.reviewed_by == "Reviewer Okafor"
    assert dates.interval_months == 12
    assert dates.due_on == datetime.date(2026, 1, 15)


def test_the_site_interval_is_the_editors_setting(old_summary):
    schedule = ReviewSchedule.load()
    schedule.interval_months = 6
    schedule.save()
    assert currency_of(old_summary).due_on == datetime.date(2025, 7, 15)


def test_the_nearest_category_up_the_tree_wins(editorial, clock):
    clock.travel(REVIEWED_ON)
    tree = editorial.tree
    tree.category.review_interval_months = 24
    tree.category.save_revision().publish()
    in_category = reviewed_summary(tree.category, editorial.writer, editorial.reviewer)
    in_subcategory = reviewed_summary(tree.subcategory, editorial.writer, editorial.reviewer)
    # The sub-category sets none: its parent's 24 months apply.
    assert currency_of(in_subcategory).due_on == datetime.date(2027, 1, 15)
    tree.subcategory.review_interval_months = 3
    tree.subcategory.save_revision().publish()
    assert currency_of(in_subcategory).due_on == datetime.date(2025, 4, 15)
    assert currency_of(in_category).due_on == datetime.date(2027, 1, 15)
    # The listing for the dashboard and the reminders agrees, soonest first.
    listed = [(page.pk, dates.due_on) for page, dates in live_reviewed_pages()]
    assert listed == [
        (in_subcategory.pk, datetime.date(2025, 4, 15)),
        (in_category.pk, datetime.date(2027, 1, 15)),
    ]


def test_an_unpublished_categorys_interval_does_not_count(editorial, clock):
    clock.travel(REVIEWED_ON)
    tree = editorial.tree
    hidden = CategoryPageFactory(parent=tree.category, live=False, review_interval_months=1)
    assert not hidden.live
    page = reviewed_summary(tree.category, editorial.writer, editorial.reviewer)
    assert currency_of(page).interval_months == 12


def test_a_writer_cannot_change_a_categorys_interval(client, editorial, old_summary):
    """Readers see the due date, so the interval is the editors' to set: a writer's edit
    of the category stays a draft, and the due date does not move."""
    category = editorial.tree.category
    client.force_login(editorial.writer)
    data = nested_form_data(
        {
            "title": category.title,
            "slug": category.slug,
            "intro": category.intro,
            "review_interval_months": "1",
            "action-publish": "action-publish",
        }
    )
    client.post(f"/admin/pages/{category.pk}/edit/", data)
    category.refresh_from_db()
    assert category.review_interval_months is None
    assert currency_of(old_summary).due_on == datetime.date(2026, 1, 15)


def test_an_editor_sets_a_categorys_interval_in_the_editor(client, editorial, old_summary):
    category = editorial.tree.category
    client.force_login(editorial.editor)
    data = nested_form_data(
        {
            "title": category.title,
            "slug": category.slug,
            "intro": category.intro,
            "review_interval_months": "6",
            "action-publish": "action-publish",
        }
    )
    response = client.post(f"/admin/pages/{category.pk}/edit/", data)
    assert response.status_code == 302, response.context["form"].errors
    assert currency_of(old_summary).due_on == datetime.date(2025, 7, 15)


def test_an_interval_out_of_range_is_refused_with_a_message(client, editorial):
    category = editorial.tree.category
    client.force_login(editorial.editor)
    data = nested_form_data(
        {
            "title": category.title,
            "slug": category.slug,
            "review_interval_months": "0",
            "action-publish": "action-publish",
        }
    )
    response = client.post(f"/admin/pages/{category.pk}/edit/", data)
    assert response.status_code == 200
    assert "review_interval_months" in response.context["form"].errors
