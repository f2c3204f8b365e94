from django.apps import AppConfig


class CurrencyConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "currency"
    verbose_name = "Review schedule"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from wagtail.signals import page_published, page_unpublished, post_page_move

        from review.models.decisions import ReviewSignOff

        from .models import ReReview, ReviewSchedule
        from .on_the_page import forget_review_dates, remember_review_dates

        # What moves the dates or notes of pages already live: a re-review, a sign-off,
        # the site's interval, and a category's (read from live categories, so it moves
        # with any publish, unpublish or move).
        for model in (ReReview, ReviewSignOff, ReviewSchedule):
            post_save.connect(forget_review_dates, sender=model, dispatch_uid=f"currency.{model}")
            post_delete.connect(
                forget_review_dates, sender=model, dispatch_uid=f"currency.del.{model}"
            )
        page_published.connect(remember_review_dates, dispatch_uid="currency.published")
        for signal in (page_unpublished, post_page_move):
            signal.connect(forget_review_dates, dispatch_uid=f"currency.{signal}")
