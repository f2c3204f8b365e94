from django.apps import AppConfig


class HomeConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "home"
    verbose_name = "Site pages"

    def ready(self):
        from wagtail.models import Page, Site

        from research.after_commit import forget_on_changes

        from .models import SiteSettings
        from .site_cache import forget_site_cache

        # Here, where the models are loaded, so that a change made outside a request
        # (publish_scheduled, a shell) is seen as well.
        forget_on_changes(forget_site_cache, (Page, Site, SiteSettings), "home_site_cache")
