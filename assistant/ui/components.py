"""The page's components and words: what the layout (``app``) builds and its events (``events``) use."""

from dataclasses import dataclass
from typing import Any

TITLE = "Ofsted inspection documents assistant"
EXAMPLES: tuple[str, ...] = (
    "What did Ofsted say about Stoke's supervision?",
    "Which council hired a clinical psychologist as a life coach?",
    "What did the January 2022 monitoring visit find at Stoke-on-Trent's front door?",
    "Why did Leicester improve to good?",
)
MODE_INFO = (
    "bm25 matches your words; dense matches meaning (a sentence model); "
    "hybrid, the default, combines the two rankings."
)
DATE_INFO = "The document's date: when a report or letter was published, not when the inspection took place."
REFRESH_SECONDS = 10  # how often an open page checks for documents added elsewhere
CHAT_PLACEHOLDER = (
    "<strong>Ask about Ofsted inspections of children's services.</strong><br>"
    "Answers quote the indexed documents word for word; each [n] leads to its source."
)
# Where each indexing stage is shown in the upload's progress bar.
PROGRESS_LABELS = {"read": "Reading files", "chunk": "Splitting into passages", "embed": "Embedding passages"}


@dataclass
class Page:
    """The page's components that events read or write (set as the layout is built)."""

    chat_state: Any = None
    questions_state: Any = None
    spans_state: Any = None
    sections_state: Any = None
    count_state: Any = None
    index_status: Any = None
    table_download: Any = None
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
