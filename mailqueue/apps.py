from django.apps import AppConfig


class MailQueueConfig(AppConfig):
    name = "mailqueue"
    verbose_name = "Mail queue"
