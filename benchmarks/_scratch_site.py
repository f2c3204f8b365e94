"""Shared by the benchmarks that time the site itself: the demo site in a scratch
database (a temporary SQLite file, or --database-url, e.g. a scratch PostgreSQL
database), migrated and seeded, with an extra superuser; removed at the end."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEMO_SUMMARIES = 19  # what seed_demo publishes
BENCH_EDITOR = "bench-editor"


@contextmanager
def scratch_demo_site(prefix: str, database_url: str | None = None) -> Iterator[None]:
    scratch = Path(tempfile.mkdtemp(prefix=prefix))
    os.chdir(REPO_ROOT)
    sys.path.insert(0, str(REPO_ROOT))
    os.environ.update(
        DJANGO_SETTINGS_MODULE="site_project.settings.dev",
        DATABASE_URL=database_url or f"sqlite:///{scratch / 'db.sqlite3'}",
        MEDIA_ROOT=str(scratch / "media"),
    )
    try:
        import django

        django.setup()
        from django.contrib.auth import get_user_model
        from django.core.management import call_command

        started = time.perf_counter()
        call_command("migrate", verbosity=0)
        call_command("seed_demo", verbosity=0)
        get_user_model().objects.create_superuser(BENCH_EDITOR, "bench@example.com", "x")
        print(f"Migrated and seeded in {time.perf_counter() - started:.0f} s.")
        yield
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def grow_to(size: int) -> bool:
    """Generated summaries (research/generated) until the site has `size` in all; False
    when the demo already has as many."""
    from django.core.management import call_command

    if size <= DEMO_SUMMARIES:
        return False
    started = time.perf_counter()
    # --count is the number of generated summaries wanted in all.
    call_command("generate_summaries", count=size - DEMO_SUMMARIES, no_index=True, verbosity=0)
    print(f"Generated up to {size:,} in {time.perf_counter() - started:.0f} s.")
    return True
