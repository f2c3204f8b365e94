from django.apps import AppConfig


class ReadabilityConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "readability"
    verbose_name = "Readability"
