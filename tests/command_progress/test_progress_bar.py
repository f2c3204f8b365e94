"""The progress bar itself, with a clock the test moves (no waiting, no database)."""

from command_progress import ERASE_LINE, QUIET, ProgressDisplay, duration
from tests.fake_terminal import FakeTerminal, Pipe


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def display(clock, columns=200):
    screen = FakeTerminal()
    return screen, ProgressDisplay(screen.write, shown=True, clock=clock, columns=columns)


def drawings(screen) -> list[str]:
    """Each state of the bar as the terminal showed it, in order."""
    return [part for part in screen.getvalue().split(ERASE_LINE) if part]


def test_the_bar_shows_count_share_rate_and_time_left():
    clock = Clock()
    screen, progress = display(clock)
    bar = progress.bar("Judging pages", 40)
    clock.now += 10
    bar.advance(10)
    assert drawings(screen)[-1] == (
        "Judging pages [######------------------] 10/40  25% 1.0/s ETA 0:30"
    )


def test_it_ends_at_the_total_on_a_line_of_its_own():
    clock = Clock()
    screen, progress = display(clock)
    with progress.bar("Counting summaries", 3) as bar:
        for _ in range(3):
            clock.now += 1
            bar.advance()
    assert drawings(screen)[-1].startswith("Counting summaries [" + "#" * 24 + "] 3/3 100%")
    assert drawings(screen)[-1].endswith("done\n")
    assert screen.getvalue().count("\n") == 1


def test_it_redraws_at_most_ten_times_a_second():
    clock = Clock()
    screen, progress = display(clock)
    bar = progress.bar("Work", 1000)
    for _ in range(500):
        clock.now += 0.001  # 500 steps in half a second
        bar.advance()
    assert len(drawings(screen)) == 5
    bar.finish()
    # Stopped early (an error, say): the state it reached is shown, not a full bar.
    assert drawings(screen)[-1].startswith("Work [" + "#" * 12 + "-" * 12 + "] 500/1000  50%")


def test_before_any_time_has_passed_the_time_left_is_unknown():
    clock = Clock()
    screen, progress = display(clock)
    progress.bar("Work", 5).advance()
    assert drawings(screen)[-1].endswith("1/5  20% 0.0/s ETA ?")


def test_a_long_line_is_cut_to_the_terminal_width_so_it_never_wraps():
    clock = Clock()
    screen, progress = display(clock, columns=30)
    progress.bar("A very long label " * 5, 5).advance()
    assert len(drawings(screen)[-1]) == 29


def test_nothing_is_written_when_the_bar_is_not_shown():
    written = []
    progress = ProgressDisplay(written.append, shown=False, clock=Clock())
    with progress.bar("Work", 10) as bar:
        bar.advance(10)
    out = Pipe()
    progress.write(out, "a line of the command's own")
    assert written == []
    assert out.getvalue() == "a line of the command's own"


def test_the_quiet_display_takes_calls_and_shows_nothing():
    with QUIET.bar("Work", 3) as bar:
        bar.advance(3)
    assert not QUIET.shown


def test_a_line_for_the_terminal_erases_the_bar_first_and_the_bar_comes_back():
    clock = Clock()
    screen, progress = display(clock)
    bar = progress.bar("Work", 4)
    bar.advance()
    progress.write(screen, "PASS 3\tA summary\n")
    assert screen.getvalue().endswith(ERASE_LINE + "PASS 3\tA summary\n")
    bar.advance()  # at the same instant: redrawn all the same, since it was erased
    assert drawings(screen)[-1].startswith("Work [")
    assert "2/4" in drawings(screen)[-1]


def test_a_line_for_a_pipe_leaves_the_bar_alone():
    clock = Clock()
    screen, progress = display(clock)
    bar = progress.bar("Work", 4)
    bar.advance()
    before = screen.getvalue()
    out = Pipe()
    progress.write(out, "PASS 3\tA summary\n")
    assert screen.getvalue() == before
    assert out.getvalue() == "PASS 3\tA summary\n"


def test_an_empty_job_draws_nothing():
    clock = Clock()
    screen, progress = display(clock)
    with progress.bar("Work", 0):
        pass
    assert screen.getvalue() == ""


def test_durations_read_as_a_clock():
    assert duration(7) == "0:07"
    assert duration(750) == "12:30"
    assert duration(3723) == "1:02:03"
