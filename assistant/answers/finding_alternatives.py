"""Finding lists: the alternatives a question's topic offers ("X or Y"), and who it is about.

Pure functions on strings for ``assistant/answers/finding_topic.py`` and
``assistant/answers/findings.py``.
"""

from __future__ import annotations

import re

from assistant.search.sparse import tokenize


def alternatives(topic: str) -> list[str]:
    """The topics ``topic`` offers as alternatives ("X or Y"), each whole; [] when it offers none.

    A word alone before the last alternative shares that alternative's words
    ("challenge or oversight by IROs": challenge by IROs); an "-ing" word
    opening the first is shared by all ("writing records or plans"). An
    alternative of common words only ("children or care leavers") is not a
    topic of its own, so the topic is read whole.

    >>> alternatives("repeat referrals or repeat child protection plans")
    ['repeat referrals', 'repeat child protection plans']
    >>> alternatives("children or care leavers living hotels")
    []
    >>> alternatives("care leavers or other young people living B&Bs")
    []
    >>> alternatives("supervision lacks reflection or challenge")
    ['supervision lacks reflection', 'supervision lacks challenge']
    >>> alternatives("minutes of reviews or child protection meetings")
    ['minutes of reviews', 'minutes of child protection meetings']
    >>> alternatives("alternative provision its quality or of availability")
    ['alternative provision its quality', 'alternative provision its availability']
    >>> alternatives("school exclusions or suspensions rare or falling or prevented")
    ['school exclusions', 'suspensions rare']
    >>> alternatives("involving children care or care leavers recruiting staff")
    ['involving children care recruiting staff', 'involving care leavers recruiting staff']
    >>> alternatives("foster carers get help or advice out of hours at night or at weekends")
    []
    >>> alternatives("leavers got help with their mental health or emotional wellbeing")
    ['leavers got help with their mental health', 'leavers got help with their emotional wellbeing']
    """
    options = [o.split() for o in re.split(r"\s+or\s+", tidy(topic)) if o.strip()]
    # A participle alone after the first ("exclusions ... rare or falling or prevented") words a
    # finding and is no topic, unless the first ends in one too ("assessed or approved").
    if options and not _PARTICIPLE.fullmatch(options[0][-1]):
        options = options[:1] + [o for o in options[1:] if not (len(o) == 1 and _PARTICIPLE.fullmatch(o[0]))]
    # (an option of these words and a negation names nothing: "or hadn't been properly told how to")
    common = _COMMON | _PEOPLE | _OTHER | _NOT
    if len(options) < 2 or any(not set(tokenize(" ".join(o))) - common for o in options):
        return []
    # A later option opening with a preposition of the first shares what comes before it: "too
    # optimistic about parents' ability or about how much things improved".
    options[1:] = [
        options[0][: options[0].index(o[0])] + o if o[0] in _SHARED_AFTER and o[0] in options[0][1:] else o
        for o in options[1:]
    ]
    if any(o[0].lower() in _WHEN for o in options[1:]):
        return []  # "help out of hours - at night, at weekends or round the clock": when, not what
    last = options[-1]
    # The words the last alternative qualifies its first word with are shared: "oversight ... IROs",
    # "review letters ... to the child".
    cut = next((i for i, w in enumerate(last) if i and w.lower() in _SHARED_FROM), None)
    if cut is not None:
        tail, options[-1] = last[cut:], last[:cut]
    else:
        tail = last[1:] if len(last) > 1 and all(len(o) == 1 for o in options[:-1]) else []
    lead = options[0][:1] if options[0][0].lower().endswith("ing") and len(options[0]) > 1 else []
    if not lead and len(options[0]) > 2 and options[0][1].lower() == "of":
        lead = options[0][:2]  # "minutes of reviews or child protection meetings": minutes of each
    if cut is None and not tail:
        # "involving children in care or care leavers in recruiting staff": the groups share the rest
        people = next((k for k in range(len(last) - 1, 0, -1) if people_only(" ".join(last[:k]))), 0)
        if people and all(people_only(" ".join(o[len(lead) :])) for o in options[:-1]):
            tail = last[people:]
            cut = -1
    own = _possessive(options)
    if not lead and cut is None and own is not None:
        lead = options[0][: own + 1]
        options[1:] = [o[1:] if len(o) > 1 and o[0].lower() in ("of", "for") else o for o in options[1:]]
    if not lead and cut is None and len(options[0]) > 1 and all(len(o) == 1 for o in options[1:]):
        # Single words after a longer first share its leading words: "supervision lacks
        # reflection or challenge" is supervision lacking challenge, not any challenge.
        lead = options[0][:-1]
    if cut == -1:
        options[-1] = last[: len(last) - len(tail)]
    out = []
    for i, o in enumerate(options):
        words = [*(lead if i and o[: len(lead)] != lead else []), *o]
        words += tail if i < len(options) - 1 or cut is not None else []
        out.append(" ".join(words))
    return list(dict.fromkeys(out))


def _possessive(options: list[list[str]]) -> int | None:
    """Where the first alternative's possessive stands when the later ones are aspects after it:
    "alternative provision for its quality, oversight or availability" (each the named thing's),
    "help with their mental health or emotional wellbeing" (their emotional wellbeing); not
    "lived in their own flat or with friends", "... their plans or went missing"."""
    owner = [i for i, w in enumerate(options[0]) if w.lower() in ("its", "their") and i]
    if not owner:
        return None
    if len(options[0]) - owner[-1] == 2:
        return owner[-1]
    if len(options[0]) - owner[-1] - 1 > _ASPECT_WORDS:
        return None
    aspects = all(
        len(o) <= _ASPECT_WORDS
        and o[0].lower() not in _SHARED_FROM | _SHARED_AFTER
        and not _PARTICIPLE.fullmatch(o[0])
        for o in options[1:]
    )
    return owner[-1] if aspects else None


_ASPECT_WORDS = 2  # "mental health": the most words after a possessive an alternative may share it
_SHARED_FROM = frozenset({"to", "by", "with", "from"})
_SHARED_AFTER = frozenset({"about", "of", "on", "in", "for"})
_WHEN = frozenset({"at", "during", "round", "around", "overnight"})
_PARTICIPLE = re.compile(r"[a-z]{3,}(?:ed|ing)", re.I)
_OTHER = frozenset(tokenize("other"))
_NOT = frozenset(tokenize("not no never"))
# Whom the reports are about: a group of them named as alternatives is everyone in scope.
_PEOPLE = frozenset(
    tokenize("children child young people care leavers leaving experienced families parents adolescents")
)


def people_only(words: str) -> bool:
    """Whether ``words`` name only a group of people ("care leavers", "children in care").

    >>> people_only("care leavers"), people_only("care leavers' pathway plans")
    (True, False)
    """
    tokens = tokenize(words)
    return bool(tokens) and not set(tokens) - _PEOPLE


_COMMON = frozenset(tokenize("children child young people care experienced families parents"))


def tidy(text: str) -> str:
    """Words without a dangling "or"/"and" at either end or doubled."""
    words = text.split()
    out: list[str] = []
    for w in words:
        if w.lower() in ("or", "and") and (not out or out[-1].lower() in ("or", "and")):
            continue
        out.append(w)
    while out and out[-1].lower() in ("or", "and"):
        out.pop()
    return " ".join(out)


__all__ = ["alternatives", "people_only", "tidy"]
