"""Finding lists, the question side: what "which councils ..." asks, and whether a sentence states it.

"Which councils were criticised for high caseloads since 2023?", "Where did
Ofsted find care leavers living in bed and breakfast accommodation?", "How
many councils' reports say children have too many changes of social
worker?" are answered by reading every report in scope
(``assistant/answers/finding_scan.py``) and deciding, per report, whether
one of its sentences states the finding. The decision here is pure and
precision-first:

- the sentence holds the topic's words (most of their weight, rare words
  counting more) as a phrase: each within two words of another, in their
  word families ("advocates" for "advocacy"), or as the reports' acronym
  ("PEPs" for "personal education plans"), and in the topic's sense (not
  a verb of its family, "can advocate", nor another field, "mental health
  assessments" for "health assessments": ``assistant/answers/senses.py``);
- where the question words the finding ("too high", "manageable", "too
  many"; "low" where it criticises: "low immunisation rates"), the
  sentence words it so too, with no opposite wording ("high"
  is not "manageable") and no negation just before it;
- where the question negates a wording ("are not timely"), the part of the
  sentence that names the topic says so, also in other words ("are
  significantly delayed", "outside of timescales");
- where it asks for criticism without a wording ("criticised for their
  private fostering arrangements"), the part that names the topic holds a
  word of fault ("not always", "inconsistent", "lack", "delays"), not a
  hedge ("some", "only") nor a fault of another thing ("a lack of
  emergency placements"); a "What needs to improve?" list item counts; a
  topic that is itself a fault ("reliance on agency staff") is criticised
  by saying it is there, not lessened ("low", "no", "has fallen");
- it does not deny it ("no care leavers are in bed and breakfast");
- it is not in the past ("until recently", "have reduced", "no longer"),
  progress ("has improved") nor an aim ("caseloads need to be manageable"),
  in the clause that words it ("has improved, although some children
  experience delays" is still a criticism);
- where the question asks for praise, the sentence leans that way
  (``assistant/answers/polarity.py``, with the heading it is read under).

>>> q = finding_question("Which councils were criticised for high caseloads since 2023?")
>>> q.topic, q.polarity, q.predicate
('high caseloads', -1, 'high')
>>> states(q, "Social workers’ caseloads are too high, and this impacts their work.", weights={})
True
>>> states(q, "Manageable caseloads enable a high level of engagement.", weights={})
False
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable, Mapping

from assistant.answers.faults import (
    BENEFIT,
    BURDEN,
    IMPACT_DENIED,
    LEADING_CONDITION,
    NEGATED_FORMS,
    NOT_OF_GROUP,
    NOT_STATED,
    PAST,
    PROGRESS,
    PRONOUN,
    STRENGTH,
    UNDONE,
    clauses,
    faults,
    parts,
    says,
    states_burden,
    unconditional,
    without_faults_of_others,
)
from assistant.answers.finding_alternatives import alternatives, people_only, tidy
from assistant.answers.finding_clause import (
    LEADING_WHEN,
    agent_only,
    as_negated,
    before_aim,
    either,
    fault_clause,
    group_of,
    hyphens_in,
    hyphens_out,
    negated_alternatives,
    other_group,
    uncontracted,
    whom_of,
    without_agent_and_standard,
    wording_of,
)
from assistant.answers.finding_frame import CRITICISM, PRAISE, SET_AGAINST, quoted_in, without_frame
from assistant.answers.finding_read import (
    PRACTICE,
    FindingQuestion,
    may_state,
    named_again,
    names_topic,
    topic_terms_in,
)
from assistant.answers.finding_topic import (
    OTHER_FORMS,
    PREDICATES,
    addressed_to,
    ages_as_numbers,
    coverage,
    document_kind,
    evaluative_lean,
    said_of,
    timeliness_item,
    without_evaluative,
    without_group,
    without_trailing,
)
from assistant.answers.polarity import sentence_polarity
from assistant.answers.senses import (
    GENERIC_WORDS,
    acronym_of,
    head_of,
    is_topic_word,
    names_key,
    topic_terms,
)
from assistant.search.sparse import tokenize

_BY_DATE = re.compile(r"\bby date\b|\b(newest|latest|most recent|oldest) first\b|\bchronolog", re.I)
_COUNT = re.compile(r"^\W*(?:in\s+)?how many\b", re.I)
# Where a sentence turns ("mostly manageable, but too high in some teams"):
# the finding's wording and its opposite are read clause by clause.
_CLAUSES = re.compile(r"[,;:]|\b(?:but|although|though|however|whereas|while|despite)\b", re.I)
_NEGATION = re.compile(r"\b(not|no|never|without|nor)\s+(?:\w+\s+){0,2}$", re.I)
# A small difference is not the wording: "slightly higher in some teams than others".
_HEDGED = re.compile(r"\b(?:slightly|marginally|a (?:little|bit)|somewhat)\s+$", re.I)
_GENERIC = frozenset(tokenize(" ".join(GENERIC_WORDS)))
# Who did it, opening the topic: "social workers or their decisions were too optimistic about ...".
_STAFF_LEAD = re.compile(
    r"^\W*(?:their\s+)?(?:social\s+workers|practitioners|staff|managers)"
    r"(?:\s+(?:or|and)\s+(?:their\s+)?(?:decisions|practice|work|assessments|plans))?\s+(?!(?:or|and)\b)(?=\w)",
    re.I,
)

# "give care leavers free prescriptions", "getting laptops to children": the question's verb of
# giving; a report says "care leavers have access to free prescriptions", "laptops were provided".
# ("give up on care leavers" is no gift; "get children seen quickly" is done, not given)
_GIVING_LEAD = re.compile(
    r"^\W*(?:give[ns]?|giving|gave|offer(?:s|ing|ed)?|provid(?:e|es|ing|ed))\s+(?!(?:up|in|way|out)\b)(?=\w)",
    re.I,
)
# Whom a thing is given to, who may stand alone as an alternative once the verb is gone.
_GIVEN_TO = frozenset(tokenize("foster carers special guardians guardian adopters adoptive carer"))


def _without_giving(topic: str) -> str:
    """``topic`` without its verb of giving, unless an alternative of what is left names only
    people: "giving foster carers or special guardians a council tax break" would leave "foster
    carers" a topic of its own."""
    given = _GIVING_LEAD.sub("", topic)
    people = [
        a for a in alternatives(without_evaluative(given)) if set(tokenize(a)) <= _GIVEN_TO or people_only(a)
    ]
    return topic if people else given


