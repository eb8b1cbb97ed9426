"""The words of a question about a document as a whole: its frame, not a topic.

"What did the 2019 inspection of Reading find?", "main findigns of the visit?",
"summary of Leeds's last inspection pls": after the councils and dates are
taken out, every word left is one of ``FRAME`` (the inspection, the finding,
the asking) or a slip of one ("findigns"). ``topic_free`` says so, with the
words a kind of question adds ("improve", "weaknesses"; "changed", "better").
Read by ``assistant/answers/overview.py`` and ``assistant/answers/change.py``.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from assistant.answers.topic import content_words

# The department's names, which name the whole, not a topic in it.
DEPARTMENT = re.compile(
    r"\bchildren['’]?s\s+(?:social\s+care|services?|social\s+work)\b|\bsocial\s+care\b", re.I
)
# The words of such a question that are its frame, not a topic.
# fmt: off
FRAME = frozenset({
    "inspection", "inspections", "inspected", "inspect", "inspectors", "inspector", "visit",
    "visits", "visited", "focused", "monitoring", "letter", "letters", "report", "reports",
    "ofsted", "ofsteds", "find", "found", "findings", "finding", "say", "said", "saying",
    "conclude", "concluded", "conclusion", "conclusions", "headline", "headlines", "main", "key",
    "summary", "summarise", "summarize", "summarised", "summarized", "overall", "briefing",
    "council", "councils", "services", "service", "tell", "overview", "gist", "takeaway",
    "takeaways", "latest", "last", "recent", "recently", "most", "newest", "published", "give",
    "full", "whole", "point", "points", "message", "messages", "ilacs", "grade", "grades",
    "rating", "ratings", "judgement", "verdict", "please", "pls", "thanks", "quick", "research",
    "researcher", "journalist", "sum", "up", "think", "make", "time", "of", "according",
})
# fmt: on
# The words a question for what needs to improve, or for weaknesses, adds to the frame.
# fmt: off
IMPROVEMENT_WORDS = frozenset({
    "improve", "improved", "improvement", "improvements", "improving", "need", "needs", "needed",
    "area", "areas", "weakness", "weaknesses", "weak", "shortcomings", "failings", "concern",
    "concerns", "priority", "action", "actions", "recommendation", "recommendations",
    "recommend", "recommended", "told", "tell", "asked", "better", "fix", "fixing", "sort",
    "work", "development", "list", "still", "thing", "things", "one", "anything", "fall", "falls",
    "falling", "short", "spot", "spots", "room", "criticise", "criticised", "criticises",
    "criticize", "criticized", "criticism", "criticisms", "make", "made", "wrong", "do", "does",
    "part", "parts", "aspect", "aspects", "bit", "bits",
})
# fmt: on
# A visit named by what it looked at: "summarise the kirklees focused visit in march 2023 on care
# leavers", "the one thing it needed to improve after its focused visit on children in care".
VISIT_ON = re.compile(r"\bvisit\s+(?:on|into|about|looking\s+at|focused\s+on|focusing\s+on)\b.*$", re.I)


def topic_free(search_text: str, extra: Collection[str] = ()) -> bool:
    """Whether ``search_text`` (a question without its councils and dates) names no topic: each of
    its words is the frame's, a slip of one, or one of ``extra``.

    >>> topic_free("what did inspection of find?"), topic_free("what did it find about care leavers?")
    (True, False)
    """
    text = DEPARTMENT.sub(" ", corrected(search_text))
    return all(w in FRAME or w in extra for w in content_words(text))


def corrected(text: str) -> str:
    """``text`` with its misspelt frame words spelt right ("main findigns" -> "main findings")."""
    return re.sub(r"[a-z]{6,}", lambda m: _spelt(m.group()), text, flags=re.I)


def _spelt(word: str) -> str:
    """``word``, or the long frame word it is with one slip ("findigns" -> "findings").

    >>> _spelt("findigns"), _spelt("funding"), _spelt("inspecton"), _spelt("staying")
    ('findings', 'funding', 'inspection', 'staying')
    """
    lowered = word.lower()
    if lowered in FRAME:
        return word
    return next((f for f in sorted(FRAME) if len(f) >= 6 and _one_slip(lowered, f)), word)


def _one_slip(a: str, b: str) -> bool:
    """``a`` is ``b`` with one letter dropped or two neighbours swapped (a letter changed or added
    makes words: "funding" of "finding", "staying" of "saying")."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        i = diff[0] if len(diff) == 2 and diff[1] == diff[0] + 1 else -1
        return i >= 0 and a[i] == b[i + 1] and a[i + 1] == b[i]
    if len(a) > len(b):
        return False  # a letter more makes words: "staying" of "saying", "pleased" of "please"
    return any(b[:i] + b[i + 1 :] == a for i in range(len(b)))


__all__ = ["DEPARTMENT", "FRAME", "corrected", "topic_free"]
