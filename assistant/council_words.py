"""A council's name that is also an everyday word ("reading", "bury", "bucks"): where a question
marks it as the council's.

``assistant/authorities.py`` finds councils in a question by any name; for the names in
``QUERY_WORDS`` it asks ``marked_as_council`` whether the word stands as the council there: a
possessive or "council" after it, "borough of" before it, "how was bury doing", a county's short
name in a question about the services, or the question opening with it.
"""

from __future__ import annotations

import re

# Names that are ordinary words in a question too ("reading", "bath time",
# "bury", "barking"): there they count when capitalised and not the first
# word, or when the question marks them as a council wherever they stand
# ("Reading's", "reading borough council", "the Borough of Bury"). The other
# names, surnames included, are a council in a question in any case.
QUERY_WORDS = frozenset({"Reading", "Bury", "Bath", "Barking", "Hove", "Bucks", "Staffs", "Wilts", "Wolves"})
# Of those, the ones no question opens with as a word: capitalised, they are the council there
# too ("Bucks care leavers over 21 - do they still get help?").
NOT_OPENING_WORDS = frozenset({"Hove", "Bucks", "Staffs", "Wilts", "Wolves"})

# What marks a name in a question as a council's: a possessive, "council" or
# "children's services" after it, "borough of" or "city of" before it.
_COUNCIL_AFTER = re.compile(
    r"(?:['’]s?(?!\w)|\s+(?:(?:city|county|borough|metropolitan\s+borough|district)\s+)?council\b"
    r"|\s+children['’]s\s+(?:services|social\s+care)\b"
    # a search box's "Reading care leavers focused visit", "bury ofsted"
    r"|\s+(?:care\s+leavers|children\s+in\s+care|(?:focused|monitoring)\s+visits?|ofsted)\b"
    # judged or inspected: "Reading was rated inadequate in 2016"
    r"|\s+(?:was|were|is|has\s+been|had\s+been|got)\s+(?:rated|judged|graded|inspected|visited|found)\b)",
    re.I,
)
# "the Borough of Bury", and a visit or inspection of it: "the july 2021 focused visit to reading".
_COUNCIL_BEFORE = re.compile(
    r"\b(?:(?:borough|city)\s+of|(?:visit|visits|inspection|inspections)\s+(?:to|of|in)"
    # "when ofsted checked in on barking", "what rating did bucks get"
    r"|checked\s+(?:in\s+)?on|(?:rating|grade|judgement|verdict)\s+did)\s+$",
    re.I,
)
# Asked how it does: "how was bury doing on ...", "how did reading fare" (never "how is reading taught").
_HOW_BEFORE = re.compile(r"\bhow\s+(?:is|was|did|does|has|have|are|were)\s+$", re.I)
_HOW_AFTER = re.compile(
    r"\s+(?:doing|do|done|fare[sd]?|faring|getting\s+on|got\s+on|performing|perform(?:ed)?)\b", re.I
)
# After a county's short name in lower case, the council's people or services mark it as the council's.
_ABBREVIATION_AFTER = re.compile(
    r"\s+(?:councillors|social\s+(?:care|services|workers?)|kids|children|care\s+leavers|foster\s+carers)\b",
    re.I,
)

# A question about the services or their inspection: a county's short name in it
# is the council's ("did bucks get out of inadequate at its re-inspection?"), as those names
# are no everyday words there.
_ABOUT_SERVICES = re.compile(
    r"\b(?:ofsted|inspect\w*|(?:focused|monitoring)\s+visits?|children['’]?s\s+(?:services|social\s+care)"
    r"|social\s+(?:care|work\w*)|care\s+leavers?|children\s+in\s+care|fostering|adoption"
    r"|inadequate|outstanding|requires\s+improvement|rated|judged|graded)\b",
    re.I,
)

# After a place's name: a pause, the question's end or a verb ("kids in reading keep getting ..."),
# not a noun the word qualifies ("children in reading recovery", "in reading and literacy").
_PLACE_ENDS = re.compile(
    r"\s*(?:[?.,;:!)–—-]|$)|\s+(?:keep|kept|get|got|getting|wait\w*|have|had|has|are|were|is|was|did|do|does|being"
    r"|who|that|at|during|since|after|before|when|(?:19|20)\d\d)\b",
    re.I,
)
# Before the word in its everyday sense: "thrown to the wolves", "big bucks", "worth the bucks".
_WORD_BEFORE = re.compile(r"\b(?:the|a|big|few|some|extra|more|any|those|these|of|pack)\s+$", re.I)

