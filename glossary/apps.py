from django.apps import AppConfig


class GlossaryConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "glossary"
    verbose_name = "Glossary"

    def ready(self):
        # The review guarantee: the guard on every save that could show readers a term,
        # the approvals' audit log, and publishing on a reviewer's approval. Readers' markup,
        # usage and purges follow changes (receivers).
        from . import (  # noqa: F401
            receivers,
            review_audit,
            review_guard,
            review_publishing,
            signals,  # noqa: F401 - announces changes to the live terms
        )
