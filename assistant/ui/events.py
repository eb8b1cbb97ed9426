"""The page's events: asking, clearing, opening sources, uploading, refreshing the document list.

Each event's work lives elsewhere (the chat turn in ``chat``, HTML in
``render`` and ``viewer``, uploads in ``uploads``); here it is wired to the
components of ``components.Page``. Gradio is imported inside functions only.
"""

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from assistant.answers import Answer
from assistant.api import Assistant
from assistant.ui.chat import Turn, chat_turn
from assistant.ui.components import EXAMPLES, PROGRESS_LABELS, REFRESH_SECONDS, Page
from assistant.ui.pages import PageImages
from assistant.ui.render import EMPTY_SOURCES, EMPTY_VIEWER, document_choices, index_status_html, type_choices
from assistant.ui.uploads import add_uploads
from assistant.ui.viewer import document_html, open_span


def _or_skip(value: Any) -> Any:
    import gradio as gr

    return gr.skip() if value is None else value


def wire_chat(page: Page, assistant: Assistant, stream_delay: float, folder: Path) -> None:
    """Ask (the button, Enter, or an example question): the chat turn, streamed."""

    def respond(
        q: str,
        chat: list,
        asked: list,
        sections: list,
        spans: list,
        council_v: str,
        type_v: str,
        from_v: str,
        to_v: str,
        mode_v: str,
    ) -> Iterator[tuple]:
        filters = {"council": council_v, "doc_type": type_v, "date_from": from_v, "date_to": to_v}
        turns = chat_turn(
            assistant,
            q,
            chat,
            asked,
            **filters,
            mode=mode_v,
            delay=stream_delay,
            sections=sections,
            spans=spans,
        )
        for t in turns:
            yield _turn_outputs(t, q, folder)

    p = page
    inputs = [
        p.question,
        p.chat_state,
        p.questions_state,
        p.sections_state,
        p.spans_state,
        p.council,
        p.doc_type,
        p.date_from,
        p.date_to,
        p.mode,
    ]
    outputs = [
        p.chatbot,
        p.chat_state,
        p.questions_state,
        p.sources,
        p.copy_box,
        p.spans_state,
        p.sections_state,
        p.tabs,
        p.question,
        p.table_download,
    ]
    events: dict[str, Any] = {
        "fn": respond,
        "inputs": inputs,
        "outputs": outputs,
        "api_visibility": "private",
        "concurrency_id": "chat",
    }
    p.question.submit(**events)
    p.ask_btn.click(**events)
    for btn, text in zip(p.example_btns, EXAMPLES, strict=True):
        btn.click(_constant(text), None, p.question, api_visibility="private", queue=False).then(**events)


def _turn_outputs(t: Turn, question: str, folder: Path) -> tuple:
    """The page's outputs for one streamed state of a chat turn (see ``_wire_chat``)."""
    import gradio as gr

    new_panel = t.sources is not None
    return (
        t.chat,
        t.chat,
        t.questions,
        _or_skip(t.sources),
        _or_skip(t.plain),
        _or_skip(t.spans),
        _or_skip(t.sections),
        gr.Tabs(selected="sources-tab") if new_panel else gr.skip(),
        question if t.keep_question else "",  # a refused question stays, to be corrected
        _table_download(t.answer, folder) if t.answer is not None else gr.skip(),
    )


def _table_download(answer: Answer, folder: Path) -> Any:
    """The CSV download button for an answer with a table (hidden for any other answer)."""
    import gradio as gr

    text = answer.table_csv()
    if not text:
        return gr.DownloadButton(value=None, visible=False)
    path = folder / "tables" / uuid.uuid4().hex / "judgements.csv"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return gr.DownloadButton(value=str(path), visible=True)