def finding_question(question: str, search_text: str | None = None) -> FindingQuestion:
    """The finding ``question`` asks about; ``search_text`` is the question without its dates.

    The topic is read by ``assistant/answers/finding_topic.py``: without its
    evaluative words, trailing qualifier and document kind, and as
    alternatives where it offers them.
    """
    # (a period taken out of the front leaves its comma: ", which councils ...")
    text = without_trailing(LEADING_WHEN.sub("", uncontracted(search_text or question)).lstrip(" ,;:"))
    if wordings := negated_alternatives(text):  # "not being visited ..., or not seen alone"
        return either(tidy(without_frame(text)), [finding_question(question, w) for w in wordings])
    text, often = without_agent_and_standard(text)
    text, fault = fault_clause(text)  # "meetings were irregular or poorly attended"
    topic = hyphens_out(tidy(without_frame(hyphens_in(text))))
    negated = _NEGATED.search(topic)
    predicate = wording_of(question, topic, negated, often=often, fault=fault)
    rest, whom = topic, None
    if negated:
        # "care leavers do not know their entitlements": whom it is about is not what they do not know
        subject = topic[: negated.start()]
        rest = ("" if people_only(subject) or agent_only(subject) else subject) + " " + topic[negated.end() :]
        whom = whom_of(subject, topic[negated.end() :])
        if not set(tokenize(rest)) - _GENERIC:  # "children not being visited": the visits
            rest = negated.group(1)
    elif predicate:
        rest = re.sub(rf"\b(?:{PREDICATES[predicate][0]})\b", " ", rest, flags=re.I)
    whom = whom or group_of(topic)  # "young people who had left care struggled to ...": care leavers
    # "supervision lacks reflection": a clause, which reports write as one ("supervision is
    # regular, although it is not always sufficiently reflective"), not as a phrase.
    rest = without_group(_without_giving(_STAFF_LEAD.sub("", rest)))
    clause = said_of(rest) or bool(fault)
    rest = without_evaluative(rest)
    options = alternatives(rest)
    lean = question.replace(topic, " ") if predicate is None else question
    # "in a crisis, rather than in a planned way": the topic is set against what should be
    against = bool(SET_AGAINST.search(lean)) and not PRAISE.search(lean)
    polarity = -1 if CRITICISM.search(lean) or against else 0
    polarity = polarity or (1 if PRAISE.search(lean) else evaluative_lean(topic))
    if predicate in ("too many", "high", "delay", "not seen", "low") or negated or fault:
        polarity = -1
    elif predicate == "manageable":
        polarity = 1

    def read(rest: str, topic: str) -> FindingQuestion:
        rest, terms = topic_terms(rest, _GENERIC)
        terms = ages_as_numbers(terms)
        return FindingQuestion(
            question,
            topic or text,
            terms,
            predicate,
            polarity,
            count=bool(_COUNT.search(question)),
            by_date=bool(_BY_DATE.search(question)),
            kind=document_kind(question),
            acronym=acronym_of(rest),
            head=head_of(question, rest, terms),
            to_whom=addressed_to(rest, terms),
            clause=clause,
            whom=whom,
            practice=polarity > 0 and predicate is None and bool(PRACTICE.search(question)),
            quoted=tuple(p for p in quoted_in(question) if p.lower() in topic.lower()),
        )

    whole = read(rest, topic)
    if len(options) < 2:
        return whole
    each = tuple(read(o, o) for o in options)
    terms = tuple(dict.fromkeys(t for a in each for t in a.terms))
    return dataclasses.replace(whole, terms=terms, acronym=None, head=None, alternatives=each)


