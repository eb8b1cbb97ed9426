"""Whether a question is about the collection at all: its content words and its distance from the centre.

``assistant/answers/ask.py`` calls a question off-topic when no passage is
near it, or when it is far from the collection as a whole (a question naming a
council only when it says something else besides the council). A question
naming a council that no sentence answers is off-topic too when it names no
child or family and none of children's services' work (``about_the_work``:
"the last car ferry", "the lift at the town hall"). So is a question whose
own words after a preamble are ("Settle a bet for me and a colleague from
Lambeth children's social care: who won the 2023 FA Cup final?"): the
preamble's words put the whole near the collection, the question's do not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from assistant.answers.gaps import names_children
from assistant.glossary import expansions, uses_vocabulary
from assistant.query import parse_query
from assistant.search.sparse import QUERY_STOPWORDS, tokenize
from assistant.subjects import asked_alone

if TYPE_CHECKING:
    from assistant.config import Settings
    from assistant.retrieval import Retriever

# Words a question uses of its asker or of the asking, not of what it asks about.
_NOT_CONTENT = frozenset({*QUERY_STOPWORDS, "me", "my", "mine", "myself", "us", "ourselves", "please"})


def content_words(search_text: str) -> list[str]:
    """The words of a question's search text that say what it asks about.

    A question naming a council is about the collection when it says nothing
    else ("Tell me about Derby." searches for "Tell me."); when it says
    something else, that must be near the collection too.

    >>> content_words("Tell me.")
    []
    >>> content_words("Will it rain in this weekend?")
    ['rain', 'weekend']
    """
    return [w for w in tokenize(search_text, stem=False) if w not in _NOT_CONTENT]


_CENTRES: dict[int, tuple[np.ndarray, np.ndarray]] = {}


def domain_similarity(query_vector: np.ndarray, vectors: np.ndarray) -> float:
    """The cosine similarity of a question to the mean of the collection's passage vectors.

    One passage can be near an off-topic question by a shared word ("What is
    the capital of France?" and a passage on children's "cultural capital");
    the collection as a whole is not. The mean is computed once per index.

    >>> vectors = np.array([[1.0, 0.0], [0.8, 0.6]])
    >>> round(domain_similarity(np.array([0.0, 1.0]), vectors), 3)
    0.316
    """
    if len(vectors) == 0:
        return 1.0
    held = _CENTRES.get(id(vectors))
    if held is None or held[0] is not vectors:
        centre = np.asarray(vectors, dtype=np.float64).mean(axis=0)
        centre /= np.linalg.norm(centre) or 1.0
        if len(_CENTRES) >= 4:
            _CENTRES.pop(next(iter(_CENTRES)))
        held = _CENTRES[id(vectors)] = (vectors, centre)
    q = np.asarray(query_vector, dtype=np.float64)
    return float(q @ held[1] / (np.linalg.norm(q) or 1.0))


# The work of children's services in the words a question about it uses (children and families
# are ``gaps.names_children``); an inspection said in passing ("about Ofsted") is none of it.
_THE_WORK = re.compile(
    r"\b(?:social\s+work\w*|case\s?loads?|supervis\w*|assess\w*|referr\w*|plans?|planning|placements?|"
    r"visit\w*|leaders?|leadership|managers?|management|staff\w*|workforce|partners?|partnerships?|"
    r"police|health\w*|schools?|educat\w*|safeguard\w*|exploit\w*|missing|courts?|proceedings|"
    r"front\s+door|MASH|early\s+help|thresholds?|neglect|abuse|harm|grooming|carers?|social\s+care|"
    r"duty\s+(?:teams?|services?|desks?|lines?|workers?)|contact\s+cent(?:re|er)s?|out[\s-]+of[\s-]+hours)\b",
    re.I,
)


def about_the_work(question: str) -> bool:
    """Whether ``question`` names some of children's services' work.

    >>> about_the_work("What did the December 2021 visit say about Stoke's caseloads?")
    True
    >>> about_the_work("Off to Wokingham about Ofsted: where is the cheapest parking?")
    False
    """
    return bool(_THE_WORK.search(question))


# An errand with another council service: applying, renewing, a day, a time, a price. It is about
# nothing the reports are about (off-topic); how well a service does ("How quickly does Kent fix
# potholes?", "What did Ofsted say about library closures?") is a topic they do not cover.
_ERRAND = re.compile(
    r"\b(?:apply|applying|renew\w*|register\w*)\s+(?:for|with|my|our|a|an|the)\b"
    r"|\bwhen\s+(?:are|is|do|does|will)\b[^?]*\bcollect\w*|\b(?:what|which)\s+days?\b|\bopening\s+(?:times|hours)\b"
    r"|\bwhat\s+time\b|\btimetables?\b|\bwhich\s+bus\b|\bcheapest\b|\bprice\s+of\b"
    r"|\b(?:appeal|contest|pay)\s+(?:a|my|the)\s+(?:parking|speeding)\s+(?:tickets?|fines?)\b",
    re.I,
)
# An outing with no council service in it: "can you recommend a good fish and chip shop?",
# "the quickest train into London".
_OUTING = re.compile(
    r"\brecommend\s+(?:a|an|some|any|me)\b|\b(?:quickest|fastest|best)\s+(?:train|bus|route|way\s+to\s+get)\b"
    r"|\bhow\s+(?:do|can|should)\s+I\s+(?:get\s+to|get\s+from|travel\s+to)\b",
    re.I,
)
# A place to go out, whoever goes: "which beaches around Torquay are best for little kids?"
_LEISURE = re.compile(
    r"\b(?:which|best|nicest)\s+(?:\w+\s+)?(?:beach(?:es)?|restaurants?|pubs?|caf[eé]s?|campsites?|"
    r"playgrounds?|days?\s+out|things\s+to\s+do|places\s+to\s+(?:eat|stay|visit))\b",
    re.I,
)


# A sports team's matters: "Which Premier League side plays at Old Trafford and who is their
# manager?" (a team's manager is no children's services manager).
_SPORT = re.compile(
    r"\b(?:Premier\s+League|Championship\s+(?:side|club|team)|football\s+(?:clubs?|teams?|grounds?|"
    r"stadiums?|matches|match|fixtures?)|(?:which|what)\s+(?:football\s+)?(?:team|side|club)\s+plays|"
    r"kick[- ]off|league\s+table|stadium)\b",
    re.I,
)
# A sporting result: "Which team won the 1966 World Cup final at Wembley?" ("Did Bolton's children
# take part in the Rugby League World Cup?" is in a report).
# ("which team won an award" may be a council's team, in a report).
_RESULT = re.compile(
    r"\b(?:(?:which|what)\s+(?:team|side|country|nation|club|player)|who)\s+(?:won|lost|scored|beat)\s+"
    r"(?:in\s+)?(?:the\s+)?(?:(?:19|20)\d\d\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:cup|final|league|championship|match|game|grand\s+prix|olympics|tournament)\b",
    re.I,
)
_TEAM_MANAGER = re.compile(r"\b(?:their|the\s+club['’]s|the\s+team['’]s)\s+managers?\b", re.I)


def asks_errand(question: str) -> bool:
    """Whether ``question`` runs an errand with a council service rather than asking how it does.

    >>> asks_errand("When are the bin collections in Sandwell over Christmas?")
    True
    >>> asks_errand("How quickly does Kent County Council fix potholes?")
    False
    """
    return bool(_ERRAND.search(question))


def asks_result(question: str) -> bool:
    """Whether ``question`` asks a sporting result, which no report is about, whatever borough or
    service it names.

    >>> asks_result("Which team won the 1966 World Cup final at Wembley, Brent children's services' area?")
    True
    >>> asks_result("Did Bolton children's services get involved in the Rugby League World Cup?")
    False
    >>> asks_result("Which team won a national award in Kent's children's services?")
    False
    """
    return bool(_RESULT.search(question))


def asks_outing(question: str) -> bool:
    """Whether ``question`` asks for a place to go or a way to get there, which no report is about:
    a place to go out in any question, a recommendation or a journey in one that names no child
    ("recommend a good children's home" may be asked of the reports).

    >>> asks_outing("Can you recommend a good fish and chip shop in Whitby?")
    True
    >>> asks_outing("Which beaches around Torquay are best for little kids?")
    True
    >>> asks_outing("Can you recommend a good foster agency for our kids?")
    False
    """
    return bool(_LEISURE.search(question) or (_OUTING.search(question) and not names_children(question)))


# A question about a report ("what date does the report on Kent come out?") is no errand.
_ABOUT_REPORTS = re.compile(r"\b(?:Ofsted|inspect\w*|visit\w*|reports?|letters?)\b", re.I)


def asks_elsewhere(question: str) -> bool:
    """Whether what ``question`` asks, after any preamble, is an outing or an errand with no child,
    no work of children's services and no report in it: "I'm a social worker at Surrey County
    Council with an early flight: what's the quickest way to get from Guildford to Gatwick by
    train?" (the preamble's work is the asker's, not the question's).

    >>> asks_elsewhere("Does Greenwich run the Royal Observatory, and what time does it open at weekends?")
    True
    >>> asks_elsewhere("Social worker here with an early flight: what's the quickest train to Gatwick?")
    True
    >>> asks_elsewhere("What time does Kent's front door close on a Friday?")
    False
    >>> asks_elsewhere("what time did the Ofsted inspectors arrive at Slough?")
    False
    >>> asks_elsewhere("What time does the LADO take calls?")
    False
    >>> asks_elsewhere("Which days does the duty team work?")
    False
    >>> asks_elsewhere("Which Premier League side plays at Old Trafford and who is their manager?")
    True
    """
    if asks_outing(question) and not about_the_work(question):
        return True  # "which beaches around Torquay are best for little kids?"
    if _SPORT.search(question) and not (names_children(question) or _ABOUT_REPORTS.search(question)):
        # ("... I mean the council, not the football club" asks about the council)
        return not (
            about_the_work(_TEAM_MANAGER.sub(" ", question)) or re.search(r"\bcouncil", question, re.I)
        )
    asked = asked_alone(question) or question
    if not (asks_outing(asked) or asks_errand(asked)):
        return False
    # "What time does the emergency duty team open?" is about the work, in its own terms.
    named = about_the_work(asked) or names_children(asked) or uses_vocabulary(asked)
    return not (named or _ABOUT_REPORTS.search(asked))


def about_nothing_indexed(
    text: str, search_text: str, authorities: Sequence[str], retriever: Retriever, settings: Settings
) -> bool:
    """Whether a question is about nothing in the index: no passage is near it, or what it asks
    after its preamble, on its own, is near nothing ("Settle a bet for me and a colleague from
    Lambeth children's social care: who won the 2023 FA Cup final?").
    """
    near = _near(text, search_text, authorities, retriever, settings)
    if not near:  # far from the collection (False), or nothing indexed to be near (None)
        return near is False
    asked = asked_alone(text)
    if asked is None:
        return False
    own = parse_query(asked).search_text
    return says_nothing_of_the_work(asked, own) and _near(asked, own, (), retriever, settings) is False


def _near(
    text: str, search_text: str, authorities: Sequence[str], retriever: Retriever, settings: Settings
) -> bool | None:
    """Whether ``search_text`` is near the collection's passages (None: the index has none)."""
    best = retriever.rank(search_text, k=1, mode="dense")
    if not best:
        return None
    if best[0][1] < settings.topic_threshold:
        return False
    # A question naming a council and nothing else is about the collection
    # ("Tell me about Derby." searches for "Tell me."); what else it says
    # must be near the collection too ("Will it rain in Leeds this weekend?").
    if authorities and not content_words(search_text):
        return True
    # A question in the inspection vocabulary ("What is a MASH?") is about
    # the collection, however far its few words sit from the centre.
    if uses_vocabulary(text):
        return True
    vector = retriever.query_vector(search_text)
    return domain_similarity(vector, retriever.data.vectors) >= settings.domain_threshold


def says_nothing_of_the_work(asked: str, search_text: str) -> bool:
    """Whether a question's own words (``asked``, its ``search_text`` without councils or dates)
    name nothing of children's services: no child, no work, no term of art or everyday word for one.

    >>> says_nothing_of_the_work("who won the 2023 FA Cup final?", "who won the FA Cup final?")
    True
    >>> says_nothing_of_the_work("what about kids who run away?", "what about kids who run away?")
    False
    """
    return len(content_words(search_text)) >= 2 and not (
        names_children(asked) or about_the_work(asked) or uses_vocabulary(asked) or expansions(asked)
    )


__all__ = [
    "about_nothing_indexed",
    "about_the_work",
    "asks_errand",
    "asks_outing",
    "asks_result",
    "content_words",
    "domain_similarity",
    "says_nothing_of_the_work",
]
