"""A visit asked about for a topic its letter never mentions.

"What did inspectors say about adoption when they made their 2018 focused
visit to Harrow?" names a real visit, but that visit looked at the front
door: its letter never says "adoption", so whatever sentence it is quoted
for does not answer. When a question asks what a visit said (found,
reported ...) about a topic, names a visit of one council, and no word of
the topic is in any of that visit's letters, in any form or in the
reports' words for it (``assistant/glossary.py``), the answer says so.
Other questions are left to the passages: their wording ("what did it
examine", "what was still stalling") is no topic a letter must name. A
question about one theme of visits (the front door, care leavers,
adoption) asked of a visit whose letter states it looked at something else
is refused too ("the focused visit to Derbyshire in September 2022 did not
look at care leavers").

>>> topic_of("What did inspectors say about adoption when they made their 2018 focused visit to Harrow?")
'adoption'
>>> topic_of("What did Ofsted's March 2022 visit find about Leeds's care leavers?")
'care leavers'
>>> topic_of("What did the visit examine?") is None
True
>>> unmentioned("adoption", "Inspectors looked at the front door.", [])
True
>>> unmentioned("adoption", "Children are adopted quickly.", [])
False
>>> unmentioned("fostering", "Children live with foster carers.", [])
False
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from assistant.answers.scope import scope_spans
from assistant.documents import Document
from assistant.filters import period_doc_ids
from assistant.glossary import expansions
from assistant.query import Period
from assistant.search.sparse import BM25Index, tokenize
from assistant.subjects import without_councils

TOPIC_COMMON_SHARE = 0.2  # a word of more than one passage in five names no topic

# "say about adoption when ...", "find about Leeds's care leavers?": the topic, up to the
# question's next part (a time, a place, a clause) or its end.
_ABOUT = re.compile(
    r"\b(?:say|said|says|find|found|finds|report|reported|write|wrote|note|noted|conclude|concluded|"
    r"think|thought|tell|told)\s+(?:\w+\s+)?about\s+(?:(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*))*['’]s?\s+)?"
    r"(?!(?:how|what|when|why|whether|who|which|where)\b)(?:the\s+|its\s+|their\s+)?(?P<topic>[\w' -]+?)"
    r"\s*(?=\b(?:when|during|in|at|on|after|before|from|since|according|as|for)\b|[,?.;]|$)",
    re.I,
)


# Whom a topic is about, in any words ("kids", "youngsters"): every letter is about them.
_WHOM = re.compile(
    r"(?:kids?|kiddies|youngsters?|children|child|teens?|teenagers?|young|people|famil(?:y|ies)|"
    r"parents?|bab(?:y|ies)|toddlers?)['’]?s?",
    re.I,
)


def topic_of(question: str) -> str | None:
    """What a question asks a document said about, when it asks that; else None."""
    m = _ABOUT.search(question)
    if not m:
        return None
    # "about schools, health and police passing on worries": every item of a list is the topic;
    # "about extra money for things like clothes, or help with budgeting": its examples and the other
    more = _LIST_GOES_ON.match(question, m.end())
    if more:
        return f"{m.group('topic').strip()} {more.group('items')}"
    other = _OR_ELSE.match(question, m.end())
    return " ".join(w for w in (m.group("topic").strip(), *(other.groups("") if other else ())) if w)


# The rest of a list after its first item: ", health and police ..."
_LIST_GOES_ON = re.compile(r"\s*,\s*(?P<items>[\w' -]+?,?\s+(?:and|or)\s+[\w'-]+)", re.I)
# Its examples and another thing asked of: " for things like clothes, or help with budgeting once ..."
_OR_ELSE = re.compile(
    r"(?:\s*(?:for\s+things\s+like|such\s+as|like)\s+(?P<examples>[\w' -]+?))?\s*,?\s+or\s+"
    r"(?P<other>[\w' -]+?)(?=\s+(?:once|when|during|in|at|after|before|since|now)\b|[,?.;]|$)",
    re.I,
)


def telling_in(bm25: BM25Index) -> Callable[[str], bool]:
    """Whether a stemmed word can tell a letter that names the topic from one that does not:
    one of the index's words ("kids" is none: the reports say "children"), in at most
    ``TOPIC_COMMON_SHARE`` of its passages ("children" is in most)."""
    limit = TOPIC_COMMON_SHARE * max(bm25.size, 1)

    def telling(term: str) -> bool:
        return 0 < bm25.passages_with(term) <= limit

    return telling


def unmentioned(topic: str, text: str, reports_words: Sequence[str]) -> bool:
    """Whether no word of ``topic``, nor all of any of ``reports_words`` (the glossary's), is in
    ``text``, in any form."""
    held = set(tokenize(text))
    wanted = set(tokenize(topic))
    others = [set(tokenize(term)) for term in reports_words]
    return bool(wanted) and not wanted & held and not any(o and o <= held for o in others)


def visit_not_about(
    question: str,
    period: Period | None,
    authorities: Sequence[str],
    documents: Mapping[str, Document],
    telling: Callable[[str], bool] = lambda term: True,
) -> str | None:
    """Why a question's named visit cannot answer it: its letters never name the topic; else None.

    ``telling`` says whether a stemmed word can tell the letters apart (``telling_in``): a word
    of most passages ("children" in "adoption and how quickly children are adopted") or of none
    ("kids") is left out; a topic with no telling word is never refused.
    """
    if period is None or "visit" not in period.kind or len(authorities) != 1:
        return None
    letters = [documents[i] for i in period_doc_ids(period, documents.values(), authorities)]
    if letters and (reason := _not_a_visit_on(question, period, authorities[0], letters)):
        return reason
    if letters and (reason := _theme_not_visited(question, period, authorities[0], letters)):
        return reason
    topic = topic_of(question)
    if not letters or not topic:
        return None
    words = " ".join(
        w for w in topic.split() if not _WHOM.fullmatch(w) and any(telling(t) for t in tokenize(w))
    )
    if not all(unmentioned(words, d.text, expansions(question)) for d in letters):
        return None
    which, verb = ("letter", "does") if len(letters) == 1 else ("letters", "do")
    visit = f"the {_named_visit(period, authorities[0])}"
    return f"the {which} on {visit} {verb} not mention {topic}"


# "a focused visit on its care leavers", "the monitoring visit looking at the front door": what a
# visit was about, which its letter states ("Inspectors looked at the local authority's
# arrangements for ..."), not whatever its letter mentions.
# ("the visit about how plans were closed" is what the visit found about them, so not "about")
_ON = re.compile(
    r"\bvisits?\s+(?:on|looking\s+at|that\s+looked\s+at|focus(?:s|ed|ing)\s+on)\s+"
    r"(?:its|their|the|how\s+it\s+(?:treats|supports|helps))?\s*(?P<topic>[\w' -]+?)"
    r"\s*(?=[-–—,?.;:]|$|\b(?:in|during|since|and|what|which|when|did|was|had|have|has|say|said|says|"
    r"find|found|finds|tell|told|report|reported|show|showed|mention|mentioned|conclude|concluded)\b)",
    re.I,
)


# "Reading care leavers focused visit", "the care leavers monitoring visit": the topic before the kind
# (a search box's opening words only: "at the time of its focused visit" names no topic)
_BEFORE_VISIT = re.compile(
    r"^\W*(?P<topic>(?:[a-z][\w'-]*\s+){1,3}?)(?:focused|monitoring)\s+visits?\s*(?:[-–—:,?]|$)"
)
# Words before a visit that say which visit, not what it was on.
_NO_TOPIC = frozenset(
    (
        *("the", "a", "an", "its", "their", "this", "that", "last", "latest", "recent", "most", "previous"),
        *("first", "second", "third", "fourth", "fifth", "sixth", "next", "any", "one", "remote", "virtual"),
        *(
            "covid",
            "ofsted",
            "ofsted's",
            "ofsteds",
            "during",
            "at",
            "in",
            "of",
            "on",
            "to",
            "for",
            "and",
            "or",
        ),
    )
)


def _not_a_visit_on(question: str, period: Period, authority: str, letters: Sequence[Document]) -> str | None:
    """Why no letter is of a visit on the topic asked: none of their statements of what the visit
    looked at holds a telling word of it (or the reports' words for it); else None."""
    asked = without_councils(question)  # "the visit looking at Southwark's care leavers": their care leavers
    m = _ON.search(asked) or _BEFORE_VISIT.search(asked)
    if m is None:
        return None
    # A few statements, not the whole letter: a word of many passages ("care leavers") tells them apart.
    words = " ".join(
        w for w in m.group("topic").split() if not _WHOM.fullmatch(w) and w.lower() not in _NO_TOPIC
    )
    statements = _statements(letters)
    # All of the topic's words ("care leavers", not the "care" of "children in care"), or all of the
    # reports' words for it.
    wanted = [set(tokenize(words)), *(set(tokenize(t)) for t in expansions(question))]
    if (
        not words
        or not all(statements)
        or any(w and w <= set(tokenize(t)) for t in statements for w in wanted)
    ):
        return None
    visit = f"{period.noun()} to {authority} on {m.group('topic').strip()}"
    return f"no {visit} is in the index; its letters looked at other things"


# The themes a focused or monitoring visit looks at, as a question names them and as a letter's
# scope statement does ("Inspectors looked at the local authority's arrangements for care leavers").
_THEMES: dict[str, tuple[str, str]] = {
    "the front door": (
        r"front[- ]door|MASH|multi-agency safeguarding hubs?|new referrals",
        r"front door|MASH|multi-agency safeguarding hub|contacts|referrals|first response|initial response",
    ),
    "care leavers": (
        r"care[- ]leavers?|(?:young people )?leaving care|care[- ]experienced young",
        r"care leavers|leaving care|care-experienced|care experienced|personal advisers",
    ),
    "adoption": (r"adopt\w*", r"adopt\w*|permanence"),
}
_THEME_ASKED = {name: re.compile(rf"\b(?:{asked})\b", re.I) for name, (asked, _) in _THEMES.items()}
_THEME_STATED = {name: re.compile(rf"\b(?:{stated})\b", re.I) for name, (_, stated) in _THEMES.items()}


def _theme_not_visited(
    question: str, period: Period, authority: str, letters: Sequence[Document]
) -> str | None:
    """Why a named visit cannot answer a question on one theme of visits (the front door, care
    leavers ...): every letter states what it looked at, and none states that theme; else None."""
    # what it asks about ("find about how the front door handles ..."), not where ("the hub next to
    # its front door")
    about = re.search(r"\babout\b", question, re.I)
    if about is None:
        return None
    asked = [name for name, pattern in _THEME_ASKED.items() if pattern.search(question, about.end())]
    if len(asked) != 1:
        return None
    statements = _statements(letters)
    if not all(statements) or any(_THEME_STATED[asked[0]].search(t) for t in statements):
        return None
    return f"the {_named_visit(period, authority)} did not look at {asked[0]}"


def _statements(letters: Sequence[Document]) -> list[str]:
    """Each letter's statements of what its visit looked at, as one text ("" if it has none)."""
    return [" ".join(d.text[s.start : s.end] for s in scope_spans(d.text)) for d in letters]


def _named_visit(period: Period, authority: str) -> str:
    """ "focused visit to Harrow in 2018": the visit a question named."""
    return f"{period.noun()} to {authority} {period.describe()}".rstrip()
