"""Progress bars for long management commands: drawn on a terminal, silent in cron.

A bar is drawn on the command's stderr only when that stream is a terminal and the
command was not run with `--verbosity 0`; piped or redirected (cron, CI, a script that
parses stdout) it writes nothing at all. stdout is never touched, so what scripts read is
the same with or without a bar.

Our own code rather than tqdm: we need one line (count/total, percentage, rate, ETA)
redrawn at most ten times a second, and tqdm's defaults are the opposite of ours (it draws
into files that are not terminals unless told `disable=None`), it writes to a raw file so
it would reach past Django's `OutputWrapper` (which adds a newline to every write), and
its clock is its own, so its rate and ETA could only be tested by waiting. Here the clock
is a parameter and the tests drive it.

Pure Python, no Django: library functions (counting, generating) take a
`ProgressDisplay` and default to `QUIET`, so only the command decides what is shown.
"""

import shutil
import time
from collections.abc import Callable
from typing import Protocol

# A terminal redrawn more often than this flickers and slows the loop it reports on.
REDRAW_EVERY_SECONDS = 0.1
BAR_WIDTH = 24
# Erase the current terminal line: carriage return, then "erase to end of line".
ERASE_LINE = "\r\x1b[K"


class Stream(Protocol):
    def write(self, text: str) -> object: ...
    def isatty(self) -> bool: ...


class ProgressDisplay:
    """Where bars go and whether they are shown; hands out one bar at a time."""

    def __init__(
        self,
        write: Callable[[str], object],
        *,
        shown: bool,
        clock: Callable[[], float] = time.monotonic,
        columns: int | None = None,
    ) -> None:
        self._write = write
        self.shown = shown
        self._clock = clock
        self._columns = columns
        self._active: ProgressBar | None = None

    def bar(self, label: str, total: int) -> "ProgressBar":
        bar = ProgressBar(self, label, total)
        if self.shown:
            self._active = bar
        return bar

    def write(self, stream: Stream, text: str) -> None:
        """Write a line of the command's own output without tearing the bar: the bar is
        erased first when the line goes to a terminal, and redrawn on the next step."""
        if self._active is not None and stream.isatty():
            self._active.erase()
        stream.write(text)

    def _columns_now(self) -> int:
        # One column short of the width: a line that fills it wraps on some terminals,
        # and a wrapped line cannot be redrawn in place.
        width = self._columns or shutil.get_terminal_size((80, 24)).columns
        return max(width - 1, 20)


class ProgressBar:
    def __init__(self, display: ProgressDisplay, label: str, total: int) -> None:
        self.display = display
        self.label = label
        self.total = max(total, 0)
        self.done = 0
        self._started = display._clock()
        self._drawn_at: float | None = None

    def __enter__(self) -> "ProgressBar":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.finish()

    def advance(self, steps: int = 1) -> None:
        self.done = min(self.done + steps, self.total)
        if not self.display.shown:
            return
        now = self.display._clock()
        if self._drawn_at is None or now - self._drawn_at >= REDRAW_EVERY_SECONDS:
            self._draw(now)

    def erase(self) -> None:
        if self._drawn_at is not None:
            self.display._write(ERASE_LINE)
            self._drawn_at = None

    def finish(self) -> None:
        """Draw the last state and end the line, so the prompt or what follows starts
        on a line of its own."""
        if not self.display.shown or self.display._active is not self:
            return
        self.display._active = None
        if self.total:
            self._draw(self.display._clock())
            self.display._write("\n")

    def line(self, now: float) -> str:
        elapsed = now - self._started
        share = self.done / self.total if self.total else 1.0
        filled = round(BAR_WIDTH * share)
        bar = "#" * filled + "-" * (BAR_WIDTH - filled)
        rate = self.done / elapsed if elapsed > 0 else 0.0
        if self.done >= self.total:
            eta = "done"
        elif rate > 0:
            eta = "ETA " + duration((self.total - self.done) / rate)
        else:
            eta = "ETA ?"
        text = f"{self.label} [{bar}] {self.done}/{self.total} {share:4.0%} {rate:.1f}/s {eta}"
        return text[: self.display._columns_now()]

    def _draw(self, now: float) -> None:
        self.display._write(ERASE_LINE + self.line(now))
        self._drawn_at = now


def duration(seconds: float) -> str:
    """0:07, 12:30, 1:02:03."""
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02}:{secs:02}" if hours else f"{minutes}:{secs:02}"


def for_command(command: object, verbosity: int) -> ProgressDisplay:
    """The display for a Django management command: its stderr, shown only on a terminal
    and above verbosity 0. Written through the command's `OutputWrapper` without the
    newline it would add and without the error colour it gives stderr."""
    stderr = command.stderr  # type: ignore[attr-defined]

    def write(text: str) -> None:
        stderr.write(text, style_func=str, ending="")
        stderr.flush()

    return ProgressDisplay(write, shown=verbosity > 0 and stderr.isatty())


QUIET = ProgressDisplay(lambda text: None, shown=False)
