"""What a council needs to improve on one topic: the items of its report's own list on that topic.

"What needs to improve for care leavers in Leeds?", "where is Kent falling short
on supervision?" ask the same list as "What needs to improve in Leeds?"
(``assistant/answers/to_improve.py``), narrowed to a topic. Scored sentence by
sentence, such a question quoted whatever shared its words from whichever report
ranked first: "the care leaver needs most help with" from 2015, a sentence that
praises. Here the document is chosen as for the whole list (the one the
question names, else the council's newest inspection report:
``overview.overview_document``) and its list's items that name the topic are
quoted, in order. Where no item names it, the document's sentences that name
the topic and find fault with it ("although frequency and recording are
inconsistent") are quoted, three at most; where none does but the document
writes the topic, the answer says that its list names nothing on it and quotes
the list; where the document does not write the topic, the sentences of every
document answer as before.

An item names the topic when it holds each of the topic's words (their stems;
the glossary's report words for an everyday one may stand in for it) but the
people it is for, or all but one of three or more: "apprenticeships for care
leavers" needs "apprenticeships"; "care leavers" alone needs "care" and
"leaver"; "disabled kids", "disabled"; "independent reviewing officers", two of
its three.

>>> topic_stems("What needs to improve for care leavers?")
[('care', 'leaver')]
>>> names_topic([("care", "leaver")], "• The quality of pathway plans for care leavers.")
True
>>> names_topic([("care", "leaver")], "• Management oversight of children in care.")
False
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass

from assistant.answers.faults import faults, parts
from assistant.answers.overview_words import DEPARTMENT, FRAME, IMPROVEMENT_WORDS, VISIT_ON, corrected
from assistant.answers.to_improve import list_spans
from assistant.answers.topic import content_words
from assistant.chunking import Span, is_heading, split_blocks, split_sentences
from assistant.furniture import quotable_span, within
from assistant.glossary import everyday_spans
from assistant.search.sparse import tokenize

CRITICAL_QUOTES = 3  # sentences that find fault, quoted at most where no list item names the topic

# Words of the asking, beside the frame's and those of a question for the whole list: whom it
# is for, and the grammar of asking.
# fmt: off
ASKING = IMPROVEMENT_WORDS | frozenset({
    "should", "doing", "get", "got", "where", "what", "around", "regarding", "about",
    "for", "on", "with", "in", "at", "their", "its", "the", "a", "an", "and", "or", "to",
    "kids", "children", "child", "young", "people", "families", "good", "well", "how", "social",
    "worker", "workers", "looked", "after",
})
# fmt: on


def topic_stems(search_text: str) -> list[tuple[str, ...]]:
    """The topic of an improvement question without its councils and dates: the stems of its
    words, and for each everyday word the glossary knows, the stems of each of its report words
    as another way of saying the topic. [] when the question names no topic."""
    text = _text(search_text)
    words = [w for w in content_words(text) if w not in FRAME and w not in ASKING]
    own = tuple(dict.fromkeys(tokenize(" ".join(words))))
    if not own:
        return []
    ways = [own]
    for start, end, terms in everyday_spans(text):
        everyday = set(tokenize(text[start:end]))
        rest = tuple(s for s in own if s not in everyday)
        # (a report word the question already says is no other way of saying it: "care leavers"
        # for "care leavers' personal advisers")
        ways += [tuple(dict.fromkeys((*rest, *tokenize(t)))) for t in terms if set(tokenize(t)) - set(own)]
    return [w for w in ways if w]


def _text(search_text: str) -> str:
    """The words of a question that may say its topic: not the department's name, nor what a
    visit named looked at ("after Ofsted's focused visit on children in care")."""
    return _LOOKED_AT.sub(" ", VISIT_ON.sub(" ", DEPARTMENT.sub(" ", corrected(search_text))))


# What inspectors did, not the topic: "after looking at Warrington's front door, what needed to
# get better?"
_LOOKED_AT = re.compile(
    r"\b(?:(?:after|when|while)\s+)?(?:(?:inspectors|they|ofsted)\s+)?"
    r"(?:(?:looking|looked|having\s+looked|(?:had|having|took|taking)\s+a\s+look|checking|checked)\s+(?:at|into|over|on)"
    r"|examining|examined|inspecting)\b",
    re.I,
)


def names_topic(ways: Sequence[Collection[str]], item: str) -> bool:
    """Whether ``item`` holds every word of one way of saying the topic but the people it is for
    ("apprenticeships for care leavers" needs "apprenticeships"; "care leavers" needs both words),
    or all but one of three or more ("reviewing officers" for "independent reviewing officers")."""
    stems = set(tokenize(item))
    for way in map(set, ways):
        needed = (way - _PEOPLE) or way
        if len(needed & stems) >= len(needed) - (len(needed) >= _LONG_TOPIC):
            return True
    return False


_LONG_TOPIC = 3  # words, beyond whom it is for: one of them may be missing ("reviewing officers")


# Whom a topic's service is for, which an item may leave to its heading ("Pathway plans." under
# the care leavers' list).
_PEOPLE = frozenset(tokenize("care leavers children child young people social workers families parents"))


@dataclass(frozen=True)
class OnTopic:
    """What a document says needs to improve on a topic: ``kind`` is "items" (its list's items
    on the topic, under ``heading``), "faults" (its sentences that find fault with the topic) or
    "unlisted" (its whole list, under ``heading``: it writes the topic, lists nothing on it and
    finds no fault with it); ``topic`` is the question's words for it."""

    kind: str
    heading: str
    spans: list[Span]
    topic: str


