"""Backends by name: open the one a build was made for, save a build for one.

``Settings.backend`` names the backend a new build is made for; the build's
manifest records it, and ``open_backend`` opens that one. This module
imports both implementations and neither imports it, so the choice lives
here and nowhere else.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from assistant.config import BACKENDS, Settings
from assistant.errors import IndexMismatchError, SearchBackendError
from assistant.search import milvus, store
from assistant.search.base import Progress, SearchBackend
from assistant.search.embedded import EmbeddedBackend
from assistant.search.store import IndexData


def check_backend_name(name: str) -> str:
    """``name`` if it is a backend this program has; raise ``SearchBackendError`` if not."""
    if name not in BACKENDS:
        raise SearchBackendError(f"unknown backend {name!r}; use one of {', '.join(BACKENDS)}")
    return name


def save_index(
    data: IndexData, index_dir: str | Path, *, settings: Settings, progress: Progress | None = None
) -> Path:
    """Write ``data`` as the new build (and, for Milvus, its collection); return the build folder.

    With Milvus the collection is filled first and the build is made current
    only after it holds every chunk: a failed insertion leaves the previous
    build (and its collection) in use.
    """
    if check_backend_name(settings.backend) == "embedded":
        data.manifest.pop("backend", None)
        return store.save(data, index_dir)
    return milvus.save(data, index_dir, settings=settings, progress=progress)


def backend_matches(manifest: dict[str, Any], settings: Settings, index_dir: str | Path) -> bool:
    """Whether the build described by ``manifest`` was made for ``settings``' backend (and URI)."""
    built = manifest.get("backend") or {"name": "embedded"}
    if check_backend_name(settings.backend) != built.get("name"):
        return False
    if settings.backend == "embedded":
        return True
    return bool(built.get("uri") == milvus.resolve_uri(settings.milvus_uri, index_dir))


def open_backend(data: IndexData, settings: Settings) -> SearchBackend:
    """The backend the build was made for, as its manifest records it."""
    built = data.manifest.get("backend") or {"name": "embedded"}
    name = built.get("name")
    if name == "embedded":
        return EmbeddedBackend(data, settings)
    if name == "milvus":
        return milvus.MilvusBackend.open(
            built["uri"],
            built["collection"],
            settings=settings,
            rows=len(data.chunks),
            docs_of_year=milvus.docs_of_year(data),
        )
    raise IndexMismatchError(
        f"{data.path / 'manifest.json'} names the backend {name!r}, which this program does not know; "
        "rebuild the index with `assistant index`"
    )


__all__ = ["backend_matches", "check_backend_name", "open_backend", "save_index"]
