"""Fixtures of the backup and restore tests (asked for by name, so other tests are untouched)."""

from pathlib import Path

import pytest

from django.apps import apps
from django.contrib.contenttypes.models import ContentType


@pytest.fixture
def warm_content_type_cache():
    """A restore empties the content-type cache (the restored ids may differ). The next
    test's serialized rollback builds Wagtail tasks whose `__init__` asks for their
    content type: with a cold cache that inserts a row the rollback then inserts again."""
    yield
    ContentType.objects.get_for_models(*apps.get_models(include_auto_created=True))


@pytest.fixture
def media(settings, tmp_path) -> Path:
    """A real MEDIA_ROOT on disk (the test settings keep files in memory)."""
    root = tmp_path / "media"
    root.mkdir()
    settings.MEDIA_ROOT = str(root)
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(root)},
        },
    }
    return root
