from django.apps import AppConfig


class HomeConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "home"
    verbose_name = "Site pages"

    def ready(self):
        from . import site_cache  # noqa: F401 - forgets cached links and settings on changes
