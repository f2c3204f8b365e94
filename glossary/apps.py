from django.apps import AppConfig


class GlossaryConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "glossary"
    verbose_name = "Glossary"

    def ready(self):
        from . import signals  # noqa: F401 - announces changes to the live terms
        from .missing import receivers  # noqa: F401 - keeps the missing words counted
