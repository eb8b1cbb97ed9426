"""The inspection vocabulary a question may not use: everyday words and their terms of art.

A user asks about "children who run away"; the reports say "missing from
home or care" and "return home interviews". BM25 only matches words, so a
question in everyday words misses the passage that answers it. Each entry
names the words a question may use (``triggers``) and the report's words
(``terms``) that are added to the lexical side of the search when a trigger is
in the question. Abbreviations and their long forms trigger each other.

The list is written from the inspection frameworks' vocabulary, not learned
from evaluation questions, and it is short on purpose: every added word also
matches passages that do not answer the question.

>>> expand_query("What happens when children run away?")
'What happens when children run away? missing from home missing from care return home interviews'
>>> expand_query("How is the MASH working?")
'How is the MASH working? multi-agency safeguarding hub front door'
>>> expand_query("What did Ofsted say about caseloads?")
'What did Ofsted say about caseloads?'
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Entry:
    triggers: tuple[str, ...]
    terms: tuple[str, ...]


def _entry(triggers: str, terms: str) -> Entry:
    """'a|b' triggers, 'x|y' terms."""
    return Entry(tuple(triggers.split("|")), tuple(terms.split("|")))


GLOSSARY: tuple[Entry, ...] = (
    _entry(
        "run away|runs away|running away|ran away|runaways?|go missing|goes missing|went missing",
        "missing from home|missing from care|return home interviews",
    ),
    _entry("return home interviews?", "missing from home|missing from care"),
    _entry(
        "(?:isn't|is not|aren't|are not|not) (?:their|a) parents?|family friends?|not related",
        "private fostering|privately fostered",
    ),
    _entry("MASH|multi-agency safeguarding hubs?", "multi-agency safeguarding hub|front door"),
    _entry("front door", "multi-agency safeguarding hub|contacts and referrals"),
    _entry(
        "(?:staff|social worker|workforce) (?:churn|turnover|leaving)|churn|turnover|keep(?:ing)? staff|"
        "retain(?:ing)? staff|retention",
        "workforce stability|agency staff|recruitment and retention|turnover",
    ),
    _entry("agency (?:staff|workers|social workers)|locums?", "workforce stability|interim"),
    _entry(
        "leaving care|left care|leave care|care leavers?'? workers?|after care|aftercare",
        "care leavers|personal advisers|pathway plans",
    ),
    _entry("personal advisers?|PAs", "care leavers|pathway plans"),
    _entry(
        "grew up in care|(?:former|ex-)(?:children|young people) in care|care[- ]experienced|"
        "(?:young people|young adults) (?:who (?:have )?left|leaving|who grew up in) care",
        "care leavers",
    ),
    _entry(
        "(?:stay\\w*|remain\\w*|carry\\w* on living|liv\\w+) with "
        "(?:their )?(?:former )?foster (?:carers|families)",
        "staying put",
    ),
    _entry(
        "refugees?|refuge|asylum|asylum[- ]seekers?|arriv\\w+ alone|on their own|"
        "without (?:their )?(?:parents|family)",
        "unaccompanied asylum-seeking children|separated migrant children|UASC",
    ),
    _entry("UASC", "unaccompanied asylum-seeking children|separated migrant children"),
    _entry("separated migrant children", "unaccompanied asylum-seeking children|UASC"),
    _entry(
        "groom\\w*|gangs?|county lines|drug running|exploited",
        "exploitation|child sexual exploitation|child criminal exploitation",
    ),
    _entry("CSE", "child sexual exploitation"),
    _entry("CCE", "child criminal exploitation"),
    _entry("LADO", "local authority designated officer|allegations"),
    _entry(
        "allegations against (?:staff|professionals|adults|people who work)",
        "local authority designated officer|LADO",
    ),
    _entry("IROs?", "independent reviewing officers"),
    _entry("independent reviewing officers?", "IRO"),
    _entry("SGOs?", "special guardianship"),
    _entry("special guardianship", "SGO"),
    _entry("PLO", "public law outline|pre-proceedings"),
    _entry("pre-proceedings|public law outline", "PLO"),
    _entry(
        "(?:too many|number of|how many) (?:cases|children per)|workloads?",
        "caseloads",
    ),
    _entry(
        "not enough (?:foster carers|placements|homes)|shortage of (?:foster carers|placements|homes)",
        "sufficiency|placement sufficiency",
    ),
    _entry("(?:school|education) (?:of|for) children in care|school for children in care", "virtual school"),
    _entry("early intervention|preventative|prevention", "early help"),
    _entry("homeless\\w*", "homeless 16- and 17-year-olds|homelessness"),
    _entry("councillors|elected members", "corporate parenting|corporate parents"),
    # A question for a grade is answered by a sentence that states one.
    _entry(
        "(?:overall )?(?:grade[sd]?|judgements?|judged|rated|ratings?|effectiveness)",
        "inadequate|requires improvement|good|outstanding",
    ),
)

_COMPILED = tuple((re.compile(rf"\b(?:{'|'.join(e.triggers)})\b", re.I), e) for e in GLOSSARY)


def expansions(text: str) -> list[str]:
    """The report's words for the everyday words in ``text`` (not already in it), once each."""
    out: list[str] = []
    lowered = text.lower()
    for pattern, entry in _COMPILED:
        if pattern.search(text):
            out += [t for t in entry.terms if t.lower() not in lowered and t not in out]
    return out


def expand_query(text: str) -> str:
    """``text`` with the inspection words for its everyday words appended."""
    extra = expansions(text)
    return f"{text} {' '.join(extra)}" if extra else text


__all__ = ["GLOSSARY", "Entry", "expand_query", "expansions"]
