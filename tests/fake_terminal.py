"""Streams that say they are (or are not) a terminal, for commands that draw progress
bars only on a terminal."""

import io


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class Pipe(io.StringIO):
    """What cron and scripts give a command: not a terminal."""

    def isatty(self) -> bool:
        return False
