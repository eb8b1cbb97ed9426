"""A chat assistant over Ofsted children's-services documents, answering in their own words.

>>> from assistant import Assistant
"""

from assistant.answers import Answer, Citation, Table
from assistant.api import Assistant
from assistant.config import VERSION as __version__
from assistant.config import Settings
from assistant.documents import Document
from assistant.errors import (
    AssistantError,
    CitationError,
    DocumentError,
    IndexCorruptError,
    IndexMismatchError,
    IndexNotFoundError,
    IndexStoreError,
    InvalidQueryError,
    ModelNotAvailableError,
    SearchBackendError,
    UnknownAuthorityError,
    UnknownDocumentError,
)
from assistant.filters import Filters
from assistant.retrieval import Passage

__all__ = [
    "Answer",
    "Assistant",
    "AssistantError",
    "Citation",
    "CitationError",
    "Document",
    "DocumentError",
    "Filters",
    "IndexCorruptError",
    "IndexMismatchError",
    "IndexNotFoundError",
    "IndexStoreError",
    "InvalidQueryError",
    "ModelNotAvailableError",
    "Passage",
    "SearchBackendError",
    "Settings",
    "Table",
    "UnknownAuthorityError",
    "UnknownDocumentError",
    "__version__",
]
