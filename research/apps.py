from django.apps import AppConfig
from django.urls import register_converter


class ResearchConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "research"
    verbose_name = "Research"

    def ready(self):
        from people.hooks import contribution_providers

        from . import authors
        from .cache_purge import (
            glossary,  # noqa: F401 - a glossary change purges the pages showing it
            receivers,
        )
        from .converters import CONVERTERS
        from .search import (
            cached_options,  # noqa: F401 - forgets the form's choices on change
            indexing,  # noqa: F401 - re-indexes summaries once published
        )

        # <pk:…> and <category_path:…>, for every app's URLs (feedback's and the project's too).
        for name, converter in CONVERTERS.items():
            register_converter(converter, name)
        receivers.replace_wagtail_page_handlers()
        # A profile page lists the summaries its person wrote and reviewed.
        if authors.summaries_by not in contribution_providers:
            contribution_providers.append(authors.summaries_by)
