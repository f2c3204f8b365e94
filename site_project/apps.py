from django.apps import AppConfig
from django.core import checks


class SiteProjectConfig(AppConfig):
    """Site-wide pieces that belong to no feature: the start-up checks."""

    name = "site_project"
    verbose_name = "Site project"

    def ready(self):
        from . import checks as site_checks

        checks.register(site_checks.check_sqlite_file)
        checks.register(site_checks.check_shared_cache)
