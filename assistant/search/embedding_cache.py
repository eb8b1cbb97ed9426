"""Chunk vectors kept across builds, keyed by (model, precision, chunk text).

A build looks every chunk up here before embedding it, so no chunk text is
embedded twice by the same model in the same precision, whatever happened in
between: files removed and added back, a setting changed and changed back, a
build killed half-way through embedding.

Layout, inside the index directory::

    embedding-cache/<model>-<precision>-<dim>/
      <id>.vectors.npy   float32, one row per entry
      <id>.hashes.npy    fixed-width bytes, the key of each row

A shard is complete when its ``.hashes.npy`` exists: the vectors are written
first, each file through a temporary name and ``os.replace``, so a shard
killed half-written is never read. The cache is an optimisation only: a shard
that cannot be read is ignored (and so is re-embedded), never trusted.
"""

from __future__ import annotations

import os
import re
import time
import uuid
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

CACHE_DIR = "embedding-cache"
# Pending vectors are written out this often (in vectors, or in seconds,
# whichever comes first), so a build killed while embedding keeps what it
# had done: about 10 s of embedding on a quiet 2-core machine, minutes on a
# busy one, hence the clock as well.
FLUSH_EVERY = 1024
FLUSH_SECONDS = 30.0
# More shards than this are merged into one when the cache is opened.
MAX_SHARDS = 32


class EmbeddingCache:
    """Vectors by chunk-text hash for one model and precision.

    >>> import tempfile
    >>> root = tempfile.mkdtemp()
    >>> cache = EmbeddingCache(root, model="m", precision="fp32", dim=2)
    >>> cache.add(["a"], np.array([[1.0, 0.0]], dtype=np.float32))
    >>> cache.flush()
    >>> EmbeddingCache(root, model="m", precision="fp32", dim=2).get("a")
    array([1., 0.], dtype=float32)
    """

    def __init__(self, index_dir: str | Path, *, model: str, precision: str, dim: int) -> None:
        slug = re.sub(r"[^A-Za-z0-9._-]+", "_", f"{model}-{precision}-{dim}")
        self.folder = Path(index_dir) / CACHE_DIR / slug
        self.dim = dim
        self._rows: dict[str, np.ndarray] = {}
        self._pending: list[tuple[str, np.ndarray]] = []
        self.ignored: list[str] = []  # shards that could not be read
        self._flushed = time.monotonic()
        self._load()

    def __len__(self) -> int:
        return len(self._rows) + len(self._pending)

    def __contains__(self, key: str) -> bool:
        return key in self._rows

    def get(self, key: str) -> np.ndarray | None:
        return self._rows.get(key)

    def add(self, keys: Sequence[str], vectors: np.ndarray) -> None:
        """Remember ``vectors`` (one row per key); written out every FLUSH_EVERY or FLUSH_SECONDS."""
        for key, row in zip(keys, vectors, strict=True):
            if key not in self._rows:
                self._rows[key] = row
                self._pending.append((key, row))
        if len(self._pending) >= FLUSH_EVERY or time.monotonic() - self._flushed > FLUSH_SECONDS:
            self.flush()

    def flush(self) -> None:
        """Write the pending vectors as one new shard."""
        if not self._pending:
            return
        keys = [k for k, _ in self._pending]
        vectors = np.stack([v for _, v in self._pending]).astype(np.float32)
        self._write_shard(keys, vectors)
        self._pending = []
        self._flushed = time.monotonic()

    def _write_shard(self, keys: Sequence[str], vectors: np.ndarray) -> Path:
        self.folder.mkdir(parents=True, exist_ok=True)
        shard = self.folder / uuid.uuid4().hex
        _save_npy(shard.with_suffix(".vectors.npy"), vectors)
        _save_npy(shard.with_suffix(".hashes.npy"), np.array(keys, dtype="S64"))
        return shard

    def _load(self) -> None:
        if not self.folder.is_dir():
            return
        shards = sorted(self.folder.glob("*.hashes.npy"))
        for hashes_file in shards:
            vectors_file = hashes_file.with_name(hashes_file.name.replace(".hashes.", ".vectors."))
            try:
                keys = np.load(hashes_file, allow_pickle=False)
                vectors = np.load(vectors_file, allow_pickle=False)
                if vectors.ndim != 2 or vectors.shape != (len(keys), self.dim):
                    raise ValueError(f"shape {vectors.shape} for {len(keys)} keys")
            except (OSError, ValueError) as e:
                self.ignored.append(f"{hashes_file.name}: {e}")
                continue
            for key, row in zip(_decode(keys), vectors, strict=True):
                self._rows.setdefault(key, row)
        if len(shards) > MAX_SHARDS:
            self._compact(shards)

    def _compact(self, shards: Iterable[Path]) -> None:
        """Merge every shard into one: the new one is complete before the old go."""
        keys = list(self._rows)
        self._write_shard(keys, np.stack([self._rows[k] for k in keys]))
        for hashes_file in shards:
            hashes_file.unlink(missing_ok=True)
            hashes_file.with_name(hashes_file.name.replace(".hashes.", ".vectors.")).unlink(missing_ok=True)
        for leftover in self.folder.glob(".*.tmp"):
            leftover.unlink(missing_ok=True)


def _decode(keys: np.ndarray) -> list[str]:
    return [k.decode("ascii") for k in keys.tolist()]


def _save_npy(path: Path, array: np.ndarray) -> None:
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    with open(tmp, "wb") as f:
        np.save(f, array, allow_pickle=False)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
