"""What kind of answer a question wants: a number, a date or a person, and whether a sentence states it.

A question asking for one ("How many social workers were recruited?", "When
was the visit?", "Who led the inspection?") is answered only by sentences
that state one (``assistant/answers/ask.py``); the others are context.

>>> wanted_type("How many social workers were recruited?"), states_type("It hired 12.", "number")
('number', True)
"""

from __future__ import annotations

import re

from assistant.authorities import GAZETTEER
from assistant.dates import MONTHS

_MONTHS = "|".join(MONTHS)
_NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|"
    r"million|half|quarter|third|dozen"
)
_WANTS = {
    # "How much does Merton pay its foster carers?": an amount of money, not any number.
    "money": (
        re.compile(
            r"\bhow much\b(?:(?!\b(?:time|longer|progress|improvement|difference)\b)[^?]){0,60}?"
            r"\b(pay|pays|paid|cost|costs|spend|spends|spent|budget|fund|funds|funding|invest\w*|"
            r"allowances?|salar\w*|earn\w*|charge\w*|fees?|money|worth)\b|"
            r"\bwhat (is|was|are|were) the (annual |weekly )?(budget|cost|costs|allowance|salary|fees?)\b",
            re.I,
        ),
        re.compile(r"£\s?\d|\b\d[\d,.]*\s?(million|billion|bn|m|k)\b|\b(pounds?|million|billion)\b", re.I),
    ),
    "number": (
        re.compile(
            r"\b(how (many|much)|number of|average|percentage|proportion|how high|"
            r"what (share|amount|figure)|what (was|is) the (share|figure|amount))\b",
            re.I,
        ),
        # or none: "There are no children who are looked after in the Isles of Scilly."
        re.compile(rf"\d|£|%|\b({_NUMBER_WORDS})\b|\bthere\s+(?:are|were|is|was)\s+no\b|\bnone\b", re.I),
    ),
    # "How long were children waiting for CAMHS?": a length of time, not any
    # number ("how long ago" asks for a date).
    "duration": (
        re.compile(r"\bhow long\b(?!\s+ago)", re.I),
        re.compile(
            rf"\b(\d[\d.,]*|{_NUMBER_WORDS}|a|an|several|few|many)[ -](?:\w+[ -]){{0,2}}"
            r"(hours?|days?|weeks?|months?|years?)\b",
            re.I,
        ),
    ),
    "date": (
        # "When did ...", not "How quickly does X act when children ...": "when"
        # asks for a date as a question word, before its verb.
        re.compile(
            r"\b(when\s+(did|was|were|is|are|will|does|do|has|have|had|would|could|should|can)|"
            # "from when?", not "from when we were in care"
            r"(since|from|until) when\b(?!\s+(?:we|I|you|they|he|she|it|the|a|my|our|their|children|kids)\b)|"
            r"when\s*\?|"
            r"(what|which) (dates?|years?|months?|days?)|how long ago)\b",
            re.I,
        ),
        re.compile(
            rf"\b(19|20)\d\d\b|\b({_MONTHS}|spring|summer|autumn|winter|week|month|year|day|since|"
            # or an age: "not until they are almost 18 years old", "at 16", "by their 18th birthday"
            r"first day|before|after|until|years?\s+old|aged?|birthday)\b",
            re.I,
        ),
    ),
    "person": (
        re.compile(
            r"\bwho (was|is|were) the (lead |new |interim |permanent )?(inspector|director|chair|"
            r"commissioner|leader|cabinet member|dcs)|\bname of the (director|inspector|lead|chair|"
            r"commissioner)|\bwho led\b|\bwhich (inspectors?|hmis?)\b(?!['’])|"
            r"\bwhat (inspectors|hmis?) (carried|conducted|led|were|visited|inspected)\b|"
            r"\bwho (carried out|conducted|inspected|visited|were the inspectors)\b",
            re.I,
        ),
        re.compile(r"(?!)"),  # see _names_a_person
    ),
}
_NOT_NAMES = frozenset(
    [
        "Ofsted",
        "Council",
        "Councils",
        "Children",
        "Children's",
        "Children’s",
        "Services",
        "Service",
        "Social",
        "Care",
        "Community",
        "England",
        "Department",
        "Education",
        "City",
        "County",
        "Local",
        "Authority",
        "Her",
        "His",
        "Majesty",
        "Majesty's",
        "Majesty’s",
        "Inspector",
        "Inspectors",
        "The",
        "This",
        "That",
        "These",
        "A",
        "An",
        "In",
        "On",
        "At",
        "For",
        "From",
        "With",
        "Since",
        "When",
        "While",
        "After",
        "Before",
        "It",
        "Its",
        "Our",
        "Their",
        "Safeguarding",
        "Board",
        "Partnership",
        "Trust",
        "Team",
        "Front",
        "Door",
        "Director",
        "Directors",
        "Government",
        "Association",
        "Work",
        "Family",
        "Families",
        "Early",
        "Help",
        "Court",
        "Police",
        "Health",
        "NHS",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        *(month.capitalize() for month in MONTHS),
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
    ]
)


