"""assistant/furniture.py: repeated text found from the collection, on small texts; and
what indexing and extraction do with it."""

from __future__ import annotations

from pathlib import Path

from assistant.answers.extract import sentences_of
from assistant.chunking import Chunk, Span
from assistant.config import Settings
from assistant.documents import Document
from assistant.furniture import (
    RepeatedText,
    find_furniture,
    is_furniture_quote,
    normalise,
    quotable_span,
    within,
)
from assistant.indexing import build_from_documents
from assistant.retrieval import Passage
from assistant.search import store
from tests.fakes import HashingEmbedder

LICENCE = "You may reuse this information free of charge under the terms of the Open Licence."
ADDRESS = "Piccadilly Gate\nStore Street\nManchester M1 2WD"


def _collection(n: int = 10) -> list[str]:
    return [
        f"Report on council {i}\n\n"
        f"{i + 1}.Caseloads in council {i} fell to {10 + i} this year. "
        f"Managers were praised in {2010 + i} for their work.\n\n"
        f"This is {10 + 3 * i}% of the total population in the area.\n\n"
        f"© Crown copyright {2018 + i % 2}\n\n{LICENCE}\n\n{ADDRESS}"
        for i in range(n)
    ]


def _found(text: str, spans: tuple[Span, ...]) -> list[str]:
    return [text[s.start : s.end] for s in spans]


def test_repeated_text_is_furniture_and_unique_text_is_not() -> None:
    texts = _collection()
    repeated, spans = find_furniture(texts)
    found = _found(texts[3], spans[3])
    assert LICENCE in found and "Store Street" in found and "Manchester M1 2WD" in found
    assert "© Crown copyright 2019" in found  # digits masked: years group together
    assert "4." in found  # the glued paragraph number, not its sentence
    assert not any("Caseloads" in f or "Managers" in f for f in found)
    assert RepeatedText.from_texts(texts).spans(texts[3]) == spans[3]
    assert repeated.threshold == 5


def test_a_line_that_gives_the_publishers_web_address_is_one_line_whatever_the_address() -> None:
    # Most documents give the new address, a few the old one: too few to repeat on their own.
    old, new = "http://reports.example.gov.uk/", "www.gov.uk/government/organisations/example"
    texts = [
        f"Council {i} found visits late.\n\nThis publication is available at {old if i < 2 else new}."
        for i in range(40)
    ]
    _, spans = find_furniture(texts)
    assert _found(texts[0], spans[0]) == [f"This publication is available at {old}."]
    assert normalise("Email us at enquiries@example.gov.uk.") == normalise("Email us at help@example.org.")
    assert normalise("Visits were late.") == "visits were late."


def test_a_template_that_carries_data_is_kept() -> None:
    texts = _collection()
    repeated, spans = find_furniture(texts)
    assert not any("total population" in f for f in _found(texts[0], spans[0]))
    assert repeated.is_repeated(LICENCE) and not repeated.is_repeated(
        "This is 13% of the total population in the area."
    )


def test_a_sentence_reworded_by_a_comma_or_hyphen_is_the_same_furniture() -> None:
    """Ofsted's self-description in three wordings, none in enough documents alone."""
    forms = [
        "It inspects services for children looked after, safeguarding and child protection.",
        "It inspects services for looked-after children, safeguarding and child protection.",
        "It inspects services for looked after children safeguarding and child protection.",
    ]
    texts = [f"Council {i} has {i} teams.\n\n{forms[i % 3]}" for i in range(12)]
    repeated, spans = find_furniture(texts)
    assert repeated.threshold == 5 and all(repeated.counts.get(normalise(f), 0) == 4 for f in forms)
    assert all(forms[i % 3] in _found(t, s) for i, (t, s) in enumerate(zip(texts, spans, strict=True)))
    # Too few words to be matched by its words alone: a short sentence must repeat as written.
    assert not repeated.is_repeated("Services for children looked after.")


