"""A topic no indexed document writes: "What did Ofsted say about vaping among kids in care?"

The words a question asks "about" (up to the next preposition), or, when it
asks "about it", any of its words: when one of them is in no indexed document,
and the glossary does not know it as an everyday word for words the reports
do write, the question is about a topic the collection does not cover.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.glossary import everyday_spans
from assistant.search.sparse import tokenize_query
from assistant.subjects import without_councils

# What a question asks "about", up to the next preposition: "say anything about vaping among kids
# in care", "regarding body cameras on home visits", "getting into debt through gambling".
_ABOUT = re.compile(
    r"\b(?:about|regarding|concerning|through|over|via)\s+(?P<topic>(?:[\w'’-]+\s+){0,3}?[\w'’-]+?)"
    r"(?=\s+(?:among|amongst|in|at|for|on|of|by|with|from|and|or|when|since|during|across)\b|[?.,;:!]|\s*$)",
    re.I,
)


# A word no document writes says the topic is absent only from a collection large enough to write
# every topic of its domain: five documents do not write "mothers".
UNWRITTEN_MIN_DOCUMENTS = 100


def unwritten_topic(question: str, written: Callable[[str], bool]) -> str | None:
    """The topic a question asks about, if one of its words is in no indexed document
    (asked only of a collection of ``UNWRITTEN_MIN_DOCUMENTS`` documents or more).

    ``written`` says whether the index holds a word (stemmed, as ``tokenize_query`` makes it).
    Everyday words the glossary knows ("smacking") stand for words the reports do write.

    >>> unwritten_topic("What did Ofsted say about vaping among kids in care?", {"kid", "care"}.__contains__)
    'vaping'
    >>> unwritten_topic("What did Ofsted say about parents smacking their kids?", {"parent"}.__contains__)
    >>> unwritten_topic("Is vaping a problem? What did Ofsted say about it?", {"problem"}.__contains__)
    'vaping'
    """
    everyday = [question[s:e].lower() for s, e, _ in everyday_spans(question)]
    for m in _ABOUT.finditer(question):
        topic = m.group("topic")
        if any(e in topic.lower() or topic.lower() in e for e in everyday):
            continue
        if any(not t.isdigit() and not written(t) for t in tokenize_query(without_councils(topic))):
            return topic
    if _ABOUT_IT.search(question):  # "Is vaping a problem ...? What has Ofsted said about it?"
        masked = question
        for start, end, _ in sorted(everyday_spans(question), reverse=True):
            masked = masked[:start] + " " * (end - start) + masked[end:]
        for word in re.findall(r"[\w'’-]+", without_councils(masked)):
            if any(not t.isdigit() and not written(t) for t in tokenize_query(word)):
                return word
    return None


# The topic named elsewhere in the question: "What has Ofsted said about that?"
_ABOUT_IT = re.compile(r"\b(?:about|regarding|concerning|of)\s+(?:it|that|this|them|those)\b", re.I)


__all__ = ["UNWRITTEN_MIN_DOCUMENTS", "unwritten_topic"]
