"""The public profile page and the admin's "My profile"."""

from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse

from wagtail.admin import messages

from .forms import OwnProfileForm
from .hooks import contributions, role_for
from .models import Person
from .names import CREDENTIALS_MISSING

# `?credentials=needed`: sent here from a refused approval (review.models.tasks).
CREDENTIALS_NEEDED = "needed"


def person_page(request, slug):
    """A reader's page: the same for everyone, so the page cache keeps it like any other
    reader page (site_project.page_cache) and it is purged when the profile changes."""
    person = get_object_or_404(Person, slug=slug)
    return TemplateResponse(
        request,
        "people/person_page.html",
        {"person": person, "contributions": contributions(person)},
    )


def my_profile(request):
    person = Person.objects.for_user(request.user)
    if person is None:
        person = Person(
            user=request.user,
            display_name=request.user.get_full_name() or request.user.get_username(),
            role=role_for(request.user),
        )
    form = OwnProfileForm(request.POST or None, instance=person)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Your profile is saved. Readers see it on your summaries.")
        return redirect("people_my_profile")
    return TemplateResponse(
        request,
        "people/my_profile.html",
        {
            "form": form,
            "person": person,
            "credentials_missing": CREDENTIALS_MISSING
            if request.GET.get("credentials") == CREDENTIALS_NEEDED
            else "",
        },
    )
