"""The app's two API endpoints for ``gradio_client``: ``/ask`` and ``/search``.

``ask_json`` and ``search_json`` do the work and return JSON-ready values;
``add_api`` registers them on the Blocks being built (see docs/ui.md).
"""

import html
import logging
from collections.abc import Callable, Sequence
from dataclasses import asdict
from typing import Any

from assistant.api import Assistant
from assistant.errors import AssistantError
from assistant.retrieval import validate_k
from assistant.ui.chat import ui_filters, ui_mode

log = logging.getLogger("assistant.ui")


def ask_json(
    assistant: Assistant,
    question: str,
    *,
    council: str = "",
    doc_type: str = "",
    date_from: str = "",
    date_to: str = "",
    mode: str = "",
    history: Sequence[str] | None = None,
) -> dict[str, Any]:
    """``/ask``: the answer as plain text (``plain_text``) with its citations."""
    answer = assistant.ask(
        question,
        history=list(history or []) or None,
        filters=ui_filters(council, doc_type, date_from, date_to),
        mode=ui_mode(mode),
    )
    return {
        "question": answer.question,
        "plain_text": answer.plain_text(),
        "text": answer.text,
        "answered": answer.answered,
        "kind": answer.kind,
        "notes": list(answer.notes),
        "authorities": list(answer.authorities),
        "citations": [asdict(c) for c in answer.citations],
    }


def search_json(
    assistant: Assistant,
    query: str,
    *,
    k: int = 5,
    council: str = "",
    doc_type: str = "",
    date_from: str = "",
    date_to: str = "",
    mode: str = "",
) -> list[dict[str, Any]]:
    """``/search``: the ``k`` best passages as JSON objects."""
    passages = assistant.search(
        query, k=ui_k(k), mode=ui_mode(mode), filters=ui_filters(council, doc_type, date_from, date_to)
    )
    return [asdict(p) for p in passages]


def ui_k(k: object) -> int:
    """``k`` as sent by a client (JSON may give 5.0 or "5"); raise unless a whole number of at least 1."""
    if isinstance(k, float) and k.is_integer():
        k = int(k)
    elif isinstance(k, str) and k.strip().lstrip("-").isdigit():
        k = int(k.strip())
    return validate_k(k)


def api_call(fn: Callable[[], Any]) -> Any:
    """Run an API endpoint's work; a user-fixable error becomes its message, a bug a generic one."""
    import gradio as gr

    try:
        return fn()
    except AssistantError as e:
        # gr.Error's message is rendered as HTML in the page's alert: escape it.
        raise gr.Error(html.escape(str(e), quote=False), print_exception=False) from None
    except Exception:
        log.exception("API call failed")
        raise gr.Error("internal error; it was logged on the server", print_exception=False) from None


def add_api(assistant: Assistant) -> None:
    """Register ``/ask`` and ``/search`` on the Blocks being built (call inside ``with Blocks()``).

    Gradio documents each endpoint from its function's signature and docstring.
    """
    import gradio as gr

    gr.api(_ask_endpoint(assistant), api_name="ask", concurrency_id="chat")
    gr.api(_search_endpoint(assistant), api_name="search", concurrency_id="chat")


def _ask_endpoint(assistant: Assistant) -> Callable[..., dict]:
    def ask(
        question: str,
        council: str = "",
        doc_type: str = "",
        date_from: str = "",
        date_to: str = "",
        mode: str = "",
    ) -> dict:
        """Answer a question from the documents: plain_text (answer and sources), text, citations."""
        return api_call(
            lambda: ask_json(
                assistant,
                question,
                council=council,
                doc_type=doc_type,
                date_from=date_from,
                date_to=date_to,
                mode=mode,
            )
        )

    return ask


def _search_endpoint(assistant: Assistant) -> Callable[..., list]:
    def search(
        query: str,
        k: int = 5,
        council: str = "",
        doc_type: str = "",
        date_from: str = "",
        date_to: str = "",
        mode: str = "",
    ) -> list:
        """The k best passages for a query, each with its citation fields."""
        return api_call(
            lambda: search_json(
                assistant,
                query,
                k=k,
                council=council,
                doc_type=doc_type,
                date_from=date_from,
                date_to=date_to,
                mode=mode,
            )
        )

    return search
