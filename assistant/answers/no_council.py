"""Names a question asks about as a council's that are no council, and why.

"Narnia's children's services", "Canary Wharf council", "care leavers in
Gotham City?", "how is Lilliput doing on adoption?", "cheltenham children's
services ofsted rating": each is asked about as a council, and none is an
English council with children's services. The answer says so
(``Answer.gap`` "not-a-council") instead of quoting whichever council's
passages score best. A former council ("Cumbria") and a district
("Maidstone": ``assistant/districts.py``) are told which councils run their
children's services now.

>>> unknown_council_names("What grade did Ofsted give Narnia's children's services?")
['Narnia']
>>> unknown_council_names("How did Ofsted rate the children's services of Canary Wharf council?")
['Canary Wharf']
>>> unknown_council_names("What did Ofsted's focused visit to Leeds find?")
[]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from assistant.answers.remit import names_children
from assistant.authorities import GAZETTEER
from assistant.dates import MONTHS
from assistant.districts import districts_named
from assistant.documents import Document
from assistant.places import FORMER_COUNCILS, former_councils, outside_england
from assistant.search.sparse import QUERY_STOPWORDS
from assistant.subjects import COMPARING
from assistant.towns import TOWNS

_NAME = r"(?P<name>[A-Z][\w-]*(?:\s+(?:of\s+|upon\s+|on\s+)?[A-Z][\w-]*){0,3})"
# Where a question puts a council's name: "X's children's services", "X council",
# "the focused visit to X", "the children's services of X".
_COUNCIL_PLACES = (
    re.compile(
        _NAME + r"(?:'s|’s)\s+(?:children(?:'s|’s)?\s+(?:services|social care)|care leavers|"
        r"help and protection|front door|social workers|children in care|council|"
        r"(?:latest |last |most recent |\d{4} )?(?:Ofsted )?(?:inspection|focused visit|monitoring visit))\b"
    ),
    re.compile(_NAME + r"\s+(?:City\s+|County\s+|Borough\s+|District\s+)?[Cc]ouncil\b"),
    re.compile(
        r"\b(?:visit|inspection|services|report|letter|rating|grade|verdict)\s+(?:to|of|on|for)\s+(?:the\s+)?"
        + _NAME
        + r"\b"
    ),
    # "Ofsted rating for Bognor Regis children's social care?": the name before the service's
    re.compile(_NAME + r"\s+children(?:'s|’s)\s+(?:services|social care)\b"),
)
# Capitalised words that stand where a council could but are not one.
NOT_PLACES = frozenset(
    {
        *("Ofsted", "Her", "His", "Majesty", "England", "English", "The", "A", "An", "Local", "Government"),
        *("Which", "What", "Who", "How", "Did", "Does", "Is", "Was", "Children", "Council", "Councils"),
        *("City", "County", "Borough", *(m.capitalize() for m in MONTHS)),
        # words that start a group of children, not a place: "Looked After children's services"
        *("Looked", "After", "Disabled", "Vulnerable", "Young", "All", "Our", "Your", "Their", "Its"),
    }
)


# "How are care leavers supported in Gotham City?": a place at the end of the
# question or of a clause. Weaker evidence than the places above ("in Early
# Help?"), so a name found only here is no council only if the collection never
# mentions it (``assistant.answers.ask``).
_PLACE_AFTER = re.compile(
    r"\b(?:in|at|across|around|near)\s+(?:the\s+)?"
    r"(?P<name>(?-i:[A-Z][a-z][\w-]*)(?:\s+(?:of\s+|upon\s+|on\s+)?(?-i:[A-Z][a-z][\w-]*)){0,3})"
    r"(?=\s*(?:[?.!,;:]|$|\s+(?:in|during|since)\s+(?:19|20)\d{2}\b))"
)


def place_names(question: str) -> list[str]:
    """Places a question names after "in" or "at", which may be councils or not.

    >>> place_names("How are care leavers supported in Gotham City?")
    ['Gotham']
    >>> place_names("What happened in Stoke in 2019? And in May?")
    ['Stoke']
    """
    return _names(_PLACE_AFTER.finditer(question))


# Where a question puts the place it asks about, in any case: "how is Lilliput doing on adoption?",
# "what grade did toytown get?", "the Holby focused visit", "has wessex county council improved",
# "care leavers in ambridge doing?", "when it inspected Midsomer", "Summerisle - was it ...".
_WORD = r"[A-Za-z][a-z-]+"
_SUBJECT_PLACES = tuple(
    re.compile(p.replace("NAME", rf"(?P<name>{_WORD}(?:\s+{_WORD})?)"), re.I)
    for p in (
        r"\bhow\s+(?:is|was|are|were|has|have)\s+NAME\s+(?:doing|getting\s+on|faring|performing|"
        r"rated|graded|judged)\b",
        r"\b(?:did|does|has|had)\s+NAME\s+(?:get|got|have|receive|score|achieve|improve\w*|manage)\b",
        # "Is Ambridge good at adoption?", "How good is Midsomer at protecting children?"
        r"\b(?:is|was)\s+NAME\s+(?:any\s+)?(?:good|bad|better|worse|failing|improving)\b",
        r"\bhow\s+(?:good|well|bad|badly)\s+(?:is|was|does|did|has)\s+NAME\b",
        # "Tell me about Holby's foster carers"
        r"\bNAME['’]s\s+(?:foster\w*|adopt\w*|care\s+leavers|children|kids|social\s+(?:workers|care|services)|"
        r"front\s+door|services|inspections?|reports?|council|ofsted)\b",
        r"\bin\s+NAME\s+(?:doing|getting\s+on|faring)\b",
        r"\bthe\s+NAME\s+(?:focused|monitoring)\s+visit",
        r"\bNAME\s+(?:county|city|borough|district)\s+council\b",
        r"\b(?:when\s+(?:it|they|ofsted|inspectors)\s+)(?:inspected|visited)\s+NAME\s*(?:[?.!,;:]|$)",
        r"^\W*NAME\s+[-–—:]\s",
    )
)


def subject_places(question: str) -> list[tuple[str, bool]]:
    """Names a question asks about where a council's name would stand, capitalised, each with
    whether it was typed in lower case; none if it names a council the gazetteer knows.

    >>> subject_places("what grade did toytown get for children in care?")
    [('Toytown', True)]
    >>> subject_places("quick one - how is Lilliput doing on adoption?")
    [('Lilliput', False)]
    >>> subject_places("how is it doing?"), subject_places("how is Leeds doing?")
    ([], [])
    """
    if GAZETTEER.find_in_query(question) or outside_england(question):
        return []
    out: dict[str, bool] = {}
    for pattern in _SUBJECT_PLACES:
        for m in pattern.finditer(question):
            words = m.group("name").split()
            while words and words[0].lower() in _NOT_SUBJECTS:
                words = words[1:]  # "has wessex county council": the name after the verb
            while words and words[-1].lower() in _NOT_SUBJECTS:
                words = words[:-1]  # "how good is Midsomer at ...": the name before the preposition
            while len(words) > 1 and words[0].islower() and not words[-1].islower():
                words = words[1:]  # "give Narnia's": a capitalised name after a word in lower case
            if not words or any(
                w.lower() in QUERY_STOPWORDS or w in NOT_PLACES or w.lower() in _NOT_SUBJECTS for w in words
            ):
                continue
            out.setdefault(" ".join(w[0].upper() + w[1:] for w in words), m.group("name").islower())
    return list(out.items())


# A grade asked about: "Did Ambridge get outstanding?"
_GRADED = re.compile(r"\b(?:outstanding|inadequate|requires\s+improvement|improved|improving)\b", re.I)
# Words that stand where a place could: "how is the council doing", "did anyone get".
_NOT_SUBJECTS = frozenset(
    {
        *("it", "they", "he", "she", "we", "you", "i", "this", "that", "these", "those", "there", "things"),
        *("the", "a", "an", "its", "their", "our", "your", "my", "his", "her", "anyone", "everyone", "each"),
        *("ofsted", "inspectors", "council", "councils", "services", "children", "kids", "staff", "care"),
        *("has", "have", "had", "did", "does", "do", "is", "was", "are", "were", "how", "what"),
        *("quick", "one", "question", "rate", "rated", "about", "say", "said"),
        *("of", "for", "to", "by", "at", "in", "on"),
    }
)


# A search box's place before the service: "cheltenham children's services ofsted rating".
# ... or after "for" or "of" in a question typed in lower case: "the ofsted rating for basingstoke
# children's services".
_LOWER_PLACE = re.compile(
    r"(?:^\s*|\b(?:for|of)\s+)(?P<name>[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2}?)\s+"
    # "south lakeland district council childrens services": a district's council is no place's name
    r"(?:(?:(?:district|borough|city|county|town|parish)\s+)?council(?:['’]?s)?\s+)?"
    r"(?:(?:childrens?|children['’]s)\s+(?:services|social\s+care)|ofsted)\b"
)
# What a question about a council's services asks about: a place named with these words
# is asked about as one ("children's social care in Brixton").
COUNCIL_FRAME = re.compile(
    r"\bchildren['’]?s?\s+(?:services|social\s+care)|\bofsted\b|\binspect\w*|\brat(?:ed|ing)\b|"
    r"\bcouncil\b|\breports?\b",
    re.I,
)


def search_box_places(question: str) -> list[str]:
    """The name a lowercase search starts with, capitalised, if it is not a council the gazetteer knows.

    >>> search_box_places("cheltenham children's services ofsted rating")
    ['Cheltenham']
    >>> search_box_places("what's the ofsted rating for basingstoke children's services?")
    ['Basingstoke']
    >>> search_box_places("what's the latest ofsted rating for walford council's childrens services?")
    ['Walford']
    >>> search_box_places("What did Ofsted say about Leeds?")
    []
    """
    if GAZETTEER.find_in_query(question) or outside_england(question):
        return []
    for m in _LOWER_PLACE.finditer(question):
        if not any(w in QUERY_STOPWORDS or w in _NOT_SUBJECTS for w in m.group("name").split()):
            return [" ".join(w.capitalize() for w in m.group("name").split())]
    return []


def unknown_council_names(question: str) -> list[str]:
    """Names the question uses as a council's that are no English council the gazetteer knows."""
    if GAZETTEER.find_in_query(question) or outside_england(question):
        return []  # a council it knows, or a place outside England (answered as such)
    return _names(m for pattern in _COUNCIL_PLACES for m in pattern.finditer(question))


