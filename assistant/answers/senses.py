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

import re
from collections.abc import Sequence

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
    """
    short, long = sorted((term, token), key=len)
    return token == term or (len(short) >= 5 and long.startswith(short) and len(short) >= 0.6 * len(long))


def is_topic_word(term: str, token: str) -> bool:
    """Whether a sentence's stemmed ``token`` is the topic's ``term``: a word of its family, or
    one of the few words the reports use for it ("reliant on", "dependent on" for "reliance on").

    >>> is_topic_word("relianc", "depend"), is_topic_word("relianc", "reliabl")
    (True, False)
    """
    return same_family(term, token) or token in SAME_WORD.get(term, ())


# Stems the reports use for the same thing; few, as a wrong one lists what is not the topic.
SAME_WORD = {"relianc": frozenset({"reliant", "overreli", "reli", "depend"})}


def in_topic_sense(terms: Sequence[str], sentence: str) -> str:
    """``sentence`` with the topic's words that are used in another sense blanked (see the module)."""
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
        if family and _is_verb(sentence, m):
            out = out[: m.start()] + " " * (m.end() - m.start()) + out[m.end() :]
        elif stem in terms and stem in _FIELDS:
            before = _QUALIFIER.search(sentence, 0, m.start())
            if before and before.group(1).lower() in _FIELDS[stem] and not _asked(terms, before.group(1)):
                out = out[: m.start()] + " " * (m.end() - m.start()) + out[m.end() :]
    return out


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


_WORD = re.compile(r"[A-Za-z]+(?:[-‑][A-Za-z]+)*")
_VERB_BEFORE = re.compile(
    r"\b(?:to|can|could|will|would|should|may|might|must|cannot|not|helps?)\s+(?:always\s+|\w+ly\s+){0,2}$",
    re.I,
)
_VERB_AFTER = re.compile(r"\s+(?:for|on (?:behalf|their|his|her)|against)\b", re.I)
# Qualifiers that make a topic word another field ("mental health" is not "health").
_FIELDS = {"health": frozenset({"mental", "emotional", "sexual", "public", "dental", "oral"})}
_QUALIFIER = re.compile(r"\b([A-Za-z]+)\s+$")
