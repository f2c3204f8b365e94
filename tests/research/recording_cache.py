"""A frontend-cache backend for tests: it remembers what it was asked to purge."""

from wagtail.contrib.frontend_cache.backends.base import BaseBackend

purged: list[str] = []

SETTINGS = {"recording": {"BACKEND": "tests.research.recording_cache.RecordingBackend"}}


class RecordingBackend(BaseBackend):
    def purge(self, url) -> None:
        purged.append(url)
