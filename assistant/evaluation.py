"""Evaluation: question files, relevance by gold quote, metrics, and the runner.

A passage is relevant to a question when its text contains one of the
question's gold quotes, compared after ``match_key`` (case, whitespace,
typographic quotes and dashes, hyphenation), and, where the gold names a
``doc``, comes from that document. The metric functions are pure; they are
checked against ranx in ``tests/test_evaluation.py``.
"""

from __future__ import annotations

import json
import math
import re
import statistics
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.errors import AssistantError, CitationError
from assistant.furniture import RepeatedText, is_furniture_quote

RETRIEVAL_METRICS = ("hit@1", "hit@5", "mrr@10", "ndcg@10", "recall@10")
ANSWER_METRICS = (
    "answer_support",
    "citation_validity",
    "wrong_authority",
    "abstention_precision",
    "abstention_recall",
    "gap_kind",
    "furniture_quotes",
)

# The question file's names for a gap, where the answer has one name for two.
_GAP_NAMES = {"no-inspection-in-year": "no-inspection-in-period", "no-such-visit": "no-inspection-in-period"}


@dataclass(frozen=True)
class Gold:
    quote: str
    doc: str | None = None


@dataclass(frozen=True)
class Question:
    id: str
    question: str
    answer: str = ""
    sources: tuple[Gold, ...] = ()
    answerable: bool = True
    authority: str | None = None
    tags: tuple[str, ...] = ()
    split: str | None = None  # "dev" (tuned on) or "test" (never tuned on)
    gap: str | None = None  # for unanswerable questions: why the documents cannot answer


def load_questions(path: str | Path) -> list[Question]:
    """Read a JSONL question file; raise ``AssistantError`` naming a bad line."""
    out = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            r = json.loads(line)
            out.append(
                Question(
                    id=str(r["id"]),
                    question=str(r["question"]),
                    answer=str(r.get("answer", "")),
                    sources=tuple(Gold(s["quote"], s.get("doc")) for s in r.get("sources", [])),
                    answerable=bool(r.get("answerable", True)),
                    authority=r.get("authority"),
                    tags=tuple(r.get("tags", ())),
                    split=r.get("split"),
                    gap=r.get("gap"),
                )
            )
        except (ValueError, KeyError, TypeError) as e:
            raise AssistantError(f"{path}:{n}: not a valid question ({e})") from e
    return out


_FOLD = str.maketrans(
    {
        "‘": "'",
        "’": "'",
        "‚": "'",
        "′": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "–": "-",
        "—": "-",
        "‐": "-",
        "‑": "-",
        "−": "-",
        "\u00ad": "",
    }
)


def match_key(text: str) -> str:
    """Text folded for quote matching.

    >>> match_key("Multi-\\nagency  ‘front door’") == match_key("multiagency 'front door'")
    True
    """
    text = text.translate(_FOLD).lower()
    text = re.sub(r"\s*-\s*", "", text)
    return re.sub(r"\s+", " ", text).strip()


def is_relevant(question: Question, doc_id: str, text: str) -> bool:
    key = match_key(text)
    return any((g.doc is None or g.doc == doc_id) and match_key(g.quote) in key for g in question.sources)


# --------------------------------------------------------------------------
# Metrics (binary relevance)


def hit_at(ranked: Sequence[str], relevant: set[str], k: int) -> float:
    return 1.0 if any(r in relevant for r in ranked[:k]) else 0.0


def mrr_at(ranked: Sequence[str], relevant: set[str], k: int) -> float:
    for i, r in enumerate(ranked[:k], start=1):
        if r in relevant:
            return 1.0 / i
    return 0.0


def ndcg_at(ranked: Sequence[str], relevant: set[str], k: int) -> float:
    if not relevant:
        return 0.0
    dcg = sum(1.0 / math.log2(i + 1) for i, r in enumerate(ranked[:k], start=1) if r in relevant)
    ideal = sum(1.0 / math.log2(i + 1) for i in range(1, min(len(relevant), k) + 1))
    return dcg / ideal


def recall_at(ranked: Sequence[str], relevant: set[str], k: int) -> float:
    if not relevant:
        return 0.0
    return len(set(ranked[:k]) & relevant) / len(relevant)


def retrieval_scores(ranked: Sequence[str], relevant: set[str]) -> dict[str, float]:
    return {
        "hit@1": hit_at(ranked, relevant, 1),
        "hit@5": hit_at(ranked, relevant, 5),
        "mrr@10": mrr_at(ranked, relevant, 10),
        "ndcg@10": ndcg_at(ranked, relevant, 10),
        "recall@10": recall_at(ranked, relevant, 10),
    }


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100); 0.0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


