"""The admin sign-in, ahead of Wagtail's own at the same address, and its code step."""

from django.urls import path

from . import two_factor
from .views import LoginView, VerifyView

urlpatterns = [
    path("admin/login/", LoginView.as_view(), name="wagtailadmin_login"),
    path("admin/login/verify/", VerifyView.as_view(), name=two_factor.VERIFY_URL_NAME),
]
