from django.apps import AppConfig


class GlossaryConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "glossary"
    verbose_name = "Glossary"

    def ready(self):
        from readability.term_sources import register_term_source

        # The review guarantee: the guard on every save that could show readers a term,
        # the approvals' audit log, and publishing on a reviewer's approval. Readers' markup,
        # usage and purges follow changes (receivers); signals announces them; the words not in
        # the glossary are counted again on changes (missing.receivers).
        from . import (  # noqa: F401
            receivers,
            review_audit,
            review_guard,
            review_publishing,
            signals,
        )
        from .engine_terms import GLOSSARY_TERMS, forget_engine_terms
        from .missing import receivers as missing_receivers  # noqa: F401 - keeps words counted

        register_term_source(GLOSSARY_TERMS)
        signals.glossary_changed.connect(
            forget_engine_terms, dispatch_uid="glossary.engine_terms.forget"
        )
