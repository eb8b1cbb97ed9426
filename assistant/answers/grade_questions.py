"""What a grade question asks: intent, grades, area, councils, period, and which date decides it.

"Which councils were rated inadequate in 2019?", "How many councils were
rated outstanding for care leavers in 2024?", "How has Stoke-on-Trent's
rating changed?" are answered from the reports' judgement tables
(``assistant/answers/grades.py``). A question comes here by what it asks
(a grade, an area, a count, a change), not by words that happen to appear:
"Which councils did Ofsted find were not good enough at early help?" asks
for a finding (early help is not a judged area, and "find" asks what a
report says), so ``classify`` gives None and the question goes to the
findings or the passages.

>>> from assistant.query import parse_query
>>> q = "How many councils were judged inadequate in inspections that ended in 2019?"
>>> got = classify(q, parse_query(q), ())
>>> got.intent, got.grades, got.years, got.date_basis, got.count
('list', ('inadequate',), (2019,), 'end', True)
>>> q = "Which councils had good early help according to Ofsted since 2023?"
>>> classify(q, parse_query(q), ()) is None
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from assistant.answers.grade_wordings import NEGATED_AREA, OUTCOME
from assistant.authorities import GAZETTEER
from assistant.query import ParsedQuery
from assistant.years import date_basis, years_asked

# "requires improvement to be good" holds "good": it is matched first.
GRADE_WORDS = re.compile(
    r"\b(outstanding|requir(?:es?|ed|ing)\s+improvement(?:\s+to\s+be\s+good)?|inadequate|good)\b|\bRI\b",
    re.I,
)
_RATING_WORDS = re.compile(
    r"\b(rated|rating|ratings|re-?rated|grades?|graded|judged|judgements?|judgments?|"
    r"overall effectiveness|verdicts?)\b"
    # "did Ofsted judge inadequate", "how did the inspection judge services": the verb, when a
    # grade follows it or "how" asks with it (a court's judge is no rating).
    r"|\bjudge\b(?=[^?.;]*\b(?:outstanding|good|inadequate|requir\w*\s+improvement)\b)"
    r"|\bhow\s+(?:did|does|do|would|will)\b[^?.;]*(?<!\bthe )\bjudge\b" + OUTCOME,
    re.I,
)
# How a council did in a judged area, in everyday words, or a search box's "grade care leavers".
_DID_IN_AREA = (
    r"|\bhow\s+(?:did|has)\s+[^?.;]{1,40}?\b(?:do|done|fare|fared)\s+(?:for|on|with)\s+(?=(?:the\s+|its\s+)?"
    r"(?:care\s+leavers?|children\s+in\s+care|help\s+and\s+protection|leadership|adoption|young\s+people\s+leaving))"
    # telegraphic: "glos 2025 ofsted grade care leavers"
    r"|\b(?:grade|rating)s?\s+(?:for\s+)?(?=(?:the\s+)?(?:care\s+leavers?|children\s+in\s+care|help\s+and\s+protection|"
    r"leadership|adoption|overall))"
    # ... or after it: "Halton care leavers grade", "cheshire west care leavers rating 2024"
    r"|\b(?:care\s+leavers?|children\s+in\s+care|help\s+and\s+protection|leadership|adoption)\s+(?:grade|rating)s?\b"
)
# "How did Ofsted rate help and protection?" asks for a grade; "How did the
# inspection rate its service for children at risk of exploitation?" for a
# finding in the report's words (no area is graded for exploitation).
_RATE = re.compile(
    r"\bhow\s+(?:did|does|do|would|will)\b[^?.;]*(?<!\bthe )\b(?:rate|score)\b"
    # "How did Blackburn do for care leavers in its 2025 inspection?": how it did, in an area named
    + _DID_IN_AREA,
    re.I,
)
# A question that asks for a grade, not one that only mentions one ("What
# weakness remained despite it being judged good?" asks for a finding).
_ASKS_GRADE = re.compile(
    r"\b(what|which)\b[^?.;]*?\b(judgements?|judgments?|grades?|ratings?|verdicts?|areas?|parts?|bits|"
    r"aspects?|overall effectiveness)\b"
    r"|\bhow\b[^?.;]*\b(rated|judged|graded)\b"
    # "was there any part of children's services that wasn't good?", "which bit still needed improving?"
    rf"|{NEGATED_AREA}"
    r"|\bwhich\s+(?:bit|part|area)s?\s+(?:still\s+)?(?:needed|needs|need|required|requires)\s+improv\w*\s*\??\s*$"
    # a search box's "wolves childrens services ofsted rating 2017?"
    r"|\b(?:Ofsted|overall)\s+(?:ratings?|grades?|judgements?|judgments?|verdicts?)\s*(?:(?:19|20)\d{2})?\s*\??\s*$"
    r"|\bhow\s+(?:did|does|do|would|will)\b[^?.;]*(?<!\bthe )\b(?:judge|rate|score|grade)\b" + _DID_IN_AREA +
    # Asked at the start of any of its sentences: "Ofsted inspected X in 2024. Was any area rated lower?"
    r"|(?:^|[.?!:;–—-]\s)\W*(was|were|is|are|has|have|did)\b[^?.;]*\b(rated|judged|graded)\b"
    r"|(?:^|[.?!]\s)\W*what\s+(was|were|is|are|had|has|have)\b[^?.;]*\b(rated|judged|graded)\b" + OUTCOME,
    re.I,
)
# The best or the weakest of the areas judged: "Which area stood out as the
# best?", "What was the best-rated area?", "Which areas were weakest?".
_RANK = re.compile(
    r"\b(?:(?:came|comes?|coming) out (?:as )?(?:the )?)?"
    r"(best|strongest|highest|top|stood out|stands? out|weakest|worst|lowest|poorest)\b(?:-rated)?",
    re.I,
)
# One area against the others is no change over time: "was the children in care side any better
# than the rest?"
_AMONG_AREAS = re.compile(
    r"\b(?:(?:better|worse|stronger|weaker)\s+or\s+)?(?:better|worse|stronger|weaker)\s+than\s+(?:the\s+)?"
    r"(?:rest|others?|other\s+(?:areas|parts|bits))\b",
    re.I,
)
# What a visit's letters said is a finding, whatever grade the question mentions: "what did the
# Ofsted monitoring visits say about how it was getting on after being rated inadequate?"
_VISIT_SAYS = re.compile(
    r"\b(?:focused|monitoring)\s+visits?\b[^?.;]*\b(?:say|said|says|find|found|finds|conclude\w*)\b"
    # "had it got any better by the april 2019 focused visit?": how things stood at a visit (no grade)
    r"|\b(?:by|at|during)\s+(?:the|its|their)\s+(?:[\w ]{0,25}?\s)?(?:focused|monitoring)\s+visits?\b",
    re.I,
)
_WORST = re.compile(r"\b(weakest|worst|lowest|poorest)\b", re.I)
_OF_AREAS = re.compile(
    r"\b(which|what)\b[^?.;]*\b(areas?|parts?|bits?|aspects?|judgements?|judgments?)\b"
    r"|\b(?:one|any|some)\s+(?:area|part|bit|aspect)s?\b(?=[^?.;]*?[–—-]\s*which\b)"
    rf"|{NEGATED_AREA}",
    re.I,
)
_BELOW = ("outstanding", "good", "requires_improvement", "inadequate")
# What the areas asked about still needed: to improve.
_NEEDED_IMPROVING = re.compile(
    r"(?P<lead>[^?.;]{0,30}?)\b(?:still\s+)?(?:need(?:s|ed)?\s+(?:improv\w*|to\s+(?:improve|get\s+better))"
    r"|(?:required|requires|require)\s+improvement)\b",
    re.I,
)
_WHY = re.compile(r"^\W*(why|in what way|what (made|led|caused))\b", re.I)
_LEAD = re.compile(r"\blead inspectors?\b|\bwho (?:led|inspected)\b", re.I)
_COUNCILS = re.compile(r"\b(councils|authorities|local authorities|LAs|areas|any council)\b", re.I)
_LISTING = re.compile(r"\b(which|what|list|name|how many|any)\b", re.I)
_COUNT = re.compile(r"^\W*(?:in\s+)?how many\b", re.I)
# One council's documents counted, not its grades.
_COUNTS_DOCUMENTS = re.compile(
    r"\bhow many\s+(?:\w+\s+)?(?:visits|inspections|letters|reports)\b(?!\s+(?:rated|judged|graded))"
    # "How many times had Ofsted been back to check on Bradford since it was rated inadequate?"
    r"|\bhow many times\b[^?.;]*\b(?:been\s+back|come\s+back|came\s+back|gone\s+back|went\s+back|return\w*|"
    r"visit\w*|monitor\w*)\b",
    re.I,
)
# A change of grade: the words that ask for one. "since 2019" names a
# period, and "progress" is part of the areas' names ("the experiences and
# progress of care leavers"), so neither is one.
_CHANGE = re.compile(
    r"\b(chang\w*|over time|history|trajectory|improv\w*|declin\w*|went (?:up|down)|"
    r"better|worse|deteriorat\w*|dropped|fell|rose|compared\s+(?:with|to)\s+(?:the\s+)?(?:time|one|inspection)\s+"
    r"before)\b",
    re.I,
)
_UP = re.compile(r"\b(improv\w*|better|rose|risen|up)\b", re.I)
_DOWN = re.compile(r"\b(declin\w*|worse|fell|fallen|dropped|deteriorat\w*|down)\b", re.I)
_FROM_TO = re.compile(rf"\bfrom\s+(?P<a>{GRADE_WORDS.pattern})\s+to\s+(?P<b>{GRADE_WORDS.pattern})", re.I)
# Words that ask what a report says rather than what it graded.
FINDING_VERBS = re.compile(
    r"\b(find|finds|found|say|says|said|criticis\w*|criticiz\w*|prais\w*|concerns?|concerned|"
    r"highlight\w*|states?|stated|describ\w*|identif\w*|noted|mention\w*|according to)\b",
    re.I,
)

# Areas a question may name, in the order they are looked for.
# Everyday words for them too: "keeping at-risk kids safe", "looking after the children in
# their care", "young people leaving care".
_AREA_WORDS = (
    (re.compile(r"\bLSCBs?\b|\b(?:local\s+)?safeguarding\s+children(?:['’]s)?\s+boards?\b", re.I), "lscb"),
    (
        re.compile(
            r"\bhelp and protection\b|\bneed help\b|\bhelping and protecting\b|"
            r"\b(?:keep\w*|protect\w*)\s+(?:at[- ]risk\s+|vulnerable\s+)?(?:kids|children)(?:\s+safe)?\b|"
            r"\bat[- ]risk\s+(?:kids|children)\b",
            re.I,
        ),
        "help_and_protection",
    ),
    (
        re.compile(
            r"\bcare leavers?\b|\b(?:young people\s+)?leaving care\b|"
            r"\b(?:(?:young\s+)?people\s+who(?:['’]d|['’]ve|\s+had|\s+have)?\s+)?left (?:its |their )?care\b",
            re.I,
        ),
        "care_leavers",
    ),
    (
        re.compile(
            r"\b(children )?in care\b|\blooked after\b|\bin (?:its|their) care\b|"
            r"\blook(?:s|ing)? after (?:the )?(?:kids|children)\b",
            re.I,
        ),
        "in_care",
    ),
    (re.compile(r"\b(impact of )?leaders\b|\bleadership\b", re.I), "leaders"),
    (re.compile(r"\badoption\b", re.I), "adoption"),
)
# An earlier grade named as the point progress is measured from, not asked for.
_EARLIER_GRADE = re.compile(
    r"\b(?:since|after|from)\s+(?:its|the|their)\s+(?:previous|last|earlier|prior)\b[^?.;]*?"
    r"\b(?:judgements?|judgments?|grades?|ratings?|judged|rated|graded)\b",
    re.I,
)
# What is left of a grade question once its grade, area, period and list
# words are gone: nothing, or words such as "services". Anything else is a
# topic ("early help", "supervision") and makes it a findings question.
_NOT_TOPIC = re.compile(
    r"\b(which|what|who|how|many|much|list|name|any|councils?|authorit(?:y|ies)|local|LAs?|areas?|"
    r"were|was|is|are|be|been|being|had|has|have|got|get|given|gave|receive[ds]?|did|do|does|"
    r"the|a|an|its|their|for|of|in|on|at|to|and|or|by|with|from|since|after|before|between|during|"
    r"that|than|overall|effectiveness|experiences?|progress|services?|children['’]?s?|social|care|"
    r"ofsted|inspections?|inspected|reports?|published|ended|ending|started|latest|last|most|recent|"
    r"year|years|judgements?|judgments?|grades?|graded|rated?|ratings?|judged|verdicts?|"
    r"need|help|protection|leavers?|leaders?|leadership|impact|practice|families|adoption|"
    r"looked|after|work|when|where|there|now|currently|so|far|all|each|every|one|ones|"
    r"(?:19|20)\d\d|january|february|march|april|may|june|july|august|september|october|november|"
    r"december|between|up|down|went|improved|declined|better|worse|"
    # "How did they score ...", "East Sussex had a full inspection"
    r"score[ds]?|scoring|they|them|it|full|"
    # "rate the support for care leavers" (the area's own service), "at the end of 2023"
    r"support|start|end|beginning|middle)\b",
    re.I,
)


@dataclass(frozen=True)
class JudgementQuestion:
    """What a ratings question asks: which intent, grades, area and councils.

    ``date_basis`` says which date puts an inspection in the period asked
    about: "end" (the last day of the inspection; the default), "published"
    (the report's date: "reports published in 2019") or "inspected" (any day
    of the inspection: "inspected in 2019"). ``count`` is set for "how many".
    """

    intent: str  # "list", "history", "transition", "lookup", "lead_inspector"
    area: str = "overall"
    grades: tuple[str, ...] = ()
    direction: str | None = None  # "up" or "down" for transitions without grades
    authorities: tuple[str, ...] = ()
    years: tuple[int, ...] = ()
    date_from: str | None = None
    date_to: str | None = None
    date_basis: str = "end"
    basis_named: bool = False  # the question says which date ("ended in", "published in", ...)
    count: bool = False
    # "the inspection before its July 2022 one": the newest inspection published by ``date_to``.
    previous: bool = False
    rank: str | None = None  # "best" or "worst": the area judged best (or worst) is asked for
    # "Which areas were judged outstanding?": the grades asked of the areas, not of the whole.
    of_areas: tuple[str, ...] = ()
    # "the inspection before its latest one": how many of each council's newest to pass over.
    back: int = 0
    # "Which councils were inspected in 2023?": the inspections asked for, whatever their grades.
    inspected: bool = False


def grade_of(words: str) -> str:
    """'Requires improvement to be good' -> 'requires_improvement'."""
    w = words.lower()
    if w.startswith("require") or words == "RI":
        return "requires_improvement"
    return w


_BASIS_NAMED = re.compile(
    r"\b(ended|ending|finished|publish\w*|inspected|visited|carried out|took place|held)\b", re.I
)


def classify(question: str, parsed: ParsedQuery, authorities: Sequence[str]) -> JudgementQuestion | None:
    """The ratings question ``question`` asks, or None if it asks something else.

    >>> from assistant.query import parse_query
    >>> q = "Which councils were rated inadequate in 2019?"
    >>> classify(q, parse_query(q), ()).intent
    'list'
    """
    if _WHY.search(question):  # reasons are in the reports' findings
        return None
    grades = tuple(dict.fromkeys(grade_of(m.group(0)) for m in GRADE_WORDS.finditer(question)))
    period = parsed.period
    if period is not None and period.latest and period.end:
        # The year of the inspection named is not the one asked about, but the one before it.
        previous = JudgementQuestion(
            "list", years=(), date_to=period.end, date_basis="published", basis_named=True, previous=True
        )
    else:
        previous = JudgementQuestion(
            "list",
            years=years_asked(parsed.years or parsed.soft_years, parsed.period),
            date_to=parsed.date_to,
            date_basis=date_basis(question),
        )
    base = JudgementQuestion(
        "list",
        area=area_of(question),
        grades=grades,
        authorities=tuple(authorities),
        years=previous.years,
        date_from=parsed.date_from,
        date_to=previous.date_to,
        date_basis=previous.date_basis,
        basis_named=previous.basis_named or bool(_BASIS_NAMED.search(question)),
        count=bool(_COUNT.search(question)),
        previous=previous.previous,
        back=period.back if period is not None and period.latest else 0,
    )
    if authorities and (_COUNTS_DOCUMENTS.search(question) or _VISIT_SAYS.search(question)):
        return None  # "How many monitoring visits did Hampshire have after being judged inadequate?"
    if _LEAD.search(question):
        return replace(base, intent="lead_inspector") if authorities else None
    if _EARLIER_GRADE.search(question) and FINDING_VERBS.search(question):
        return None  # "what did it say about progress since its previous outstanding judgement?"
    if not authorities:
        return _general(question, base)
    # (what a preamble says, "Peterborough shares its setup with Cambs", names no topic asked about)
    # ("better or worse than the rest" sets one area against the others: no topic of its own)
    asked = _AMONG_AREAS.sub(" ", " ".join(asked_sentences(question)) or question)
    rating = bool(_RATING_WORDS.search(question)) or bool(_RATE.search(question) and not _topics(asked))
    rank = asks_rank(question)
    if rank:
        return replace(base, intent="lookup", rank=rank)
    below = grades_of_areas(question)
    # "went up to good in October 2025, but one bit still wasn't good - which?": that inspection's areas
    named = (bool(parsed.years) or (period is not None and bool(period.start))) and set(below) >= {
        "requires_improvement",
        "inadequate",
    }
    if rating and not named and _CHANGE.search(_AMONG_AREAS.sub(" ", _without_grades_and_areas(question))):
        return replace(base, intent="history")
    if rating and _ASKS_GRADE.search(question):
        return replace(base, intent="lookup", of_areas=below)
    return None


def grades_of_areas(question: str) -> tuple[str, ...]:
    """The grades a question asks which areas had: those named after "which areas".

    >>> grades_of_areas("Kirklees was judged good overall; which area still required improvement?")
    ('requires_improvement',)
    >>> grades_of_areas("Was Kirklees rated good in 2024?")
    ()
    >>> grades_of_areas("redcar got good overall in dec 2025 but one bit was only RI - which and why?")
    ('requires_improvement',)
    >>> grades_of_areas("wigan's ofsted from october 2025 - which bit didn't make it to good?")
    ('requires_improvement', 'inadequate')
    """
    m = _OF_AREAS.search(question)
    if m is None:
        return ()
    found = [(g.start(), grade_of(g.group(0))) for g in GRADE_WORDS.finditer(question, m.end())]
    needed = _NEEDED_IMPROVING.match(question, m.end())
    # (not "which parts of supervision needed improving?": a topic's, which its findings tell)
    if not found and needed and not re.search(r"\b(?:of|on|for|in|with|about)\b", needed.group("lead")):
        return _BELOW[2:]  # "rated good, but which bit still needed improving?": those below good
    if found and re.search(
        r"\b(?:did|was|were|is|are)(?:n['’]?t|\s+not)\b", question[m.start() : found[0][0]], re.I
    ):
        return _BELOW[_BELOW.index(found[0][1]) + 1 :]  # "which bit didn't make it to good?": those below
    return tuple(dict.fromkeys(g for _, g in found))


def asks_rank(question: str) -> str | None:
    """ "best" or "worst" when one council's question asks which judged area was best or worst.

    Only a question about the areas themselves: "What did Ofsted say was the
    best thing about support for care leavers?" and "the weakest areas of
    practice for care leavers" ask for findings.

    >>> asks_rank("Which area stood out as the best in Calderdale's 2018 inspection?")
    'best'
    >>> asks_rank("Which areas were weakest in Reading's 2024 inspection?")
    'worst'
    >>> asks_rank("Which areas of practice were weakest for care leavers in Reading?") is None
    True
    """
    if not _RANK.search(question) or not _OF_AREAS.search(question) or FINDING_VERBS.search(question):
        return None
    if any(rx.search(question) for rx, _ in _AREA_WORDS):
        return None  # the best of one area's practice is a finding
    if _topics(_RANK.sub(" ", question)):
        return None
    return "worst" if _WORST.search(question) else "best"


def _topics(question: str) -> list[str]:
    """``topic_words`` of a question about one council, its name and the areas it names left out."""
    for m in reversed(GAZETTEER.query_mentions(question)):
        question = question[: m.start] + " " + question[m.end :]
    for rx, _ in _AREA_WORDS:
        question = rx.sub(" ", question)
    return topic_words(question)


def _general(question: str, base: JudgementQuestion) -> JudgementQuestion | None:
    """A question about councils in general: a list, a count or a change of grade, or None."""
    if _asks_inspections(question):
        return replace(base, inspected=True)
    if not _COUNCILS.search(question) or (topic_words(question) and FINDING_VERBS.search(question)):
        return None
    rating = bool(_RATING_WORDS.search(question))
    if not rating and (not base.grades or topic_words(question)):
        return None  # "good early help" is a finding; "outstanding councils" a grade
    pair = _FROM_TO.search(question)
    bare = _without_grades_and_areas(question)
    if pair or (rating and _CHANGE.search(bare)):
        down = bool(_DOWN.search(bare)) and not _UP.search(bare)
        grades = (grade_of(pair.group("a")), grade_of(pair.group("b"))) if pair else base.grades
        return replace(base, intent="transition", grades=grades, direction="down" if down else "up")
    return base if _LISTING.search(question) else None


# "Which councils did Ofsted inspect in 2023?", "Where did Ofsted go in 2023?",
# "List the inspections that took place in 2025": the inspections themselves.
_INSPECTED = re.compile(
    r"\b(?:which|what|how many|list|name)\b[^?.;]*\b(?:councils|authorities|LAs|inspections)\b"
    r"[^?.;]*\b(?:inspect(?:ed)?|took place|happened|held|carried out)\b"
    r"|\b(?:which|what|how many)\b[^?.;]*\b(?:councils|authorities|LAs)\b[^?.;]*"
    r"\b(?:had|got|received)\s+(?:an?\s+|their\s+)?(?:full\s+)?(?:ofsted\s+)?inspections?\b"
    r"|\b(?:list|name|which|what)\s+(?:all\s+)?(?:the\s+)?(?:ofsted\s+)?inspections\b"
    r"|\bwhere\s+did\s+(?:ofsted|inspectors|the inspectors)\s+(?:go|inspect)\b",
    re.I,
)
_INSPECTED_FRAME = re.compile(
    r"\b(?:inspect|took|place|happened|held|carried|out|go|gone|name|ofsted's)\b", re.I
)


def _asks_inspections(question: str) -> bool:
    """Whether ``question`` asks which inspections there were, about no topic and no grade.

    >>> _asks_inspections("Which councils did Ofsted inspect in 2023?")
    True
    >>> _asks_inspections("Which councils inspected in 2023 had high caseloads?")
    False
    """
    if not _INSPECTED.search(question) or GRADE_WORDS.search(question):
        return False
    return not topic_words(_INSPECTED_FRAME.sub(" ", question))


def _without_grades_and_areas(question: str) -> str:
    """The question without grade words and area names ("requires improvement" is no change)."""
    bare = GRADE_WORDS.sub(" ", question)
    bare = re.sub(r"\bexperiences and progress\b|\bcapacity to improve\b", " ", bare, flags=re.I)
    for rx, _ in _AREA_WORDS:
        bare = rx.sub(" ", bare)
    return bare


def topic_words(question: str) -> list[str]:
    """The words of ``question`` that name a topic beyond grades, areas, periods and councils.

    >>> topic_words("Which councils were rated good for care leavers in 2023?")
    []
    >>> topic_words("Which councils had good early help?")
    ['early']
    """
    bare = GRADE_WORDS.sub(" ", question)
    words = re.findall(r"[A-Za-z]+(?:['’][a-z]+)?", _NOT_TOPIC.sub(" ", bare))
    return [w.lower() for w in words if len(w) > 2 and w.lower() not in ("help", "ofsted's")]


def area_of(question: str) -> str:
    """The judged area a question names ("care_leavers", ...), else "overall".

    The sentence that asks decides before the rest: "What grade did care leavers get on their
    own? (I know the overall was requires improvement)" asks for care leavers'.

    >>> area_of("What grade did care leavers get? (I know the overall was good)")
    'care_leavers'
    """
    for part in (*asked_sentences(question), question):
        if re.search(r"\boverall\b", part, re.I):
            return "overall"
        found = [(m.start(), area) for rx, area in _AREA_WORDS if (m := rx.search(part))]
        if found:
            return min(found)[1]
    return "overall"


def asked_sentences(question: str) -> list[str]:
    """The sentences of ``question`` that ask (end in "?"), a bracketed aside apart.

    >>> asked_sentences("Stoke shares a lot with Staffs. How was it rated? (I know it improved)")
    ['How was it rated?']
    """
    return [s for s in re.split(r"(?<=[.?!])\s+|\s*\(", question) if s.rstrip().endswith("?")]