def _names_a_person(sentence: str) -> bool:
    """Whether the sentence holds a capitalised name that is not a place or body."""
    places = {w for m in GAZETTEER.find(sentence) for w in sentence[m.start : m.end].split()}
    for m in re.finditer(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?) ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b", sentence):
        words = {m.group(1), m.group(2)}
        if not words & (_NOT_NAMES | places):
            return True
    return False


def wanted_type(question: str) -> str | None:
    """'money', 'number', 'duration', 'date' or 'person' when the question asks for one.

    >>> wanted_type("How many social workers were recruited?"), wanted_type("What did Ofsted say?")
    ('number', None)
    >>> wanted_type("How much per week does Merton pay its foster carers?")
    'money'
    >>> wanted_type("How much was Darlington leaning on agency staff?") is None
    True
    >>> wanted_type("How much did the number of children in care rise?")
    'number'
    >>> wanted_type("Is the number of care leavers not in education going down?") is None
    True
    >>> wanted_type("Had the number of care leavers who aren't in work gone up?") is None
    True
    >>> wanted_type("Which councils did Ofsted praise for reducing the number of children in care?") is None
    True
    >>> states_type("Eighty children were waiting to be allocated to a social worker.", "number")
    True
    >>> states_type("127 children were looked after.", "money"), states_type("It invested £2.5m.", "money")
    (False, True)
    >>> wanted_type("On what dates did Ofsted carry out the monitoring visit?")
    'date'
    >>> wanted_type("When children run away, does anyone talk to them when they are back?") is None
    True
    >>> wanted_type("Who was appointed director, and from when?")
    'date'
    >>> wanted_type("How long were children waiting for CAMHS?"), wanted_type("How long ago was it?")
    ('duration', 'date')
    >>> states_type("Waits fell from 28 weeks to six weeks.", "duration")
    True
    >>> states_type("They wait too long.", "duration")
    False
    >>> wanted_type("did the inspectors say anything about how long kids wait for help?") is None
    True
    """
    if _ANYTHING_ABOUT.search(question):
        return None
    for kind, (asks, _) in _WANTS.items():
        if asks.search(question):
            degree = (
                _DEGREE.search(question)
                or _DIRECTION.search(question)
                or _CHANGED.search(question)
                or _HOW_MUCH_OF.search(question)
            )
            return None if kind == "number" and degree else kind
    return None


def asks_document_date(question: str) -> bool:
    """Whether a question asking for a date asks when the visit, inspection or report was: the
    letter's opening ("This letter summarises the findings of a focused visit ... on 26 and 27
    May 2021") answers that, and no question of when something else happened.

    >>> asks_document_date("When did Ofsted carry out the monitoring visit?")
    True
    >>> asks_document_date("At the 2021 focused visit, when did children in care first get a PA?")
    False
    >>> asks_document_date("When do social workers visit children in care in Leeds?")
    False
    >>> asks_document_date("When did the new director start, according to the letter?")
    False
    """
    asked = _WANTS["date"][0].search(question)
    if asked is None:
        return False
    clause = re.split(r"[?.;]", question[asked.start() :], maxsplit=1)[0]
    return bool(_DOCUMENT_WORDS.search(_ACCORDING.sub(" ", clause)))


