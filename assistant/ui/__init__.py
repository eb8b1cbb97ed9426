"""``assistant ui``: the chat in the browser (Gradio 6).

The page is a chat whose answers are the documents' own words, each quote
followed by [n] markers that link to its source. Beside the chat, the
*Sources* tab keeps every answer's cards: for each [n] the title, publisher,
document type, council, date and page, the quote highlighted inside its
passage, and a link to the original where its URL is known; an [n] of any
answer shows that answer's cards. The *Document* tab opens the whole
document with the quote highlighted and scrolled to and, for a PDF, the page
as published with the quote's words boxed, and a download of the PDF.
Filters (council, document type, dates, retrieval mode) apply to the next
question; uploaded files (txt, md, html, pdf) are indexed at once and
rejected ones say why; the answer and its sources can be copied as plain
text for a report, a table as CSV. Two API endpoints, ``/ask`` and
``/search``, serve ``gradio_client`` (see docs/ui.md).

The modules, in the order a question meets them:

- ``app``: ``build_app``, the layout; ``components``: the page's
  components and words; ``events``: the wiring of its events. The page's
  CSS and JavaScript are files in ``static/``.
- ``chat``: the chat turn (fields -> ``Assistant.ask`` -> streamed answer).
- ``render``: the HTML of answers, tables and source cards.
- ``viewer``: the document viewer; ``pages``: PDF pages rendered and the
  quote aligned to the page's characters.
- ``uploads``: checking, storing and indexing uploaded files.
- ``endpoints``: the ``/ask`` and ``/search`` API.
- ``serve``: ``launch``, logins and exposure warnings.

Safety: every piece of document text put into HTML goes through
``html.escape`` (``render.esc``), so a document holding ``<script>`` shows
those characters as text; the chat renders our HTML without Markdown; the
viewer serves only indexed documents, by id, through ``Assistant.document``,
and the app serves files only from its own folder of rendered pages.

The package only calls the ``Assistant`` API; it holds no retrieval logic.
Gradio is imported inside functions only, so that ``launch`` can load the
index and the embedding model while Gradio imports.
"""

from assistant.ui.app import build_app
from assistant.ui.chat import QUESTION_SHOWN_CHARS, Turn, chat_turn, ui_filters, ui_mode
from assistant.ui.components import EXAMPLES, TITLE
from assistant.ui.endpoints import api_call, ask_json, search_json, ui_k
from assistant.ui.pages import PageImages, align
from assistant.ui.render import answer_html, answer_steps, esc, sources_html, sources_panel, table_html
from assistant.ui.serve import exposure_warning, is_loopback, launch, parse_auth
from assistant.ui.uploads import (
    MAX_STORED_UPLOADS,
    MAX_UPLOAD_BYTES,
    MAX_UPLOAD_FILES,
    UPLOAD_SUFFIXES,
    UploadResult,
    add_uploads,
    check_upload,
)
from assistant.ui.viewer import document_html, open_span

__all__ = [
    "EXAMPLES",
    "MAX_STORED_UPLOADS",
    "MAX_UPLOAD_BYTES",
    "MAX_UPLOAD_FILES",
    "QUESTION_SHOWN_CHARS",
    "TITLE",
    "UPLOAD_SUFFIXES",
    "PageImages",
    "Turn",
    "UploadResult",
    "add_uploads",
    "align",
    "answer_html",
    "answer_steps",
    "api_call",
    "ask_json",
    "build_app",
    "chat_turn",
    "check_upload",
    "document_html",
    "esc",
    "exposure_warning",
    "is_loopback",
    "launch",
    "open_span",
    "parse_auth",
    "search_json",
    "sources_html",
    "sources_panel",
    "table_html",
    "ui_filters",
    "ui_k",
    "ui_mode",
]