# --------------------------------------------------------------------------
# Running a question file against an assistant


@dataclass
class ModeResult:
    metrics: dict[str, float] = field(default_factory=dict)
    questions: list[dict[str, Any]] = field(default_factory=list)


_FOLDED: tuple[object, list[str]] | None = None


def _folded_texts(chunks: Sequence[Any]) -> list[str]:
    """``match_key`` of every chunk's text, computed once per loaded index."""
    global _FOLDED
    if _FOLDED is None or _FOLDED[0] is not chunks:
        _FOLDED = (chunks, [match_key(c.text) for c in chunks])
    return _FOLDED[1]


def relevant_chunks(assistant: Any, question: Question) -> set[str]:
    """Ids of every indexed chunk that contains one of the gold quotes."""
    keys = [(g.doc, match_key(g.quote)) for g in question.sources]
    chunks = assistant.index.chunks
    return {
        f"{c.doc_id}#{c.index}"
        for c, text in zip(chunks, _folded_texts(chunks), strict=True)
        if any((doc is None or doc == c.doc_id) and q in text for doc, q in keys)
    }


def evaluate_mode(
    assistant: Any,
    questions: Iterable[Question],
    *,
    mode: str,
    k: int = 10,
    answers: bool = True,
    repeated: RepeatedText | None = None,
) -> ModeResult:
    """Retrieval (and answer) metrics of one mode over ``questions``, and a row per question.

    ``repeated``: the collection's repeated text, to count furniture quotes
    (a quote whose normalised text is in more than 5% of the documents).
    """
    result = ModeResult()
    answers = answers and hasattr(assistant, "ask")
    for q in questions:
        row = _retrieval_row(assistant, q, mode=mode, k=k)
        if answers:
            row.update(_answer_row(assistant, q, mode=mode, repeated=repeated))
        result.questions.append(row)
    result.metrics = summarise(result.questions, answers=answers)
    return result


def summarise(rows: Sequence[dict[str, Any]], *, answers: bool = True) -> dict[str, float]:
    """The metrics of a set of question rows (all of a run, or one tag's or split's).

    >>> summarise([{"answerable": True, "hit@5": 1.0, "search_seconds": 0.01}], answers=False)["hit@5"]
    1.0
    """
    answerable = [r for r in rows if r["answerable"]]
    out = {m: _mean([r[m] for r in answerable if m in r]) for m in RETRIEVAL_METRICS}
    if answers:
        cited = sum(r.get("n_citations", 0) for r in rows)
        abstained = [r for r in rows if r.get("answered") is False and "citation_error" not in r]
        right = sum(1 for r in abstained if not r["answerable"])
        unanswerable = len(rows) - len(answerable)
        named = any("gap_right" in r for r in rows)
        out.update(
            answer_support=_mean([r["supported"] for r in answerable if "supported" in r]),
            citation_validity=sum(r.get("valid_citations", 0) for r in rows) / cited if cited else 1.0,
            wrong_authority=sum(r.get("wrong_authority", 0) for r in rows) / cited if cited else 0.0,
            abstention_precision=right / len(abstained) if abstained else 1.0,
            abstention_recall=right / unanswerable if unanswerable else 1.0,
            # Of the refusals of questions whose gap is known, the share that name it.
            gap_kind=_mean([r["gap_right"] for r in rows if "gap_right" in r]) if named else 1.0,
            furniture_quotes=float(sum(r.get("furniture_quotes", 0) for r in rows)),
        )
    latencies = [r["search_seconds"] for r in rows]
    out["latency_p50_ms"] = 1000 * statistics.median(latencies) if latencies else 0.0
    out["latency_p95_ms"] = 1000 * percentile(latencies, 95)
    return out


def breakdown(
    rows: Sequence[dict[str, Any]], questions: Sequence[Question], *, answers: bool = True
) -> dict[str, dict[str, float]]:
    """Metrics per split ("split:dev", "split:test") and per tag ("tag:paraphrase"), with counts."""
    by_id = {q.id: q for q in questions}
    groups: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        q = by_id[row["id"]]
        for name in [f"split:{q.split}" if q.split else None, *(f"tag:{t}" for t in q.tags)]:
            if name:
                groups.setdefault(name, []).append(row)
    return {
        name: {"questions": len(group), **summarise(group, answers=answers)}
        for name, group in sorted(groups.items())
    }


