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
inconsistent") are quoted, three at most; where none does, the sentences of
every document answer as before.

An item names the topic when it holds two in three of the topic's words (their
stems; the glossary's report words for an everyday one may stand in for it), and
one at least: "care leavers" needs "care" and "leaver"; "disabled kids",
"disabled".

>>> topic_stems("What needs to improve for care leavers?")
[('care', 'leaver')]
>>> names_topic([("care", "leaver")], "• The quality of pathway plans for care leavers.")
True
>>> names_topic([("care", "leaver")], "• Management oversight of children in care.")
False
"""

from __future__ import annotations

import itertools
from collections.abc import Collection, Iterator, Sequence

from assistant.answers.faults import faults, parts
from assistant.answers.overview_words import DEPARTMENT, FRAME, corrected
from assistant.answers.to_improve import list_spans
from assistant.answers.topic import content_words
from assistant.chunking import Span, is_heading, split_blocks, split_sentences
from assistant.furniture import quotable_span, within
from assistant.glossary import everyday_spans
from assistant.search.sparse import tokenize

CRITICAL_QUOTES = 3  # sentences that find fault, quoted at most where no list item names the topic

# Words of the asking, beside the frame's: what improving, weakness and need are called.
# fmt: off
ASKING = frozenset({
    "improve", "improved", "improvement", "improvements", "improving", "need", "needs", "needed",
    "area", "areas", "weakness", "weaknesses", "weak", "shortcomings", "failings", "concern",
    "concerns", "priority", "action", "actions", "recommendation", "recommendations",
    "recommend", "recommended", "told", "asked", "better", "fix", "fixing", "sort", "work",
    "development", "list", "still", "thing", "things", "anything", "wrong", "falling", "short",
    "should", "do", "does", "doing", "get", "got", "where", "what", "around", "regarding", "about",
    "for", "on", "with", "in", "at", "their", "its", "the", "a", "an", "and", "or", "to",
    "kids", "children", "child", "young", "people", "families", "good", "well", "how", "social",
    "worker", "workers", "looked", "after", "criticise", "criticised", "criticize", "criticized",
    "criticism",
})
# fmt: on


def topic_stems(search_text: str) -> list[tuple[str, ...]]:
    """The topic of an improvement question without its councils and dates: the stems of its
    words, and for each everyday word the glossary knows, the stems of each of its report words
    as another way of saying the topic. [] when the question names no topic."""
    text = DEPARTMENT.sub(" ", corrected(search_text))
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


def names_topic(ways: Sequence[Collection[str]], item: str) -> bool:
    """Whether ``item`` holds two in three of the words of one way of saying the topic, and one."""
    stems = set(tokenize(item))
    return any(3 * len(stems & set(way)) >= 2 * len(way) and stems & set(way) for way in ways)


def topic_spans(search_text: str, text: str, furniture: Sequence[Span] = ()) -> tuple[str, list[Span]]:
    """What ``text`` (a report or letter) says needs to improve on the question's topic: its list's
    heading and the items that name the topic; else ("", the sentences that find fault with it);
    ("", []) where it says neither, or the question names no topic."""
    ways = topic_stems(search_text)
    if not ways:
        return "", []
    heading, items = list_spans(text, furniture)
    chosen = [s for s in items if names_topic(ways, text[s.start : s.end])]
    if chosen:
        return heading, chosen
    critical = (s for s in _sentences(text, furniture) if _faults_topic(ways, text[s.start : s.end]))
    return "", list(itertools.islice(critical, CRITICAL_QUOTES))


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


__all__ = ["ASKING", "CRITICAL_QUOTES", "names_topic", "topic_spans", "topic_stems"]
