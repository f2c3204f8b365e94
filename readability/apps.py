from django.apps import AppConfig


class ReadabilityConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "readability"
    verbose_name = "Readability"

    def ready(self):
        from . import live_grades  # noqa: F401  (stores each live page's grades when saved)