def topic_spans(search_text: str, text: str, furniture: Sequence[Span] = ()) -> OnTopic | None:
    """What ``text`` (a report or letter) says needs to improve on the question's topic; None
    where the question names no topic, or the document neither lists it, nor finds fault with
    it, nor has a list and writes the topic."""
    ways = topic_stems(search_text)
    if not ways:
        return None
    topic = _topic_words(search_text)
    heading, items = list_spans(text, furniture)
    chosen = [s for s in items if names_topic(ways, text[s.start : s.end])]
    if chosen:
        return OnTopic("items", heading, chosen, topic)
    sentences = list(_sentences(text, furniture))
    critical = [s for s in sentences if _faults_topic(ways, text[s.start : s.end])][:CRITICAL_QUOTES]
    if critical:
        return OnTopic("faults", "", critical, topic)
    if items and any(names_topic(ways, text[s.start : s.end]) for s in sentences):
        return OnTopic("unlisted", heading, items, topic)
    return None


def _topic_words(search_text: str) -> str:
    """The question's own words for its topic, from the first to the last: "care leavers",
    "disabled kids", "permanence for looked after children".

    >>> _topic_words("where is weak on permanence for looked after children?")
    'permanence for looked after children'
    """
    text = _text(search_text)
    kept = set(content_words(text)) - FRAME - (ASKING - _WHOM)
    spans = [m.span() for m in re.finditer(r"[\w'’-]+", text) if m.group().lower() in kept]
    return text[spans[0][0] : spans[-1][1]] if spans else ""


# Words of ``ASKING`` that say whom a topic is for, which its words keep: "disabled kids".
_WHOM = frozenset({"kids", "children", "child", "young", "people", "families", "looked", "after"})


def _sentences(text: str, furniture: Sequence[Span]) -> Iterator[Span]:
    """The quotable sentences of ``text``'s paragraphs, in order."""
    for block in split_blocks(text):
        if is_heading(text[block.start : block.end]):
            continue
        for whole in split_sentences(text, block):
            span = quotable_span(text, whole, within(furniture, whole.start, whole.end))
            if span is not None and span.end - span.start >= _SHORTEST:
                yield span


_SHORTEST = 20  # characters: a shorter "sentence" is a cell or a heading's remains


def _faults_topic(ways: Sequence[Collection[str]], sentence: str) -> bool:
    """Whether ``sentence`` names the topic and finds fault ("Supervision records demonstrate
    appropriate management oversight, although frequency and recording are inconsistent")."""
    return names_topic(ways, sentence) and any(faults(part) for part in parts(sentence))


__all__ = ["ASKING", "CRITICAL_QUOTES", "OnTopic", "names_topic", "topic_spans", "topic_stems"]