def test_too_few_documents_make_nothing_furniture() -> None:
    texts = _collection(4)  # every piece is in all four, but four are too few to tell
    _, spans = find_furniture(texts)
    assert all(not any(LICENCE in f for f in _found(t, s)) for t, s in zip(texts, spans, strict=True))


def test_a_footnote_glued_inside_a_sentence_is_its_own_piece() -> None:
    note = "1 The areas for improvement have been cross-referenced with the national framework."
    texts = [f"Plans in area {i} are missed {note} and not addressed in area {i}." for i in range(8)]
    texts += ["Caseloads are too high at 31 March 2024 for most teams."] * 1
    _, spans = find_furniture(texts)
    assert _found(texts[0], spans[0]) == [note]
    # "at 31 March" is a date, not a footnote marker.
    assert spans[-1] == ()
    assert is_furniture_quote(f"Plans are missed {note}", RepeatedText.from_texts(texts))


def test_quotable_span_trims_and_refuses() -> None:
    t = "35.When care leavers move, they keep their adviser."
    s = quotable_span(t, Span(0, len(t)), ())
    assert s is not None and t[s.start : s.end] == "When care leavers move, they keep their adviser."
    t = "of the model of social work practice and re-designing the front door."
    assert quotable_span(t, Span(0, len(t)), ()) is None  # cut at the front
    t = "Plans are missed 1 The areas for improvement are listed."
    cut = t.index(" 1 The") + 1
    s = quotable_span(t, Span(0, len(t)), [Span(cut, len(t))])
    assert s is not None and t[s.start : s.end] == "Plans are missed"
    assert quotable_span(t, Span(0, len(t)), [Span(6, 10)]) is None  # furniture inside
    assert within([Span(0, 5), Span(8, 20)], 3, 10) == (Span(3, 5), Span(8, 10))


def test_chunk_content_leaves_furniture_out_of_what_is_indexed() -> None:
    text = "Intro\n\n12.Staff are stable. Piccadilly Gate"
    start = text.index("12.")
    c = Chunk("d", 0, start, len(text), text[start:], 1, 1, "Intro", None, 9, "", (Span(start, start + 3),))
    gate = text.index("Piccadilly")
    c2 = Chunk.from_record(c.to_record() | {"furniture": [[start, start + 3], [gate, len(text)]]}, text)
    assert c.text == text[start:] and c.content == "Staff are stable. Piccadilly Gate"
    assert c2.content == "Staff are stable." and "Piccadilly" not in c2.lexical_text
    assert Chunk.from_record(c.to_record(), text) == c


def test_index_stores_furniture_and_extraction_skips_it(tmp_path: Path, fake_settings: Settings) -> None:
    texts = _collection(8)
    docs = [Document(f"d{i}.txt", t, f"Report {i}", content_hash=str(i)) for i, t in enumerate(texts)]
    report = build_from_documents(docs, tmp_path, settings=fake_settings, embedder=HashingEmbedder(64))
    data = store.load(tmp_path)
    assert data.manifest["format_version"] == store.FORMAT_VERSION and report.data is not None
    spans = data.furniture("d2.txt")
    assert LICENCE in _found(texts[2], spans)
    assert all("Open Licence" not in c.indexed_text for c in data.chunks)
    assert all(c.text == texts[int(c.doc_id[1])][c.start : c.end] for c in data.chunks)
    p = Passage("d2.txt", "Report 2", texts[2], 0, len(texts[2]), 1.0, 1, None, "report", None, "test")
    quoted = [c.text for c in sentences_of([p], lambda d: texts[2], furniture=data.furniture)]
    assert quoted[0] == "Caseloads in council 2 fell to 12 this year."
    assert not any("Licence" in q or "Crown" in q for q in quoted)
    assert all(texts[2][c.start : c.end] == c.text for c in sentences_of([p], lambda d: texts[2]))