# After any of those names opening a question, a heading's pause: "Bury: at the remote visit ...",
# or a comma before what is asked of it: "Barking, 2019 inspection - ...".
_OPENING_PAUSE = re.compile(
    r"\s*[:–—]|\s+-\s|\s*,\s*(?:(?:the\s+)?(?:19|20)\d\d\b|ofsted\b|inspect|(?:focused|monitoring)\s+visit)",
    re.I,
)
# The people the services work with, "in" a place, in a question about the services: "did kids in
# reading keep getting passed from one caseworker to another? ... the 2019 inspection".
_PEOPLE_IN = re.compile(
    r"\b(?:kids|children|families|young\s+people|teenagers|care\s+leavers|social\s+workers|foster\s+carers)"
    r"\s+in\s+$",
    re.I,
)
# What may stand before a question's opening: "quick one - bucks during covid ...".
_GREETING = re.compile(
    r"\W*(?:(?:a\s+)?quick\s+(?:one|question|q)|(?:hi|hello|hey|ok|okay|so|question)(?:\s+there)?|"
    r"for\s+a\s+(?:briefing|report|story|piece|paper|meeting))\s*[-:,–—]\s*",
    re.I,
)
# After a county's short name opening a question: a pause or a when ("bucks during covid - ...").
_OPENING_ABBREVIATION = re.compile(
    r"\s*[,:;–—-]|\s+(?:during|in|at|on|after|before|since|ofsted|cc|(?:19|20)\d\d)\b", re.I
)


def marked_as_council(query: str, start: int, end: int, form: str) -> bool:
    """Whether ``form``, a council's name that is also a word, at ``query[start:end]`` is the council.

    >>> marked_as_council("Reading's front door", 0, 7, "Reading")
    True
    >>> marked_as_council("how is reading taught to children in care?", 7, 14, "reading")
    False
    >>> marked_as_council("did bucks get out of inadequate?", 4, 9, "bucks")
    True
    >>> marked_as_council("do foster carers get paid big bucks for fostering?", 30, 35, "bucks")
    False
    >>> marked_as_council("did kids in reading wait? the 2019 inspection", 12, 19, "reading")
    True
    >>> marked_as_council("do children in reading groups get help?", 12, 19, "reading")
    False
    >>> marked_as_council("is there support for children in reading and literacy? ofsted", 30, 37, "reading")
    False
    >>> marked_as_council("Barking, 2019 inspection - how long do they wait?", 0, 7, "Barking")
    True
    """
    if _COUNCIL_AFTER.match(query, end) or _COUNCIL_BEFORE.search(query[:start]):
        return True
    if _HOW_BEFORE.search(query[:start]) and _HOW_AFTER.match(query, end):
        return True  # "how was bury doing on ...": a council's performance
    if _PEOPLE_IN.search(query[:start]) and _ABOUT_SERVICES.search(query) and _PLACE_ENDS.match(query, end):
        return True  # "kids in reading ... at the 2019 inspection"
    if form.title() in NOT_OPENING_WORDS and (
        _ABBREVIATION_AFTER.match(query, end)
        or (_ABOUT_SERVICES.search(query) and not _WORD_BEFORE.search(query[:start]))
    ):
        return True  # "bucks councillors", "did bucks get out of inadequate?": a short name in lower case
    before = query[:start]
    if (not before.strip(" \t\"'‘“") or _GREETING.fullmatch(before)) and (
        _OPENING_PAUSE.match(query, end)
        or (form.title() in NOT_OPENING_WORDS and _OPENING_ABBREVIATION.match(query, end))
    ):
        return True  # "bucks during covid - ...", "Bury: at the visit ...": the question opens with it
    opening = form in NOT_OPENING_WORDS or not sentence_initial(query, start)
    return form[0].isupper() and not form.isupper() and opening


def sentence_initial(text: str, pos: int) -> bool:
    """Whether ``pos`` starts a sentence of ``text`` (its start, or after ".", "!", "?" or a line)."""
    before = text[:pos].rstrip(" \t\"'‘“(")
    return not before or before[-1] in ".!?\n"


__all__ = ["NOT_OPENING_WORDS", "QUERY_WORDS", "marked_as_council", "sentence_initial"]
