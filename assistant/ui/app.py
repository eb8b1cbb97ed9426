"""``build_app``: the page's layout and the wiring of its events (Gradio 6).

The work each event does lives elsewhere: the chat turn in ``chat``, the
HTML in ``render``, uploads in ``uploads``, the API in ``endpoints``. The
page's styles and scripts are files in ``static/``, read when first needed.
Gradio is imported inside functions only (see the package docstring).
"""

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.api import Assistant
from assistant.authorities import GAZETTEER
from assistant.config import MODES
from assistant.ui.chat import STREAM_DELAY, chat_turn
from assistant.ui.endpoints import add_api
from assistant.ui.render import (
    EMPTY_SOURCES,
    EMPTY_VIEWER,
    document_choices,
    document_html,
    document_types,
    esc,
    index_status_html,
    open_span,
)
from assistant.ui.uploads import MAX_UPLOAD_BYTES, MAX_UPLOAD_FILES, add_uploads, default_upload_dir

if TYPE_CHECKING:  # imported lazily at run time (see the package docstring)
    import gradio as gr

TITLE = "Ofsted inspection documents assistant"
EXAMPLES: tuple[str, ...] = (
    "What did Ofsted say about Stoke's supervision?",
    "Which council hired a clinical psychologist as a life coach?",
    "What did the January 2022 monitoring visit find at Stoke-on-Trent's front door?",
    "Why did Leicester improve to good?",
)
CHAT_PLACEHOLDER = (
    "<strong>Ask about Ofsted inspections of children's services.</strong><br>"
    "Answers quote the indexed documents word for word; each [n] leads to its source."
)
# Where each indexing stage is shown in the upload's progress bar.
PROGRESS_LABELS = {"read": "Reading files", "chunk": "Splitting into passages", "embed": "Embedding passages"}


@cache
def static_text(name: str) -> str:
    """The text of ``static/<name>`` (app.css, app.js, sources.js, viewer.js), read once."""
    return resources.files("assistant.ui").joinpath("static", name).read_text(encoding="utf-8")