def states(
    q: FindingQuestion,
    sentence: str,
    *,
    weights: Mapping[str, float],
    heading: str | Callable[[], str] = "",
    min_coverage: float = 0.7,
) -> bool:
    """Whether ``sentence`` states the finding ``q`` asks about (see the module docstring).

    ``heading`` is the heading the sentence is read under, or a function
    that finds it (called only for a sentence that words the finding).
    Of a topic's alternatives, one stated is enough.
    """
    if q.alternatives:
        # ``may_state`` first: the quick test spares the reading of alternatives not in the sentence.
        return any(
            may_state(a, sentence, weights=weights, min_coverage=min_coverage)
            and states(a, sentence, weights=weights, heading=heading, min_coverage=min_coverage)
            for a in q.alternatives
        )
    if coverage(q.terms, topic_terms_in(q, sentence, weights, min_coverage), weights) < min_coverage:
        return False
    if q.whom and other_group(q.whom, sentence):  # care leavers' PAs' visits, for children's visits
        return False
    if q.to_whom and not re.search(q.to_whom, sentence, re.I):
        return False
    # A part's acronym is not the topic without the rest of it ("IRO meeting notes" for "challenge by IROs").
    if q.acronym_terms and not all(
        any(is_topic_word(t, tok) for tok in tokenize(sentence)) for t in q.terms if t not in q.acronym_terms
    ):
        return False
    # "care plans for children who are not living in kinship arrangements" is not about kinship care.
    sentence = NOT_OF_GROUP.sub(" ", sentence)
    if not names_key(q.terms, q.acronym, sentence, weights) or IMPACT_DENIED.search(sentence):
        return False
    if q.predicate is not None and q.predicate not in PREDICATES:  # "not timely"
        return negated_wording(q, sentence, heading() if callable(heading) else heading, weights=weights)
    # "The timeliness of ..." under "What needs to improve?" words a delay
    if (
        q.predicate is not None
        and not _worded(q, sentence)
        and not (q.predicate == "delay" and timeliness_item(sentence, heading))
    ):
        return False
    if q.predicate is None and q.polarity < 0:
        return criticises(q, sentence, heading() if callable(heading) else heading)
    if q.predicate is None and q.polarity > 0 and not q.to_whom and praises(q, sentence, heading):
        return True
    # The clause that words the finding decides (an aim or a past state in
    # another clause does not undo it); without a wording asked for, the sentence.
    # Stated, not supposed: "When care leavers live in unsuitable accommodation, they are well supported".
    if q.predicate is None and (
        PAST.search(sentence)
        or NOT_STATED.search(sentence)
        or _denied(q, sentence, weights)
        or not names_key(q.terms, q.acronym, LEADING_CONDITION.sub(" ", sentence), weights)
    ):
        return False
    # A wording asked for decides on its own words; only the heading a
    # sentence is read under ("What needs to improve?") can still overrule it.
    lean = sentence_polarity(
        "" if q.predicate else sentence, heading=heading() if callable(heading) else heading
    )
    if q.polarity < 0:
        return lean <= 0
    if q.polarity > 0:
        # Praise of a practice ("writing records to the child", "using the Mockingbird model") is
        # saying it is done, without fault.
        if q.predicate is None and ((lean == 0 and q.to_whom) or q.practice):
            return not criticises(q, sentence, heading() if callable(heading) else heading)
        return lean >= 0 if q.predicate else lean > 0
    return True


