from django.apps import AppConfig


class HomeConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "home"
    verbose_name = "Site pages"

    def ready(self):
        from . import navigation  # noqa: F401 - forgets the cached header links on changes
