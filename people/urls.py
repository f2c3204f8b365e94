from django.urls import path

from .views import person_page

urlpatterns = [
    path("people/<slug:slug>/", person_page, name="person"),
]