def _names(matches: Iterable[re.Match[str]]) -> list[str]:
    """Each match's ``name`` group without its common words, capitalised names only, once each."""
    names = []
    for m in matches:
        words = [w for w in m.group("name").split() if w not in NOT_PLACES]
        name = " ".join(words)
        if words and words[0][0].isupper() and name not in names:
            names.append(name)
    return names


def not_council_names(question: str, documents: Mapping[str, Document]) -> tuple[list[str], dict[str, str]]:
    """Names a question asks about as councils' that are none, and the council each lies in.

    A name that only stands after "in" or "at" ("care leavers in Gotham?"),
    or starts a search ("cheltenham children's services"), is no council if
    no indexed document names it, or if one council's documents alone do and
    the question asks about services there ("children's social care in
    Brixton?": Lambeth's). "in Early Help" or "in London" is named by many
    councils' documents: words of the documents.
    """
    names = unknown_council_names(question)
    within: dict[str, str] = {}
    # where a place would stand in a question about the services ("How many moons does Jupiter have?" is none)
    about_services = COUNCIL_FRAME.search(question) or _GRADED.search(question) or names_children(question)
    typed = dict(subject_places(question)) if about_services else {}
    for name in [*place_names(question), *search_box_places(question), *typed]:
        if any(name in n or n in name for n in names):
            continue  # "Regis" of "Bognor Regis"
        if GAZETTEER.council_named(name):
            continue  # a council's own name, read here as a word ("reading"): never "not a council"
        if typed.get(name) and _councils_mentioning(documents, name.lower()):
            continue  # a word the documents write in lower case ("how are things in lockdown doing")
        councils = _councils_mentioning(documents, name)
        if name in names or len(councils) > 1 or (councils and not COUNCIL_FRAME.search(question)):
            continue
        names.append(name)
        if councils:
            within[name] = councils.pop()
    return names, within


