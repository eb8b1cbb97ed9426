"""Where a report or letter sums itself up, and the first sentences of that summary.

Each Ofsted document opens with its own summary, in a place its layout fixes:

- an inspection report of 2018 on (ILACS): the paragraphs after its judgement
  table ("Services for children and families in Ealing have deteriorated since
  the last inspection in 2016, and now require improvement to be good.");
- a report of 2014-2017 (SIF): its headline before the table ("The overall
  judgement is good."), then its "Summary of findings" or "Executive summary"
  after the contents, often a lead-in and its first reasons ("This Local
  Authority is good because" / "• Children, young people and their families
  can easily access good early help ...");
- a report of 2012-13: its "Overall effectiveness" section;
- a focused or monitoring visit letter: its "Headline findings" or "Overview",
  else the paragraphs after the statement of what the visit looked at (before
  "Main findings", the detail), else after its first sentence ("This letter
  summarises ...") and a pandemic letter's list under "Findings".

``summary_spans`` finds them for ``assistant/answers/overview.py``; across the
collection's 864 reports and letters it finds a summary in 860.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from assistant.answers.extract import is_prose
from assistant.answers.in_words import table_end
from assistant.answers.scope import scope_spans, states_method
from assistant.chunking import Span, is_heading, split_blocks, split_sentences
from assistant.documents import Document
from assistant.furniture import quotable_span, within
from assistant.judgements import extract_inspection

QUOTES = 3  # sentences of the summary quoted
_OPENING = 8000  # characters: a letter states what it looked at on its first pages
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
_RUN_IN_REPORT = re.compile(r"\S\s+(?:Executive\s+summary|Summary\s+of\s+(?:key\s+)?findings)\s*$")
_NAMED_SUMMARY = re.compile(r"(?:Executive\s+summary|Summary\s+of\s+(?:key\s+)?findings)\s*$", re.I)
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


def summary_spans(doc: Document, furniture: Sequence[Span] = (), *, limit: int = QUOTES) -> list[Span]:
    """The first ``limit`` sentences of ``doc``'s own summary; [] where none is found.

    A sentence ending in a colon ("... require improvement because:") leads
    into a list, whose first items follow it.
    """
    start = _summary_start(doc)
    if start is None:
        return []
    out: list[Span] = _overall_sentence(doc, start, furniture)
    headline = len(out)  # quotes from before the summary
    lead_in = False  # the last block quoted leads into a list: its items follow it
    for block in _paragraphs(doc.text, split_blocks(doc.text)):
        if block.end <= start:
            continue
        span = Span(max(block.start, start), block.end)
        line = doc.text[span.start : span.end].strip()
        if _SIGN_OFF.match(line):
            break  # the letter's closing lines: its findings have ended
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
        elif _LEAD_IN.search(line) and len(out) == headline and _begins(doc.text, span.start, start):
            # "This Local Authority is good because", then its reasons as bullets
            lead = quotable_span(doc.text, span, within(furniture, span.start, span.end))
            if lead is not None:
                out.append(lead)
                lead_in = True
        else:
            out.extend(_sentences(doc.text, span, furniture, start))
        if len(out) >= limit:
            break
    return out[:limit]


def _paragraphs(text: str, blocks: Sequence[Span]) -> Iterator[Span]:
    """``blocks`` with a line a page break cut joined to the next: "... services for children and
    young people in Blackburn with" / "Darwen are good." (it ends on a word no line ends on, or
    is too long for a heading and has no full stop: "... children in Gateshead Metropolitan
    Borough" / "Council continues to receive good services.")."""
    run: Span | None = None
    for block in blocks:
        run = Span(run.start, block.end) if run is not None else block
        words = text[block.start : block.end].split()
        cut = bool(words) and (words[-1].lower() in _RUNS_ON or block.end - block.start > _LONGEST_HEADING)
        if not cut or _CLOSES.search(text, block.start, block.end):
            yield run
            run = None
    if run is not None:
        yield run


_LONGEST_HEADING = 72  # characters: "The experiences and progress of children who need help and protection"
# A list's item: a bullet, or after a lead-in a SIF summary's numbered reason ("1. The local
# authority ..."); elsewhere a number opens a paragraph ("8. The local authority is not ...").
_BULLET = re.compile(r"[•–]|-\s")
_NUMBERED = re.compile(r"\d{1,2}\.\s")
# A SIF report's headline before its table: "The overall judgement is that children's services
# require improvement."
_OVERALL = re.compile(r"The\s+overall\s+judgement\s+is\b")
# A letter's closing lines, after its findings.
_SIGN_OFF = re.compile(
    r"(?:I\s+am\s+copying\s+this\s+letter|Yours\s+sincerely|Ofsted\s+will\s+take\s+the\s+findings"
    r"|It\s+will\s+be\s+published\s+on\s+the\s+Ofsted\s+website)"
)
_CLOSES = re.compile(r"[.!?:;”’\")]\s*$")
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
        if not _begins(text, span.start, summary):
            continue  # the end of a sentence a page break cut: "November 2018 and were judged ..."
        if _SIGN_OFF.match(sentence):
            return  # the letter's closing lines: its findings have ended
        ends = bool(_CLOSES.search(sentence))  # a sentence a page break cut does not
        if (
            ends
            and (is_prose(sentence) or sentence.endswith(":"))
            and not (states_method(sentence) or _OF_ITSELF.match(sentence.lstrip("•–- ")))
        ):
            yield span


def _begins(text: str, pos: int, summary: int) -> bool:
    """Whether ``pos`` starts a sentence: the summary's start, or after a full stop or heading."""
    return not text[summary:pos].strip() or _starts_sentence(text, pos)


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
        # an executive summary or summary of findings before a bare "Summary" (a section's own);
        # its heading may be run into the table's last row ("... Inadequate Executive summary")
        found = [end for end, line in headings if _REPORT_HEADING.fullmatch(line)]
        found += [b.end for b in blocks[: len(blocks) - 1] if _RUN_IN_REPORT.search(doc.text, b.start, b.end)]
        named = [end for end in found if _NAMED_SUMMARY.search(doc.text, max(0, end - 40), end)]
        return min(named or found) if found else (table_end(inspection) or None)
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
    if _NAMED_SUMMARY.fullmatch(line):  # its first line may be cut by a page break
        return not _PAGE_NUMBER.search(following)
    return (
        len(line) <= 160
        and not _PAGE_NUMBER.search(line)
        and not _PAGE_NUMBER.search(following)
        and ((len(following) > 80 and "." in following) or bool(_LEAD_IN.search(following)))
    )


__all__ = ["QUOTES", "summary_spans"]
