"""The chat turn: the UI's fields -> ``Assistant.ask`` -> the answer streamed into the chat.

The conversation is a list of ``{"role", "content"}`` messages (HTML made by
``render``); the user's earlier questions are kept beside it, as the
``history`` a follow-up such as "and in 2022?" is read with, and so are the
source cards of every answer (``sections``) and the spans their buttons
open: an earlier answer's [n] still opens that answer's own sources.
"""

import logging
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from assistant.answers import Answer
from assistant.api import Assistant
from assistant.config import MODES
from assistant.errors import AssistantError, InvalidQueryError
from assistant.filters import Filters
from assistant.ui.render import (
    Span,
    answer_html,
    answer_steps,
    esc,
    filters_summary,
    sources_html,
    sources_panel,
    table_answer_html,
    trim_right,
)

log = logging.getLogger("assistant.ui")

QUESTION_SHOWN_CHARS = 500  # a longer question is shortened where the chat echoes it
STREAM_DELAY = 0.04  # seconds between streamed quotes

Message = dict[str, str]


def ui_filters(
    council: str | None = None,
    doc_type: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
) -> Filters | None:
    """The ``Filters`` of the UI's fields (blank fields: no filter).

    The values are checked by ``Filters`` itself, so the chat, the API
    endpoints, the CLI and the library give the same message for the same
    mistake (``InvalidQueryError``).
    """
    f = Filters(
        authority=_field(council),
        doc_type=_field(doc_type),
        date_from=_field(date_from),
        date_to=_field(date_to),
    )
    return None if f.is_empty() else f


def _field(value: str | None) -> str | None:
    """A text field's value, stripped; None when blank."""
    return value.strip() if value and value.strip() else None


def ui_mode(mode: str | None) -> str | None:
    """The retrieval mode chosen (None: the index's default)."""
    if not mode:
        return None
    if mode not in MODES:
        raise InvalidQueryError(f"unknown retrieval mode {mode!r}; use one of {', '.join(MODES)}")
    return mode


@dataclass
class Turn:
    """One streamed state of a chat turn; ``None`` fields are left as they are.

    ``sources`` is the whole Sources panel (every answer's cards, the newest
    shown), ``sections`` each answer's cards and ``spans`` what their buttons
    open; ``keep_question`` is True when the question was refused and should
    stay in the box to be corrected.
    """

    chat: list[Message]
    questions: list[str]
    sources: str | None = None
    plain: str | None = None
    spans: list[Span] | None = None
    answer: Answer | None = None
    sections: list[str] | None = None
    keep_question: bool = False


def message(role: str, content: str) -> Message:
    """A chat message as Gradio's Chatbot takes it."""
    return {"role": role, "content": content}


def chat_turn(
    assistant: Assistant,
    question: str | None,
    chat: Sequence[Message] | None,
    questions: Sequence[str] | None,
    *,
    council: str | None = None,
    doc_type: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    mode: str | None = None,
    delay: float = 0.0,
    sections: Sequence[str] | None = None,
    spans: Sequence[Span] | None = None,
) -> Iterator[Turn]:
    """Answer ``question`` in the chat, streaming the answer quote by quote.

    The user's earlier questions are the ``history`` of the follow-up;
    ``sections`` and ``spans`` are the earlier answers' source cards and
    spans, which the new answer's are added to. A user-fixable error (an
    unknown council, a bad date, a question too long) is shown in the chat
    as its message, with ``keep_question`` set; the app keeps serving.
    """
    chat = list(chat or [])
    questions = list(questions or [])
    earlier = Earlier(list(sections or []), list(spans or []))
    if question is None:  # no question was sent
        return
    question = question.strip()
    if not question:  # an empty or blank box: say so, add nothing to the conversation
        chat.append(message("assistant", '<p class="error">Type a question about the documents first.</p>'))
        yield Turn(chat, questions)
        return
    chat = [
        *chat,
        message("user", f"<p>{esc(trim_right(question, QUESTION_SHOWN_CHARS))}</p>"),
        message("assistant", '<p class="pending">Searching the documents…</p>'),
    ]
    yield Turn(chat, questions)
    fields = {"council": council, "doc_type": doc_type, "date_from": date_from, "date_to": date_to}
    try:
        answer, now = _ask(assistant, question, questions, fields, mode, earlier)
    except Exception as e:
        chat[-1] = message("assistant", _error_html(e, question))
        yield Turn(chat, questions, keep_question=True)
        return
    yield from _stream(answer, now, chat, [*questions, question], delay)


@dataclass
class Earlier:
    """The conversation's source cards (one section per answer) and the spans their buttons open."""

    sections: list[str]
    spans: list[Span]


def _ask(
    assistant: Assistant,
    question: str,
    questions: list[str],
    fields: dict[str, str | None],
    mode: str | None,
    earlier: Earlier,
) -> tuple[Answer, Earlier]:
    """The answer to ``question`` and the conversation's sources with its cards added."""
    filters = ui_filters(**fields)
    chosen = ui_mode(mode)
    answer = assistant.ask(question, history=questions, filters=filters, mode=chosen)
    section, spans = sources_html(
        assistant,
        answer,
        filters=filters_summary(filters, chosen),
        answer_no=len(earlier.sections) + 1,
        first_span=len(earlier.spans),
    )
    return answer, Earlier([*earlier.sections, section], [*earlier.spans, *spans])


def _error_html(error: Exception, question: str) -> str:
    """A user-fixable error as its message; a bug logged with its traceback, never shown."""
    if isinstance(error, AssistantError):
        return f'<p class="error">{esc(error)}</p>'
    log.error("answering %r failed", question, exc_info=error)
    return (
        '<p class="error">Something went wrong answering this; '
        "the error was logged. Try rephrasing the question.</p>"
    )


def _stream(
    answer: Answer, now: Earlier, chat: list[Message], asked: list[str], delay: float
) -> Iterator[Turn]:
    """The answer growing quote by quote in the last message; a table is shown whole.

    ``asked`` is the questions with this one: the history once the answer is whole.
    """
    numbers = {c.n for c in answer.citations}
    answer_no = len(now.sections)  # this answer's section is the last
    shown: Callable[[str], str]
    if answer.table is not None and answer.table.rows:  # a table is shown whole, not streamed
        steps, shown = [answer.text], lambda _: table_answer_html(answer, answer_no=answer_no)
    else:
        steps = answer_steps(answer.text) or [answer.text]
        shown = lambda s: answer_html(s, numbers, answer_no=answer_no)  # noqa: E731
    panel = sources_panel(now.sections)
    for i, step in enumerate(steps):
        chat = [*chat[:-1], message("assistant", shown(step))]
        last = i == len(steps) - 1
        yield Turn(
            chat,
            asked if last else asked[:-1],
            sources=panel if i == 0 or last else None,
            plain=answer.plain_text() if last else None,
            spans=now.spans if i == 0 or last else None,
            answer=answer if last else None,
            sections=now.sections if i == 0 or last else None,
        )
        if delay and not last:
            time.sleep(delay)
