"""``build_app``: the page's layout (Gradio 6); its events are wired in ``events``.

The work each event does lives elsewhere: the chat turn in ``chat``, the
HTML in ``render`` and ``viewer``, uploads in ``uploads``, the API in ``endpoints``. The
page's styles and scripts are files in ``static/``, read when first needed.
Gradio is imported inside functions only (see the package docstring).
"""

import tempfile
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.api import Assistant
from assistant.authorities import GAZETTEER
from assistant.config import MODES
from assistant.ui.chat import STREAM_DELAY
from assistant.ui.components import CHAT_PLACEHOLDER, DATE_INFO, EXAMPLES, MODE_INFO, TITLE, Page
from assistant.ui.endpoints import add_api
from assistant.ui.events import wire_chat, wire_clear_and_reset, wire_refresh, wire_sources, wire_uploads
from assistant.ui.pages import PageImages
from assistant.ui.render import (
    EMPTY_SOURCES,
    EMPTY_VIEWER,
    document_choices,
    esc,
    index_status_html,
    type_choices,
)
from assistant.ui.uploads import MAX_UPLOAD_BYTES, MAX_UPLOAD_FILES, default_upload_dir

if TYPE_CHECKING:  # imported lazily at run time (see the package docstring)
    import gradio as gr


@cache
def static_text(name: str) -> str:
    """The text of ``static/<name>`` (app.css, app.js, sources.js, viewer.js), read once."""
    return resources.files("assistant.ui").joinpath("static", name).read_text(encoding="utf-8")


def theme() -> Any:
    """Gradio's default theme with system fonts (no font requests to third parties)."""
    import gradio as gr

    # Colours darkened from the defaults so that text, links and the primary
    # button meet WCAG AA contrast (checked with axe-core in the browser test).
    return gr.themes.Default(
        primary_hue="blue",
        font=["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"],
        font_mono=["ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "monospace"],
    ).set(
        body_text_color_subdued="#4b5563",
        block_info_text_color="#4b5563",
        color_accent="*primary_700",
        button_primary_background_fill="*primary_700",
        button_primary_background_fill_hover="*primary_800",
        input_placeholder_color="#6b7280",
    )


def build_app(
    assistant: Assistant,
    *,
    upload_dir: str | Path | None = None,
    stream_delay: float = STREAM_DELAY,
    page_dir: str | Path | None = None,
) -> "gr.Blocks":
    """The Gradio app over ``assistant`` (not launched; see ``launch``).

    ``page_dir`` is where rendered PDF pages, PDFs for download and tables as
    CSV are kept (a new temporary folder if None); launch must allow Gradio
    to serve it (``allowed_paths``), as ``serve.launch`` does.
    """
    import gradio as gr

    uploads = Path(upload_dir) if upload_dir is not None else default_upload_dir(assistant.index_dir)
    pages = PageImages(page_dir if page_dir is not None else tempfile.mkdtemp(prefix="assistant-pages-"))
    # delete_cache: Gradio's own copies of uploaded files (its temp folder) go
    # after an hour; the files indexed were copied to ``uploads`` already.
    with gr.Blocks(title=TITLE, analytics_enabled=False, fill_width=True, delete_cache=(3600, 3600)) as demo:
        page = Page(
            chat_state=gr.State([]),
            questions_state=gr.State([]),
            spans_state=gr.State([]),
            sections_state=gr.State([]),
            count_state=gr.State(len(assistant.documents)),
        )
        _header(page, assistant)
        with gr.Row(equal_height=False, elem_id="main-row"):
            with gr.Column(scale=6, min_width=420, elem_id="chat-col"):
                _chat_column(page)
                _filters(page, assistant)
                _copy_and_upload(page)
            _side(page, assistant)
        wire_chat(page, assistant, stream_delay, pages.folder)
        wire_clear_and_reset(page, assistant)
        wire_sources(page, assistant, pages)
        wire_uploads(page, assistant, uploads)
        wire_refresh(demo, page, assistant)
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
            elem_id="title",
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
        elem_classes=["chat-area"],
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
    page.table_download = gr.DownloadButton(
        "Download the table (CSV)", visible=False, size="sm", elem_id="table-csv", elem_classes=["chat-area"]
    )
    # No autofocus: on a phone the focused box scrolls the page past its title
    # (app.js focuses it on a wide screen).
    with gr.Row(elem_id="ask-row", elem_classes=["chat-area"]):
        page.question = gr.Textbox(
            label="Your question",
            show_label=False,
            placeholder="Ask about the documents",
            scale=6,
            lines=1,
            max_lines=4,
            elem_id="question",
        )
        page.ask_btn = gr.Button("Ask", variant="primary", scale=1, min_width=90, elem_id="ask")
        page.clear_btn = gr.Button("Clear chat", scale=1, min_width=130, elem_id="clear")
    with gr.Row(elem_id="examples", elem_classes=["chat-area"]):
        page.example_btns = [gr.Button(q, size="sm", variant="secondary") for q in EXAMPLES]


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
                choices=type_choices(assistant), value="", label="Document type", elem_id="doc-type"
            )
            page.mode = gr.Radio(
                choices=list(MODES),
                value=assistant.settings.mode,
                label="Retrieval",
                info=MODE_INFO,
                elem_id="mode",
            )
        with gr.Row():
            page.date_from = gr.Textbox(
                label="From date", placeholder="e.g. 2021 or 2021-09", info=DATE_INFO, elem_id="date-from"
            )
            page.date_to = gr.Textbox(
                label="To date",
                placeholder="e.g. 2022 or 2022-03-31",
                info="The same date, inclusive.",
                elem_id="date-to",
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