def _retrieval_row(assistant: Any, q: Question, *, mode: str, k: int) -> dict[str, Any]:
    relevant = relevant_chunks(assistant, q) if q.answerable else set()
    t0 = time.perf_counter()
    passages = assistant.search(q.question, k=max(k, 10), mode=mode)
    row: dict[str, Any] = {
        "id": q.id,
        "question": q.question,
        "answerable": q.answerable,
        "search_seconds": time.perf_counter() - t0,
        "relevant": len(relevant),
        "retrieved": [
            {
                "chunk": p.chunk_id,
                "authority": p.authority,
                "score": round(p.score, 4),
                "relevant": p.chunk_id in relevant,
            }
            for p in passages[:k]
        ],
    }
    if q.answerable:
        row.update(retrieval_scores([p.chunk_id for p in passages], relevant))
    return row


def _judgement_rows(assistant: Any) -> set[tuple[str, int, int]]:
    """Where the index's judgement tables hold each grade row: (document, start, end)."""
    from assistant.answers.grades import inspections_in

    index = getattr(assistant, "index", None)
    if index is None:
        return set()
    return {(i.doc_id, j.start, j.end) for i in inspections_in(index) for j in i.judgements}


def _answer_row(
    assistant: Any, q: Question, *, mode: str, repeated: RepeatedText | None = None
) -> dict[str, Any]:
    """Ask ``q``: its citations, and what they count for.

    An answer whose citation breaks the verbatim rule raises ``CitationError``
    inside ``ask``; it is counted here (as invalid citations and as no
    support), so that ``citation_validity`` can read below 1.0.
    """
    t1 = time.perf_counter()
    try:
        ans = assistant.ask(q.question, mode=mode)
    except CitationError as e:
        n = len(e.citations)
        failed = {"answered": False, "citation_error": str(e), "citations": [], "n_citations": n}
        return {**failed, "valid_citations": n - e.invalid, **({"supported": 0.0} if q.answerable else {})}
    row: dict[str, Any] = {
        "answer_seconds": round(time.perf_counter() - t1, 4),
        "answered": ans.answered,
        "citations": [
            {
                "n": c.n,
                "doc_id": c.doc_id,
                "start": c.start,
                "end": c.end,
                "quote": c.quote,
                "authority": c.authority,
            }
            for c in ans.citations
        ],
        "n_citations": len(ans.citations),
        "valid_citations": sum(
            assistant.document_text(c.doc_id)[c.start : c.end] == c.quote for c in ans.citations
        ),
        "wrong_authority": sum(bool(q.authority and c.authority != q.authority) for c in ans.citations),
    }
    if repeated is not None and ans.kind != "judgements":  # a grade table's rows repeat by design
        # and so do the grade rows a comparison's sections quote
        rows = _judgement_rows(assistant)
        row["furniture_quotes"] = sum(
            is_furniture_quote(c.quote, repeated)
            for c in ans.citations
            if (c.doc_id, c.start, c.end) not in rows
        )
    if not q.answerable and q.gap and not ans.answered:
        row["gap_right"] = 1.0 if _GAP_NAMES.get(q.gap, q.gap) == ans.gap else 0.0
    if q.answerable:
        supported = ans.answered and any(
            is_relevant(q, c.doc_id, text) for c in ans.citations for text in _chunks_around(assistant, c)
        )
        row["supported"] = 1.0 if supported else 0.0
    return row


def _chunks_around(assistant: Any, citation: Any) -> list[str]:
    """Texts of the chunks a citation's quote lies in.

    A citation quotes a sentence; the gold quote may be a longer span of the
    same passage, so relevance is judged on the passage the quote comes from.
    """
    return [
        c.text
        for c in assistant.index.chunks
        if c.doc_id == citation.doc_id and c.start <= citation.start and citation.end <= c.end
    ] or [citation.quote]


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def format_table(
    modes: dict[str, dict[str, float]], *, columns: Sequence[str] | None = None, label: str = "mode"
) -> str:
    """A fixed-width table, one row per mode (or per ``label``)."""
    if not modes:
        return "(no results)"
    columns = list(columns or next(iter(modes.values())).keys())
    head = [label, *columns]
    rows = [[m, *(_fmt(v.get(c)) for c in columns)] for m, v in modes.items()]
    widths = [max(len(str(x)) for x in col) for col in zip(head, *rows, strict=True)]
    line = lambda cells: "  ".join(str(c).rjust(w) for c, w in zip(cells, widths, strict=True))  # noqa: E731
    return "\n".join([line(head), line(["-" * w for w in widths]), *map(line, rows)])


def _fmt(v: float | None) -> str:
    if v is None:
        return "-"
    if isinstance(v, int):
        return str(v)
    return f"{v:.1f}" if abs(v) >= 10 else f"{v:.3f}"