# Ofsted's own doing, or its document as the thing dated ("when was the letter published?"),
# not a social worker's visits nor "the council's strategy, according to the letter".
_DOCUMENT_WORDS = re.compile(
    r"\b(?:Ofsted|inspectors?|HMI|inspected|inspection|published|publication)\b"
    r"|\b(?:the|its|their|this|that|last|latest|first|focused|monitoring)\s+visits?\b|\b(?:letter|report)\b",
    re.I,
)
_ACCORDING = re.compile(
    r"\b(?:according\s+to|in|from|by)\s+(?:the|its|their|Ofsted['’]s)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:letter|report|inspection|visit)\b",
    re.I,
)


# "did the inspectors say anything about how long kids wait?" asks what was said, figure or none.
_ANYTHING_ABOUT = re.compile(
    r"\b(?:say|said|mention|mentioned|comment|find|found|report|note|write)\s+(?:anything|something)\s+"
    r"(?:about|on)\s+how\s+(?:long|many|much)\b",
    re.I,
)


# "How much was Darlington leaning on agency staff?" asks how far, not for a figure.
_DEGREE = re.compile(
    r"\bhow much (?:was|were|is|are|did|does|do|has|have|had) (?:\S+ ){1,4}?"
    r"(?:\w+ing|rel(?:y|ied|ies)|depend(?:s|ed)?)\b(?! (?:up|down)\b)",
    re.I,
)


# "Did it say anything about how much work new starters carry?" asks how heavy, not for a figure.
_HOW_MUCH_OF = re.compile(
    r"\bhow much (?:work|support|help|contact|say|input|oversight|attention|pressure|choice)\b", re.I
)


# "Is the number of care leavers not in education going down?" asks which way, not for a figure.
_DIRECTION = re.compile(
    r"^\W*(?:is|are|was|were|has|have|had|did|does)\s+the\s+(?:number|proportion|percentage|share)\s+of\b"
    r"[^?]*\b(?:(?:going|gone|went|go)\s+(?:up|down)|coming\s+down|ris(?:e|es|ing|en)|fall(?:s|ing|en)?|reduc\w*|"
    r"increas\w*|decreas\w*|dropp?\w*|grow\w*|improv\w*|declin\w*)\b",
    re.I,
)


# "praised for reducing the number of children in care": a change made, not a figure.
_CHANGED = re.compile(
    r"\b(?:reduc\w*|cut\w*|lower\w*|increas\w*|rais\w*|bring\w*\s+down|decreas\w*|halv\w*)\s+"
    r"(?:the\s+)?(?:high\s+|overall\s+)?(?:number|numbers|proportion|percentage)\s+of\b",
    re.I,
)


def states_type(sentence: str, kind: str) -> bool:
    """Whether ``sentence`` states a value of the kind asked for; a date is no number.

    >>> states_type("This letter summarises the findings of the visit on 15 and 16 January 2025.", "number")
    False
    >>> states_type("Over the past year, 49% of families were stepped down.", "number")
    True
    """
    if kind == "person":
        return _names_a_person(sentence)
    if kind == "number":
        sentence = _DATE.sub(" ", sentence)
    return bool(_WANTS[kind][1].search(sentence))


# "on 15 and 16 January 2025", "in March 2023", "2019": when, not how many.
_DATE = re.compile(
    rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:(?:and|to|-|–)\s+\d{{1,2}}(?:st|nd|rd|th)?\s+)?)?(?:{_MONTHS})"
    r"(?:\s+(?:19|20)\d\d)?\b|\b(?:19|20)\d\d\b",
    re.I,
)
