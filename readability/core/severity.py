"""The one vocabulary for how serious a finding is and what that makes of the content,
from the engine's reasons to the editor's panel and the reports.

A finding (a plain-language reason, an accessibility finding, a missing sign-off) is an
``ERROR`` or a ``WARNING``. Content, or one field of it, is ``PASS``, ``WARN`` or
``FAIL``: ``status_of`` is the only place that turns the first into the second.
"""

from __future__ import annotations

from collections.abc import Iterable

ERROR = "error"  # stops publishing until it is fixed (or, for plain language, overridden)
WARNING = "warning"  # shown to the writer and the reviewer; does not stop anything

PASS = "pass"
WARN = "warn"
FAIL = "fail"


def status_of(severities: Iterable[str]) -> str:
    """``FAIL`` if any is an error, else ``WARN`` if any is a warning, else ``PASS``."""
    found = set(severities)
    if ERROR in found:
        return FAIL
    if WARNING in found:
        return WARN
    return PASS
