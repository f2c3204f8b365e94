from django.apps import AppConfig


class GlossaryConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "glossary"
    verbose_name = "Glossary"

    def ready(self):
        from readability.term_sources import register_term_source

        from . import signals  # announces changes to the live terms
        from .engine_terms import GLOSSARY_TERMS, forget_engine_terms

        register_term_source(GLOSSARY_TERMS)
        signals.glossary_changed.connect(
            forget_engine_terms, dispatch_uid="glossary.engine_terms.forget"
        )
