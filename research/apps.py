from django.apps import AppConfig


class ResearchConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "research"
    verbose_name = "Research"

    def ready(self):
        from .search import indexing  # noqa: F401 - re-indexes summaries once published