def theme() -> Any:
    """Gradio's default theme with system fonts (no font requests to third parties)."""
    import gradio as gr

    return gr.themes.Default(
        primary_hue="blue",
        font=["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"],
        font_mono=["ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "monospace"],
    )


@dataclass
class Page:
    """The page's components that events read or write (set as the layout is built)."""

    chat_state: Any = None
    questions_state: Any = None
    spans_state: Any = None
    index_status: Any = None
    chatbot: Any = None
    question: Any = None
    ask_btn: Any = None
    clear_btn: Any = None
    example_btns: Any = None
    council: Any = None
    doc_type: Any = None
    mode: Any = None
    date_from: Any = None
    date_to: Any = None
    reset_btn: Any = None
    copy_box: Any = None
    files: Any = None
    index_btn: Any = None
    upload_status: Any = None
    tabs: Any = None
    sources: Any = None
    doc_pick: Any = None
    viewer: Any = None


def build_app(
    assistant: Assistant, *, upload_dir: str | Path | None = None, stream_delay: float = STREAM_DELAY
) -> "gr.Blocks":
    """The Gradio app over ``assistant`` (not launched; see ``launch``)."""
    import gradio as gr

    uploads = Path(upload_dir) if upload_dir is not None else default_upload_dir(assistant.index_dir)
    # delete_cache: Gradio's own copies of uploaded files (its temp folder) go
    # after an hour; the files indexed were copied to ``uploads`` already.
    with gr.Blocks(title=TITLE, analytics_enabled=False, fill_width=True, delete_cache=(3600, 3600)) as demo:
        page = Page(chat_state=gr.State([]), questions_state=gr.State([]), spans_state=gr.State([]))
        _header(page, assistant)
        with gr.Row(equal_height=False):
            with gr.Column(scale=6, min_width=420):
                _chat_column(page)
                _filters(page, assistant)
                _copy_and_upload(page)
            _side(page, assistant)
        _wire_chat(page, assistant, stream_delay)
        _wire_clear_and_reset(page, assistant)
        _wire_sources(page, assistant)
        _wire_uploads(page, assistant, uploads)
        add_api(assistant)
    return demo


# --------------------------------------------------------------------------
# Layout


def _header(page: Page, assistant: Assistant) -> None:
    import gradio as gr

    with gr.Row(elem_id="header", equal_height=True):
        gr.HTML(
            f"<h1>{esc(TITLE)}</h1><p>Answers in the documents' own words; each [n] leads to its source.</p>",
            scale=4,
        )
        page.index_status = gr.HTML(
            index_status_html(assistant), elem_id="index-status", scale=1, min_width=180
        )


def _chat_column(page: Page) -> None:
    """The chat, the question box with its buttons, and the example questions."""
    import gradio as gr

    page.chatbot = gr.Chatbot(
        value=[],
        elem_id="chat",
        label="Chat",
        show_label=False,
        height=560,
        render_markdown=False,
        sanitize_html=True,
        latex_delimiters=[],
        allow_tags=False,
        buttons=[],
        feedback_options=None,
        placeholder=CHAT_PLACEHOLDER,
    )
    with gr.Row():
        page.question = gr.Textbox(
            show_label=False,
            placeholder="Ask a question, e.g. What did Ofsted say about Stoke's supervision?",
            scale=6,
            lines=1,
            max_lines=4,
            elem_id="question",
            autofocus=True,
        )
        page.ask_btn = gr.Button("Ask", variant="primary", scale=1, min_width=90, elem_id="ask")
        page.clear_btn = gr.Button("Clear chat", scale=1, min_width=130, elem_id="clear")
    with gr.Row(elem_id="examples"):
        page.example_btns = [gr.Button(q, size="sm", variant="secondary") for q in EXAMPLES]


def _type_choices(assistant: Assistant) -> list[tuple[str, str]]:
    return [("Any type", ""), *((t, t) for t in document_types(assistant))]


def _filters(page: Page, assistant: Assistant) -> None:
    """Council, document type, retrieval mode and dates: they apply to the next question."""
    import gradio as gr

    with gr.Accordion("Filters: they apply to the next question", open=True, elem_id="filters"):
        with gr.Row():
            page.council = gr.Dropdown(
                choices=[("Any council", ""), *((a, a) for a in GAZETTEER.authorities)],
                value="",
                label="Council",
                filterable=True,
                elem_id="council",
            )
            page.doc_type = gr.Dropdown(
                choices=_type_choices(assistant), value="", label="Document type", elem_id="doc-type"
            )
            page.mode = gr.Radio(
                choices=list(MODES), value=assistant.settings.mode, label="Retrieval", elem_id="mode"
            )
        with gr.Row():
            page.date_from = gr.Textbox(
                label="From date", placeholder="e.g. 2021 or 2021-09", elem_id="date-from"
            )
            page.date_to = gr.Textbox(
                label="To date", placeholder="e.g. 2022 or 2022-03-31", elem_id="date-to"
            )
            page.reset_btn = gr.Button("Reset filters", size="sm", elem_id="reset-filters")


def _copy_and_upload(page: Page) -> None:
    """The answer as plain text to copy, and the upload box."""
    import gradio as gr

    with gr.Accordion(
        "Copy the answer with its sources (plain text for a report)", open=False, elem_id="copy"
    ):
        page.copy_box = gr.Textbox(
            label="Answer and sources",
            lines=8,
            max_lines=24,
            interactive=False,
            buttons=["copy"],
            elem_id="copy-text",
        )
    with gr.Accordion("Add documents", open=False, elem_id="add-documents"):
        page.files = gr.File(
            label=f"txt, md, html or pdf; up to {MAX_UPLOAD_FILES} files of "
            f"{MAX_UPLOAD_BYTES // 2**20} MB each",
            file_count="multiple",
            type="filepath",
            elem_id="upload",
        )
        page.index_btn = gr.Button("Index these files", variant="primary", elem_id="index-files")
        page.upload_status = gr.HTML("", elem_id="upload-status")


def _side(page: Page, assistant: Assistant) -> None:
    """The Sources and Document tabs beside the chat."""
    import gradio as gr

    with (
        gr.Column(scale=5, min_width=380, elem_id="side"),
        gr.Tabs(elem_id="side-tabs", selected="sources-tab") as tabs,
    ):
        page.tabs = tabs
        with gr.Tab("Sources", id="sources-tab"):
            page.sources = gr.HTML(EMPTY_SOURCES, elem_id="sources", js_on_load=static_text("sources.js"))
        with gr.Tab("Document", id="document-tab"):
            page.doc_pick = gr.Dropdown(
                choices=document_choices(assistant),
                value=None,
                label="Open an indexed document",
                filterable=True,
                elem_id="doc-pick",
            )
            page.viewer = gr.HTML(EMPTY_VIEWER, elem_id="viewer", js_on_load=static_text("viewer.js"))


# --------------------------------------------------------------------------
# Events


def _or_skip(value: Any) -> Any:
    import gradio as gr

    return gr.skip() if value is None else value


def _wire_chat(page: Page, assistant: Assistant, stream_delay: float) -> None:
    """Ask (the button, Enter, or an example question): the chat turn, streamed."""
    import gradio as gr

    def respond(
        q: str, chat: list, asked: list, council_v: str, type_v: str, from_v: str, to_v: str, mode_v: str
    ) -> Iterator[tuple]:
        filters = {"council": council_v, "doc_type": type_v, "date_from": from_v, "date_to": to_v}
        for t in chat_turn(assistant, q, chat, asked, **filters, mode=mode_v, delay=stream_delay):
            new_panel = t.sources is not None
            yield (
                t.chat,
                t.chat,
                t.questions,
                _or_skip(t.sources),
                _or_skip(t.plain),
                _or_skip(t.spans),
                gr.Tabs(selected="sources-tab") if new_panel else gr.skip(),
                "",
            )

    p = page
    inputs = [
        p.question,
        p.chat_state,
        p.questions_state,
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
        p.tabs,
        p.question,
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


def _wire_clear_and_reset(page: Page, assistant: Assistant) -> None:
    """Clear chat (or the chat's bin icon) starts afresh; Reset filters empties the filters."""
    p = page

    def clear() -> tuple:
        return [], [], [], EMPTY_SOURCES, "", [], EMPTY_VIEWER, None

    cleared = [
        p.chatbot,
        p.chat_state,
        p.questions_state,
        p.sources,
        p.copy_box,
        p.spans_state,
        p.viewer,
        p.doc_pick,
    ]
    p.clear_btn.click(clear, None, cleared, api_visibility="private", queue=False)
    p.chatbot.clear(clear, None, cleared, api_visibility="private", queue=False)

    default_mode = assistant.settings.mode

    def reset() -> tuple:
        return "", "", default_mode, "", ""

    filters = [p.council, p.doc_type, p.mode, p.date_from, p.date_to]
    p.reset_btn.click(reset, None, filters, api_visibility="private", queue=False)


def _wire_sources(page: Page, assistant: Assistant) -> None:
    """A source card's button and the document picker open the viewer."""
    import gradio as gr

    def open_selected(spans: list, evt: gr.SelectData) -> tuple:
        spans = spans or []
        i = evt.index if isinstance(evt.index, int) else -1
        pick = spans[i][0] if 0 <= i < len(spans) else gr.skip()
        return open_span(assistant, spans, evt.index), gr.Tabs(selected="document-tab"), pick

    outputs = [page.viewer, page.tabs, page.doc_pick]
    page.sources.select(open_selected, [page.spans_state], outputs, api_visibility="private")
    page.doc_pick.input(
        lambda d: document_html(assistant, d), [page.doc_pick], [page.viewer], api_visibility="private"
    )


def _wire_uploads(page: Page, assistant: Assistant, uploads: Path) -> None:
    """Index these files: check, store and index the uploads, then refresh the pickers."""
    import gradio as gr

    def index_files(paths: list | None, progress: gr.Progress = gr.Progress()) -> tuple:  # noqa: B008
        def report(stage: str, done: int, total: int) -> None:
            progress((done, total), desc=PROGRESS_LABELS.get(stage, stage), unit="items")

        progress(0, desc="Checking files")
        result = add_uploads(assistant, paths or [], uploads, progress=report)
        return (
            result.html(),
            gr.Dropdown(choices=_type_choices(assistant)),
            gr.Dropdown(choices=document_choices(assistant)),
            None,
            index_status_html(assistant),
        )

    # Undocumented rather than private: the page calls it either way (by
    # its number), and a name lets gradio_client drive it (bench/load.py).
    page.index_btn.click(
        index_files,
        [page.files],
        [page.upload_status, page.doc_type, page.doc_pick, page.files, page.index_status],
        api_name="add_documents",
        api_visibility="undocumented",
        concurrency_limit=1,
        concurrency_id="index",
    )


def _constant(value: str) -> Callable[[], str]:
    def fill() -> str:
        return value

    return fill
