"""A grade answer in the report's own words: the sentence that states the judgement.

A judgement table's row ("The experiences and progress of care leavers
Outstanding") answers "what grade"; the report's prose says it in words and
why ("Care leavers in Lambeth benefit from an outstanding service, receiving
exceptional support from personal advisers"). Two rules find that sentence:

- for the overall judgement (``in_its_words``), the best-scoring sentence of
  the report's retrieved passages that states a judgement of services;
- for one judged area (``area_sentence``), the report's first prose sentence
  that names the area and its grade, else the first sentence of the area's
  own section (the heading that restates the row, then its first paragraph).

>>> text = ("Judgement Grade\\n\\nThe experiences and progress of care leavers Outstanding\\n\\n"
...         "Leaders are ambitious.\\n\\nThe experiences and progress of care leavers: outstanding\\n\\n"
...         "46. Care leavers benefit from exceptional support.")
>>> from assistant.judgements import Inspection, Judgement, extract_inspection
>>> row = Judgement("care_leavers", "The experiences and progress of care leavers", "outstanding", 17, 72, 1)
>>> span = area_sentence(text, row, after=72)
>>> text[span.start:span.end]
'Care leavers benefit from exceptional support.'
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterator, Sequence
from itertools import islice

from assistant.answers.cite import check_citations, citation_for
from assistant.answers.earlier import earlier_penalty_for, reports_earlier
from assistant.answers.extract import is_prose, score_candidates, sentences_of
from assistant.answers.types import Answer
from assistant.chunking import Span, split_blocks, split_sentences
from assistant.config import Settings
from assistant.filters import Filters
from assistant.furniture import quotable_span, within
from assistant.judgements import Inspection, Judgement, extract_inspection
from assistant.query import ParsedQuery
from assistant.retrieval import Retriever
from assistant.search.dense import Embedder
from assistant.search.store import IndexData

# A sentence that states a judgement of services in words: "Children's
# services in X are inadequate", "the overall effectiveness of services ... is
# good", "services ... have seriously declined since the last inspection"; not
# "two were judged to be good or outstanding" (a pair of grades is no verdict).
_GRADE = r"(inadequate|requires? improvement|good|outstanding|improved|declined|deteriorated)"
_JUDGED = re.compile(rf"\b(services?|overall effectiveness)\b.*\b{_GRADE}\b", re.I | re.S)
_PAIR = re.compile(rf"\b{_GRADE}\s+(or|and)\s+{_GRADE}\b", re.I)

# How the prose names each judged area (the keys of ``assistant.judgements.AREAS``).
_CARE_LEAVERS = r"care[- ]leavers?|care[- ]experienced young people|young people leaving care"
_IN_CARE = r"children in care|looked[- ]after children|children looked after|children who are looked after"
_AREA_PROSE = {
    "care_leavers": _CARE_LEAVERS,
    "in_care": _IN_CARE,
    "in_care_and_care_leavers": rf"{_IN_CARE}|{_CARE_LEAVERS}",
    "looked_after": rf"{_IN_CARE}|permanence",
    "help_and_protection": (
        r"help (?:and|or) protection|need of help|helped and protected|(?:need|require)s? help"
    ),
    "leaders": r"leaders|leadership",
    "leadership": r"leaders|leadership",
    "adoption": r"adopt\w*",
    "lscb": r"Local Safeguarding Children|LSCB",
    "capacity_to_improve": r"capacity to improve",
}
# A word every wording of a grade holds (the verdict is looked for in the lines that hold it).
_GRADE_WORD = {
    "outstanding": "outstanding",
    "good": "good",
    "requires_improvement": "improvement",
    "inadequate": "inadequate",
    "adequate": "adequate",
}
# A grade as the prose words it.
_GRADE_PROSE = {
    "outstanding": r"outstanding",
    "good": r"good",
    "requires_improvement": r"requires?\s+improvement",
    "inadequate": r"inadequate",
    "adequate": r"(?<!in)adequate",
}


def area_sentence(
    text: str, judgement: Judgement, *, after: int, furniture: Sequence[Span] = ()
) -> Span | None:
    """The report's own sentence for one judged area: where ``text`` states it in words.

    The first sentence of the area's section (after the heading that
    restates the row) if it states the grade; else the first prose sentence
    between ``after`` (the end of the judgement table) and that section that
    names the area and gives its grade as a verdict ("is inadequate", "an
    outstanding service"; not "particularly good practice"), once (not "good
    and outstanding"), and is not about an earlier inspection: the report's
    summary of it; else the section's first sentence. None when none is found.
    """
    area = _AREA_PROSE.get(judgement.area)
    grade = _GRADE_PROSE.get(judgement.grade)
    if area is None or grade is None:
        return None
    names = re.compile(rf"\b({area})\b", re.I)
    grades = re.compile(rf"\b{grade}\b", re.I)
    # The grade as a verdict: "is inadequate", "remain good", "an outstanding
    # service"; not "particularly good practice".
    # ("require improvement" is a verdict's verb itself: "the help ... they receive require improvement",
    # in its formal wording only: "require improvement to be good"; not a SIF report's restated row,
    # "The graded judgement about ... is that it requires improvement to be good")
    itself = (
        r"|(?<!\bit\s)\brequire[sd]?\s+improvement\s+to\s+be\s+good\b"
        if judgement.grade == "requires_improvement"
        else ""
    )
    verdict = re.compile(
        rf"\b(?:is|are|was|were|remains?|be|been|now|judged)\s+"
        rf"(?:(?:now|still|also|consistently|to be)\s+)?{grade}\b|\b{grade}\s+services?\b{itself}",
        re.I,
    )
    heading = _section_heading(text, judgement, after)
    opening = list(islice(_sentences(text, heading, furniture), 1)) if heading is not None else []
    if opening and grades.search(text[opening[0].start : opening[0].end]):
        return opening[0]
    # A sentence that names the area and gives the verdict is in a line that does.
    found = _first_verdict(text, after, furniture, names, verdict, _GRADE_WORD[judgement.grade], end=heading)
    return found or (opening[0] if opening else None)


def overall_sentence(
    text: str,
    inspection: Inspection | None,
    *,
    furniture: Sequence[Span] = (),
    besides: Sequence[tuple[int, int]] = (),
) -> Span | None:
    """The report's own sentence for its overall judgement: its first prose sentence that names
    the council's services and gives the table's overall grade as their verdict.

    "Services for children and young people in Stockport are good.",
    "Children’s services in Rutland require improvement to be good." Not a
    sentence of one area ("Services for children in need of adoption are
    outstanding": it does not name the council), nor two grades, nor the
    inspection before, nor one that overlaps a span ``besides`` (the rows
    quoted already). None when the report has no overall grade or no such sentence.
    """
    grade = _GRADE_PROSE.get(inspection.overall or "") if inspection is not None else None
    if inspection is None or grade is None:
        return None
    council = re.compile(rf"\b{re.escape(inspection.council)}\b", re.I)
    # "are good", "is judged to be inadequate"; "require improvement" is a verdict's verb itself
    verb = r"(?:is|are|remains?|now|judged|to\s+be)\s+(?:(?:now|still|also)\s+)?"
    verdict = re.compile(rf"\bservices\b.*\b(?:{verb}{grade}|{_GRADE_PROSE['requires_improvement']})\b", re.I)
    if inspection.overall != "requires_improvement":
        verdict = re.compile(rf"\bservices\b.*\b{verb}{grade}\b", re.I)
    word = _GRADE_WORD[inspection.overall or ""]
    return _first_verdict(text, 0, furniture, council, verdict, word, besides=besides)


def _first_verdict(
    text: str,
    after: int,
    furniture: Sequence[Span],
    names: re.Pattern[str],
    verdict: re.Pattern[str],
    word: str,
    *,
    end: int | None = None,
    besides: Sequence[tuple[int, int]] = (),
) -> Span | None:
    """The first prose sentence of ``text[after:end]`` that ``names`` what is judged and gives
    the ``verdict`` once (not "good and outstanding"), not of an earlier inspection nor over a
    span ``besides``."""
    for span in _sentences(text, after, furniture, end=end, having=(names, verdict), word=word):
        sentence = text[span.start : span.end]
        if (
            names.search(sentence)
            and verdict.search(sentence)
            and not _PAIR.search(sentence)
            and not reports_earlier(text, span.start, span.end)
            and not any(span.start < stop and start < span.end for start, stop in besides)
        ):
            return span
    return None


def table_end(inspection: Inspection) -> int:
    """Where a report's prose about its judgements starts: after its table (LAC: its whole text).

    The LAC reports of 2012-13 put their table at the end, after the prose; a SIF report grades its
    safeguarding board in a sentence of the prose, no row of the table.
    """
    rows = [j.end for j in inspection.judgements if j.area != "lscb"]
    return 0 if inspection.framework == "LAC" or not rows else max(rows)


def _sentences(
    text: str,
    after: int,
    furniture: Sequence[Span],
    *,
    end: int | None = None,
    having: Sequence[re.Pattern[str]] = (),
    word: str = "",
) -> Iterator[Span]:
    """The quotable prose sentences of ``text[after:end]``, in order, read as they are asked for
    (a search for the first that states a grade stops there), from the lines that hold ``word``
    (in any case) and match every pattern ``having`` (a report is some 2,000 lines; a search
    reads the few that can hold it)."""
    for block in _blocks_before(text, len(text) if end is None else end):
        if block.end <= after:
            continue
        line = text[max(block.start, after) : block.end]
        if word not in line.lower() or not all(p.search(line) for p in having):
            continue
        for whole in split_sentences(text, Span(max(block.start, after), block.end)):
            span = quotable_span(text, whole, within(furniture, whole.start, whole.end))
            if span is not None and is_prose(text[span.start : span.end]):
                yield span


def _blocks_before(text: str, end: int) -> Iterator[Span]:
    """``split_blocks(text[:end])``, from the blocks of the whole text, which a report's areas share.

    >>> t = "Heading: good 12. Text\\n\\n  More text here.  \\n"
    >>> all(list(_blocks_before(t, e)) == split_blocks(t[:e]) for e in range(len(t) + 1))
    True
    """
    for block in _blocks(text):
        if block.end <= end:
            yield block
        else:
            if block.start < end:  # the line ``end`` cuts
                yield Span(block.start, block.start + len(text[block.start : end].rstrip()))
            return


@functools.lru_cache(maxsize=8)
def _blocks(text: str) -> tuple[Span, ...]:
    return tuple(split_blocks(text))


def _section_heading(text: str, judgement: Judgement, after: int) -> int | None:
    """Where the section whose heading restates ``judgement``'s row starts, after its heading.

    "The experiences and progress of care leavers: outstanding" (ILACS),
    "... children in care and care leavers is outstanding" (ILACS 2018), "The
    graded judgement for adoption performance is that it is good" (SIF):
    the row's label, its grade and the end of the line.
    """
    words = judgement.label.split()
    if words[0].lower() == "the":  # "Impact of leaders on ...: good" (Lewisham 2024)
        words = words[1:]
    # SIF headings say "the experience and progress of care leavers" for the row's "Experiences".
    pieces = (re.escape(w) + ("?" if w.lower() == "experiences" else "") for w in words)
    # (a "the" before the label may be there or not: only where the heading ends counts)
    label = r"\s+".join(pieces)
    grade = _GRADE_PROSE[judgement.grade]
    # "...: good", "... is outstanding", "... is that it is good", "... is that it
    # requires improvement"; then the line's end or the first paragraph's number.
    heading = re.compile(
        rf"(?i:{label})(?::|\s+(?:is|are)(?:\s+that\s+(?:it|they)(?:\s+(?:is|are))?)?)?\s+(?i:{grade})"
        r"[^\n.]{0,20}\.?(?:[ \t]*\n|\s+(?=\d{1,3}\.))"
    )
    for m in heading.finditer(text, after):
        line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
        if not _ITEM.fullmatch(line):  # a list of grades (the last inspection's) heads nothing
            return m.end()
    return None


# A list item's opening: "• Experiences and progress of care leavers: requires improvement" (a
# heading run into a list's last item, "• The consistency of ... The experiences and progress of
# children who need help and protection: outstanding", is a heading still).
_ITEM = re.compile(r"\s*[•●▪*–-]\s*(?:the\s+)?", re.I)


def in_its_words(
    answer: Answer,
    question: str,
    parsed: ParsedQuery,
    authorities: Sequence[str],
    *,
    retriever: Retriever,
    index: IndexData,
    embedder: Embedder,
    settings: Settings,
    mode: str | None,
) -> Answer:
    """A grade answer from one report's table, with the report's own sentence that states it.

    A judgement table's row ("Overall effectiveness Inadequate") answers
    "what grade"; the report's prose ("Services for vulnerable children in
    Kirklees are inadequate, due to serious and widespread failures") says
    it in words and why. The best such sentence of the report, scored like
    any extractive quote and above the same threshold, is quoted after the
    rows. An answer that leads with an area's row (``OTHER_ROWS`` follow
    it) or already quotes that area's sentence (``IN_WORDS``) is left as it is.
    """
    docs = {c.doc_id for c in answer.citations}
    if (
        answer.kind != "judgements"
        or not answer.answered
        or len(authorities) != 1
        or len(docs) != 1
        or IN_WORDS in answer.text
        or OTHER_ROWS in answer.text  # it led with an area's row: the overall verdict is not asked
    ):
        return answer
    (doc_id,) = docs
    text = index.documents[doc_id].text
    rows = [(c.start, c.end) for c in answer.citations]
    inspection = extract_inspection(index.documents[doc_id])
    verdict = overall_sentence(text, inspection, furniture=index.furniture(doc_id), besides=rows)
    if verdict is not None:
        return _with_words(answer, index, doc_id, verdict)
    passages = retriever.search(
        parsed.search_text,
        k=min(settings.answer_passages, len(index.chunks)),
        mode=mode,
        filters=Filters(doc_ids=[doc_id]),
        infer=False,
    )
    candidates = [
        c
        for c in sentences_of(passages, lambda d: index.documents[d].text, furniture=index.furniture)
        if _JUDGED.search(c.text)
        and not _PAIR.search(c.text)
        and not reports_earlier(text, c.start, c.end)  # the grade before this one
        and not any(c.start < end and start < c.end for start, end in rows)
    ]
    scored = score_candidates(
        candidates,
        parsed.search_text,
        embedder,
        weights=settings.answer_weights,
        query_vector=retriever.query_vector(parsed.search_text),
        earlier_penalty=earlier_penalty_for(question),
        ignore_frame=True,
    )
    if not scored or scored[0].score < settings.answer_threshold:
        return answer
    return _with_words(answer, index, doc_id, Span(scored[0].start, scored[0].end))


def _with_words(answer: Answer, index: IndexData, doc_id: str, span: Span) -> Answer:
    """``answer`` with the report's sentence at ``span`` quoted after its rows."""
    n = len(answer.citations) + 1
    citation = citation_for(index.documents[doc_id], n, span.start, span.end)
    check_citations([citation], lambda d: index.documents[d].text)
    words = f"{IN_WORDS}: “{' '.join(citation.quote.split())}” [{n}]"
    return dataclasses.replace(
        answer, text=f"{answer.text}\n\n{words}", citations=(*answer.citations, citation)
    )


IN_WORDS = "In the report's words"
OTHER_ROWS = "The other judgements"  # after the rows a grade answer leads with
