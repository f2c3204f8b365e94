from django.apps import AppConfig


class GlossaryConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "glossary"
    verbose_name = "Glossary"

    def ready(self):
        from . import (
            receivers,  # noqa: F401 - readers' markup, usage and purges follow changes
            signals,  # noqa: F401 - announces changes to the live terms
        )
