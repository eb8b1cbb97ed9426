"""Questions the collection cannot answer, recognised before any passage is quoted.

Each check names the kind of gap (``Answer.gap``), so the answer can say
which it is:

- ``off-topic``: nothing in the collection is about the question at all
  ("Who won the 2022 FIFA World Cup?"): the question's best cosine
  similarity to any passage is below ``Settings.topic_threshold``, or its
  similarity to the collection's centre (``domain_similarity``) is below
  ``Settings.domain_threshold`` (a question naming a council only when it
  says something else, ``content_words``: ``assistant/answers/topic.py``); or it is the asker's own how-to
  (``asks_instructions``) naming no council; or it names a council but no child or family
  (``names_children``: "the lift at the town hall") and no sentence answers it;
- ``not-a-council``: the question asks about a council by a name that is
  no council ("Narnia's children's services", "Canary Wharf council");
- ``future``: every year it names is still to come, it asks what a next inspection or visit
  will find, or what a council will do in a time still to come ("next year", ``future_plans``);
- ``topic-not-covered``: it asks only about a service outside children's
  services (adult social care, council tax, bin collections, roads or
  planning, school term dates, housing lists), which no report or letter
  of this inspectorate is about; or about what no report records at all
  (``not_recorded``): one named school's own inspection, or the private
  life, pay or dismissal of the people who run a service; or the asker's own how-to
  about a named council ("How do I register a birth in Norfolk?"); or about a
  topic with a word no indexed document writes (``assistant/answers/unwritten.py``: "vaping").

>>> unknown_council_names("What grade did Ofsted give Narnia's children's services?")
['Narnia']
>>> unknown_council_names("How did Ofsted rate the children's services of Canary Wharf council?")
['Canary Wharf']
>>> unknown_council_names("What did Ofsted's focused visit to Leeds find?")
[]
>>> outside_remit("How long are waiting lists for adult social care assessments in Lancashire?")
['adult social care']
>>> outside_remit("What did Ofsted find about disabled care leavers moving to adult social care?")
[]
>>> asks_next("What will Ofsted's next inspection of Kent find?")
True
>>> future_plans("Will Leeds hire more social workers next year?")
'next year'
>>> not_recorded("Is the director of children's services in Leeds married?")
"the private life, pay or employment of the people who run a council's services"
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date

from assistant.answers.remit import SERVICE_NAME, names_children, outside_remit
from assistant.authorities import GAZETTEER
from assistant.dates import MONTHS
from assistant.documents import Document
from assistant.places import outside_england
from assistant.search.sparse import QUERY_STOPWORDS
from assistant.subjects import asked_part

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
_NOT_PLACES = frozenset(
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
        r"\b(?:did|does|has|had)\s+NAME\s+(?:get|got|have|receive|score|achieve|improve|manage)\b",
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
            if not words or any(
                w.lower() in QUERY_STOPWORDS or w in _NOT_PLACES or w.lower() in _NOT_SUBJECTS for w in words
            ):
                continue
            out.setdefault(" ".join(w[0].upper() + w[1:] for w in words), m.group("name").islower())
    return list(out.items())


# Words that stand where a place could: "how is the council doing", "did anyone get".
_NOT_SUBJECTS = frozenset(
    {
        *("it", "they", "he", "she", "we", "you", "i", "this", "that", "these", "those", "there", "things"),
        *("the", "a", "an", "its", "their", "our", "your", "my", "his", "her", "anyone", "everyone", "each"),
        *("ofsted", "inspectors", "council", "councils", "services", "children", "kids", "staff", "care"),
        *(
            "has",
            "have",
            "had",
            "did",
            "does",
            "do",
            "is",
            "was",
            "are",
            "were",
            "how",
            "what",
            "quick",
            "one",
        ),
        *("question", "rate", "rated", "about", "say", "said", "of", "for", "to", "by", "at", "in", "on"),
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
        if not any(w in QUERY_STOPWORDS for w in m.group("name").split()):
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
        words = [w for w in m.group("name").split() if w not in _NOT_PLACES]
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
    typed = (
        dict(subject_places(question)) if COUNCIL_FRAME.search(question) or names_children(question) else {}
    )
    for name in [*place_names(question), *search_box_places(question), *typed]:
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


def years_to_come(question: str, *, today: date | None = None) -> list[int]:
    """The years a question names, if every one of them is after this year; else [].

    A question after a statement is read on its own: "Solihull was still requires improvement at
    the autumn 2025 inspection - did the 2027 follow-up visit find it had improved?" asks of 2027.
    """
    asked = asked_part(question)
    # or the part after a dash: "... at the autumn 2025 inspection - did the 2027 visit ..."
    for part in (asked[1] if asked else "", re.split(r"\s[-–—]\s", question)[-1]):
        if re.search(r"\b(?:19|20)\d{2}\b", part):
            question = part
            break
    years = sorted({int(y) for y in re.findall(r"\b((?:19|20)\d{2})\b", question)})
    now = (today or date.today()).year
    return years if years and years[0] > now else []


# A next inspection or visit, asked about as still to come.
_NEXT_EVENT = re.compile(
    r"\b(?:next|upcoming|forthcoming|future)\s+(?:Ofsted\s+)?(?:full\s+|standard\s+|short\s+)?"
    r"(?:inspection|(?:focused\s+|monitoring\s+)?visit)"
    # The verb: "When is Ofsted next inspecting Leeds?", "When will Hull next be visited?"
    r"|\bnext\s+(?:be\s+)?(?:inspect|visit)(?:s|ed|ing)?\b",
    re.I,
)
_FUTURE_ASK = re.compile(r"\b(?:will|going\s+to|when\s+is|when['’]s|due)\b", re.I)


def asks_next(question: str) -> bool:
    """Whether the question asks about a next inspection or visit, still to come."""
    return bool(_NEXT_EVENT.search(question) and _FUTURE_ASK.search(question))


# A time after today, named relative to it: the reports record what inspectors
# found, so what a council will do then is in none of them ("Will Leeds hire
# more social workers next year?"). "Leaders plan to ..." is reported; only a
# plan dated after today is a gap.
_RELATIVE_FUTURE = re.compile(
    r"\b(next (?:year|month|week|spring|summer|autumn|winter|financial year)|"
    r"(?:in|over|during) (?:the )?(?:coming|next|following)(?: few| \w+)? (?:years?|months?|weeks?|decades?)|"
    r"in (?:the )?future|tomorrow|from now)\b",
    re.I,
)
_FUTURE_VERB = re.compile(
    r"\b(?:will|won['’]t|going to|plan(?:s|ning)? to|intend(?:s|ing)? to|expected to)\b", re.I
)


def future_plans(question: str) -> str | None:
    """The time still to come a question asks what will happen in ("next year"), if it does."""
    m = _RELATIVE_FUTURE.search(question)
    if m is None or not _FUTURE_VERB.search(question):
        return None
    return m.group(1).lower()


# The asker's own how-to ("How do I get red wine out of a carpet?", "How long
# should I boil an egg for?"): the reports record what inspectors found about
# councils, and tell no reader how to do anything. A how-to about children or
# families ("How do I refer a child to Leeds's front door?") is left to the
# passages.
_HOW_DO_I = re.compile(
    r"\bhow(?:\s+(?:long|often|much|many|far|soon))?\s+(?:do|can|could|should|would|must|might)\s+(?:I|we)\b",
    re.I,
)


def asks_instructions(question: str) -> bool:
    """Whether the question asks how the asker should do something, about no child or family.

    >>> asks_instructions("How do I house-train a rescue puppy?")
    True
    >>> asks_instructions("How do councils support care leavers?")
    False
    >>> asks_instructions("How do I keep my child safe online?")
    False
    """
    return bool(_HOW_DO_I.search(question)) and not names_children(question)


# The asker's own writing ("Can you help me write a cover letter for a job as
# a social worker?"): a task for the asker, which no report's sentence does,
# whoever the letter is about. A summary of what the reports say is left to
# the passages.
_WRITE_FOR_ME = re.compile(
    r"\b(?:(?:can|could|would|will) you|help me|please)\b[^?.]{0,20}?\b(?:write|draft|compose|"
    r"prepare|improve|check|proofread)\b[^?.]{0,20}?\b(?:cover(?:ing)? letter|CV|r[eé]sum[eé]|"
    r"job applications?|application forms?|personal statement|e-?mail|essay|poem|story|speech|"
    r"song|tweet)s?\b",
    re.I,
)


def asks_writing(question: str) -> bool:
    """Whether the question asks the assistant to write the asker's own letter, CV or the like.

    >>> asks_writing("Can you help me write a cover letter for a job as a children's social worker?")
    True
    >>> asks_writing("Can you summarise what Ofsted said about Leeds's care leavers?")
    False
    """
    return bool(_WRITE_FOR_ME.search(question))


# One named school, nursery or college: Ofsted inspects each on its own, and
# none of those reports is in a collection of councils' children's services
# ("What Ofsted rating did St Mary's Primary School in Hull get?"). A council's
# virtual school is part of its children's services.
_NAMED_SCHOOL = re.compile(
    r"\b(?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z][\w'’.-]*))*\s+(?:(?:C of E|CE|RC|Catholic|Church of England|"
    r"Community|Infant|Junior|Primary|Secondary|High|Grammar|Nursery|Free)\s+)*"
    r"(?-i:School|Academy|College|Nursery)\b"
)
# The people who run a service, and what about them is their own business.
_PERSON = re.compile(
    r"\b(director|chief executive|lead member|cabinet member|councillor|mayor|leader of the council|"
    r"(?:lead |social care )?inspector|head of service|team manager|social worker)s?\b",
    re.I,
)
_PRIVATE = re.compile(
    r"\b(married|marriage|wife|husband|girlfriend|boyfriend|divorced?|salary|salaries|earns?|"
    r"paid|wages?|pension|bonus|car|sacked|sacking|fired|dismiss(?:ed|al|als)|"
    r"(?<![-\w])disciplin(?:e|ed|ary\s+action)|"
    # where they live, not where the asker does ("I live in Havering")
    r"drives? (?:a|an|to work)|(?<!\bI )(?<!\b[Ww]e )lives?|home address|how old|age|birthday|"
    r"religion|vote[sd]?|football (?:team|club)|support(?:s)? (?:which|what) (?:team|club)|hobb(?:y|ies)|"
    r"pets?|holidays?)\b",
    re.I,
)

# Another inspectorate's judgement ("What rating did the Care Quality Commission give the trust?"):
# the reports are Ofsted's, and a joint inspection's letter grades nothing.
_OTHER_INSPECTORATE = re.compile(
    r"\b(Care Quality Commission|CQC|HMICFRS|HM Inspectorate of (?:Constabulary|Probation|Prisons)|"
    r"HMI (?:Probation|Prisons|Constabulary))\b"
)
_RATED = re.compile(r"\b(rat(?:e|ed|es|ing|ings)|grade[sd]?|judge[sd]?|judgements?|verdicts?)\b", re.I)


# Another kind of inspection: the joint Ofsted and CQC inspection of a local area's special
# educational needs and disabilities services is reported apart, and not in the index.
_AREA_SEND = re.compile(r"\b(?:(?:local\s+)?area\s+)?SEND\s+(?:inspection|visit|revisit|report)s?\b")


def not_recorded(question: str) -> str | None:
    """What the question asks about that no report of this kind records, if it does."""
    other = _OTHER_INSPECTORATE.search(question)
    if other and _RATED.search(question):
        return f"ratings given by {other.group(1)} (the reports are Ofsted's)"
    if _AREA_SEND.search(question):
        return "local area SEND inspections, which are reported apart from children's services inspections"
    for m in _NAMED_SCHOOL.finditer(question):
        words = m.group(0).split()
        while words and (words[0] in _NOT_PLACES or words[0].endswith(("'s", "’s"))):
            words = words[1:]  # "What School ...", "Leeds's Virtual School"
        if len(words) > 1 and "virtual" not in m.group(0).lower():
            return f"{' '.join(words)}'s own inspection"
    # "the director of children's services" names a post, not children.
    rest = SERVICE_NAME.sub(" ", question)
    if _PERSON.search(question) and _PRIVATE.search(rest) and not _ABOUT_CHILDREN_PRIVATE.search(rest):
        return "the private life, pay or employment of the people who run a council's services"
    return None


# Children's own pets and holidays, or what a social worker's pay does to
# recruitment, are the reports' business.
_ABOUT_CHILDREN_PRIVATE = re.compile(
    r"\b(child\w*|kids?|kiddies|youngsters?|teen\w*|\d+[- ]?(?:to[- ])?\d*[- ]year[- ]olds?|"
    r"young (?:people|person)|care[ -]leavers?|famil(?:y|ies)|"
    r"recruit\w*|retention|retain\w*|agency|vacanc\w+|turnover|market supplements?|assessments?|casework)\b",
    re.I,
)


# Ofsted itself ("Who was the first Chief Inspector when Ofsted was set up?",
# "How many inspectors does Ofsted employ?"): the reports are about councils'
# services, and say nothing of the inspectorate's history, leaders or staff.
_INSPECTORATE = re.compile(
    r"\b(?:when|why|how)\s+(?:was|were|did)\s+Ofsted\s+(?:first\s+)?(?:set\s+up|founded|created|formed|established|"
    r"start(?:ed)?|begin|began)\b|\b(?:first|current|new|next|former|previous)\s+(?:His\s+|Her\s+)?(?:Majesty's\s+)?"
    r"(?:Chief\s+Inspector|HMCI|head\s+of\s+Ofsted)\b|\bwho\s+(?:runs|leads|heads|is\s+in\s+charge\s+of)\s+Ofsted\b"
    r"|\bOfsted['’]s\s+(?:own\s+)?(?:budget|headquarters|history|annual\s+budget|staff\s+numbers)\b"
    r"|\bhow\s+many\s+(?:inspectors|staff|people)\s+does\s+Ofsted\s+(?:employ|have)\b"
    r"|\b(?:is|will)\s+Ofsted\s+(?:being\s+|be\s+)?(?:abolished|scrapped|replaced|shut\s+down)\b"
    # a job at Ofsted ("what qualifications do I need to become an Ofsted schools inspector?"),
    # not children's "young inspectors"
    r"|\b(?:become|becoming|apply(?:ing)?\s+(?:to\s+(?:be|become)|for\s+(?:a\s+)?(?:job|post|role)\s+as))\s+"
    r"(?:an?\s+)?(?:Ofsted\s+(?:\w+\s+)?|schools?\s+|His\s+Majesty['’]s\s+)inspectors?\b",
    re.I,
)


def asks_about_inspectorate(question: str) -> bool:
    """Whether the question asks about Ofsted itself, not about what it found.

    >>> asks_about_inspectorate("Who was the first Chief Inspector when Ofsted was set up?")
    True
    >>> asks_about_inspectorate("What did the lead inspector say about Stoke's front door?")
    False
    >>> asks_about_inspectorate("What do I need to apply to become an Ofsted schools inspector?")
    True
    >>> asks_about_inspectorate("Were children in care helped to become young inspectors?")
    False
    """
    return bool(_INSPECTORATE.search(question))


__all__ = [
    "COUNCIL_FRAME",
    "asks_about_inspectorate",
    "asks_instructions",
    "asks_next",
    "asks_writing",
    "future_plans",
    "names_children",
    "not_recorded",
    "outside_remit",
    "place_names",
    "search_box_places",
    "unknown_council_names",
    "years_to_come",
]
