"""People in the admin: editors manage every profile as a snippet (Wagtail's model
permissions, which only editors hold); everyone with admin access has "My profile"."""

from django.urls import path, reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import views
from .models import Person


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_label = "People"
    add_to_admin_menu = True
    menu_order = 250
    list_display = ["display_name", "role", "credentials", "is_fictional"]
    search_fields = ["display_name", "credentials", "job_title"]


register_snippet(PersonViewSet)


@hooks.register("register_admin_urls")
def my_profile_url():
    return [path("people/me/", views.my_profile, name="people_my_profile")]


@hooks.register("register_admin_menu_item")
def my_profile_menu_item():
    return MenuItem("My profile", reverse("people_my_profile"), icon_name="user", order=9000)


@hooks.register("register_account_menu_item")
def my_profile_account_item(request):
    return {
        "url": reverse("people_my_profile"),
        "label": "My profile",
        "help_text": "What readers see about you: name, credentials, bio and conflicts of "
        "interest.",
    }
