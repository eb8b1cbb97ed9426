"""Finding lists: whether a sentence names a finding's topic, and the finding question itself.

``FindingQuestion`` is what ``assistant/answers/findings.py`` reads out of a
question; the functions here say whether a sentence holds the topic's words
as the topic (a phrase, its acronym, its words said as a clause) and are
shared by the decision (``findings.states``) and the quick letter test.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from assistant.answers.finding_topic import coverage, without_degree
from assistant.answers.senses import ACRONYM, SAME_WORD, in_topic_sense, is_topic_word, repeats_read
from assistant.search.sparse import tokenize


@dataclass(frozen=True)
class FindingQuestion:
    """What a finding-list question asks: the finding, its wording and lean, and the reports to read."""

    question: str
    topic: str
    terms: tuple[str, ...]
    predicate: str | None = None
    polarity: int = 0  # -1: criticism asked for, +1: praise, 0: either
    count: bool = False
    by_date: bool = False
    kind: str = "inspection"  # which documents: "inspection", "focused visit", "monitoring visit", "visit"
    acronym: str | None = None  # "PEP" for "personal education plans": the reports' short form
    acronym_terms: tuple[
        str, ...
    ] = ()  # the terms it stands for, when not all ("IRO" of "challenge by IROs")
    head: str | None = None  # "histori" of "health histories": a compound's last word, not the topic alone
    # "repeat referrals or repeat child protection plans": each its own topic; one stated is the finding
    alternatives: tuple[FindingQuestion, ...] = ()
    to_whom: str | None = None  # "to the child" of "writing records to the child": a sentence must say it
    clause: bool = False  # "supervision lacks reflection": its words anywhere in a sentence, not a phrase
    whom: str | None = None  # "children" or "care leavers": whom a negated wording is said of
    # "praised for using the Mockingbird model": a practice whose use, stated without fault, is the praise
    practice: bool = False
    quoted: tuple[str, ...] = ()  # "young inspectors" the question quotes: a sentence writes it as a phrase


def topic_terms_in(
    q: FindingQuestion, sentence: str, weights: Mapping[str, float] | None = None, min_coverage: float = 0.7
) -> set[str]:
    """The topic's terms a sentence holds: as words of their family, near another of them, or abbreviated.

    A topic of several words is a phrase: "personal education plans" is not
    held by "personal advisers ... in education", so each word counts only
    within two words of another of the topic's. The topic's acronym
    written as the reports write it ("PEPs") holds all of its words. A word
    in another sense ("can advocate" for "advocacy") is not the topic's.

    >>> from assistant.answers.findings import finding_question
    >>> q = finding_question("Which councils were criticised for their personal education plans?")
    >>> sorted(topic_terms_in(q, "Some PEPs lack targets."))
    ['educ', 'person', 'plan']
    >>> topic_terms_in(q, "Personal advisers help care leavers into education.")
    set()
    """
    if q.quoted and not any(_written_as(p).search(sentence) for p in q.quoted):
        return set()
    # Words of degree between them do not part them: "supervision is not always reflective".
    spared = functools.partial(_is_topic_token, q.terms)
    tokens = tokenize(without_degree(nouns_only(q, in_topic_sense(q.terms, sentence)), spared))
    hits = [(i, t) for i, tok in enumerate(tokens) for t in q.terms if is_topic_word(t, tok)]
    # A part's acronym stands where its words would ("PAs' caseloads" for "personal advisers' caseloads").
    short = {q.acronym.lower(), q.acronym.lower() + "s"} if q.acronym and q.acronym_terms else set()
    hits += [(i, t) for i, tok in enumerate(tokens) if tok in short for t in q.acronym_terms]
    # A word that alone holds most of the topic's weight needs no neighbour ("kinship carers" for
    # "kinship care"): the phrase rule is against scattered words adding up.
    # A compound's last word, its head, is the wider kind and does not name it alone: "their
    # histories" are not "health histories", "breaks" not "short breaks".
    alone = {
        t for t in q.terms if t != q.head and weights and coverage(q.terms, {t}, weights) >= min_coverage
    }
    # An age ("aged 16 and 17") is whom the topic is about: anywhere in the sentence, near nothing.
    ages = {t for t in q.terms if t.isdigit()}
    words = [(i, t) for i, t in hits if t not in ages]
    near = {
        t
        for i, t in words
        if len(q.terms) - len(ages) == 1
        or (q.clause and t != q.head)  # a compound's head names it only beside its other words
        or t in alone
        or any(u != t and abs(i - j) <= 2 for j, u in words)
    } | {t for _, t in hits if t in ages}
    if q.acronym and re.search(ACRONYM.format(q.acronym), sentence):
        near |= set(q.acronym_terms) or set(tokenize(q.topic)) & set(q.terms)
    return near


@functools.cache
def _written_as(phrase: str) -> re.Pattern[str]:
    """A quoted phrase as a sentence may write it: its words in order, each maybe plural.

    >>> bool(_written_as("young inspectors").search("Young Inspector roles")), bool(
    ...     _written_as("young inspectors").search("young people met inspectors"))
    (True, False)
    """
    words = [re.escape(w.lower().removesuffix("s")) for w in re.findall(r"[\w’'-]+", phrase)]
    return re.compile(r"\b" + r"[\s-]+".join(rf"{w}(?:s|es)?" for w in words) + r"\b", re.I)


def _is_topic_token(terms: Sequence[str], word: str) -> bool:
    return any(is_topic_word(t, tok) for tok in tokenize(word) for t in terms)


def may_state(
    q: FindingQuestion, sentence: str, *, weights: Mapping[str, float], min_coverage: float = 0.7
) -> bool:
    """A quick test that lets through every sentence ``states`` could accept (words' first letters only).

    >>> from assistant.answers.findings import finding_question
    >>> q = finding_question("Which councils were criticised for high caseloads?")
    >>> may_state(q, "Caseloads are high.", weights={}), may_state(q, "Plans are weak.", weights={})
    (True, False)
    """
    if q.alternatives:
        return any(may_state(a, sentence, weights=weights, min_coverage=min_coverage) for a in q.alternatives)
    if q.acronym and q.acronym in sentence:
        return True
    low = repeats_read(q.terms, sentence).lower()
    present = {
        t for t in q.terms if any(w[: 3 if len(w) <= 4 else 4] in low for w in (t, *SAME_WORD.get(t, ())))
    }
    return coverage(q.terms, present, weights) >= min_coverage


def named_again(q: FindingQuestion, part: str) -> bool:
    """Whether ``part`` names the topic again by its last word ("the out-of-hours service responds
    appropriately, but ... the service is not always timely")."""
    words = tokenize(q.topic, stem=False)
    return bool(words) and bool(
        re.search(rf"\b(?:the|this|these|that|those|its|their)\s+{re.escape(words[-1][:5])}\w*", part, re.I)
    )


def names_topic(q: FindingQuestion, part: str) -> bool:
    """Whether a part of a sentence names the topic: one of its words' family, or its acronym."""
    if q.acronym and re.search(ACRONYM.format(q.acronym), part):
        return True
    words = tokenize(nouns_only(q, in_topic_sense(q.terms, part)))
    return any(is_topic_word(t, tok) for tok in words for t in q.terms)


def nouns_only(q: FindingQuestion, sentence: str) -> str:
    """``sentence`` without the verbs of a topic's plural noun in "-ings" ("meetings", "hearings"):
    the stemmer makes "meetings" and "meet" one word, and "meet their needs" is no meeting.

    >>> from assistant.answers.findings import finding_question
    >>> q = finding_question("Which councils were criticised for their child-in-need meetings?")
    >>> nouns_only(q, "Plans meet their needs; meetings are late.")
    'Plans      their needs; meetings are late.'
    >>> nouns_only(q, "Meeting the needs of children at the meeting.")
    '        the needs of children at the meeting.'
    """
    stems = {s for w in _INGS.findall(q.topic) for s in tokenize(w)}
    if not stems:
        return sentence

    def blank(m: re.Match[str]) -> str:
        word = m.group(0)
        stem = tokenize(word)[:1]
        # "meeting the needs of children" is the verb; "meeting minutes", "the meeting" the noun
        noun = word.lower().endswith("ings") or (
            word.lower().endswith("ing") and not _OBJECT_AFTER.match(sentence, m.end())
        )
        verb = not noun and bool(stem) and stem[0] in stems
        return " " * len(word) if verb else word

    return re.sub(r"[A-Za-z]+", blank, sentence)


_INGS = re.compile(r"\b[a-z]{3,}ings\b", re.I)
_OBJECT_AFTER = re.compile(
    r"\s+(?:the|all|their|his|her|its|a|an|this|these|those|every|each|any|some)\b", re.I
)


# A question praising the use of a practice: "praised for using the Mockingbird model", "for
# introducing family group conferences", "for its use of the Safe and Together approach", or a
# scheme named by its name.
PRACTICE = re.compile(
    r"\b(?:praised|credit(?:ed)?|commend(?:ed)?)\b[^?]*?\bfor\s+(?:(?:the|its|their)\s+use\s+of|using|having|"
    r"introducing|running|adopting|rolling\s+out|implementing|setting\s+up|bringing\s+in|"
    # what a council does for children: "credited for making sure care leavers have their passports"
    r"making\s+sure|ensuring|helping|supporting|giving|offering|providing|paying\s+for)\b"
    # a scheme by its name: "say something positive about their Mockingbird foster care scheme"
    r"|\b(?:positive|good)\s+(?:things?\s+)?about\s+(?:the|its|their)\s+(?-i:[A-Z])",
    re.I,
)
