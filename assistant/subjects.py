"""Which of the councils a question names it asks about: its subjects.

A question may name a council in passing: "Does Windsor and Maidenhead run
its own children's social care, or is it done by Achieving for Children,
the company that also works for Richmond and Kingston?" asks about Windsor
and Maidenhead, and its filter is that council alone (``filters.infer_filters``).
Councils named together ("Devon and Cornwall") are asked about together.
``without_councils`` is the question with the names taken out, for the search.
"""

from __future__ import annotations

import re

from assistant.authorities import GAZETTEER, Mention

# Words that compare the councils named: every one of them is asked about.
# ("different" only as a comparison: not "it was different there" or "several different workers")
COMPARING = re.compile(
    r"\b(compar\w*|vs\.?|versus|differ(?:s|ed|ing)?|different(?:ly)?\s+(?:\w+\s+){0,2}?(?:from|to|than)|"
    r"differences?\s+(?:between|in|on)|how\s+different|contrast\w*|side by side|against)\b",
    re.I,
)
# Councils named together are asked about together: "Devon and Cornwall", "Leeds, Bradford or York".
_TOGETHER = re.compile(r"(?:['’]s?)?\s*(?:,|and|&|or|/|vs\.?|versus|v\.?)?\s*(?:the\s+)?", re.I)
# A council named as the one the question is not about: "unlike Leeds", "not Derbyshire".
_ASIDE = re.compile(
    r"\b(?:unlike|not|rather\s+than|than|besides|apart\s+from|other\s+than|like|as\s+with)\s+(?:the\s+)?$"
    # where the asker or someone they know works or lives: "My mate works in Hartlepool",
    # "I foster for Middlesbrough", "I rent in Lewisham now"
    r"|\b(?:work(?:s|ed|ing)?|live[sd]?|living|based|grew\s+up|foster(?:s|ed|ing)?|rent(?:s|ed|ing)?)\b"
    r"[^.?!,;]{0,40}?\b(?:in|at|for|near)\s+(?:the\s+)?$"
    # where the asker is: "I'm in Bristol but ...", "I'm a childminder just over the border in Cornwall"
    r"|\b(?:I['’]m|I\s+am|we['’]re|we\s+are)\b"
    r"(?:(?!\b(?:ask|look|interest|talk|search|wonder|research|curious|concern)\w*\b)[^.?!,;]){0,40}?"
    # (not a job "over the border in Sefton", which is what the question is about)
    r"\b(?:in|at|from|near)\s+(?:the\s+)?$"
    # where the asker came from: "We moved from Brent to Brighton last year"
    r"|\b(?:moved|moving|relocated|came)\s+(?:here\s+|over\s+|down\s+|up\s+)?from\s+(?:the\s+)?$"
    # someone the asker knows, and where they are: "a colleague in Kensington and Chelsea wants to know"
    r"|\b(?:colleagues?|friends?|mates?|pals?|counterparts?|contacts?|sisters?|brothers?|cousins?|aunts?|uncles?)"
    r"\s+(?:\w+\s+){0,2}?(?:in|at|from)\s+(?:the\s+)?$"
    # a council named in brackets beside the question: "(we used to share services with Kensington)"
    r"|\([^()]*$"
    # who the asker is ("I'm an Oldham councillor"), where a place lies ("Dartford, which is Kent's patch")
    r"|\b(?:I['’]m|I\s+am|we['’]re|we\s+are)\s+(?:an?\s+)?$|\bwhich\s+is\s+(?:in\s+)?(?:the\s+)?$",
    re.I,
)
# A council named as the one looking after someone is what the question is about, however it is
# introduced: "I grew up in Southwark's care".
_CARER = re.compile(r"^['’]s\s+care\b", re.I)
# ... or named after it: "I grew up in care in Bexley".
_IN_CARE_OF = re.compile(r"\b(?:in|from|left|leaving)\s+care\s+(?:in|at|with|of|for)\s+(?:the\s+)?$", re.I)
# A council named as a neighbour: "Stockport next door seems to do alright, but ...".
_NEIGHBOUR = re.compile(
    r"^(?:['’]s)?\s*(?:,\s*)?(?:(?:which|that)\s+)?(?:is\s+|are\s+)?(?:just\s+)?"
    r"(?:next\s+door|nearby|down\s+the\s+road|round\s+the\s+corner|over\s+the\s+border)\b",
    re.I,
)
# The council a question turns to: "..., but I mean Bexley", "..., but how did Tameside's ...".
_TURNS_TO = re.compile(
    r"\b(?:I\s+mean|I['’]m\s+asking\s+about|I\s+am\s+asking\s+about|I['’]m\s+talking\s+about|"
    r"(?:my\s+)?question\s+is\s+(?:about|on)\s+|"
    # "..., but what did Ofsted's summer 2023 inspection of Essex find?"
    r"but\s+(?:what|how|did|was|were|is|has|have|does|which|why|when|where)\s+(?:[\w'’]+\s+){0,7}?|"
    r"but\s+(?:\w+\s+){0,3}?)(?:the\s+)?$",
    re.I,
)


