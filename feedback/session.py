"""What this browser has answered, kept in the reader's session: one answer per summary
per session, and the one-time message shown after a reload."""

from dataclasses import asdict, dataclass

ANSWERS_KEY = "summary_feedback"
NOTICE_KEY = "summary_feedback_notice"


@dataclass
class SessionAnswer:
    feedback_id: int
    helpful: bool
    commented: bool = False

    @property
    def awaits_comment(self) -> bool:
        return not self.helpful and not self.commented


def answer_for(session, page_id: int) -> SessionAnswer | None:
    stored = session.get(ANSWERS_KEY, {}).get(str(page_id))
    return SessionAnswer(**stored) if stored else None


def remember_answer(session, page_id: int, answer: SessionAnswer) -> None:
    answers = dict(session.get(ANSWERS_KEY, {}))
    answers[str(page_id)] = asdict(answer)
    session[ANSWERS_KEY] = answers


def set_notice(session, page_id: int, notice: str) -> None:
    session[NOTICE_KEY] = {"page": page_id, "notice": notice}


def pop_notice(session, page_id: int) -> str | None:
    stored = session.get(NOTICE_KEY)
    if not stored or stored.get("page") != page_id:
        return None
    del session[NOTICE_KEY]
    return stored.get("notice")
