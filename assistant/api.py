"""``Assistant``: the one entry point of the Python API.

>>> from assistant import Assistant
>>> a = Assistant.from_corpus("corpus/")                     # doctest: +SKIP
>>> p = a.search("What did Ofsted say about Stoke's supervision?", k=5)[0]  # doctest: +SKIP
>>> a.document_text(p.doc_id)[p.start:p.end] == p.text      # doctest: +SKIP
True
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from assistant.answers import Answer, answer_question
from assistant.answers.grade_passages import grade_rows_first
from assistant.answers.improvement import improvement_lists_first
from assistant.config import ANSWER_TIME, DEFAULT_CORPUS, DEFAULT_INDEX_DIR, Settings
from assistant.documents import Document
from assistant.errors import IndexMismatchError, UnknownDocumentError
from assistant.filters import Filters
from assistant.furniture import FURNITURE_VERSION
from assistant.indexing import BuildReport, build_index
from assistant.retrieval import Passage, Retriever
from assistant.search import store
from assistant.search.base import Progress
from assistant.search.dense import Embedder, get_embedder, resolve_model_path, short_name
from assistant.search.openvino_embedder import questions_precision
from assistant.search.registry import backend_matches, open_backend

log = logging.getLogger(__name__)


class Assistant:
    """Search (and, with ``ask``, answer) over one index of documents."""

    def __init__(
        self,
        data: store.IndexData,
        embedder: Embedder,
        settings: Settings,
        *,
        index_dir: str | Path = DEFAULT_INDEX_DIR,
    ) -> None:
        self.settings = settings
        self.embedder = embedder
        self.index_dir = Path(index_dir)
        self._use(data)
        self.last_build: BuildReport | None = None
        self._lock = threading.Lock()

    def _use(self, data: store.IndexData) -> None:
        # One assignment each: a search running meanwhile sees the old index
        # or the new one, never half of each. The documents go first: a search
        # that started on the old retriever finds its documents in the new
        # index too (an update adds documents), whereas the other order could
        # hand out a passage of a document not yet served by ``document``.
        backend = open_backend(data, self.settings)  # the one the build was made for (its manifest)
        retriever = Retriever(data, embedder=self.embedder, settings=self.settings, backend=backend)
        self.index = data
        self.retriever = retriever

    # -- construction -------------------------------------------------------

    @classmethod
    def from_corpus(
        cls,
        paths: str | Path | Sequence[str | Path],
        *,
        index_dir: str | Path = DEFAULT_INDEX_DIR,
        settings: Settings | None = None,
        embedder: Embedder | None = None,
        progress: Progress | None = None,
    ) -> Assistant:
        """Build or update the index of ``paths`` in ``index_dir``, then load it.

        Unchanged files are neither re-read nor re-embedded.
        """
        settings = settings or Settings()
        embedder = embedder or _embedder(settings)
        if isinstance(paths, (str, Path)):
            paths = [paths]
        report = build_index(paths, index_dir, settings=settings, embedder=embedder, progress=progress)
        if report.data is not None:  # built with this embedder: no need to read it back
            assistant = cls(report.data, embedder, settings, index_dir=index_dir)
        else:
            assistant = cls.load(index_dir, settings=settings, embedder=embedder)
        assistant.last_build = report
        return assistant

    @classmethod
    def open(
        cls,
        index_dir: str | Path = DEFAULT_INDEX_DIR,
        *,
        corpus: Sequence[str | Path] | None = None,
        options: dict[str, Any] | None = None,
        progress: Progress | None = None,
    ) -> Assistant:
        """Build or load, as the commands and the chat do.

        With ``corpus``, its index in ``index_dir`` is built or updated first.
        Without, the index built there is loaded; if there is none and the
        default corpus folder (``corpus/``) is here, it is built from that.
        ``options`` are Settings fields (``config.settings_from_args``): a new
        build uses them; a loaded index keeps what its build decided
        (``Settings.of_index``),
        takes the answer-time ones (the language model) and refuses a model
        or backend other than its own rather than ignore it.
        """
        options = dict(options or {})
        index = Path(index_dir)
        if corpus is None and not (index / "CURRENT").exists() and Path(DEFAULT_CORPUS).is_dir():
            corpus = [DEFAULT_CORPUS]
        if corpus is not None:
            return cls.from_corpus(corpus, index_dir=index, settings=Settings(**options), progress=progress)
        assistant = cls.load(index)
        assistant._check_built_for(options)
        answer_time = {k: v for k, v in options.items() if k in ANSWER_TIME}
        if answer_time:
            assistant.settings = assistant.settings.replace(**answer_time)
        return assistant

    def _check_built_for(self, options: dict[str, Any]) -> None:
        """Raise unless the loaded index was built with the model and backend asked for."""
        built = self.index.manifest.get("embedder", {}).get("name")
        model = options.get("embedding_model")
        if model and model != built:
            raise IndexMismatchError(
                f"the index in {self.index_dir} was built with the model {built!r}, not {model!r}; "
                f"rebuild it with `assistant index --index-dir {self.index_dir} --model {model}`"
            )
        if "backend" not in options and "milvus_uri" not in options:
            return
        wanted = self.settings.replace(
            backend=options.get("backend", self.settings.backend), milvus_uri=options.get("milvus_uri")
        )
        if not backend_matches(self.index.manifest, wanted, self.index_dir):
            uri = options.get("milvus_uri")
            at = f" at {uri}" if uri else ""
            flag = f" --uri {uri}" if uri else ""
            raise IndexMismatchError(
                f"the index in {self.index_dir} was not built for the {wanted.backend} backend{at}; "
                f"build it there with `assistant index --index-dir {self.index_dir} "
                f"--backend {wanted.backend}{flag}`"
            )

    @classmethod
    def load(
        cls,
        index_dir: str | Path = DEFAULT_INDEX_DIR,
        *,
        settings: Settings | None = None,
        embedder: Embedder | None = None,
    ) -> Assistant:
        """Load a built index. The model must be the one it was built with.

        Without ``settings``, what the build decided (chunking, model,
        precision, backend) comes from the index's manifest and the rest
        (fusion, answers, thresholds) from ``Settings()``: ``Settings.of_index``.
        """
        data = store.load(index_dir)
        built = data.manifest.get("embedder", {})
        if settings is None:
            settings = Settings.of_index(data.manifest.get("settings", {}))
        stand_in = None
        if embedder is None:
            name = built.get("name", settings.embedding_model)
            stored = built.get("precision", settings.precision)
            if stored == "openvino-int8":  # a CPU whose int8 disagrees asks it in bf16
                stand_in = questions_precision(stored, resolve_model_path(name), short_name(name))
            embedder = get_embedder(name, precision=stand_in or stored, batch_size=settings.embed_batch_size)
        if stand_in is not None:
            log.warning(
                "the index in %s holds %s vectors, which this CPU computes far from float32; "
                "questions are embedded in %s. If the index was built on this CPU, rebuild it.",
                index_dir,
                built.get("precision"),
                stand_in,
            )
        if data.manifest.get("furniture_version", 1) != FURNITURE_VERSION:
            log.warning(
                "the index in %s found its furniture (repeated text never quoted) by older rules; "
                "`assistant index` over it finds it again, reusing its vectors",
                index_dir,
            )
        if built.get("name") != embedder.name:
            raise IndexMismatchError(
                f"the index in {index_dir} was built with the model {built.get('name')!r}, "
                f"not {embedder.name!r}; rebuild it or load it with the same model"
            )
        if built.get("precision") != embedder.precision and stand_in is None:
            raise IndexMismatchError(
                f"the index in {index_dir} holds {built.get('precision')} vectors but the "
                f"embedder runs in {embedder.precision}; queries and documents must match: "
                f"rebuild the index or set precision={built.get('precision')!r}"
            )
        return cls(data, embedder, settings, index_dir=index_dir)

    def add_documents(self, paths: Sequence[str | Path], *, progress: Progress | None = None) -> BuildReport:
        """Index more files or folders beside what is indexed; searchable on return.

        The index is rebuilt incrementally (only the new files are read and
        embedded) and swapped in; searches running meanwhile use the old one.
        """
        with self._lock:
            sources = [*self.index.manifest.get("sources", []), *(str(Path(p).resolve()) for p in paths)]
            report = build_index(
                list(dict.fromkeys(sources)),
                self.index_dir,
                settings=self.settings,
                embedder=self.embedder,
                progress=progress,
            )
            self._use(report.data if report.data is not None else store.load(self.index_dir))
            self.last_build = report
            return report

    # -- search -------------------------------------------------------------

    def search(
        self,
        query: str,
        *,
        k: int = 5,
        mode: str | None = None,
        filters: Filters | dict[str, Any] | None = None,
        infer: bool = True,
        prefer_years: Sequence[int] = (),
    ) -> list[Passage]:
        """The ``k`` best passages for ``query``.

        ``k`` is at most how many come back: fewer pass a narrow filter, and a
        ``k`` larger than the index returns every passage that passes. A ``k``
        below 1, an empty query (or one of control characters only), a query
        over ``MAX_QUERY_CHARS``, an unknown mode, council or document type,
        or a malformed date raise ``InvalidQueryError`` (a subclass of
        ``ValueError``) saying what to change.

        ``mode`` is ``"bm25"``, ``"dense"`` or ``"hybrid"`` (default: the
        settings'); ``filters`` restricts by council, document type, dates or
        documents (a ``Filters`` or a dict of its fields). With ``infer`` (the
        default) a council or year named in the query filters too, and the
        council's name is taken out of the words searched for: "Stoke's
        supervision" searches Stoke-on-Trent's passages for "supervision".
        ``prefer_years`` favours documents about those years without
        excluding others (as a year naming an event does: "the 2019 inspection").
        """
        retriever = self.retriever
        found = retriever.search(
            query, k=k, mode=mode, filters=filters, infer=infer, prefer_years=prefer_years, rerank=True
        )
        if not infer or filters is not None:
            return found
        # One council's grade: the report's judgement rows first (assistant/answers/grade_passages.py);
        # what it must improve: the report's list of it first (assistant/answers/improvement.py).
        return improvement_lists_first(query, grade_rows_first(query, found, retriever, k), retriever, k)

    # -- answers ------------------------------------------------------------

    def ask(
        self,
        question: str,
        *,
        history: Sequence[Any] | None = None,
        filters: Filters | dict[str, Any] | None = None,
        mode: str | None = None,
    ) -> Answer:
        """An answer in the documents' own words, or a plain "not covered".

        ``history`` is the conversation so far (a list of earlier questions,
        or chat messages ``{"role": "user", "content": ...}``): a follow-up
        such as "and in 2021?" keeps the council and topic asked about.
        """
        retriever = self.retriever  # with its own index: an update swaps both at once
        return answer_question(
            question,
            retriever=retriever,
            index=retriever.data,
            embedder=self.embedder,
            settings=self.settings,
            history=history,
            filters=filters,
            mode=mode,
        )

    # -- documents ----------------------------------------------------------

    @property
    def documents(self) -> dict[str, Document]:
        return self.index.documents

    def document(self, doc_id: str) -> Document:
        """The indexed document ``doc_id``.

        Only the ids of indexed documents are served: the id is looked up in
        the index, never opened as a path, so ``"../../etc/passwd"`` or an
        absolute path raises ``UnknownDocumentError`` like any unknown id.
        """
        doc = self.index.documents.get(doc_id) if isinstance(doc_id, str) else None
        if doc is None:
            shown = doc_id if not isinstance(doc_id, str) or len(doc_id) <= 200 else doc_id[:200] + "…"
            raise UnknownDocumentError(
                f"no indexed document has the id {shown!r}; use the doc_id of a passage or citation "
                "(documents are served by id only, never by path)"
            )
        return doc

    def document_text(self, doc_id: str) -> str:
        """The normalised text that passage and citation offsets refer to."""
        return self.document(doc_id).text


def _embedder(settings: Settings) -> Embedder:
    return get_embedder(
        settings.embedding_model, precision=settings.precision, batch_size=settings.embed_batch_size
    )
