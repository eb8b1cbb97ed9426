"""Follow-up questions: what carries over from the conversation ("and in 2021?")."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import Any

from assistant.query import ParsedQuery, parse_query
from assistant.search.sparse import tokenize_query


def previous_questions(history: Sequence[Any] | None) -> list[str]:
    """The user's earlier questions, oldest first, from either history form."""
    out = []
    for turn in history or ():
        if isinstance(turn, str):
            out.append(turn)
        elif isinstance(turn, dict) and turn.get("role") == "user" and isinstance(turn.get("content"), str):
            out.append(turn["content"])
        elif isinstance(turn, (list, tuple)) and turn and isinstance(turn[0], str):
            out.append(turn[0])  # (user, assistant) pairs
    return out


def with_history(parsed: ParsedQuery, history: Sequence[Any] | None) -> ParsedQuery:
    """A follow-up completed from the conversation: council and topic carry over.

    >>> from assistant.query import parse_query
    >>> q = with_history(parse_query("and what about in 2021?"),
    ...                  ["What did Ofsted say about Stoke's caseloads?"])
    >>> q.authorities, q.search_text, q.years
    (('Stoke-on-Trent',), 'What did Ofsted say about caseloads?', (2021,))
    """
    earlier = [parse_query(q) for q in previous_questions(history)]
    if not earlier:
        return parsed
    changes: dict[str, Any] = {}
    if not parsed.authorities:
        inherited = next((q.authorities for q in reversed(earlier) if q.authorities), ())
        if inherited:
            changes["authorities"] = inherited
    if not tokenize_query(parsed.search_text, stem=False) or _is_bare_follow_up(parsed.search_text):
        topic = next((q.search_text for q in reversed(earlier) if tokenize_query(q.search_text)), None)
        if topic:
            changes["search_text"] = topic
    return dataclasses.replace(parsed, **changes) if changes else parsed


_FOLLOW_UP = re.compile(
    r"^\W*(and|but|so|what|how)?\W*(about|of)?\W*(then|now|there|that|it|this)?\W*$", re.I
)


def _is_bare_follow_up(text: str) -> bool:
    return bool(_FOLLOW_UP.match(text))
