from django.apps import AppConfig


class ReviewConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "review"
    verbose_name = "Medical review"

    def ready(self):
        # Connect the choke point (page saves, moves, revisions), the media guard and
        # the status kept for listings.
        from people.hooks import ROLE_OF_GROUP

        from . import guard, media, notifications, status  # noqa: F401
        from .roles import PROFILE_ROLES

        ROLE_OF_GROUP.update(PROFILE_ROLES)