def _councils_mentioning(documents: Mapping[str, Document], name: str) -> set[str]:
    """The councils whose documents have ``name`` as a word, in text or title."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
    # The substring test first: a regular expression over every text is ~40 times slower.
    return {
        d.authority or ""
        for d in documents.values()
        for text in (d.text, d.title or "")
        if name in text and pattern.search(text)
    }


# How near a comparing word a name compared stands: "How does Trumpton compare with Kent?"
_BESIDE = 12
# A capitalised name: "Trumpton", "Camberwick Green".
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][a-z][\w-]*(?:\s+(?:of\s+|upon\s+)?[A-Z][a-z][\w-]*)*")


def compared_unknowns(question: str, documents: Mapping[str, Document]) -> list[str]:
    """Names a comparison sets beside a council that no indexed document has ("How does
    Trumpton compare with Kent?"): none unless it compares and names a council.

    >>> compared_unknowns("How does Trumpton compare with Kent?", {})
    ['Trumpton']
    >>> compared_unknowns("Compare Devon and Cornwall on care leavers", {})
    []
    """
    comparing = [m.span() for m in COMPARING.finditer(question)]
    if not comparing or not GAZETTEER.find_in_query(question):
        return []
    taken = GAZETTEER.query_spans(question)
    out = []
    for m in _CAPITALISED.finditer(question):
        if not any(s - _BESIDE <= m.end() and m.start() <= e + _BESIDE for s, e in comparing):
            continue  # a name far from the comparing word ("Foster carer in Sunderland (TfC)")
        words = [w for w in m.group(0).split() if w not in NOT_PLACES and w.lower() not in _NOT_SUBJECTS]
        name = " ".join(words)
        if (
            not words
            or not question[: m.start()].strip()
            or question[: m.start()].rstrip()[-1] in ".?!:;"  # a sentence's first word
            or any(s < m.end() and m.start() < e for s, e in taken)
            or COMPARING.fullmatch(name)
            or len(_councils_mentioning(documents, name)) > 1
        ):
            continue
        out.append(name)
    return out


def not_a_council_reason(question: str, documents: Mapping[str, Document]) -> str | None:
    """Why a question naming no council the gazetteer knows asks about none: a former
    council, a district, or a name no council has; else None."""
    former = former_councils(question)
    if former:
        return "; ".join(
            f"{name} has not been a council since {FORMER_COUNCILS[name][0]}; ask about "
            f"{' or '.join(FORMER_COUNCILS[name][1])}"
            for name in former
        )
    districts = districts_named(question) if COUNCIL_FRAME.search(question) else []
    if districts:
        return "; ".join(
            f"{name} is a district, not a council with children's services: {council}'s council runs "
            f"them there; ask about {council}"
            for name, council in districts
        )
    names, within = not_council_names(question, documents)
    if not names:
        return None
    reason = f"{_and_list(names)} is not an English council"
    towns = {_town_key(n): TOWNS[t] for n in names for t in TOWNS if _town_key(t) == _town_key(n)}
    if towns:  # "Skegness council": the town is Lincolnshire's
        whose = {n: towns[_town_key(n)] for n in names if _town_key(n) in towns}
        reasons = [
            f"{n} is not an English council: it is a town in {c}, whose council runs its "
            f"children's services; ask about {c}"
            for n, c in whose.items()
        ]
        reasons += [f"{n} is not an English council" for n in names if n not in whose]
        reasons += [f"{c}'s documents name {n}" for n, c in within.items() if n not in whose]
        return "; ".join(reasons)
    if within:
        reason += "; " + "; ".join(f"{c}'s documents name {n}" for n, c in within.items())
    return reason


def _town_key(name: str) -> str:
    return name.lower().replace("-", " ")


def _and_list(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"
