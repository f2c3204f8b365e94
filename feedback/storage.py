"""Writing answers. Each answer is its own INSERT, so simultaneous answers never
overwrite one another; the only risk is SQLite refusing a write while another holds
its single write lock, which we avoid by taking turns within a process and by retrying
briefly across processes."""

import threading
import time
from contextlib import contextmanager

from django.db import IntegrityError, OperationalError, connections, router, transaction

from .models import COMMENT_MAX_LENGTH, SummaryFeedback

SQLITE_RETRIES = 5
SQLITE_RETRY_PAUSE = 0.05  # seconds, doubled after each attempt

# Re-entrant: recording a vote looks for the same form's answer and then saves its own
# within one turn.
_sqlite_write_turn = threading.RLock()


def _uses_sqlite() -> bool:
    return connections[router.db_for_write(SummaryFeedback)].vendor == "sqlite"


@contextmanager
def _one_writer_at_a_time():
    """SQLite has one writer at a time and, for shared in-memory databases, no waiting:
    a second writer can fail at once with "database table is locked". Threads of one
    process therefore take turns; PostgreSQL needs no such care."""
    if _uses_sqlite():
        with _sqlite_write_turn:
            yield
    else:
        yield


def _save(feedback: SummaryFeedback) -> SummaryFeedback:
    pause = SQLITE_RETRY_PAUSE
    with _one_writer_at_a_time():
        for attempt in range(SQLITE_RETRIES):
            try:
                with transaction.atomic():
                    feedback.save()
                return feedback
            except OperationalError as error:
                # Another process holds SQLite's lock: wait a moment and try again.
                if "locked" not in str(error) or attempt == SQLITE_RETRIES - 1:
                    raise
                time.sleep(pause)
                pause *= 2
    return feedback  # pragma: no cover - the loop returns or raises


def record_answer(
    page_id: int, helpful: bool, client_key: str, comment: str = "", vote_nonce: str = ""
) -> SummaryFeedback:
    """Store one answer; `comment` only with a "not helpful" answer. With a `vote_nonce`
    already stored for this summary the database refuses it (IntegrityError)."""
    comment = comment.strip()
    if len(comment) > COMMENT_MAX_LENGTH:
        raise ValueError(f"A comment may have at most {COMMENT_MAX_LENGTH} characters.")
    return _save(
        SummaryFeedback(
            page_id=page_id,
            helpful=helpful,
            comment="" if helpful else comment,
            client_key=client_key,
            vote_nonce=vote_nonce,
        )
    )


def counted_vote(page_id: int, vote_nonce: str) -> SummaryFeedback | None:
    """The answer already stored from the form with this nonce, if any."""
    if not vote_nonce:
        return None
    # In a turn too: a shared in-memory SQLite database refuses even a read of a table
    # another thread is writing ("database table is locked").
    with _one_writer_at_a_time():
        return SummaryFeedback.objects.filter(page_id=page_id, vote_nonce=vote_nonce).first()


def record_vote(
    page_id: int, helpful: bool, client_key: str, vote_nonce: str, comment: str = ""
) -> tuple[SummaryFeedback, bool]:
    """Store the answer from one form, once: (the new row, True), or (the row that form
    stored before, False) when it was sent already, even at the same moment."""
    with _one_writer_at_a_time():
        earlier = counted_vote(page_id, vote_nonce)
        if earlier is not None:
            return earlier, False
        try:
            return record_answer(page_id, helpful, client_key, comment, vote_nonce), True
        except IntegrityError:
            # The same form sent twice at once by another process (or on PostgreSQL,
            # another thread): the database kept the first, and this is that one.
            earlier = counted_vote(page_id, vote_nonce)
            if earlier is None:
                raise
            return earlier, False


def add_comment(feedback_id: int, comment: str) -> None:
    """Attach the reader's comment to their own "not helpful" answer."""
    comment = comment.strip()
    if len(comment) > COMMENT_MAX_LENGTH:
        raise ValueError(f"A comment may have at most {COMMENT_MAX_LENGTH} characters.")
    with _one_writer_at_a_time():
        SummaryFeedback.objects.filter(pk=feedback_id, helpful=False, comment="").update(
            comment=comment
        )
