"""Counting a model's word pieces without loading the model.

Chunking asks, for every chunk, how many word pieces the embedder will read
(``chunking.fit_to_model``). The model's own ``tokenizer.json`` answers that
through the ``tokenizers`` library alone: no torch, no weights, about 8x
faster than the same count through transformers' tokenizer call, and small
enough to send to the processes that chunk in parallel.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any


class WordPieces:
    """``counter(texts)``: the model's token count of each text, special tokens included.

    Picklable: a copy sent to another process carries the path only and
    loads the tokenizer there on first use.
    """

    def __init__(self, model_dir: str | Path) -> None:
        self.path = Path(model_dir) / "tokenizer.json"
        self._tokenizer: Any = None

    def __call__(self, texts: Sequence[str]) -> list[int]:
        if not texts:
            return []
        encodings = self.tokenizer.encode_batch(list(texts), add_special_tokens=True)
        return [len(e.ids) for e in encodings]

    @property
    def tokenizer(self) -> Any:
        if self._tokenizer is None:
            from tokenizers import Tokenizer

            tokenizer = Tokenizer.from_file(str(self.path))
            # The file carries the settings of a training run (truncation at
            # 128, padding): a count must see the whole text.
            tokenizer.no_truncation()
            tokenizer.no_padding()
            self._tokenizer = tokenizer
        return self._tokenizer

    def __getstate__(self) -> dict[str, Any]:
        return {"path": self.path, "_tokenizer": None}

    @classmethod
    def available(cls, model_dir: str | Path) -> bool:
        return (Path(model_dir) / "tokenizer.json").is_file()
