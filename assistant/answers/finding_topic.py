"""Finding lists: reading the topic out of a question's words.

Pure functions on strings for ``assistant/answers/findings.py``. A finding
question names its topic with words that are not all the topic:

- evaluative words ("weak challenge", "inconsistent or poor application of
  thresholds", "strong political support") say which way the finding leans,
  which the question's criticism or praise already says; they are not words
  a sentence must hold (it says "not consistently applied", "is variable");
- alternatives ("repeat referrals or repeat child protection plans",
  "challenge or oversight by independent reviewing officers") are each the
  topic: a sentence stating one of them states the finding;
- a trailing qualifier or explanation ("under the Public Law Outline",
  "with children coming back ... for the same concerns") narrows or explains
  what is asked, and a report rarely says it in the same sentence;
- a document kind is a scope ("in focused visit letters"), not a word of the
  topic ("review letters").

>>> without_evaluative("inconsistent or poor application of thresholds")
'application of thresholds'
>>> from assistant.answers.finding_alternatives import alternatives
>>> alternatives("challenge or oversight independent reviewing officers")
['challenge independent reviewing officers', 'oversight independent reviewing officers']
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from assistant.answers.finding_alternatives import people_only, tidy
from assistant.answers.polarity import sentence_polarity
from assistant.search.sparse import tokenize

# Wordings of a finding: each with its own words and the opposite ones.
# The question names the first that it uses; the sentence must use one of
# its words and none of the opposites.
PREDICATES: dict[str, tuple[str, str]] = {
    "too many": (
        r"too many|frequent|numerous|multiple|(?:high|large) numbers? of",
        r"\bstable\b|\bconsistent\b",
    ),
    "high": (
        r"too high|high(?![-‑])|higher|heavy|large|unmanageable|excessive",
        r"\bmanageable\b|\blow\b|\blower\b|\breasonable\b",
    ),
    "manageable": (
        r"manageable|reasonable|\blow\b",
        r"\bunmanageable\b|\btoo high\b|\bhigh\b|\bhigher\b|\bheavy\b",
    ),
    "delay": (
        r"wait\w*\s+(?:too\s+|so\s+|very\s+)?long|long\s+wait\w*|waiting\s+(?:lists?|times?)|delay\w*|drift|"
        r"too long|late\b|prolonged|protracted|lengthy|longer than (?:necessary|needed|required|they should)",
        r"\bwithout (?:undue |unnecessary )?delay\b|\bno delay\b|\bminimal delay\b|"
        # "Drift and delay are avoided by timely escalation"
        r"\b(?:drift|delays?)\s+(?:(?:is|are|was|were|has been|have been)\s+)?"
        r"(?:avoided|prevented|minimi[sz]ed)\b|"
        # "Children do not remain the subject of pre-proceedings work for longer than necessary"
        r"\bnot\b[^.;,]{0,60}?\blonger than\b",
    ),
    "not seen": (r"not (?:always |consistently |regularly )?(?:seen|visited)", r"\bseen regularly\b"),
    # Low where low is a fault: "criticised for low immunisation rates" (never read from a topic's
    # words alone, where "low" is "manageable": "low caseloads").
    "low": (
        r"\blow\b|\blower\b|\bbelow\b|deteriorat\w*|\bfallen\b",
        r"\bhigh\b|\bhigher\b|\babove\b|\bin line with\b|\bimproved\b",
    ),
}
# A wording's other forms, read in sentences only (a question saying "timely" does not ask about delay).
OTHER_FORMS = {
    "delay": r"\bnot\b[^.;]{0,60}?\b(?:timely|in a timely (?:way|manner|fashion))|\buntimely\b|"
    # "not escalating ... soon enough", "have not benefited from swift ... work"
    r"\bnot\b[^.;]{0,60}?\b(?:soon|quickly|swiftly|early) enough\b|\bnot\b(?:\s+\w+){0,3}\s+swift\b|"
    r"\b(?:shortcomings|weakness\w*|variab\w*|inconsisten\w*)\s+in\s+(?:the\s+)?timeliness\b"
}


def document_kind(question: str) -> str:
    """Which documents a question reads, from its scope phrases ("in focused visit letters").

    >>> document_kind("Which councils were criticised in focused visits since 2022?")
    'focused visit'
    >>> document_kind("Which councils were praised for review letters written to the child?")
    'inspection'
    >>> document_kind("Which councils' visit letters say plans are weak?")
    'visit'
    """
    if re.search(r"\bfocused visits?\b", question, re.I):
        return "focused visit"
    if re.search(r"\bmonitoring visits?\b", question, re.I):
        return "monitoring visit"
    if _VISIT_SCOPE.search(question):
        return "visit"
    return "inspection"


# "visit letters", "in (Ofsted's) visits", "letters since 2023", "which councils' letters"
_VISIT_SCOPE = re.compile(
    r"\bvisit letters?\b|\b(?:in|from|during|across|after)\s+(?:(?:their|the|its|ofsted['’]s)\s+)?"
    # "letters since 2023", but "letters before proceedings" are the council's own
    r"(?:visits|letters)\b|\b(?:visits|letters)\s+(?:(?:since|between|from|after|before|in)\s+(?:19|20)\d\d)\b|"
    r"\b(?:councils|authorities)['’]\s+(?:visits|letters)\b",
    re.I,
)

# Ofsted's visits (not a social worker's): after "focused", "their", "in" ..., or before a date.
OFSTEDS_VISITS = (
    r"(?:(?:(?<=focused )|(?<=monitoring )|(?<=their )|(?<=its )|(?<=in )|(?<=during )|(?<=ofsted's )|"
    r"(?<=ofsted’s )|(?<=councils' )|(?<=councils’ )|(?<=^))visits?"
    r"|visits?(?=\s+letters?\b|\s+(?:since|between|from|after|before|in)\s+(?:19|20)\d\d))"
)
# Words that say how good the topic is: the finding's lean, not its topic.
EVALUATIVE = re.compile(
    r"\b(?:weak|weaker|poor|poorer|inconsistent(?:ly)?|variable|inadequate|ineffective|insufficient|"
    r"lacks?|lacking|strong|stronger|good|robust|excellent)\b",
    re.I,
)
_NEGATIVE = re.compile(
    r"\b(?:weak|poor|inconsistent|variable|inadequate|ineffective|insufficient|lack|unclear|"
    # words of difficulty: "struggling to get dental care", "problems with the recording system"
    r"struggl\w*(?:\s+to\s+(?:get|access|obtain|find|secure|use))?|"
    r"difficult(?:y|ies)(?:\s+(?:in|with))?(?:\s+(?:getting|accessing|obtaining|securing|finding))?|"
    r"problems?\s+(?:with|in)|unable\s+to\s+(?:get|access|obtain)|hamper|hinder)",
    re.I,
)
# Criticism is worded many ways ("not consistently applied" for "inconsistent application"), so its
# words leave the topic; praise keeps its word ("strong political support" is said so).
# "poor-quality" is one word; "missing" is evaluative beside another ("weak or missing"), but the
# topic in "children missing from care".
_NEGATIVE_WORD = re.compile(
    rf"{_NEGATIVE.pattern}\w*(?:-(?:quality|standard))?(?:\s+or\s+(?:missing|absent)\b)?|"
    rf"\b(?:missing|absent)\s+or\s+(?={_NEGATIVE.pattern})",
    re.I,
)
# How a thing is done ("directly", "sensitively"): not the thing.
_MANNER = re.compile(
    r"\b(?!(?:family|early|only|elderly|weekly|monthly|daily|likely|supply|apply|reply|rely|assembly)\b)"
    r"[a-z]{3,}ly\b"
)


# Words of degree, frequency and negation between a topic's words: "supervision is not always
# sufficiently reflective" names "reflective supervision" as a clause, the words apart by these only.
_BETWEEN = re.compile(
    rf"\b(?:not|never|always|yet|very|too|still|often|sometimes|now|also|all|only)\b|{_MANNER.pattern}",
    re.I,
)


def without_degree(sentence: str, keep: Callable[[str], bool]) -> str:
    """``sentence`` without its words of degree, frequency and negation (``keep`` spares a topic's own
    word), so that the topic's words said as a clause are read as near as in a phrase.

    >>> without_degree("Supervision is not always sufficiently reflective.", lambda w: False)
    'Supervision is    reflective.'
    """
    return _BETWEEN.sub(lambda m: m.group(0) if keep(m.group(0)) else "", sentence)


def without_evaluative(topic: str) -> str:
    """``topic`` without its evaluative words (and an "or"/"and" they leave dangling)."""
    out = _MANNER.sub(" ", _NEGATIVE_WORD.sub(" ", topic))
    if not tokenize(out):
        return topic
    return tidy(out)


def said_of(topic: str) -> bool:
    """Whether ``topic`` is a clause: a word of criticism between its words says something of one
    of them ("supervision lacks reflection"), where "weak challenge" is a phrase.

    >>> said_of("supervision lacks reflection or challenge"), said_of("weak challenge by IROs")
    (True, False)
    """
    m = _NEGATIVE_WORD.search(topic)
    return m is not None and bool(tokenize(topic[: m.start()])) and bool(tokenize(topic[m.end() :]))


def evaluative_lean(topic: str) -> int:
    """-1 when the topic's evaluative words criticise ("weak challenge"), +1 when they praise, 0 without.

    >>> evaluative_lean("weak challenge"), evaluative_lean("strong support"), evaluative_lean("plans")
    (-1, 1, 0)
    >>> evaluative_lean("supervision lacks reflection")
    -1
    """
    words = EVALUATIVE.findall(topic)
    if _NEGATIVE.search(topic):  # "struggling to get", "problems with"
        return -1
    if not words:
        return 0
    return -1 if any(_NEGATIVE.match(w) for w in words) else 1


# A trailing explanation ("with children coming back to ... for the same concerns") or qualifier
# ("under the Public Law Outline"): what the topic is, said again, or where it sits.
TRAILING = re.compile(
    r",?\s+with\s+(?:(?:children|young people|families|parents|carers|care leavers|them)\s+)\w+ing\b.*$|"
    # what the thing harms: "problems with the recording system hamper social work practice"
    r"\s+(?:hamper|hinder|undermine|impede)[sd]?\s+[^?]*|"
    # what the thing does for whom: "the Lifelong Links service helping children to keep relationships"
    # ("not helping care leavers get wifi" is the fault and its topic, not what a thing does, and
    # "praised for helping mothers ..." is what was praised)
    r"(?<=\w)(?<!\bnot)(?<!\bfor)(?<!\bin)(?<!\bby)\s+(?:helping|enabling|(?:which|that)\s+(?:helps?|works?|"
    r"supports?|provides?|offers?|aims?|keeps?|gives?|allows?|lets?))\s+[^?]*?"
    r"(?=,\s+(?:in|since|from|during|between|at)\b|[?]|$)|"
    # what a named model or scheme is of: "the Mockingbird model of peer support for foster carers"
    r"(?:(?<=\bmodel)|(?<=\bscheme)|(?<=\bproject)|(?<=\bapproach)|(?<=\bprogramme))\s+of\s+[^?]*?(?=,\s+|[?]|$)|"
    # where it was looked for: "in any of its inspection reports"
    r",?\s+in\s+any\s+of\s+(?:its|their|the)\s+(?:inspection\s+)?reports?\b|"
    # what the thing did: "changes in senior leadership held back improvement or harmed services"
    r"\s+(?:held|holds?|holding)\s+back\s+[^?]*|"
    # examples of it: "placement with parents, such as poor assessment or delays, in inspections since",
    # "..., for example families' details being shared", "..., the way race or disability are"
    r",?\s+(?:such\s+as|for\s+example|for\s+instance|e\.g\.|the\s+way|just\s+like|like)\s+[^?]*?"
    r"(?=,\s+(?:in|since|from|during|between|at)\b|[?]|$)|"
    # an aside between commas: "disabled children, including those who cannot speak, or ..."
    r",\s+(?:including|especially|particularly|notably)\s+[^,?]*(?=,)|"
    # the period's words left when its dates are gone: ", in inspections ending [since 2019],"
    # (between two commas, both go: "credited, in inspections ending since 2025, with opening ...")
    r",?\s+(?:in|for|from)\s+(?:ofsted\s+|their\s+|its\s+|the\s+)?(?:inspections?|reports?|visits?)"
    r"(?:\s+(?:ending|ended|that\s+ended|which\s+ended|completed|held))?(?:,(?=\s+[a-z])|(?=\s*(?:[,?]|$)))|"
    # a description between dashes: "alternative provision — education outside mainstream school —",
    # "a 'practice' flat - a training or taster flat -"
    r"\s+[—–-]\s+[^—–?]{3,80}?\s+[—–-](?=\s)|"
    # a description after a comma: "their 'House Project', where young people are helped into ...",
    # "..., which helps care leavers ..."
    r",\s+(?:where|which)\s+[^?]*?(?=,\s+(?:in|since|from|during|between|at)\b|[?]|$)|"
    # what it is set against: "ending up in care in a crisis, rather than in a planned way"
    r",?\s+(?:rather\s+than|instead\s+of)\s+[^?]*?(?=,\s+(?:in|since|from|during|between|at)\b|[?]|$)|"
    # who is not there, said again: "seen on their own, without parents or carers in the room"
    r",\s+without\s+(?:their\s+)?(?:parents|carers|family|adults)\b[^?]*?(?=,\s+(?:in|since|from|during|between|at)\b|[?]|$)|"
    # what the finding left undone: "on plans for too long without things getting better for them"
    r",?\s+without\s+(?:\w+\s+){0,3}(?:getting\s+better|improving|improvement|progress\w*|changing)\b[^?,]*|"
    # when it was wanted: "not getting dental care when they needed it"
    r"\s+(?:when|whenever|as\s+soon\s+as)\s+(?:they|he|she|it|children|families)\s+"
    r"(?:needed|need|needs|wanted|want|wants|asked|ask)\b[^?,]*|"
    # what it is meant to stop: "helping parents ... so it doesn't happen again"
    r",?\s+so\s+(?:that\s+)?(?:it|this)\s+(?:does\s+not|doesn['’]t|won['’]t|will\s+not)\s+happen\s+again\b[^?,]*|"
    # what it is for: "adding homes so that more children can live locally"
    r",?\s+so\s+that\s+[^?]*?(?=,\s+(?:in|since|from|during|between|at)\b|[?]|$)|"
    # its acronym in brackets: "(SDQs)"; the acronym is read from the words (``acronym_of``), and a
    # report writing the words is not missed (another name in brackets is an alternative: _OTHER_NAME)
    r"\s*\([A-Z]{2,6}s?\)|"
    # the using of it is it: "praised for using questionnaires", "their use of agency staff"
    r"\b(?:making\s+)?(?:use\s+of|using)\s+(?=\w)|"
    # what it is done for: "using questionnaires to understand and meet children's needs"
    r"(?<=[\w)])\s+(?:in order\s+)?to\s+"
    r"(?:understand|meet|identify|support|help|ensure|improve|make sure|assess)\b"
    r"[^?]*?(?=,\s+(?:in|since|from|during|between|at)\b|[?]|$)|"
    # what the thing is for: "parallel planning for children's permanence"
    r"\s+for\s+(?:children|young people|care leavers)['’]s?\s+\w+(?=\s*(?:[,?.]|$))|"
    r"\s+under\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?=[\s,?.]|$)",
)


def without_trailing(text: str) -> str:
    """``text`` without a trailing explanation or qualifier of the topic (see ``TRAILING``), with
    a list's commas read as "or" ("records, plans or letters") and "B&Bs" spelled out.

    >>> without_trailing("delay in pre-proceedings under the Public Law Outline, since 2024?")
    'delay in pre-proceedings or since 2024?'
    """
    text = _CARRIED_OUT.sub(
        " ", _NAMED_SCHEME.sub(r"\1", TRAILING.sub("", _OTHER_NAME.sub(_other_name, text)))
    )
    text = re.sub(r"\bB&Bs?\b", "bed and breakfast", text)  # as the reports spell it
    text = re.sub(r"\bon\s+(?:their|his|her)\s+own\b", "alone", text)  # "seen alone", as the reports say
    return re.sub(r",\s+(?=[a-z])", " or ", text)


# A scheme known by its name: "the Mockingbird model", "the Lifelong Links service", "their
# Mockingbird foster care scheme" are the name, which the reports write with or without the kind of
# thing it is ("mockingbird hubs").
_NAMED_SCHEME = re.compile(
    r"(?<=\s)((?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,3})(?:\s+(?-i:[a-z][\w-]*)){0,2}?\s+"
    r"(?:model|programme|scheme|approach|project|service|offer|initiative)\b"
)
# Another name for the topic in brackets: "living at home with their parents (placement with parents)"
# asks about either.
_OTHER_NAME = re.compile(r"\s*\(((?![A-Z]{2,6}s?\))[^()]*)\)")


def _other_name(m: re.Match[str]) -> str:
    """A name in brackets is another name for the topic ("(Lifelong Links)"); a description is
    none ("(the model where an experienced foster carer supports a cluster of families)")."""
    return f" or {m.group(1)}" if len(m.group(1).split()) <= 4 else " "


# "in inspections carried out in 2019": the scope, not the topic.
_CARRIED_OUT = re.compile(r"\b(?:carried out|conducted)\b", re.I)


# Whom a thing is addressed to ("writing records directly to the child"): a sentence must say it,
# a few words after one of the topic's words ("written sensitively to children", not "plans ... when
# risks to children increase").
_TO_WHOM = re.compile(r"\bto\s+(?:child|children|young\s+(?:person|people))\b", re.I)
_TO_CHILD = r"\b(?:to|for)\s+(?:the\s+|each\s+|a\s+)?(?:child|children|young\s+(?:person|people))\b"


def addressed_to(topic: str, terms: Sequence[str]) -> str | None:
    """The pattern a sentence must hold when the topic is addressed to someone ("written to the child"):
    a word starting as one of ``terms`` does (the topic's stems), then within five words "to the child".

    >>> pattern = addressed_to("writing records to child", ["write", "record"])
    >>> bool(re.search(pattern, "Records are sensitively written to children."))
    True
    >>> bool(re.search(pattern, "Written plans are used when risks to children increase."))
    False
    >>> addressed_to("records of children", ["records"]) is None
    True
    """
    if not _TO_WHOM.search(topic) or not terms:
        return None
    stems = "|".join(sorted({re.escape(t[:4]) for t in terms}))
    return rf"\b(?:{stems})\w*(?:\W+[\w’'-]+){{0,5}}?\W+{_TO_CHILD}"


def without_group(topic: str) -> str:
    """``topic`` without a group of people it names as alternatives before what they lack or
    struggle with ("children in care or care leavers struggling to get dental care"): the reports
    are all about them, and the group would keep the topic from its own alternatives.

    >>> without_group("children care or care leavers struggling to get dental care or dental checks")
    'struggling to get dental care or dental checks'
    >>> without_group("care leavers struggling to get dental care")
    'care leavers struggling to get dental care'
    """
    m = _NEGATIVE_WORD.search(topic)
    group = topic[: m.start()] if m else ""
    if not re.search(r"\s(?:or|and)\s", group) or not people_only(group):
        return topic
    return topic[m.start() :] if m else topic


def ages_as_numbers(terms: Sequence[str]) -> tuple[str, ...]:
    """``terms`` with an age as its numbers only: "16- and 17-year-olds" are written "children aged
    16 and 17" as often. The numbers say whom the finding is about, and are read anywhere in a
    sentence (``findings.topic_terms_in``), not as a phrase with the topic's other words.

    >>> ages_as_numbers(("homeless", "16", "17", "year", "old"))
    ('homeless', '16', '17')
    >>> ages_as_numbers(("care", "leaver", "year"))
    ('care', 'leaver', 'year')
    """
    if not any(t.isdigit() for t in terms):
        return tuple(terms)
    return tuple(t for t in terms if t not in ("year", "old", "age"))


def coverage(terms: Sequence[str], sentence_terms: set[str], weights: Mapping[str, float]) -> float:
    """Share of the topic's weight (rarer words weigh more; 1.0 each if unknown) the sentence holds.

    >>> w = {"bed": 3.0, "breakfast": 3.0, "care": 0.5}
    >>> round(coverage(["bed", "breakfast", "care"], {"bed", "breakfast"}, w), 3)
    0.923
    """
    total = sum(weights.get(t, 1.0) for t in terms)
    if not total:
        return 0.0
    return sum(weights.get(t, 1.0) for t in terms if t in sentence_terms) / total


def timeliness_item(sentence: str, heading: str | Callable[[], str]) -> bool:
    """Whether ``sentence`` is an item on timeliness ("The timeliness of actions ...") of a list
    headed "What needs to improve?" (``heading`` is called only for such a sentence)."""
    if not re.match(r"\W*(?:the\s+)?timeliness\b", sentence, re.I):
        return False
    return sentence_polarity("", heading=heading() if callable(heading) else heading) < 0


def acronym_options(topic: str, terms: Sequence[str]) -> list[tuple[str, tuple[str, ...]]]:
    """Initials of two to four consecutive words of the topic (its terms, and "child"), the longest
    first, each with the terms it stands for: the reports may abbreviate only a part of the topic.

    >>> terms = ("challeng", "independ", "review", "offic")
    >>> [a for a, _ in acronym_options("challenge independent reviewing officers", terms)][:3]
    ['CIRO', 'CIR', 'IRO']
    >>> acronym_options("challenge independent reviewing officers", terms)[2][1]
    ('independ', 'review', 'offic')
    """
    words = [w for w in tokenize(topic, stem=False) if w == "child" or tokenize(w)[0] in terms]
    out = []
    for n in range(min(4, len(words)), 1, -1):
        for i in range(len(words) - n + 1):
            part = words[i : i + n]
            out.append(("".join(w[0] for w in part).upper(), tuple(t for w in part for t in tokenize(w))))
    return out
