"""Finding lists: a question that says what is wrong as a clause of its own.

Pure functions on strings for ``assistant/answers/findings.py``. The earlier
lists named a thing with a word of fault before it ("weak challenge by
IROs", "high caseloads"); fresh questions say the fault as a clause after
the thing, or say whom it happens to and what they meet with, and those
words are no topic a report's sentence holds:

- "core group or child-in-need meetings were irregular, poorly attended or
  failed to review children's progress": the thing is the meetings; what
  is wrong with them is criticism, which the reports word their own way
  ("there is some variability in the frequency of core groups");
- "disabled young people ... face delays or poor planning in their
  transition to adult services": whom it happens to and what they meet
  with are not the topic, what follows "in" is;
- "children not being visited by their social workers as often as their
  needs require, or not seen alone": two negated wordings, each its own
  alternative; the agent ("by their social workers") is whom the reports
  are all about, and the standard ("as often as their needs require") is
  a wording of frequency, which the reports say as "not regularly",
  "not frequent enough", "gaps in visits".

Also here: whether a question asks for a finding list at all
(``is_finding_list``, its period may come first: "In inspections since
2023, which councils ..."), and its contractions undone ("weren't" is
"were not", a negated wording).

>>> fault_clause("Which councils were criticised because meetings were irregular or poorly attended?")
('Which councils were criticised because meetings', 'irregular or poorly attended?')
>>> negated_alternatives("Where did Ofsted find children not visited, or not seen alone?")
['Where did Ofsted find children not visited', 'Where did Ofsted find children not seen alone?']
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence

from assistant.answers.finding_alternatives import people_only
from assistant.answers.finding_frame import CRITICISM
from assistant.answers.finding_read import FindingQuestion
from assistant.answers.finding_topic import EVALUATIVE, PREDICATES
from assistant.search.sparse import tokenize

# What is wrong with a thing, said of it after a verb ("were irregular", "are late", "were of poor
# quality", "poorly attended"), or what it fails to do.
_FAULT_PREDICATE = re.compile(
    # ("criticise plans as vague or unspecific": what the criticism calls them)
    r"\b(?:were|was|are|is|been|being|be|remains?|remained|as)\s+(?:[a-z]+ly\s+)?"
    r"(?:irregular|infrequent|late|delayed|sporadic|poorly\s+[a-z]+|unclear|inconsistent|variable|vague|"
    r"incomplete|inaccurate|out[- ]of[- ]date|(?:hard|difficult)\s+to\s+[a-z]+|"
    r"(?:of\s+)?(?:poor|low|variable|inconsistent)[- ]quality|weak|poor|ineffective|insufficient)\b"
    r"|\b(?:fail(?:ed|s)?|unable)\s+to\b",
    re.I,
)
_NEGATED_VERB = re.compile(r"\b(?:did|do|does|were|was|are|is)\s+not\b", re.I)
# Whom it happens to, what they meet with, and where: "face delays or poor planning in their transition".
_MEETS_WITH = re.compile(
    r"\s(?:face[sd]?|facing|experienc(?:e|es|ed|ing)|suffer(?:s|ed|ing)?)\s+"
    r"(?P<what>[^?,;]{1,60}?)\s+(?:in|with|during|at|for)\s+(?=\S)",
    re.I,
)
# Waiting too long for a thing: "children ... waiting too long to be formally matched with their
# carers" asks about the matching, and the fault is delay.
_WAITS_FOR = re.compile(
    r"\s(?:wait(?:s|ed|ing)?|tak(?:e|es|en|ing)|took)\s+(?:too\s+long|a\s+long\s+time|longer\s+than\s+"
    r"(?:necessary|needed))\s+(?:to\s+(?:be\s+|have\s+)?|for\s+)"
    # "... or had to wait too long for one": what is waited for is named before, not here
    r"(?!(?:one|it|them|this|that|these|those)\b)",
    re.I,
)
_FAULT_WORD = re.compile(
    r"\b(?:delay\w*|late|poor\w*|weak\w*|inconsisten\w*|variab\w*|insufficient|lack\w*|difficult\w*|"
    r"problems?|barriers?|gaps?|drift)\b",
    re.I,
)
# Whom the reports are about: a group of people, staff as the agent of what is done.
_PEOPLE = re.compile(
    r"\b(?:children|child|young\s+(?:people|person)|care\s+leavers?|families|parents|carers|adolescents|"
    r"those|disabled|adults?)\b",
    re.I,
)
_AGENT = re.compile(
    r"(?<=\w)\s+by\s+(?:their|the|a|an|its|an?\s+allocated)?\s*(?:social\s+)?"
    r"(?:workers?|practitioners|staff|professionals)\b",
    re.I,
)
# The standard a thing falls short of: "as often as their needs require".
_STANDARD = re.compile(
    r"\s+as\s+(?P<how>often|frequently|regularly|quickly|promptly|soon|early)\s+as\b[^,?;]*", re.I
)
_FREQUENCY = frozenset({"often", "frequently", "regularly"})


def fault_clause(text: str) -> tuple[str, str]:
    """``text`` cut to the thing a question finds fault with, and the words that say what is wrong
    ("" when none are said as a clause). The thing must name more than people: "care leavers were
    unable to ..." is left whole.

    >>> fault_clause("Which councils say referrals from the police were late or of poor quality?")
    ('Which councils say referrals from the police', 'late or of poor quality?')
    >>> fault_clause("Which councils criticise child protection plans as vague or unspecific?")
    ('Which councils criticise child protection plans', 'vague or unspecific?')
    >>> fault_clause("Which councils say care leavers were unable to get dental care?")
    ('Which councils say care leavers were unable to get dental care?', '')
    >>> fault_clause("Which councils say disabled children face delays in their transition to adults?")
    ('Which councils say their transition to adults?', 'delays')
    >>> fault_clause("Where did Ofsted find children waiting too long to be matched with carers?")
    ('Where did Ofsted find matched with carers?', 'delays')
    """
    m = _WAITS_FOR.search(text)
    if m and _PEOPLE.search(text[: m.start()]):
        opener = _OPENER.match(text)
        return f"{opener.group(0) if opener else ''} {text[m.end() :]}".strip(), "delays"
    m = _MEETS_WITH.search(text)
    if m and _FAULT_WORD.search(m.group("what")) and _PEOPLE.search(text[: m.start()]):
        opener = _OPENER.match(text)
        return f"{opener.group(0) if opener else ''} {text[m.end() :]}".strip(), m.group("what")
    m = _FAULT_PREDICATE.search(text)
    if m is None:
        return text, ""
    opener = _OPENER.match(text)
    # the clause starts at its first wording: "did not take place regularly or were poorly attended"
    m = _NEGATED_VERB.search(text, opener.end() if opener else 0, m.start()) or m
    subject = text[opener.end() if opener else 0 : m.start()]
    if not set(tokenize(_PEOPLE.sub(" ", subject))) - _FRAMING:
        return text, ""
    fault = text[m.start() :]
    verb = re.match(r"(?:were|was|are|is|been|being|be|remains?|remained|did|do|does|as)\s+", fault, re.I)
    return text[: m.start()].rstrip(), fault[verb.end() if verb else 0 :]


# The question's opening, up to where the finding starts.
_OPENER = re.compile(
    r"^\W*(?:(?:in\s+)?(?:which|what|how many)\s+(?:councils|local authorities|authorities|LAs)(?:['’]s?)?"
    r"|where\s+(?:did|does|has|have)\s+(?:ofsted|inspectors?))"
    r"(?:\s+(?:reports?|did|do|does|were|was|have|has|had|ofsted|inspectors?|since|between|in|\d{4}|and|"
    r"say|says|said|find|found|report|reported|state|states|criticised|criticized|praised|because|that|for)\b)*",
    re.I,
)
_FRAMING = frozenset(tokenize("report reports inspection inspections ofsted inspector inspectors say find"))


def negated_alternatives(text: str) -> list[str]:
    """The negated wordings ``text`` offers as alternatives ("not visited ..., or not seen alone"),
    each with the words before the first ("children"); [] when it offers one or none."""
    first = re.search(r"\bnot\b", text, re.I)
    if first is None:
        return []
    pieces = re.split(r",?\s+or\s+(?=not\b)", text[first.start() :], flags=re.I)
    if len(pieces) < 2:
        return []
    return [text[: first.start()] + p.strip().rstrip(",") for p in pieces]


def without_agent_and_standard(text: str) -> tuple[str, bool]:
    """``text`` without the agent of a negated passive ("not being visited by their social workers")
    nor the standard it falls short of ("as often as their needs require", "regularly enough"); and
    whether that standard was one of frequency, which the reports say as "not regularly", "not
    frequent enough".

    >>> without_agent_and_standard("children not being visited by their social workers as often as needed")
    ('children not being visited', True)
    >>> without_agent_and_standard("children are not visited regularly enough by their social workers")
    ('children are not visited', True)
    """
    m = _STANDARD.search(text)
    often = bool(m and m.group("how").lower() in _FREQUENCY)
    text = _AGENT.sub("", _STANDARD.sub("", text))
    m = _HOW_OFTEN.search(text)
    if m is None:
        return text, often
    return text[: m.start("how")].rstrip() + text[m.end("how") :], True


# A negated verb's frequency: "not visited regularly enough", "not held often".
_HOW_OFTEN = re.compile(
    r"\bnot\s+(?:being\s+|been\s+)?[a-z]+(?:ed|en|seen)\b(?P<how>\s+(?:regularly|frequently|often)(?:\s+enough)?)\b",
    re.I,
)


def agent_only(words: str) -> bool:
    """Whether ``words`` name only staff, who do what the reports are about ("social workers do not
    visit children"): whom a negated wording is said by, not its topic.

    >>> agent_only("social workers"), agent_only("social workers' caseloads")
    (True, False)
    """
    tokens = tokenize(words)
    return bool(tokens) and not set(tokens) - _STAFF


_STAFF = frozenset(tokenize("social workers worker practitioners staff professionals their the"))


def wording_of(
    question: str, topic: str, negated: re.Match[str] | None, *, often: bool, fault: str
) -> str | None:
    """How the question words the finding: a negated verb ("not visited"), a ``PREDICATES`` wording
    in its topic ("too high"), or its clause of fault; None where it words it no way."""
    predicate = f"not {negated.group(1).lower().replace('-', ' ')}" if negated else None
    # "not getting dental care" is said as "wait too long to see a dentist": criticism of the thing
    predicate = None if predicate in ("not getting", "not receiving", "not accessing") else predicate
    if predicate and often:  # "as often as their needs require": "not regularly", "gaps in visits"
        predicate += " or regular"
    predicate = predicate or next(
        (name for name, (words, _) in PREDICATES.items() if re.search(rf"\b(?:{words})", topic, re.I)), None
    )
    if fault:
        predicate = one_wording(fault, PREDICATES)
    if (
        predicate == "manageable"
        and CRITICISM.search(question)
        and not re.search(r"\bmanageable\b", topic, re.I)
    ):
        predicate = "low"  # "criticised for low immunisation rates": low is the fault
    return predicate


def one_wording(fault: str, predicates: Mapping[str, tuple[str, str]]) -> str | None:
    """The wording (a key of ``predicates``) a fault clause asks for, when all its alternatives are of
    it ("late or delayed"); none when it offers several kinds ("late or of poor quality": any criticism).

    >>> one_wording("late or of poor quality", {"delay": ("late|delay", "")}) is None
    True
    >>> one_wording("late or delayed", {"delay": ("late|delay", "")})
    'delay'
    >>> one_wording("late being written up or sent out", {"delay": ("late|delay", "")})
    'delay'
    """
    options = [o for o in re.split(r",|\s+or\s+|\s+and\s+", fault) if tokenize(o)]
    for name, (words, _) in predicates.items():
        if options and all(re.search(rf"\b(?:{words})", o, re.I) for o in options):
            return name
    # "late being written up or sent out": the later verbs share the first one's wording,
    # unless they offer a kind of their own ("late or of poor quality")
    first = next(
        (
            n
            for n, (words, _) in predicates.items()
            if options and re.search(rf"\b(?:{words})", options[0], re.I)
        ),
        None,
    )
    others = options[1:]
    if (
        first
        and others
        and not any(
            EVALUATIVE.search(o) or any(re.search(rf"\b(?:{w})", o, re.I) for w, _ in predicates.values())
            for o in others
        )
    ):
        return first
    return None


def either(topic: str, each: Sequence[FindingQuestion]) -> FindingQuestion:
    """One question of several negated wordings, each an alternative (their own alternatives too)."""
    flat = tuple(x for q in each for x in (q.alternatives or (q,)))
    terms = tuple(dict.fromkeys(t for a in flat for t in a.terms))
    return dataclasses.replace(each[0], topic=topic, terms=terms, acronym=None, head=None, alternatives=flat)


# A compound's hyphens hold its words together against the question's frame words ("child-in-need").
_JOINED = "_hyphen_"


def hyphens_in(text: str) -> str:
    """``text`` with a compound's hyphens made word characters, so "in" of "child-in-need" stays;
    ``hyphens_out`` undoes it.

    >>> hyphens_out(hyphens_in("child-in-need meetings")) == "child-in-need meetings"
    True
    """
    return re.sub(r"(?<=[a-z])-(?=[a-z])", _JOINED, text, flags=re.I)


def hyphens_out(text: str) -> str:
    """``text`` with the hyphens ``hyphens_in`` hid put back."""
    return text.replace(_JOINED, "-")


def not_all_read(clause: str) -> str:
    """``clause`` with "not all X are" read as "all X are not", so that the negation stands next to
    the wording it negates however long X is ("not all care-experienced young people spoken to
    were aware of their entitlements").

    >>> not_all_read("However, not all care leavers are aware of the local offer.")
    'However, all care leavers are not aware of the local offer.'
    """
    return _NOT_ALL.sub(r"\1\2 \3 not", clause)


_NOT_ALL = re.compile(
    r"\bnot\s+(all|every)\b((?:\s+[\w’'-]+){1,7}?)\s+(are|is|were|was|have|has|had|do|does|did|can|will)\b",
    re.I,
)


# The two groups the reports keep apart: children (in need, in care), and care leavers, whom
# personal advisers visit and tell of their entitlements.
_LEAVERS = re.compile(
    r"(?i:\bcare[- ]leavers?\b|\bcare-experienced\b|\bpersonal advis[eo]rs?\b|\bleaving care\b|"
    r"\bleft care\b(?!\s+to\s+(?:return|go|move)))"
    r"|\bPAs?\b"
)
_CHILDREN = re.compile(r"\bchild(?:ren)?\b", re.I)
_YOUNG = re.compile(r"\byoung (?:people|person|adults?)\b", re.I)


def group_of(subject: str) -> str | None:
    """Whom a question's negated wording is said of: "children", "care leavers", or None (both,
    or another group).

    >>> group_of("children"), group_of("care leavers"), group_of("children or care leavers")
    ('children', 'care leavers', None)
    """
    leavers, children = bool(_LEAVERS.search(subject)), bool(_CHILDREN.search(subject))
    if leavers == children:
        return None
    return "care leavers" if leavers else "children"


def whom_of(subject: str, after: str) -> str | None:
    """Whom a negated wording is said of: its subject's group, or, when staff are its subject, its
    object's ("social workers do not visit children").

    >>> whom_of("care leavers", "know their entitlements"), whom_of("social workers", "children")
    ('care leavers', 'children')
    """
    if people_only(subject):
        return group_of(subject)
    return group_of(after) if agent_only(subject) else None


def other_group(whom: str, sentence: str) -> bool:
    """Whether ``sentence`` is about the other group only: care leavers (or their PAs) for a finding
    about children, children for one about care leavers ("young people" may be either).

    >>> other_group("children", "PAs do not visit young people often enough.")
    True
    >>> other_group("care leavers", "Not all young people are aware of their entitlements.")
    False
    """
    leavers, children = bool(_LEAVERS.search(sentence)), bool(_CHILDREN.search(sentence))
    if whom == "children":
        return leavers and not children
    return children and not leavers and not _YOUNG.search(sentence)


# What a practice is done for ("use parallel planning well to ensure that ..."): the aim follows
# the finding, which is stated.
_AIM_AFTER = re.compile(r"\s(?:to\s+(?:ensure|help|make sure)|so that|ensuring)\b.*$", re.I | re.S)


def before_aim(clause: str) -> str:
    """``clause`` up to the aim it says a practice is done for, or that it falls short of
    ("do not visit these children often enough to ensure that ...").

    >>> before_aim("Children are not visited often enough to ensure that they are safe.")
    'Children are not visited often enough'
    """
    return _AIM_AFTER.sub("", clause)


def as_negated(clause: str) -> str:
    """``clause`` as a negated wording is read in it: up to the aim it falls short of
    (``before_aim``), "not only" no negation, "not all X are" as "all X are not" (``not_all_read``).

    >>> as_negated("Visits are not only regular but increased when needed.")
    'Visits are   regular but increased when needed.'
    """
    return not_all_read(before_aim(_NOT_ONLY.sub(" ", clause)))


_NOT_ONLY = re.compile(r"\bnot only\b", re.I)


# "Which councils ...", "Where did Ofsted find ...", "How many councils ...".
_ASKS_LIST = re.compile(
    r"^\W*(?:which|what)\s+(?:councils|local authorities|authorities|LAs)\b"
    r"|^\W*which\s+(?:councils|local authorities|authorities)['’]"
    r"|^\W*(?:in\s+)?which\s+(?:councils|local authorities)\b"
    r"|\bwhere\s+(?:did|does|has|have)\s+(?:ofsted|inspectors?)\b"
    # "Where did family court judges speak well of ...": where something was found, whoever said it
    # (not "Where did you get that from?", "Where did Ofsted go in 2023?")
    r"|^\W*where\s+(?:did|have|has|had)\s+(?!you\b|we\b|I\b)[^?]{1,60}?\b(?:find|found|say|said|speak|spoke|"
    r"prais\w*|criticis\w*|report\w*|describ\w*|note|noted|highlight\w*|identif\w*|see|saw|judge[ds]?)\b"
    r"|^\W*where\s+were\s+(?:children|young\s+people|care\s+leavers|families|social\s+workers)\b"
    r"|^\W*(?:in\s+)?how many\s+(?:councils|local authorities|authorities|LAs)\b"
    # "In which areas were inspectors positive about ...": places, not areas of practice
    r"|^\W*(?:in\s+)?(?:which|what|how many)\s+(?:areas|places)\b(?!\s+(?:of|for|in|did\s+\w+\s+judge)\b)"
    r"|^\W*(?:list|name)\s+(?:the\s+|all\s+)?(?:councils|local authorities)\b",
    re.I,
)
# "In inspections since 2023, which councils ...": the period may come first.
LEADING_WHEN = re.compile(
    # (the years may be gone already: "Between and, which councils ...")
    r"^\W*(?:between|from)\s+(?:and|to)\s*,\s*|"
    r"^\W*(?:in|at|during|from|since|across|over|for|between)\s+[^,?]{0,60}?"
    r"(?:(?:19|20)\d\d|inspections?|reports?|visits?|letters?)\b[^,?]{0,30},\s*",
    re.I,
)
# A question about what the news said is answered from the passages.
_OTHER_SOURCE = re.compile(r"\baccording to (?!ofsted)|\b(community care|news|articles?|press|media)\b", re.I)


def is_finding_list(question: str, authorities: Sequence[str]) -> bool:
    """Whether ``question`` asks which (or how many) councils' documents state a finding.

    >>> is_finding_list("Which councils have caseloads that are too high?", ())
    True
    >>> is_finding_list("What did Leeds say about caseloads?", ("Leeds",))
    False
    >>> is_finding_list("In inspections since 2023, which councils had high caseloads?", ())
    True
    """
    question = LEADING_WHEN.sub("", question)
    return not authorities and bool(_ASKS_LIST.search(question)) and not _OTHER_SOURCE.search(question)


def uncontracted(text: str) -> str:
    """ "weren't given" -> "were not given", "can't" -> "cannot", "won't" -> "will not"; and a
    second verb set off by commas given its object too (``with_shared_object``)."""
    text = re.sub(r"\b(ca)n['’]t\b", r"\1nnot", text, flags=re.I)
    text = re.sub(r"\bwon['’]t\b", "will not", text, flags=re.I)
    return with_shared_object(re.sub(r"\b(\w+)n['’]t\b", r"\1 not", text, flags=re.I))


def with_shared_object(text: str) -> str:
    """Two verbs' shared object written after each: "few children went to, or took part in, their
    own conferences" offers "went to their own conferences" or "took part in their own conferences",
    not "took part" alone and the conferences as a topic of their own.

    >>> with_shared_object("few children went to, or took part in, their own conferences?")
    'few children went to their own conferences or took part in their own conferences?'
    """
    return _SHARED_OBJECT.sub(lambda m: f"{m['p1']} {m['obj']} or {m['mid']} {m['p2']} {m['obj']}", text)


_PREPOSITION = r"(?:to|in|on|with|at|from|for|of|about)"
_SHARED_OBJECT = re.compile(
    rf"\b(?P<p1>{_PREPOSITION}),\s+or\s+(?P<mid>[\w'’ ]{{1,40}}?)\s+(?P<p2>{_PREPOSITION}),\s*"
    r"(?P<obj>[^,.;:?()\-–—]*[^,.;:?()\-–—\s])",
    re.I,
)
