from django.urls import path

from . import views

urlpatterns = [
    path("subscribe/", views.subscribe, name="subscribe"),
    path("subscribe/check-your-email/", views.subscribe_sent, name="subscribe_sent"),
    path("subscribe/confirm/<str:token>/", views.confirm_subscription, name="confirm_subscription"),
    path("subscribe/confirmed/", views.subscription_confirmed, name="subscription_confirmed"),
    path("subscribe/unsubscribe/<str:token>/", views.unsubscribe_view, name="unsubscribe"),
]