# A question after a statement: "Medway and Kent both had Ofsted in in July 2013. What grade did
# Kent get overall?" The statement sets the scene; the question's own words say what is asked.
_ASKED = re.compile(r"(?<=[.!])\s+(?P<asked>[A-Z][^.!?]*\?)\s*$")


def asked_part(text: str) -> tuple[int, str] | None:
    """Where the question after a statement starts, and its words; None for a question alone."""
    m = _ASKED.search(text)
    return (m.start("asked"), m.group("asked")) if m else None


# A question after a dash that ends it: "Barnet was rated inadequate in 2017 - what did it get at the
# next full inspection in May 2019?"
_AFTER_DASH = re.compile(r"\s[-–—]\s+(?P<asked>[^-–—]*\?)\s*$")
# ... for its dates, also with a hyphenated word in it ("- what did they get when Ofsted re-inspected
# in June 2019?"); its councils keep the stricter reading ("isle of wight question - the tie-up with
# Hampshire. what did ... say?" asks about the Isle of Wight).
_AFTER_DASH_WORDS = re.compile(r"\s[-–—]\s+(?P<asked>(?:[^-–—]|(?<=\w)-(?=\w))*\?)\s*$")


def after_dash(text: str, *, hyphens: bool = False) -> tuple[int, str] | None:
    """Where a question after a dash starts, and its words; None without one."""
    m = (_AFTER_DASH_WORDS if hyphens else _AFTER_DASH).search(text)
    return (m.start("asked"), m.group("asked")) if m else None


# A question after a comma that ends it: "they were RI back in 2018, what grade did they get in 2023?"
_AFTER_COMMA = re.compile(
    r",\s+(?P<asked>(?:what|which|how|did|was|were|is|has|have|does)\b[^,]*\?)\s*$", re.I
)


def after_comma(text: str) -> tuple[int, str] | None:
    """Where a question after a comma starts, and its words; None without one."""
    m = _AFTER_COMMA.search(text)
    return (m.start("asked"), m.group("asked")) if m else None


def asked_first(text: str) -> str:
    """``text`` for the search, its question after a statement or a dash counted twice: the
    scene-setting's rare words ("We're adopting through WWISH (...). When Ofsted inspected St Helens
    in November 2014, how long were its children waiting to be adopted?") weigh less than what
    is asked.

    >>> asked_first("We adopt through WWISH. How long did children wait?")
    'We adopt through WWISH. How long did children wait? How long did children wait?'
    >>> asked_first("How long did children wait?")
    'How long did children wait?'

    A question that points back at the statement ("kids like that", "say anything about it")
    asks about the statement's words, and is not counted twice.

    >>> asked_first("My pupils care for a poorly parent. Did Ofsted say anything about kids like that?")
    'My pupils care for a poorly parent. Did Ofsted say anything about kids like that?'
    """
    asked = asked_part(text) or after_dash(text)
    return f"{text} {asked[1]}" if asked and not _REFERS_BACK.search(asked[1]) else text


