"""Finding lists: the words of a "which councils ..." question that are not the finding.

"Which councils did Ofsted commend for making sure care leavers have their
passports?" asks about care leavers' passports: the question's frame (which
councils, Ofsted, commend), what the council does about the finding (making
sure) and its lean (criticised, praised) are read here and taken out of the
topic; words the question quotes ("'young inspectors'") are the reports' own
and stay whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.answers.finding_topic import OFSTEDS_VISITS

CRITICISM = re.compile(
    r"\b(criticis\w*|criticiz\w*|concerns?|concerned|weak\w*|poor\w*|failing|failed|fail|"
    r"inadequate|shortcomings?|problems?|not\b|too\b|insufficient\w*|lack\w*|"
    r"pick(?:ed)?\s+up\s+(?:on|for)|missing\s+out|fault(?:ed|s)?\b|told\s+off|flagged)",
    re.I,
)
PRAISE = re.compile(
    r"\b(prais\w*|commend\w*|strengths?|strong|good|effective|well|outstanding|positive\s+about|"
    r"credit(?:ed)?(?!\s+(?:unions?|cards?|ratings?|checks?)))\b",
    re.I,
)
# What a topic is set against: "in a crisis, rather than in a planned way" asks about a fault.
SET_AGAINST = re.compile(r"\b(?:rather\s+than|instead\s+of)\b", re.I)
# A word after "before" or "after" that is no date nor a document ("before its last
# inspection", "after 2022"): "letters before proceedings" are a council's own letters.
_NOT_A_DATE = (
    r"(?!(?:19|20)\d\d|its\b|their\b|the\b|this\b|that\b|last\b|an?\b|january|february|"
    r"march|april|may|june|july|august|september|october|november|december)[a-z]{3,}\b"
)
# Question words that are not the finding.
FRAME = re.compile(
    r"^\W*(?:in\s+)?(?:which|what|how many)\s+(?:councils|local authorities|authorities|LAs|areas)(?:['’]s?)?"
    r"|\bwhere\s+(?:did|does|has|have)\s+(?:ofsted|inspectors?)\b|^\W*(?:list|name)\s+(?:the\s+|all\s+)?councils"
    r"|^\W*where\b|\bpick(?:ed)?\s+up\s+(?:on|for)\b"
    # "credited, in inspections ending since 2025, with opening ...": the period between is the frame's
    r"|\b(?:fault(?:ed|s)?|credit(?:ed|s)?)(?:(?:\s*,\s*in\s+(?:inspections?|visits?|reports?)\b[^,]{0,30},)?"
    r"\s+(?:over|for|on|with))?\b"
    # "got praise from Ofsted for", "criticised over", "found to be", "in inspections ending since"
    r"|\b(?:get|gets|got|getting|receive[sd]?|receiving|won|earned)\s+(?=(?:praise|credit|criticism)\b)"
    r"|\bfrom\s+(?=(?:ofsted|inspectors?)\b)|\b(?:criticis\w*|criticiz\w*)\s+(?:over|about)\b"
    r"|\bfound\s+to\s+be\b|(?:(?<=inspections\s)|(?<=inspection\s))(?:ending|ended)\b"
    r"|\b(?:did|does|do|were|was|are|is|have|has|had)\b|\bpositive\s+about\b|\b(?:ofsted|inspectors?|inspections?|reports?|"
    # a council's own letters ("letters before proceedings") are its topic, not Ofsted's documents
    rf"letters?(?!\s+(?:before|after)\s+{_NOT_A_DATE})|{OFSTEDS_VISITS}|focused|monitoring)\b|\b(?:criticis\w*|criticiz\w*|prais\w*|commended|find|found|finds|"
    r"say|says|said|state|states|stated|report(?:ed)?|identif\w*|highlight\w*|mention\w*|note[sd]?|"
    r"told(?:\s+off)?|warned|flag(?:ged|s)?|something|"
    r"according to|for|that|because|there|as|by|since|after|before|between|during|in|"
    r"from(?=\s+(?:19|20)\d\d)|onwards?|the|a|an|and|"
    r"sorted|ordered|by date|by council|most recent first|newest first)\b|(?:19|20)\d\d|[?,.;:]"
    # what is done with the finding's thing, not the thing: "their use of interpreters", "access to"
    r"|\b(?:(?:their|its)\s+)?(?:use|work|support|(?<!alternative\s)provision|response|access)\s+(?:of|with|for|to)\b"
    r"|\b(?:(?:their|its|the)\s+)?(?:oversight|handling|management|quality|application|understanding)\s+of\b"
    # what is judged of a thing, not the thing: "the quality or timeliness of police notifications"
    r"|\b(?:(?:their|its|the)\s+)?(?:quality|timeliness)\s+(?:or|and)\s+(?:quality|timeliness)\s+of\b",
    re.I,
)

# Words quoted in a question are the reports' own, kept whole: "act as 'young inspectors'".
_QUOTED = re.compile(r"(?<![\w’'])['‘\"“]([^'‘’\"“”?]{2,60}?)['’\"”](?![\w’'])")

# What the council does about the finding, not the finding: "making sure care leavers have their
# passports", "took too long to deal with complaints", "how they keep an eye on home education".
LIGHT_VERBS = re.compile(
    r"\b(?:making|make|makes|made)\s+sure\b|\bensur(?:e|es|ed|ing)\b(?:\s+that)?|\bcommend\b"
    r"|\b(?:deal|deals|dealt|dealing)\s+with\b|\b(?:took|take|takes|taking)\b(?=\s+(?:far\s+)?(?:too|so)\s+long)"
    r"|\b(?:keep|keeps|keeping|kept)\s+(?:an?\s+)?(?:close\s+)?eye\s+on\b|\bhow\s+(?:well\s+)?(?:they|it)\b"
    r"|\b(?:been|being|having)\b|\bact(?:s|ed|ing)?\s+as\b|\b(?:end|ends|ended|ending)\s+up\b"
    # how many it is said of, and being housed: "some care leavers had been put up in hotels"
    r"|\bput\s+up\b|\b(?:some|several|most)\b(?!\s+of\b)",
    re.I,
)


def outside_quotes(sub: Callable[[str], str], text: str) -> str:
    """``sub`` applied to ``text`` outside its quoted words, which are kept, without their marks.

    >>> outside_quotes(str.upper, "act as 'young inspectors' in children's services")
    "ACT AS young inspectors IN CHILDREN'S SERVICES"
    """
    out, pos = [], 0
    for m in _QUOTED.finditer(text):
        out += [sub(text[pos : m.start()]), m.group(1)]
        pos = m.end()
    return "".join([*out, sub(text[pos:])])


def without_frame(text: str) -> str:
    """``text`` without its frame and light verbs, its quoted words kept whole.

    >>> " ".join(without_frame("Which councils were praised for having 'young inspectors'?").split())
    'young inspectors'
    """
    return outside_quotes(lambda t: FRAME.sub(" ", LIGHT_VERBS.sub(" ", t)), text)


def quoted_in(text: str) -> tuple[str, ...]:
    """The phrases ``text`` quotes: "act as 'young inspectors'" quotes "young inspectors"; a name
    it capitalises inside a sentence is quoted so too ("their Family Safeguarding teams", "the Mind
    of My Own app"): the name, not its words apart ("the complex safeguarding team").

    >>> quoted_in("Which councils used the Mind of My Own app or 'Bright Spots' surveys?")
    ('Bright Spots', 'Mind of My Own')
    """
    named = (m.group(1) for m in _NAMED.finditer(text) if not _NOT_A_NAME.search(m.group(1)))
    return tuple(dict.fromkeys([*(m.group(1) for m in _QUOTED.finditer(text)), *named]))


# Two or more capitalised words after a word in lower case (not a sentence's first words), maybe
# with "of", "and" or "for" between: "Signs of Safety", "Family Safeguarding", "Staying Close".
_NAMED = re.compile(
    r"(?<=[a-z,]\s)((?-i:[A-Z][a-z’'-]+)(?:\s+(?:(?:of|and|for)\s+)?(?-i:[A-Z][a-z’'-]+))+)(?![\w’'-])"
)
# Capitalised words that are no scheme's name: Ofsted's, a month's, a nation's.
_NOT_A_NAME = re.compile(
    r"\b(?:Ofsted|Which|What|How|Where|January|February|March|April|May|June|July|August|September|"
    r"October|November|December|England|English|Wales|Scotland|Britain|UK|North|South|East|West|Midlands|London)\b"
)


__all__ = [
    "CRITICISM",
    "FRAME",
    "LIGHT_VERBS",
    "PRAISE",
    "SET_AGAINST",
    "outside_quotes",
    "quoted_in",
    "without_frame",
]
