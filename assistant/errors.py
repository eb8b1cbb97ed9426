"""Exceptions raised at the public boundary.

Every message names the bad value and says what to do about it, so that the
CLI and the chat can show it to a person as it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


class AssistantError(Exception):
    """Base class of every error this package raises on purpose."""


class InvalidQueryError(AssistantError, ValueError):
    """A query, ``k``, mode or filter that cannot be answered as given."""


class UnknownAuthorityError(InvalidQueryError):
    """A filter names a council the gazetteer does not know."""


class UnknownDocumentError(InvalidQueryError, LookupError):
    """A document id that is not in the index (documents are served by id only, never by path)."""


class DocumentError(AssistantError):
    """A file that cannot be read as a document; the reason says why."""


class IndexStoreError(AssistantError):
    """Base class for problems with an index on disk."""


class IndexNotFoundError(IndexStoreError, FileNotFoundError):
    """No index where one was expected."""


class IndexCorruptError(IndexStoreError):
    """An index file is missing, truncated or inconsistent."""


class IndexMismatchError(IndexStoreError):
    """An index was built with another format version, model or precision."""


class SearchBackendError(IndexStoreError):
    """The search backend (Milvus) is missing, unreachable or refused a build or a search."""


class ModelNotAvailableError(AssistantError):
    """The embedding model cannot be loaded from local files."""


class CitationError(AssistantError):
    """A citation's quote is not its document's text at its span: a bug, never shown as an answer.

    ``citations`` are all the answer's citations and ``invalid`` how many of
    them break the rule, so that the eval can count them.
    """

    def __init__(self, message: str, *, citations: Sequence[Any] = (), invalid: int = 0) -> None:
        super().__init__(message)
        self.citations = tuple(citations)
        self.invalid = invalid


__all__ = [
    "AssistantError",
    "CitationError",
    "DocumentError",
    "IndexCorruptError",
    "IndexMismatchError",
    "IndexNotFoundError",
    "IndexStoreError",
    "InvalidQueryError",
    "ModelNotAvailableError",
    "SearchBackendError",
    "UnknownAuthorityError",
    "UnknownDocumentError",
]
