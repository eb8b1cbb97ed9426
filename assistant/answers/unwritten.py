"""A topic no indexed document writes: "What did Ofsted say about vaping among kids in care?"

The words a question asks "about" (up to the next preposition, then on to the
clause's end: "about teenagers in care vaping?"), or, when it asks "about it",
the words of a question just before: when one of them is in
no indexed document, and the glossary does not know it as an everyday word for
words the reports do write, the question is about a topic the collection does
not cover. So is a scheme it names ("the Safe and Together model") that no
document of the councils asked about writes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from assistant.authorities import GAZETTEER
from assistant.glossary import everyday_spans
from assistant.search.sparse import tokenize_query
from assistant.search.store import IndexData
from assistant.spelling import near_spellings
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
# A word whose stem is this long and one edit from a stem the index holds is a typo of it ("poilce"),
# not a new topic.
TYPO_MIN_LENGTH = 5


# Possessive pronouns stem to words no report indexes ("ours" -> "our"): "children like ours" points
# back to the asker's own words, it names no topic.
_POINTERS = frozenset({"our", "mine", "her", "hers", "your", "yours", "their", "theirs"})


def _unwritten(token: str, written: Callable[[str], bool]) -> bool:
    return not token.isdigit() and token not in _POINTERS and not written(token)


def unwritten_topic(question: str, written: Callable[[str], bool]) -> str | None:
    """The topic a question asks about, if one of its words is in no indexed document
    (asked only of a collection of ``UNWRITTEN_MIN_DOCUMENTS`` documents or more): the words
    after "about" up to the next preposition, else a word of four letters or more on to the
    clause's end (the word alone is returned).

    ``written`` says whether the index holds a word (stemmed, as ``tokenize_query`` makes it).
    Everyday words the glossary knows ("smacking") stand for words the reports do write.

    >>> unwritten_topic("What did Ofsted say about vaping among kids in care?", {"kid", "care"}.__contains__)
    'vaping'
    >>> unwritten_topic("What did Ofsted say about parents smacking their kids?", {"parent"}.__contains__)
    >>> unwritten_topic("Any word about teenagers in care vaping?", {"teenag", "care"}.__contains__)
    'vaping'
    >>> unwritten_topic("Is vaping a problem? What did Ofsted say about it?", {"problem"}.__contains__)
    'vaping'
    >>> unwritten_topic("My mate's gym pass is poor - did Ofsted say anything about it?", set().__contains__)
    >>> unwritten_topic("It has been through the wringer. Is it good?", {"good"}.__contains__)
    >>> unwritten_topic("Did they say anything about children like ours?", {"children", "like"}.__contains__)
    """
    spans = [(s, e) for s, e, _ in everyday_spans(question)]
    everyday = [question[s:e].lower() for s, e in spans]
    asks = [m.span() for m in _ASKING.finditer(question)]
    councils = GAZETTEER.query_spans(question)  # "about wolves" where "ofsted" made it Wolverhampton
    for m in _ABOUT.finditer(question):
        if asks and not any(start <= m.start() < end for start, end in asks):
            continue  # "Croydon's been through the wringer money-wise. Did it get ...?": an aside
        topic = m.group("topic")
        if any(e in topic.lower() or topic.lower() in e for e in everyday):
            continue
        named = without_councils(_blanked(question, m.span("topic"), councils))
        if any(_unwritten(t, written) for t in tokenize_query(named)):
            return topic
    # Then on to the clause's end, word by word: "say anything about teenagers in care vaping?"
    for m in _ABOUT_REST.finditer(question):
        if asks and not any(start <= m.start() < end for start, end in asks):
            continue
        masked = _blanked(question, m.span("topic"), [*spans, *councils])
        for word in re.findall(r"[\w'’-]+", without_councils(masked)):
            if len(word) < _REST_MIN_LENGTH or _CONTRACTION.fullmatch(word) or any(c.isdigit() for c in word):
                continue  # "ta", "shouldnt", "at 2am": no topic
            if any(_unwritten(t, written) for t in tokenize_query(word)):
                return word
    it = _ABOUT_IT.search(question)
    # "Is vaping a problem ...? What has Ofsted said about it?": the question before, when the
    # pronoun's sentence follows one ("My mate reckons theirs is rubbish - did Ofsted say anything
    # about it?" names its topic in words of its own)
    before = _QUESTION_BEFORE.search(question, 0, it.start()) if it else None
    if before:
        asked = before.group("asked")
        masked = _blanked(asked, (0, len(asked)), [(s, e) for s, e, _ in everyday_spans(asked)])
        for word in re.findall(r"[\w'’-]+", without_councils(masked)):
            if any(_unwritten(t, written) for t in tokenize_query(word)):
                return word
    return None


# The sentences that ask, when a question has statements beside them: what is said "about" or
# "through" a thing in a statement ("Croydon's been through the wringer money-wise.") is context.
_ASKING = re.compile(r"[^.?!]*\?")

# What a question asks "about", on to its sentence's end.
# It ends at a comma or a dash: "about Bradford, is it still rubbish?" asks no topic "rubbish".
_ABOUT_REST = re.compile(
    r"\b(?:about|regarding|concerning)\s+(?P<topic>[^?.!;:,–—]+?)(?=\s+-\s|[?.!;:,–—]|$)", re.I
)
# Shorter words after the topic are the asker's ("ta", "lol", "im"), not a topic.
_REST_MIN_LENGTH = 4
# A contraction typed without its apostrophe ("shouldnt", "werent") is no topic.
_CONTRACTION = re.compile(
    r"(?:is|are|was|were|do|does|did|has|have|had|could|would|should|must|might|need|ca|wo|ai)n[’']?t", re.I
)


def _blanked(text: str, span: tuple[int, int], blanks: Sequence[tuple[int, int]]) -> str:
    """``text[span[0]:span[1]]`` with each of ``blanks`` inside it turned to spaces.

    >>> _blanked("say about kids vaping?", (10, 21), [(10, 14)])
    '     vaping'
    """
    start, end = span
    out = text[start:end]
    for s, e in blanks:
        if s < end and start < e:
            a, b = max(s, start) - start, min(e, end) - start
            out = out[:a] + " " * (b - a) + out[b:]
    return out


# The topic named elsewhere in the question: "What has Ofsted said about that?"
_ABOUT_IT = re.compile(r"\b(?:about|regarding|concerning|of)\s+(?:it|that|this|them|those)\b", re.I)
# A question just before the pronoun's sentence.
_QUESTION_BEFORE = re.compile(r"(?:^|(?<=[.?!])\s)(?P<asked>[^.?!]+\?)\s+[^.?!]*$")


# A scheme, model or programme named by its proper name: "the Safe and Together model", "the
# Solihull Approach", "a free 16-25 Railcard", "Carer's Allowance".
_NAMED_SCHEME = re.compile(
    r"(?P<name>(?:(?:\d[\d-]*\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?:and|of|for|the|&)\s+(?-i:[A-Z])[\w'’-]*)*\s+)*"
    r"(?:(?-i:[A-Z])[\w'’-]*\s+)?"
    r"(?-i:(?:Model|Approach|Programme|Program|Scheme|Project|Initiative|Framework|Railcard|Allowance|Pledge|"
    r"Charter|Award|Card|Pass)s?))"
    r"|(?P<named>(?-i:[A-Z])[\w'’-]*(?:\s+(?:and|of|for|the|&)\s+(?-i:[A-Z])[\w'’-]*)+|(?-i:[A-Z])[\w'’-]*)"
    r"\s+(?:model|approach|programme|program|scheme|project|initiative|framework)\b",
)


def unnamed_scheme(question: str, texts: Sequence[str]) -> str | None:
    """A scheme the question names that none of ``texts`` (the council's documents, lower case) writes.

    >>> unnamed_scheme("Does it use the Safe and Together model with families?", ["safe families"])
    'Safe and Together'
    >>> unnamed_scheme("Do York's care leavers get a free 16-25 Railcard?", ["a bus pass"])
    'Railcard'
    >>> unnamed_scheme("Has it brought in the Mockingbird model?", ["the first mockingbird constellation"])
    """
    for m in _NAMED_SCHEME.finditer(question):
        name = re.sub(r"^(?:The|A|An)\s+", "", (m.group("name") or m.group("named")).strip().strip("'’‘\"“”"))
        key = re.sub(r"['’]s\b", "", name.lower().replace("’", "'"))
        if len(key) < 4 or any(key in t for t in texts):
            continue
        return name
    return None


def unwritten_reason(question: str, index: IndexData, authorities: Sequence[str]) -> str | None:
    """Why the documents cannot answer: a topic no document writes, or a scheme no document of the
    councils asked about names; None when neither (or the collection is too small to tell)."""
    if len(index.documents) < UNWRITTEN_MIN_DOCUMENTS:
        return None
    vocab = index.bm25.vocab

    def written(token: str) -> bool:
        # a long word one letter off a written one is that word mistyped ("poilce")
        return token in vocab or (
            len(token) >= TYPO_MIN_LENGTH and any(w in vocab for w in near_spellings(token))
        )

    if (topic := unwritten_topic(question, written)) is not None:
        return f"no indexed document mentions {topic}"
    if not authorities or not _NAMED_SCHEME.search(question):
        return None  # the councils' documents are read only for a scheme named
    texts = [d.text.lower() for d in index.documents.values() if d.authority in authorities]
    if texts and (scheme := unnamed_scheme(question, texts)) is not None:
        return f"no indexed document about {' or '.join(authorities)} mentions {scheme}"
    return None


__all__ = ["UNWRITTEN_MIN_DOCUMENTS", "unnamed_scheme", "unwritten_reason", "unwritten_topic"]