def praises(q: FindingQuestion, sentence: str, heading: str | Callable[[], str] = "") -> bool:
    """Whether the part of ``sentence`` about the topic praises it: a word of strength there
    (``faults.STRENGTH``), no word of fault, in a clause that is not past, progress or an aim;
    as ``criticises`` reads criticism. Another clause's aim ("and this is helping to ensure that")
    does not undo it, nor a hedge elsewhere.

    >>> q = finding_question("Which councils were praised for strong political support?")
    >>> praises(q, "Political support remains strong, and helps to ensure that needs are met.")
    True
    >>> praises(q, "Political support is strong, but corporate support is not.")
    True
    >>> praises(q, "Political support is not yet strong.")
    False
    >>> praises(q, "Political commitment is strong.")
    False
    """
    if sentence_polarity("", heading=heading() if callable(heading) else heading) < 0:
        return False
    # What is praised is the compound's head: "political commitment" is not "political support".
    if q.head and not any(is_topic_word(q.head, tok) for tok in tokenize(sentence)):
        return False
    named = False
    for part in parts(sentence):
        named = names_topic(q, part) or (named and bool(PRONOUN.match(part)))
        if not named or faults(before_aim(part)):
            continue
        if any(
            (STRENGTH.search(clause) or BENEFIT.search(clause))
            and (names_topic(q, clause) or PRONOUN.match(part))
            for clause in map(before_aim, clauses(part))
            if not (PAST.search(clause) or NOT_STATED.search(clause) or PROGRESS.search(clause))
        ):
            return True
    return False


def criticises(q: FindingQuestion, sentence: str, heading: str = "") -> bool:
    """Whether the part of ``sentence`` about the topic finds fault with it.

    The sentence is cut where it turns ("has improved, although some
    children experience delays in receiving their initial PEP"); a part that
    names the topic must hold a word of fault ("not always", "inconsistent",
    "lack", "delays", "low") that nothing denies ("without delay", "do not
    experience delays"), outside a condition ("when children do not ...")
    and in a part that is not past, progress or an aim. Hedges ("some",
    "only", "remain") are not fault. Under "What needs to improve?" a
    sentence finds fault whatever its words.

    >>> q = finding_question("Which councils were criticised for their advocacy services?")
    >>> criticises(q, "Not all children have access to advocates.")
    True
    >>> criticises(q, "Children have access to advocacy, but not all know how to complain.")
    False
    """
    lean = sentence_polarity("", heading=heading)
    if lean:
        return lean < 0
    if BURDEN.search(q.topic):
        return states_burden(q.terms, sentence)
    named = False
    for part in parts(sentence):
        # "Advocacy is available, but it is not yet embedded": "it" is the topic.
        named = names_topic(q, part) or (named and bool(PRONOUN.match(part) or named_again(q, part)))
        if named and any(
            faults(without_faults_of_others(clause, functools.partial(names_topic, q)), context=part)
            and not (PAST.search(clause) or NOT_STATED.search(clause) or PROGRESS.search(clause))
            for clause in map(before_aim, clauses(part))
        ):
            return True
    return False