# A question that points back at what was said before it: "kids like that", "anything about it".
_REFERS_BACK = re.compile(
    r"\b(?:like\s+(?:that|this|them|those|these|him|her)|about\s+(?:that|this|it|them)|"
    r"such\s+(?:children|kids|young\s+people|families|cases))\b",
    re.I,
)


# ... and words that lean on it: a pronoun, "the reason", "which bits" (of the inspection named).
_LEANS_BACK = re.compile(
    r"\b(?:it|its|they|them|their|that|those|these|this|he|she|there|"
    r"(?:the|what|a)\s+(?:(?:main|biggest|big|key|real|chief|single)\s+){0,2}(?:reasons?|causes?)|"
    r"which\s+(?:bits?|areas?|parts?|ones?)|"
    # a tag that asks the preamble's question again: "... 2016 ofsted inspection - good or not?"
    r"or\s+not|yes\s+or\s+no)\b",
    re.I,
)
# A question after a colon that ends it: "Settle a bet for me and a colleague from Lambeth: who won ...?"
_AFTER_COLON = re.compile(r":\s+(?P<asked>[^:]*\?)\s*$")


def asked_alone(text: str) -> str | None:
    """The question after a preamble (a statement, a dash, a colon) if it stands on its own.

    >>> asked_alone("Settle a bet for a colleague in Lambeth children's social care: who won the FA Cup?")
    'who won the FA Cup?'
    >>> asked_alone("haringey got outstanding in jan 2026 - which bits were only good?") is None
    True
    >>> asked_alone("St Helens was rated inadequate in 2019 - what was the main reason?") is None
    True
    >>> asked_alone("how did stockton do at the 2016 ofsted inspection - good or not?") is None
    True
    """
    found = asked_part(text) or after_dash(text)
    colon = None if found else _AFTER_COLON.search(text)
    asked = found[1] if found else colon.group("asked") if colon else None
    if asked is None or _REFERS_BACK.search(asked) or _LEANS_BACK.search(asked):
        return None
    return asked


# An opening clause that sets the scene, up to its comma: "After Cumbria was split up into ...,".
_SCENE = re.compile(
    r"\s*(?:after|since|when|although|though|while|whilst|once|before|because|following|given)\b[^,?.;:]*,",
    re.I,
)


