"""Topic words in another sense: what a finding list must not read as its topic.

Pure functions on strings for ``assistant/answers/findings.py``. A topic's
word can be in a sentence without the topic being there:

- a word of its family used as a verb: the topic "advocacy services" is not
  in "a social worker who can advocate on their behalf" nor in "PAs
  advocating for care leavers" (the noun "advocates" still is);
- a word that a qualifier before it makes another field: "mental health
  assessments" are not "health assessments", unless the question names
  the qualifier itself.

``in_topic_sense`` blanks those words (keeping every other character where
it was), so what reads the sentence for the topic's words does not see them.

>>> in_topic_sense(("advocaci",), "PAs advocate for young people.")
'PAs          for young people.'
>>> in_topic_sense(("health", "assess"), "Mental health assessments are late.")
'Mental        assessments are late.'
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Mapping, Sequence

from assistant.search.sparse import tokenize


def same_family(term: str, token: str) -> bool:
    """Whether a sentence's stemmed ``token`` is the topic's ``term`` or a word of its family.

    The stemmer leaves "advocacy" as "advocaci" and "advocate" as "advoc";
    one being the start of the other (five letters at least, and most of
    the longer word) is the same word. A short start is another word's
    prefix: "inter" (of "inter-agency") is not "interpret".

    >>> same_family("advocaci", "advoc"), same_family("plan", "planet")
    (True, False)
    >>> same_family("interpret", "inter"), same_family("supervis", "supervisor")
    (False, True)

    Words that only look related are not: "emerge" is no "emergency".

    >>> same_family("emergenc", "emerg")
    False
    """
    short, long = sorted((term, token), key=len)
    if (short, long) in _FALSE_FRIENDS:
        return False
    return token == term or (len(short) >= 5 and long.startswith(short) and len(short) >= 0.6 * len(long))


# Stems whose shared start is no shared meaning: (the shorter, the longer).
_FALSE_FRIENDS = frozenset({("emerg", "emergenc")})


def is_topic_word(term: str, token: str) -> bool:
    """Whether a sentence's stemmed ``token`` is the topic's ``term``: a word of its family, or
    one of the few words the reports use for it ("reliant on", "dependent on" for "reliance on").

    >>> is_topic_word("relianc", "depend"), is_topic_word("relianc", "reliabl")
    (True, False)
    >>> is_topic_word("instabl", "churn")
    True
    """
    return same_family(term, token) or token in SAME_WORD.get(term, ())


# Stems the reports use for the same thing; few, as a wrong one lists what is not the topic.
SAME_WORD = {
    "relianc": frozenset({"reliant", "overreli", "reli", "depend"}),
    "write": frozenset({"written", "wrote"}),  # an irregular verb's forms
    "see": frozenset({"seen", "saw"}),
    # What the reports call instability of staff or leaders: "churn", "turnover".
    "instabl": frozenset({"churn", "turnov"}),
}


def in_topic_sense(terms: Sequence[str], sentence: str) -> str:
    """``sentence`` with the topic's words that are used in another sense blanked (see the module),
    and, for a topic of repeats, "re-referred" read as "repeat referred"."""
    sentence = repeats_read(terms, sentence)
    out = sentence
    prefixes = tuple(t[:4] for t in terms)
    for m in _WORD.finditer(sentence):
        if not m.group(0).lower().startswith(prefixes):
            continue
        stems = tokenize(m.group(0))
        if not stems:
            continue
        stem = stems[0]
        family = [t for t in terms if t != stem and same_family(t, stem)]
        # "re-referred" (read "repeat referred") is the topic "repeat referrals"
        if family and _is_verb(sentence, m) and not sentence[: m.start()].endswith("repeat "):
            out = out[: m.start()] + " " * (m.end() - m.start()) + out[m.end() :]
        elif stem in terms and stem in _FIELDS:
            before = _QUALIFIER.search(sentence, 0, m.start())
            if before and before.group(1).lower() in _FIELDS[stem] and not _asked(terms, before.group(1)):
                out = out[: m.start()] + " " * (m.end() - m.start()) + out[m.end() :]
    return out


def repeats_read(terms: Sequence[str], sentence: str) -> str:
    """For a topic of repeats, ``sentence`` with "re-referred" read as "repeat referred".

    >>> repeats_read(("repeat", "referr"), "Children are re-referred.")
    'Children are repeat referred.'
    """
    return _RE_PREFIX.sub("repeat ", sentence) if "repeat" in terms else sentence


def _is_verb(sentence: str, m: re.Match[str]) -> bool:
    """Whether the word at ``m`` is a verb: "-ing", "-ed", or a bare form after "to" or a modal, or before
    "for" or "on behalf" ("to advocate", "can advocate", "advocate for"); "advocates" stays a noun."""
    word = m.group(0).lower()
    if word.endswith(("ing", "ed")):
        return True
    if word.endswith("s"):
        return False
    return bool(_VERB_BEFORE.search(sentence, 0, m.start()) or _VERB_AFTER.match(sentence, m.end()))


def _asked(terms: Sequence[str], qualifier: str) -> bool:
    return bool(set(tokenize(qualifier)) & set(terms))


_RE_PREFIX = re.compile(r"\bre-?(?=referr)", re.I)
_WORD = re.compile(r"[A-Za-z]+(?:[-‑][A-Za-z]+)*")
_VERB_BEFORE = re.compile(
    r"\b(?:to|can|could|will|would|should|may|might|must|cannot|not|helps?)\s+(?:always\s+|\w+ly\s+){0,2}$",
    re.I,
)
_VERB_AFTER = re.compile(r"\s+(?:for|on (?:behalf|their|his|her)|against)\b", re.I)
# Qualifiers that make a topic word another field ("mental health" is not "health").
# A parent's mental health is not the children's ("the impact of poor parental mental health").
_FIELDS = {
    "health": frozenset({"mental", "emotional", "sexual", "public", "dental", "oral"}),
    "mental": frozenset({"parental", "maternal", "paternal", "adult"}),
}
_QUALIFIER = re.compile(r"\b([A-Za-z]+)\s+$")


# Words of a topic too common to decide anything.
GENERIC_WORDS = frozenset(
    "council councils local authority children child young people experience service services".split()  # noqa: SIM905
)
# Of those, the adjectives: before another word they name a kind of it ("young carers", "local offer").
_QUALIFIERS = frozenset(tokenize("young local"))


def acronym_of(topic: str) -> str | None:
    """The initials the reports abbreviate a two- to four-word topic to, as they write it.

    "Child" is kept, as the reports keep it ("CP", "ICPC"); the reports also put
    one more letter before it ("initial", "review": ``ACRONYM``).

    >>> acronym_of("their personal education plans"), acronym_of("caseloads")
    ('PEP', None)
    >>> acronym_of("child protection conferences")
    'CPC'
    """
    words = [w for w in tokenize(topic, stem=False) if w == "child" or w not in GENERIC_WORDS]
    return "".join(w[0] for w in words).upper() if 2 <= len(words) <= 4 else None


# The acronym as written, maybe after one more initial: "ICPCs" for "child protection conferences".
ACRONYM = r"\b[A-Z]?{}s?\b"


# Whom a service is for, as its possessor: context of a finding ("care leavers' health
# histories"), not its topic. A subject is kept: "care leavers living in hotels".
RECIPIENTS = re.compile(
    r"\b(?:children|young people|care[- ]leavers|care[- ]experienced(?: young people)?|families|parents)"
    r"(?:['’]s|(?<=s)['’])(?=\s)",
    re.I,
)


def topic_terms(rest: str, generic: Collection[str]) -> tuple[str, tuple[str, ...]]:
    """The topic's text and stemmed terms, without whom it is for nor ``generic`` words, unless
    that leaves too little.

    Whom a service is for is not what it is: "care leavers' health histories" are health
    histories, as the reports say ("not all young people have access to their health
    histories"); whose caseloads ("personal advisers'") is part of what is asked. A topic
    of common words keeps them all: "children in care council" is not "care".

    >>> topic_terms("care leavers' health histories", {"children"})
    ('  health histories', ('health', 'histori'))
    >>> topic_terms("children in care council", {"children", "council"})[1]
    ('children', 'care', 'council')
    >>> topic_terms("young carers", {"young"})[1]
    ('young', 'carer')
    """
    whole = rest
    if tokenize(RECIPIENTS.sub(" ", rest)):
        rest = RECIPIENTS.sub(" ", rest)
    terms = tuple(dict.fromkeys(t for t in tokenize(rest) if t not in generic))
    words = tokenize(rest)
    if len(terms) < 2 and len(tokenize(whole)) >= 3:
        rest, terms = whole, tuple(dict.fromkeys(tokenize(whole)))
    elif len(terms) == 1 and any(a in _QUALIFIERS and b == terms[0] for a, b in itertools.pairwise(words)):
        # A common adjective before the one word left is part of its name: "young carers" are not carers.
        terms = tuple(dict.fromkeys(words))
    return rest, terms or tuple(tokenize(rest))


def head_of(question: str, rest: str, terms: Sequence[str]) -> str | None:
    """The topic's last term when the question writes it right after another of the topic's words:
    "health histories" is a compound, "living in hotels" is not. A compound's head alone is the
    wider kind ("their histories", "breaks"), so it does not name the topic alone.

    >>> head_of("criticised for their health histories?", "health histories", ("health", "histori"))
    'histori'
    >>> head_of("living in hotels?", "living hotels", ("live", "hotel")) is None
    True
    """
    words = tokenize(rest, stem=False)
    if len(terms) < 2 or len(words) < 2 or tokenize(words[-1]) != [terms[-1]]:
        return None
    adjacent = rf"\b{re.escape(words[-2])}[\s-]+{re.escape(words[-1])}\b"
    return terms[-1] if re.search(adjacent, question, re.I) else None


def names_key(terms: Sequence[str], acronym: str | None, sentence: str, weights: Mapping[str, float]) -> bool:
    """Whether ``sentence`` names the topic's most telling word (its rarest, an age or a
    number aside), in any of its forms or by the topic's acronym.

    Common words can add up to most of a topic's weight without it: "16- and
    17-year-old children" hold four of "homeless 16- and 17-year-olds"'s five
    words, and none of what is asked. Without weights every word is as
    telling, and none is required.

    >>> t = ("homeless", "16", "17", "year", "old")
    >>> w = {"homeless": 3.6, "16": 2.6, "17": 3.0, "year": 2.0, "old": 3.6}
    >>> names_key(t, None, "There are delays in completing PEPs for 16- and 17-year-old children.", w)
    False
    >>> names_key(t, None, "Children aged 16 and 17 presenting as homeless wait too long.", w)
    True
    """
    if not weights or not terms:
        return True
    if acronym and re.search(ACRONYM.format(acronym), sentence):
        return True
    telling = [t for t in terms if not _AGE_WORD.match(t)] or list(terms)
    key = max(telling, key=lambda t: weights.get(t, 1.0))
    return any(is_topic_word(key, tok) for tok in tokenize(in_topic_sense(terms, sentence)))


# Words of an age ("16- and 17-year-olds") or a number: whom a service is for, not what it is.
_AGE_WORD = re.compile(r"^(?:\d+|year|old|age)$")
