"""A document's own list of what needs to improve, read whole.

"What needs to improve in Leeds?", "what were the weaknesses at the 2022
inspection of Lambeth?" ask for the list a report or letter sets out under
"What needs to improve?" (an ILACS report's), "Areas for improvement" (a
letter's or a 2012-13 report's), "Recommendations" or "What does the local
authority need to improve?" (a SIF report's), or "Areas for priority action".
Scoring sentences against such a question quotes whatever says "improve" or
"weaknesses" ("They have credible plans in place to address weaknesses"), from
whichever report the search ranked first. ``assistant/answers/overview.py``
chooses the document (the one named, else the council's newest inspection
report); here its list is read: the items after the first such heading, in
order, each quoted whole.

>>> text = "Summary. What needs to improve?\\n\\n• Plans for children.\\n\\n• Supervision.\\n\\nMore text."
>>> [text[s.start : s.end] for s in list_spans(text)[1]]
['• Plans for children.', '• Supervision.']
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.answers.polarity import heading_text
from assistant.chunking import Span, split_blocks, split_sentences
from assistant.furniture import quotable_span, within

ITEMS = 12  # a list's items quoted at most; most run 3 to 8
_LONGEST_ITEM = 400  # characters: a longer item is quoted by its first sentence

_HEADING = re.compile(
    r"(?:what\s+needs\s+to\s+(?:improve|be\s+improved)|what\s+does\s+the\s+local\s+authority\s+need\s+to\s+improve"
    r"|areas?\s+for\s+(?:improvement|priority\s+action|development)|recommendations|priority\s+actions?)"
    r"(?:\s+in\s+this\s+area\s+of\s+social\s+work\s+practice)?\s*\??",
    re.I,
)
# The same heading run into the end of a paragraph: "... its communities. What needs to improve?"
_RUN_IN = re.compile(r"[.!?]\s+(?P<heading>" + _HEADING.pattern + r")\s*$", re.I)
_ITEM = re.compile(r"\s*(?:[•–]|-\s|\d{1,2}\.\s?(?=[A-Z]))")


def list_spans(text: str, furniture: Sequence[Span] = ()) -> tuple[str, list[Span]]:
    """The first improvement list of ``text``: its heading and its items (at most ``ITEMS``).

    ("", []) where the text has no such heading followed by items.
    """
    blocks = split_blocks(text)
    for i, block in enumerate(blocks):
        line = text[block.start : block.end]
        run_in = _RUN_IN.search(line)
        heading = heading_text(run_in.group("heading")) if run_in else heading_text(line)
        if not (run_in or (len(heading) < 90 and _HEADING.fullmatch(heading))):
            continue
        items = _items(text, blocks[i + 1 :], furniture)
        if items:
            return heading, items
    return "", []


def _items(text: str, blocks: Sequence[Span], furniture: Sequence[Span]) -> list[Span]:
    """The list items that open ``blocks``, each quoted whole (or by its first sentence if long).

    Every item is marked as the first is (a bullet, or a number): the next section's numbered
    paragraphs are no items of a bulleted list. A footnote's number or a subheading may stand
    before the first item; a heading run into an item's end ("... supervision. Findings",
    "... care leavers: good") ends the list after it.
    """
    out: list[Span] = []
    marker: str | None = None
    for n, block in enumerate(blocks):
        line = text[block.start : block.end].strip()
        found = _ITEM.match(text, block.start)
        if found is None:
            subheading = len(line) < 80 and not _STOP.search(line) and not line[-1:].isdigit()
            if not out and n < 2 and (_FOOTNOTE.fullmatch(line) or subheading):
                continue  # "1" (a footnote's number), "Leadership and management" (a subheading)
            break
        kind = "number" if found.group().strip()[:1].isdigit() else "bullet"
        if marker is not None and kind != marker:
            break
        marker = kind
        span = quotable_span(text, _without_run_in(text, block), within(furniture, block.start, block.end))
        if span is not None:
            if span.end - span.start > _LONGEST_ITEM:
                first = split_sentences(text, span)
                span = first[0] if first else span
            out.append(span)
        if len(out) == ITEMS or _ENDS_SECTION.search(line):
            break
    return out


def _without_run_in(text: str, block: Span) -> Span:
    """``block`` without a heading run into its end ("... care leavers. The experiences and progress
    of children who need help and protection: Outstanding"): up to the item's full stop.

    >>> t = "• Plans for care leavers. The experiences and progress of care leavers: good"
    >>> s = _without_run_in(t, Span(0, len(t)))
    >>> t[s.start : s.end]
    '• Plans for care leavers.'
    """
    run_in = _RUN_IN_HEADING.search(text, block.start, block.end)
    if run_in is None:
        return block
    return Span(block.start, run_in.start() + 1)  # the heading's match opens on the item's full stop


# A heading run into the end of an item, after its full stop: a judgement's, or a letter's section's.
_RUN_IN_HEADING = re.compile(
    r"\.\s+(?:The\s+[^.]{10,120}:\s*(?:good|outstanding|inadequate|requires?\s+improvement(?:\s+to\s+be\s+good)?)"
    r"|(?:Main\s+|Headline\s+)?Findings)\s*$",
    re.I,
)
_FOOTNOTE = re.compile(r"\d{1,2}")
_STOP = re.compile(r"[.!?;:]")
# A heading run into the end of a list's last item: the list ends there.
_ENDS_SECTION = re.compile(
    r"(?:\s(?:Findings|Main\s+findings|Headline\s+findings)|:\s*(?:good|outstanding|inadequate|requires?\s+improvement"
    r"(?:\s+to\s+be\s+good)?))\s*$",
    re.I,
)


__all__ = ["ITEMS", "list_spans"]
