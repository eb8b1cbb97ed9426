"""A chat assistant over Ofsted children's-services documents, answering in their own words.

>>> from assistant import Assistant
"""

__version__ = "0.1.0"

from assistant.api import Assistant  # noqa: E402
from assistant.config import Settings  # noqa: E402
from assistant.documents import Document  # noqa: E402
from assistant.errors import (  # noqa: E402
    AssistantError,
    DocumentError,
    IndexCorruptError,
    IndexMismatchError,
    IndexNotFoundError,
    InvalidQueryError,
    UnknownAuthorityError,
)
from assistant.retrieval import Filters, Passage  # noqa: E402

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
    "__version__",
]
