"""Sentences about the inspection before: quoted only when the question asks about it.

A report restates the judgements of the inspection before it ("Liverpool
children's services was last inspected in May 2018, when it was found to
require improvement across all areas"; a list "The judgements for the local
authority were: • Overall effectiveness: Inadequate" after "The last
inspection report ... was published in September 2015"). Such a sentence
shares the words of a question about this inspection's verdict and outscores
the verdict itself; it answers only a question about the inspection before,
or about the change since.
"""

from __future__ import annotations

import re

# Words naming the inspection before ("the last inspection report", "inspected in
# May 2018"): a list under a line with them restates that inspection's grades.
_EARLIER_INSPECTION = re.compile(
    r"\b(?:last|previous|previously|prior|earlier)\s+(?:full\s+|standard\s+|ILACS\s+|SIF\s+)?inspect\w*"
    r"|\binspected\s+in\s+(?:\w+\s+)?(?:19|20)\d\d|\binspection\s+(?:in|of)\s+(?:\w+\s+)?(?:19|20)\d\d",
    re.I,
)
# The earlier inspection, then in the same clause what it judged: "last inspected in May 2018,
# when it was found to require improvement"; not "Since the last inspection, services
# have declined: inadequate" (the verdict now).
_EARLIER_GRADE = re.compile(
    r"\b(?:last|previous|previously|prior|earlier)\s+(?:\w+\s+)?inspect\w*[^.;:]*?"
    r"\b(?:when|where|which|judged|rated|found|graded|was|were)\b[^.;:]*?"
    r"\b(?:inadequate|requir\w*\s+improvement|good|outstanding|adequate)\b",
    re.I,
)
# A question about the inspection before, or about change since it, wants those sentences.
_ASKS_EARLIER = re.compile(
    r"\b(?:before|previous\w*|prior|earlier|last\s+time|since|between|happened|chang\w*|improv\w*|"
    r"declin\w*|deteriorat\w*|progress\w*|trajectory)\b",
    re.I,
)
# Taken off such a sentence's score when the question does not ask about an
# earlier inspection (set on the dev split; docs/decisions.md).
EARLIER_PENALTY = 0.25


def earlier_judgement(sentence: str) -> bool:
    """Whether ``sentence`` reports the judgement of an inspection before the one reported on.

    >>> earlier_judgement("The last inspection, in May 2018, judged all services as requiring improvement.")
    True
    >>> earlier_judgement("Services in Liverpool for care leavers are inadequate.")
    False
    >>> earlier_judgement("Since the last inspection, services in Trafford have declined: inadequate.")
    False
    """
    return bool(_EARLIER_GRADE.search(sentence))


def reports_earlier(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` reports an earlier inspection's judgement.

    Either the sentence says so itself (``earlier_judgement``), or it is an
    item of a list that a line about the last inspection opens ("The last
    inspection report ... was published in September 2015. The judgements
    were:" then "• Overall effectiveness: Inadequate").

    >>> t = "The last inspection was in 2015. The grades were:\\n\\n• Overall effectiveness: Inadequate\\n"
    >>> reports_earlier(t, t.index("Overall"), len(t) - 1), reports_earlier(t, t.index("•"), len(t) - 1)
    (True, True)
    """
    if earlier_judgement(text[start:end]):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    if not text[line_start:end].lstrip().startswith(("•", "-", "–", "·")):
        return False
    for line in reversed(text[max(0, line_start - 3000) : line_start].split("\n")):
        line = line.strip()
        if line and not line.startswith(("•", "-", "–", "·")):
            return bool(_EARLIER_INSPECTION.search(line))
        if line and _EARLIER_INSPECTION.search(line):  # a bullet that opens the list
            return True
    return False


def earlier_penalty_for(question: str) -> float:
    """``EARLIER_PENALTY``, or 0.0 when the question asks about an earlier inspection or a change.

    >>> earlier_penalty_for("What was Newham rated at the inspection before its July 2022 one?")
    0.0
    """
    return 0.0 if _ASKS_EARLIER.search(question) else EARLIER_PENALTY


__all__ = ["EARLIER_PENALTY", "earlier_judgement", "earlier_penalty_for", "reports_earlier"]