def wire_clear_and_reset(page: Page, assistant: Assistant) -> None:
    """Clear chat (or the chat's bin icon) starts afresh; Reset filters empties the filters."""
    p = page

    def clear() -> tuple:
        import gradio as gr

        return [], [], [], EMPTY_SOURCES, "", [], [], EMPTY_VIEWER, None, gr.DownloadButton(visible=False)

    cleared = [
        p.chatbot,
        p.chat_state,
        p.questions_state,
        p.sources,
        p.copy_box,
        p.spans_state,
        p.sections_state,
        p.viewer,
        p.doc_pick,
        p.table_download,
    ]
    p.clear_btn.click(clear, None, cleared, api_visibility="private", queue=False)
    p.chatbot.clear(clear, None, cleared, api_visibility="private", queue=False)

    default_mode = assistant.settings.mode

    def reset() -> tuple:
        return "", "", default_mode, "", ""

    filters = [p.council, p.doc_type, p.mode, p.date_from, p.date_to]
    p.reset_btn.click(reset, None, filters, api_visibility="private", queue=False)


def wire_sources(page: Page, assistant: Assistant, pages: PageImages) -> None:
    """A source card's button and the document picker open the viewer."""
    import gradio as gr

    def open_selected(spans: list, evt: gr.SelectData) -> tuple:
        spans = spans or []
        i = evt.index if isinstance(evt.index, int) else -1
        pick = spans[i][0] if 0 <= i < len(spans) else gr.skip()
        return open_span(assistant, spans, evt.index, pages=pages), gr.Tabs(selected="document-tab"), pick

    outputs = [page.viewer, page.tabs, page.doc_pick]
    page.sources.select(open_selected, [page.spans_state], outputs, api_visibility="private")
    page.doc_pick.input(
        lambda d: document_html(assistant, d, pages=pages),
        [page.doc_pick],
        [page.viewer],
        api_visibility="private",
    )


def wire_uploads(page: Page, assistant: Assistant, uploads: Path) -> None:
    """Index these files: check, store and index the uploads, then refresh the pickers."""
    import gradio as gr

    def index_files(paths: list | None, progress: gr.Progress = gr.Progress()) -> tuple:  # noqa: B008
        def report(stage: str, done: int, total: int) -> None:
            progress((done, total), desc=PROGRESS_LABELS.get(stage, stage), unit="items")

        progress(0, desc="Checking files")
        result = add_uploads(assistant, paths or [], uploads, progress=report)
        return (result.html(), None, *_index_outputs(assistant))

    # Undocumented rather than private: the page calls it either way (by
    # its number), and a name lets gradio_client drive it (bench/load.py).
    page.index_btn.click(
        index_files,
        [page.files],
        [page.upload_status, page.files, *_index_components(page)],
        api_name="add_documents",
        api_visibility="undocumented",
        concurrency_limit=1,
        concurrency_id="index",
    )


def _index_components(page: Page) -> list[Any]:
    """What shows the index's documents: the count, the type and document pickers, the count seen."""
    return [page.index_status, page.doc_type, page.doc_pick, page.count_state]


def _index_outputs(assistant: Assistant) -> tuple:
    import gradio as gr

    return (
        index_status_html(assistant),
        gr.Dropdown(choices=type_choices(assistant)),
        gr.Dropdown(choices=document_choices(assistant)),
        len(assistant.documents),
    )


def wire_refresh(demo: Any, page: Page, assistant: Assistant) -> None:
    """Every open page shows the documents indexed now: on load, and when another page adds some."""
    import gradio as gr

    def refresh(seen: int | None) -> tuple:
        if seen == len(assistant.documents):
            return tuple(gr.skip() for _ in range(4))
        return _index_outputs(assistant)

    events: dict[str, Any] = {
        "fn": refresh,
        "inputs": [page.count_state],
        "outputs": _index_components(page),
        "api_visibility": "private",
        "queue": False,
        "show_progress": "hidden",
    }
    demo.load(
        lambda: _index_outputs(assistant),
        None,
        _index_components(page),
        api_visibility="private",
        queue=False,
    )
    gr.Timer(REFRESH_SECONDS).tick(**events)


def _constant(value: str) -> Callable[[], str]:
    def fill() -> str:
        return value

    return fill
