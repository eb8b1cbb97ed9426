"""What an inspection or visit found, overall: the document's own summary of itself.

"What did the 2019 inspection of Reading find?", "main findings of Dudley's
December 2019 focused visit?", "what did Ofsted say about Leeds?" name a
document (or a council, whose newest inspection report is then meant) and no
topic. Scoring sentences against such a question finds nothing: its words are
its frame ("find", "inspection", "main findings"), which every sentence lacks,
so the answer fell below the threshold and the assistant said the documents
did not answer a question every report answers on its first page.

Each Ofsted document opens with its own summary, in a place its layout fixes:

- an inspection report of 2018 on (ILACS): the paragraphs after its judgement
  table ("Services for children and families in Ealing have deteriorated since
  the last inspection in 2016, and now require improvement to be good.");
- a report of 2014-2017 (SIF): its "Summary of findings" after the contents,
  often a lead-in and its first bullets ("Children's services in Warrington
  require improvement because: ...");
- a report of 2012-13: its "Overall effectiveness" section;
- a focused or monitoring visit letter: its "Headline findings", "Overview" or
  "Main findings", else the paragraphs after the statement of what the visit
  looked at.

So such a question is answered by rule, as what a visit looked at is
(``assistant/answers/scope.py``): the first sentences of that summary, in the
document's order.

>>> asks_overview("what did the 2019 inspection of reading find?", "what did inspection of find?")
True
>>> asks_overview("What did it find about care leavers?", "what did it find about care leavers?")
False
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Mapping, Sequence

from assistant.answers.cite import citation_for
from assistant.answers.extract import is_prose
from assistant.answers.in_words import table_end
from assistant.answers.scope import scope_spans, states_method
from assistant.answers.topic import content_words
from assistant.answers.types import Answer, source_label
from assistant.answers.wanted import wanted_type
from assistant.chunking import Span, is_heading, split_blocks, split_sentences
from assistant.documents import Document
from assistant.filters import Filters, document_period, is_of_kind, period_doc_ids
from assistant.furniture import quotable_span, within
from assistant.judgements import extract_inspection
from assistant.query import ParsedQuery
from assistant.retrieval import Passage
from assistant.search.store import IndexData

QUOTES = 3  # sentences of the summary quoted
_OPENING = 8000  # characters: a letter states what it looked at on its first pages

# What asks for findings at all: "find", "say", "main findings", "summarise", "the headline".
_ASKS = re.compile(
    r"\b(?:find|found|findings?|say|said|conclude[sd]?|conclusions?|summar(?:y|ise[sd]?|ize[sd]?|ies)"
    r"|headlines?|overview|gist|take-?aways?|tell\s+me\s+about)\b",
    re.I,
)
# The strong ones, which also hold when the visit is named by its topic ("the visit on care leavers").
_STRONG = re.compile(
    r"\b(?:summar(?:y|ise|ize)|(?:main|key|headline|overall)\s+(?:findings?|points?|messages?)|headlines?|gist)\b",
    re.I,
)
# A visit named by what it looked at: "summarise the kirklees focused visit in march 2023 on care leavers".
_VISIT_ON = re.compile(
    r"\b(?:visit|inspection|letter)\s+(?:on|into|about|looking\s+at|focused\s+on|focusing\s+on)\b.*$", re.I
)
# The department's names, which name the whole, not a topic in it.
_DEPARTMENT = re.compile(
    r"\bchildren['’]?s\s+(?:social\s+care|services?|social\s+work)\b|\bsocial\s+care\b", re.I
)
# The words of such a question that are its frame, not a topic.
# fmt: off
_FRAME = frozenset({
    "inspection", "inspections", "inspected", "inspect", "inspectors", "inspector", "visit",
    "visits", "visited", "focused", "monitoring", "letter", "letters", "report", "reports",
    "ofsted", "ofsteds", "find", "found", "findings", "finding", "say", "said", "saying",
    "conclude", "concluded", "conclusion", "conclusions", "headline", "headlines", "main", "key",
    "summary", "summarise", "summarize", "summarised", "summarized", "overall", "briefing",
    "council", "councils", "services", "service", "tell", "overview", "gist", "takeaway",
    "takeaways", "latest", "last", "recent", "recently", "most", "newest", "new", "published",
    "full", "whole", "point", "points", "message", "messages", "ilacs", "grade", "grades",
    "rating", "ratings", "judgement", "verdict", "please", "pls", "thanks", "quick", "research",
    "researcher", "journalist", "story", "piece",
})
# fmt: on
# Where a summary starts, by heading: a letter's, then a report's of 2012-2017.
_LETTER_HEADING = re.compile(r"(?:Headline\s+findings|Overview)\s*", re.I)
_REPORT_HEADING = re.compile(
    r"(?:Section\s+1:\s+the\s+local\s+authority\s*[-–:]?\s*)?(?:Executive\s+summary|Summary(?:\s+of\s+(?:key\s+)?findings)?"
    r"|Overall\s+effectiveness(?:\s+of\s+[^.\d]{0,120}?)?(?:\s+Grade\s+\d\s*\(\w+\))?)\s*",
    re.I,
)
# A letter's first sentence, after which the pandemic's letters go on to their findings.
_LETTER_OPENING = re.compile(r"This\s+letter\s+summarises\b")
_ENDS = re.compile(r"[.!?:;”’\")]\s*$")
# The heading run into the end of the paragraph before it: "... fully on site. Headline findings".
_RUN_IN = re.compile(r"[.!?]\s+(?:Headline\s+findings|Overview)\s*$")
_FINDINGS_HEADING = re.compile(r"(?:Main\s+)?Findings\s*", re.I)
# A contents line ends with its page number: "Summary of findings 3".
_PAGE_NUMBER = re.compile(r"\s\d{1,3}\s*$")
# What a letter says of itself, not of the council: "The findings in this letter relate only to
# the cases seen", "They looked at a range of evidence".
_OF_ITSELF = re.compile(
    r"(?:The\s+findings\s+in\s+this\s+letter\b|The\s+methodology\s+for\s+this\s+visit\b"
    r"|(?:However,\s+)?[Tt]he\s+(?:delivery\s+model|methodology)\s+(?:was|has\s+been)\s+adapted\b"
    r"|The\s+lead\s+inspector\b[^.]{0,200}?\bagreed\s+arrangements\b"
    r"|This\s+letter\s+will\s+be\s+published\b|Video\s+calls\s+were\s+used\b"
    r"|(?:This|The)\s+(?:focused\s+|monitoring\s+)?visit\s+(?:also\s+)?(?:focused|concentrated|looked)\b"
    r"|(?:When\s+on\s+site,\s+)?[Ii]nspectors\s+were\s+able\s+to\s+(?:have|hold|meet|speak|talk)\b|They\s+(?:also\s+)?looked\s+at\s+a\s+range\s+of\s+evidence\b)"
)


def asks_overview(question: str, search_text: str) -> bool:
    """Whether ``question`` asks what a document (or a council's newest) found, on no topic.

    ``search_text`` is the question without its councils and dates (``ParsedQuery.search_text``).

    >>> asks_overview("what did ofsted say about leeds?", "what did ofsted say?")
    True
    >>> asks_overview("summarise the focused visit in march 2023 on care leavers please",
    ...               "summarise the focused visit on care leavers please")
    True
    >>> asks_overview("what did ofsted say about its libraries?", "what did ofsted say about its libraries?")
    False
    """
    question = _corrected(question)
    if not _ASKS.search(question):
        return False
    text = _DEPARTMENT.sub(" ", _corrected(search_text))
    if _STRONG.search(question):
        text = _VISIT_ON.sub(" ", text)
    return all(w in _FRAME for w in content_words(text))


def _corrected(text: str) -> str:
    """``text`` with its misspelt frame words spelt right ("main findigns" -> "main findings")."""
    return re.sub(r"[a-z]{6,}", lambda m: _spelt(m.group()), text, flags=re.I)


def _spelt(word: str) -> str:
    lowered = word.lower()
    if lowered in _FRAME:
        return word
    return next((f for f in sorted(_FRAME) if len(f) >= 6 and _one_slip(lowered, f)), word)


def _misspelt_frame(word: str) -> bool:
    """Whether ``word`` is a long frame word typed with one slip ("findigns", "inspecton").

    >>> _misspelt_frame("findigns"), _misspelt_frame("funding")
    (True, False)
    """
    return len(word) >= 6 and any(len(f) >= 6 and _one_slip(word, f) for f in _FRAME)


def _one_slip(a: str, b: str) -> bool:
    """One letter added or dropped, or two neighbours swapped (a letter changed makes words:
    "funding" for "finding")."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        i = diff[0] if len(diff) == 2 and diff[1] == diff[0] + 1 else -1
        return i >= 0 and a[i] == b[i + 1] and a[i + 1] == b[i]
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def overview_document(
    question: str,
    filters: Filters | None,
    authority: str,
    documents: Mapping[str, Document],
    *,
    years: Collection[int] = (),
) -> Document | None:
    """The document asked about: the one the question's period or ``years`` name (of the kind it
    names), else the council's newest inspection report; the newest of several."""
    held = [d for d in documents.values() if d.authority == authority and is_of_kind(d, "")]
    period = filters.period if filters is not None else None
    if period is not None:
        named = set(period_doc_ids(period, held, (authority,)))
        held = [d for d in held if d.doc_id in named]
    elif years:  # "the 2017 croydon inspection", where the year was read as a preference
        held = [d for d in held if _years_of(d) & set(years)]  # none: the passages (news) answer
    lowered = question.lower()
    if re.search(r"\b(?:visit|letter)s?\b", lowered) and (period is None or not period.kind):
        held = [d for d in held if is_of_kind(d, "visit")] or held
    elif period is None or period.kind in ("", "inspection"):
        held = [d for d in held if is_of_kind(d, "inspection")] or held
    dated = [(document_period(d) or ("", d.date or ""), d.doc_id, d) for d in held]
    return max(dated, key=lambda t: (t[0][1], t[1]))[2] if dated else None


def _years_of(doc: Document) -> set[int]:
    """The years of ``doc``'s inspection or visit, and of its publication."""
    days = [*(document_period(doc) or ()), doc.date or ""]
    return {int(day[:4]) for day in days if day[:4].isdigit()}


def summary_spans(doc: Document, furniture: Sequence[Span] = ()) -> list[Span]:
    """The first ``QUOTES`` sentences of ``doc``'s own summary; [] where none is found.

    A sentence ending in a colon ("... require improvement because:") leads
    into a list, whose first items follow it.
    """
    start = _summary_start(doc)
    if start is None:
        return []
    out: list[Span] = _overall_sentence(doc, start, furniture)
    headline = len(out)  # quotes from before the summary
    lead_in = False  # the last block quoted leads into a list: its items follow it
    for block in split_blocks(doc.text):
        if block.end <= start:
            continue
        span = Span(max(block.start, start), block.end)
        line = doc.text[span.start : span.end].strip()
        if not line or (is_heading(line) and not _LEAD_IN.search(line)):
            if len(out) > headline and line and not lead_in:
                break  # the summary's section has ended
            if line and len(out) == headline:
                # a letter's findings set out as a list under their heading (the pandemic's letters)
                lead_in = bool(_FINDINGS_HEADING.fullmatch(line) or _LETTER_HEADING.fullmatch(line))
            continue
        if _BULLET.match(line) or (lead_in and _NUMBERED.match(line)):
            if lead_in:
                out.extend(list(_sentences(doc.text, span, furniture, start))[:1])
            elif len(out) > headline:
                break
        elif _LEAD_IN.search(line) and len(out) == headline and _OF_ITSELF.match(line):
            continue  # "This visit focused specifically on:", then what it looked at
        elif _LEAD_IN.search(line) and len(out) == headline:
            # "This Local Authority is good because", then its reasons as bullets
            lead = quotable_span(doc.text, span, within(furniture, span.start, span.end))
            if lead is not None:
                out.append(lead)
                lead_in = True
        else:
            out.extend(_sentences(doc.text, span, furniture, start))
        if len(out) >= QUOTES:
            break
    return out[:QUOTES]


# A list's item: a bullet, or after a lead-in a SIF summary's numbered reason ("1. The local
# authority ..."); elsewhere a number opens a paragraph ("8. The local authority is not ...").
_BULLET = re.compile(r"[•–]|-\s")
_NUMBERED = re.compile(r"\d{1,2}\.\s")
# A SIF report's headline before its table: "The overall judgement is that children's services
# require improvement."
_OVERALL = re.compile(r"The\s+overall\s+judgement\s+is\b")
# A line that leads into a list of reasons: "Children's services in Warrington require improvement
# because: Management oversight ...", "This Local Authority is good because".
_LEAD_IN = re.compile(r"\bbecause\b:?(?:\s+[A-Z][\w ,’']{0,80})?\s*$|:\s*$")


def _overall_sentence(doc: Document, before: int, furniture: Sequence[Span]) -> list[Span]:
    """A SIF report's "The overall judgement is ..." before ``before``, as the first quote."""
    found = _OVERALL.search(doc.text, 0, before)
    if found is None:
        return []
    block = next((b for b in split_blocks(doc.text) if b.start <= found.start() < b.end), None)
    if block is None:
        return []
    whole = next((w for w in split_sentences(doc.text, block) if w.start <= found.start() < w.end), None)
    if whole is None:
        return []
    span = quotable_span(doc.text, whole, within(furniture, whole.start, whole.end))
    return [span] if span is not None else []


def _sentences(text: str, block: Span, furniture: Sequence[Span], summary: int) -> Iterator[Span]:
    """The block's quotable sentences that state a finding (not how the visit was made).

    Each starts a sentence (``summary``, where the summary starts, does): a line that a page
    break cut out of one is read from its next sentence.
    """
    for whole in split_sentences(text, block):
        span = quotable_span(text, whole, within(furniture, whole.start, whole.end))
        if span is None or span.end - span.start < 40:
            continue
        sentence = text[span.start : span.end]
        if text[summary : span.start].strip() and not _starts_sentence(text, span.start):
            continue  # the end of a sentence a page break cut: "November 2018 and were judged ..."
        if (is_prose(sentence) or sentence.endswith(":")) and not (
            states_method(sentence) or _OF_ITSELF.match(sentence.lstrip("•–- "))
        ):
            yield span


def _starts_sentence(text: str, pos: int) -> bool:
    r"""Whether ``pos`` starts a sentence: after a full stop, a colon or a heading's line.

    >>> _starts_sentence("Headline findings\n\nLeaders know.", 19)
    True
    >>> _starts_sentence("They were inspected in\n\nNovember 2018 and judged good.", 24)
    False
    """
    before = text[:pos].rstrip(" \t•–-")
    stripped = before.rstrip()
    if not stripped or stripped[-1] in '.!?:;”’")':
        return True
    line = stripped.rsplit("\n", 1)[-1].strip()
    words = line.split()
    return "\n" in before[len(stripped) :] and is_heading(line) and words[-1].lower() not in _RUNS_ON


# Words a line ending a heading never ends with: the line runs on ("... were last inspected in").
# fmt: off
_RUNS_ON = frozenset(
    {"a", "an", "and", "are", "as", "at", "be", "been", "by", "for", "from", "in", "is",
     "its", "of", "on", "or", "that", "the", "their", "to", "was", "were", "which", "with"}
)
# fmt: on


def _summary_start(doc: Document) -> int | None:
    """Where ``doc``'s summary starts (see the module docstring); None where it has none."""
    inspection = extract_inspection(doc)
    if inspection is not None and inspection.framework.startswith("ILACS"):
        return table_end(inspection) or None
    blocks = split_blocks(doc.text)
    headings = [
        (blocks[i].end, doc.text[blocks[i].start : blocks[i].end].strip())
        for i in range(len(blocks) - 1)
        if _leads_prose(doc.text, blocks[i], blocks[i + 1])
    ]
    if inspection is not None:
        found = [end for end, line in headings if _REPORT_HEADING.fullmatch(line)]
        return found[0] if found else (table_end(inspection) or None)
    found = [end for end, line in headings if _LETTER_HEADING.fullmatch(line)]
    found += [b.end for b in blocks[: len(blocks) - 1] if _RUN_IN.search(doc.text, b.start, b.end)]
    if found:
        return min(found)
    # Without one, the summary follows what the visit looked at, before "Main findings" (the detail)
    scope = scope_spans(doc.text, end=min(len(doc.text), _OPENING))
    if scope:
        return scope[-1].end
    opening = _LETTER_OPENING.search(doc.text, 0, _OPENING)
    if opening is not None:
        # the end of its paragraph, run on over a page break ("... Nick Stacey," / "Maxwell and ...")
        ends = (b.end for b in blocks if b.end > opening.end() and _ENDS.search(doc.text, b.start, b.end))
        return next(ends, None)
    found = [
        end for end, line in headings if _FINDINGS_HEADING.fullmatch(line) or _REPORT_HEADING.fullmatch(line)
    ]
    return found[0] if found else None


def _leads_prose(text: str, block: Span, after: Span) -> bool:
    """Whether ``block`` is a heading with prose after it (not a line of the contents)."""
    line, following = text[block.start : block.end].strip(), text[after.start : after.end]
    return (
        len(line) <= 160
        and not _PAGE_NUMBER.search(line)
        and not _PAGE_NUMBER.search(following)
        and ((len(following) > 80 and "." in following) or bool(_LEAD_IN.search(following)))
    )


def answer_overview(
    question: str,
    doc: Document,
    passages: Sequence[Passage],
    *,
    furniture: Sequence[Span] = (),
    authorities: tuple[str, ...] = (),
) -> Answer | None:
    """``doc``'s summary, quoted and cited; None where no summary is found (the passages answer)."""
    spans = summary_spans(doc, furniture)
    if not spans:
        return None
    citations = [citation_for(doc, n, s.start, s.end) for n, s in enumerate(spans, start=1)]
    quotes = " ".join(f"“{' '.join(c.quote.split())}” [{c.n}]" for c in citations)
    label = source_label(doc.publisher, doc.doc_type, doc.date)
    where = f" ({citations[0].authority})" if citations[0].authority else ""
    return Answer(
        question,
        f"**{label}**{where}: {quotes}",
        tuple(citations),
        True,
        tuple(passages),
        authorities,
        notes=("the document's own summary of its findings, from its opening",),
        confidence=1.0,
    )


def overview_answer(
    question: str,
    parsed: ParsedQuery,
    filters: Filters | None,
    authorities: tuple[str, ...],
    index: IndexData,
    passages: Sequence[Passage],
) -> Answer | None:
    """The summary of the document a question about one council asks for overall; None when it
    asks something else, or names no document held, or the document's summary is not found."""
    if len(authorities) != 1 or wanted_type(question) is not None:
        return None  # "when did ...", "how many ...": a sentence stating it answers
    if not asks_overview(question, parsed.search_text):
        return None
    years = {*((filters.years or ()) if filters is not None else ()), *parsed.soft_years}
    doc = overview_document(question, filters, authorities[0], index.documents, years=years)
    if doc is None:
        return None
    furniture = index.furniture(doc.doc_id)
    return answer_overview(question, doc, passages, furniture=furniture, authorities=authorities)


__all__ = [
    "QUOTES",
    "answer_overview",
    "asks_overview",
    "overview_answer",
    "overview_document",
    "summary_spans",
]
