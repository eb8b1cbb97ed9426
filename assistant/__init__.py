"""A chat assistant over Ofsted children's-services documents, answering in their own words.

>>> from assistant import Assistant
"""

__version__ = "0.1.0"

from assistant.api import Assistant
from assistant.config import Settings
from assistant.documents import Document
from assistant.errors import (
    AssistantError,
    DocumentError,
    IndexCorruptError,
    IndexMismatchError,
    IndexNotFoundError,
    InvalidQueryError,
    UnknownAuthorityError,
    UnknownDocumentError,
)
from assistant.filters import Filters
from assistant.retrieval import Passage

__all__ = [
    "Assistant",
    "AssistantError",
    "Document",
    "DocumentError",
    "Filters",
    "IndexCorruptError",
    "IndexMismatchError",
    "IndexNotFoundError",
    "InvalidQueryError",
    "Passage",
    "Settings",
    "UnknownAuthorityError",
    "UnknownDocumentError",
    "__version__",
]