def negated_wording(
    q: FindingQuestion, sentence: str, heading: str = "", *, weights: Mapping[str, float]
) -> bool:
    """Whether the part of ``sentence`` that holds the topic says what the question negates.

    "Return home interviews are not timely" is said as "not always timely",
    "Not all ... are timely", and in the words of lateness: "are
    significantly delayed", "completed outside of timescales", "not completed
    swiftly enough"; a "What needs to improve?" item names it ("The timeliness
    of initial health assessments"). A delay that is denied or being mended
    ("without delay", "reduced delays"), past or an aim is not it.

    >>> q = finding_question("Which councils' reports say health assessments are not timely?")
    >>> negated_wording(q, "There are delays in completing health assessments.", weights={})
    True
    >>> negated_wording(q, "Health assessments are timely, but mental health work has delays.", weights={})
    False
    """
    assert q.predicate is not None
    stems = [w[:5] for w in q.predicate[4:].split(" or ")]
    either = "|".join(re.escape(stem) for stem in stems)
    if sentence_polarity("", heading=heading) < 0 and re.search(rf"\b(?:{either})", sentence, re.I):
        return True
    said = re.compile(
        rf"\b(?:not|never|no|insufficiently)\b(?:\s+[\w’']+){{0,6}}?\s+(?:{either})\w*"
        # "struggle to access and fully understand the offer": a word of difficulty before the verb
        rf"|\b(?:struggl\w*|unable|difficult\w*)\s+to\s+(?:[\w’']+\s+){{0,3}}?(?:{either})\w*"
        + "".join(rf"|{NEGATED_FORMS[stem]}" for stem in stems if stem in NEGATED_FORMS),
        re.I,
    )
    named = False
    for part in parts(sentence):
        # "... are offered, but these are not always timely": "these" is the topic.
        named = coverage(q.terms, topic_terms_in(q, part, weights), weights) >= 0.7 or (
            named and bool(PRONOUN.match(part))
        )
        # A list of wordings runs over commas ("not effective, reflective or frequent enough").
        # What it is not done for follows it: "do not visit them often enough to ensure that ...".
        if named and any(says(said, as_negated(c)) for c in [*clauses(part), part]):
            return True
    return False


# "return home interviews are not timely": the wording the question negates.
# "pathway plans are not kept up to date": the wording is "up to date", not "kept".
_NEGATED = re.compile(
    r"\bnot\s+(?:always\s+|consistently\s+|sufficiently\s+)?(?:kept\s+|being\s+|been\s+)?"
    # "do not know or understand their entitlements": both verbs are the wording
    r"(up[- ]to[- ]date|[a-z]{4,}(?:\s+or\s+(?!(?:the|their|its|a|an)\b)[a-z]{4,}"
    r"(?=\s+(?:the|their|its|a|an)\b))?)\b",
    re.I,
)

# "There are no care leavers in bed and breakfast accommodation" denies the finding.
_DENIAL = re.compile(r"\b(no|not|never|none|nor|without|rare|rarely|last resort|avoid\w*)\b|n['’]t\b", re.I)
# What is left out of a list reaches over its commas ("essentials, such as Wi-Fi and driving
# lessons, are not included"), not over a turn in the sentence ("but", "although"). ("A lack of
# ..." is often a cause: "a lack of suitable accommodation means some live in bed and breakfast".)
_LEFT_OUT = re.compile(
    r"\b(?:are|is|were|was)\s+not\s+(?:included|offered|provided|available|funded|covered)\b",
    re.I,
)
_TURNS = re.compile(r";|\b(?:but|although|though|however|whereas|while|despite)\b", re.I)


def _denied(q: FindingQuestion, sentence: str, weights: Mapping[str, float]) -> bool:
    """Whether the clause naming the topic's rarest word denies it (unless the topic itself does).

    Only for a finding asked about without criticism: when criticism is
    asked for, "life-story work is not started early enough" is the finding.
    """
    if not q.terms or _DENIAL.search(q.topic) or q.polarity < 0:
        return False
    key = max(q.terms, key=lambda t: weights.get(t, 1.0))
    return any(key in tokenize(c) and _DENIAL.search(c) for c in _CLAUSES.split(sentence)) or any(
        key in tokenize(c) and _LEFT_OUT.search(c) for c in _TURNS.split(sentence)
    )


def _worded(q: FindingQuestion, sentence: str) -> bool:
    """A clause naming the topic (a word of its family, or its acronym) uses the predicate's words
    (or their other forms: "not ... in a timely way" is a delay), not negated, hedged or undone
    ("to reduce the risk of drift and delay"), and none of its opposites."""
    assert q.predicate is not None
    words, opposite = PREDICATES[q.predicate]
    also = OTHER_FORMS.get(q.predicate)
    for clause in _CLAUSES.split(sentence):
        # "When there are delays in adoption being achieved, there are purposeful ... reasons for this";
        # "delay in planning for them when their plan is not one of adoption".
        clause = unconditional(clause)
        if q.terms and not names_topic(q, clause):
            continue
        if re.search(opposite, clause, re.I) or PAST.search(clause) or NOT_STATED.search(clause):
            continue
        if also and re.search(also, clause, re.I):
            return True
        for m in re.finditer(rf"\b(?:{words})\b", clause, re.I):
            before = clause[: m.start()]
            if not (_NEGATION.search(before) or _HEDGED.search(before) or UNDONE.search(before)):
                return True
    return False
