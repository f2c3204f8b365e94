from django.urls import path

from .views import summary_feedback

urlpatterns = [
    path("feedback/<pk:page_id>/", summary_feedback, name="summary_feedback"),
]