def subject_councils(text: str) -> tuple[str, ...]:
    """The councils ``text`` asks about: all it names together, else the first it names.

    A second council named in passing is no subject: "Does Windsor and
    Maidenhead run its own children's social care, or is it done by
    Achieving for Children, the company that also works for Richmond and
    Kingston?" asks about Windsor and Maidenhead.

    >>> subject_councils("Compare Devon and Cornwall on care leavers")
    ('Devon', 'Cornwall')
    >>> subject_councils("How does Stoke's supervision differ from Derby's?")
    ('Stoke-on-Trent', 'Derby')
    >>> subject_councils("Did Cambridgeshire's 2024 report say it ended its sharing with Peterborough?")
    ('Cambridgeshire',)
    >>> subject_councils("Derby city, not Derbyshire: what did the May 2025 inspection say?")
    ('Derby',)
    >>> subject_councils("Greenwich is next door, but I mean Bexley: what did the 2018 inspection say?")
    ('Bexley',)
    >>> subject_councils("Stockport seems to do alright, but how did Tameside's services come out?")
    ('Tameside',)
    >>> subject_councils("I keep seeing Norfolk in the news, but my question is about Suffolk: good?")
    ('Suffolk',)
    >>> subject_councils("Kent gets headlines, but what did Ofsted’s 2023 inspection of Essex find?")
    ('Essex',)
    >>> subject_councils("Medway and Kent were both inspected in July 2013. What grade did Kent get?")
    ('Kent',)
    >>> subject_councils("My mate works in Hartlepool and reckons Stockton's front door was a mess in 2022.")
    ('Stockton-on-Tees',)
    >>> subject_councils("I'm in Bristol but my nephew is in care with North Somerset. Are they ...?")
    ('North Somerset',)
    >>> subject_councils("I'm a childminder just over the border in Cornwall and hear Devon had problems.")
    ('Devon',)
    >>> subject_councils("I foster for Middlesbrough and a mate reckons Stockton's IROs are snowed under.")
    ('Stockton-on-Tees',)
    >>> subject_councils("I grew up in Southwark's care but I rent in Lewisham - do I get free council tax?")
    ('Southwark',)
    >>> subject_councils("I grew up in care in Bexley but live in Dartford, which is Kent's patch. Help?")
    ('Bexley',)
    >>> subject_councils("I'm an Oldham councillor. When inspectors came back to Tameside, what changed?")
    ('Tameside',)
    >>> subject_councils("I'm asking about Leeds, not Bradford: what did the 2019 inspection say?")
    ('Leeds',)
    >>> subject_councils("Comparing with Portsmouth for a project - how many at Southampton in 2014?")
    ('Southampton',)
    >>> subject_councils("Westminster did well - a colleague in Barnet asks, did it have to fix anything?")
    ('Westminster',)
    >>> subject_councils("After Cumbria split into Cumberland and Westmorland & Furness, was W&F inspected?")
    ('Westmorland and Furness',)
    """
    mentions = GAZETTEER.query_mentions(text)
    asked = asked_part(text) or after_dash(text)
    inside = [m for m in mentions if asked and m.start >= asked[0]]
    # The scene-setting may compare ("Comparing with Portsmouth for a uni project - ..."); the
    # question asks of the councils it names itself, unless only in passing ("- a colleague in
    # Kensington and Chelsea wants to know, ...?").
    passing = all(_ASIDE.search(text, 0, m.start) for m in inside)
    if asked and inside and not passing and not COMPARING.search(asked[1]):
        return subject_councils(asked[1])
    if COMPARING.search(text):  # "How does Stoke's supervision differ from Derby's?"
        return tuple(dict.fromkeys(m.authority for m in mentions))
    groups: list[list[Mention]] = []  # mentions named together
    for m in mentions:
        if groups and _TOGETHER.fullmatch(text[groups[-1][-1].end : m.start]):
            groups[-1].append(m)
        else:
            groups.append([m])
    named = [
        g
        for g in groups
        if _CARER.match(text[g[-1].end :])
        or _IN_CARE_OF.search(text, 0, g[0].start)
        or (not _ASIDE.search(text, 0, g[0].start) and not _NEIGHBOUR.match(text[g[-1].end :]))
    ] or groups
    turned = [g for g in named[1:] if _TURNS_TO.search(text, 0, g[0].start)]
    # A council named again after an opening clause that sets the scene ("After Cumbria was split
    # into Cumberland and Westmorland & Furness, has the W&F children's services ...?").
    scene = _SCENE.match(text)
    after = [g for g in named[1:] if scene and named[0][0].start < scene.end() <= g[0].start]
    named = turned or after or named
    return tuple(dict.fromkeys(m.authority for m in named[0])) if named else ()


# What follows a council's name and goes with it: "'s", "City Council's", "metropolitan borough council".
_COUNCIL_TAIL = re.compile(
    r"(?:['’]s\b|['’])?(?:\s+(?:City|County|Borough|Metropolitan\s+Borough|District)?\s*Council\b(?:['’]s)?)?",
    re.I,
)


def without_councils(text: str) -> str:
    """The question without the councils' names (and their possessive 's)."""
    out, last = [], 0
    for start, end in sorted(set(GAZETTEER.query_spans(text))):
        if start < last:
            continue
        out.append(text[last:start])
        last = end
        tail = _COUNCIL_TAIL.match(text, last)
        if tail:
            last = tail.end()
    out.append(text[last:])
    stripped = "".join(out)
    return re.sub(r"\b(in|at|of|for|about|from|by)\s+([?.!,]|$)", r"\2", stripped).strip()


def asked_after_a_year(text: str) -> tuple[int, str] | None:
    """The question after a statement or a dash whose words before it name a year ("Barnet was
    rated inadequate in 2017 - what did it get in May 2019?"), if there is one."""
    parts = (asked_part(text), after_dash(text, hyphens=True), after_comma(text))
    return next((a for a in parts if a and re.search(r"(?:19|20)\d{2}", text[: a[0]])), None)
