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
  no council ("Narnia's children's services", "Canary Wharf council"):
  ``assistant/answers/no_council.py``;
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
from datetime import date

from assistant.answers.no_council import NOT_PLACES
from assistant.answers.remit import SERVICE_NAME, names_children, outside_remit
from assistant.subjects import asked_part


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
        while words and (words[0] in NOT_PLACES or words[0].endswith(("'s", "’s"))):
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
    "asks_about_inspectorate",
    "asks_instructions",
    "asks_next",
    "asks_writing",
    "future_plans",
    "names_children",
    "not_recorded",
    "outside_remit",
    "years_to_come",
]
