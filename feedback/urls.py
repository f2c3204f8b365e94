from django.urls import path

from .views import summary_feedback

urlpatterns = [
    path("feedback/<page_id:page_id>/", summary_feedback, name="summary_feedback"),
]
