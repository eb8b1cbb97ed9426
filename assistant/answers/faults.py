"""Words of fault: whether a part of an inspection report's sentence finds fault, and where it turns.

Pure functions on strings for ``assistant/answers/findings.py``. Inspectors
write a weakness with a small vocabulary ("not always", "inconsistent",
"lack", "delays", "low"), and hedge a strength with words that are not
fault ("some", "only", "should"). A sentence often turns ("has improved,
although some children experience delays"), so it is read part by part.

>>> parts("Advocacy is available, but it is not yet embedded.")
['Advocacy is available, ', 'but it is not yet embedded.']
>>> faults("but it is not yet embedded."), faults("They act to prevent drift.")
(True, False)
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence

from assistant.answers.senses import in_topic_sense, is_topic_word
from assistant.search.sparse import tokenize


def parts(sentence: str) -> list[str]:
    """``sentence`` cut where it turns: at a semicolon, "but", "however"...; a part opened
    by "although" or "while" ends at its first comma. Each part's own commas separate
    what it finds from what is past or planned ("have plans to improve ..., recognising
    that the quality of personal education plans is inconsistent")."""
    cuts = [0, *(m.start() for m in _TURNS.finditer(sentence)), len(sentence)]
    out: list[str] = []
    for a, b in itertools.pairwise(cuts):
        piece = sentence[a:b]
        if _OPENS.match(piece) and "," in piece:
            comma = piece.index(",")
            out += [piece[:comma], piece[comma + 1 :]]
        else:
            out.append(piece)
    return [p for p in out if p.strip()]


def clauses(part: str) -> list[str]:
    """``part`` cut at its commas, a short aside kept with the words around it, so that what it
    says of time is read with them ("has not, until recently, challenged senior managers").

    >>> clauses("The board has not, until recently, challenged managers, and plans are weak.")
    ['The board has not, until recently, challenged managers', ' and plans are weak.']
    """
    pieces = part.split(",")
    out: list[str] = []
    i = 0
    while i < len(pieces):
        cur = pieces[i]
        while i + 2 < len(pieces) and len(pieces[i + 1].split()) <= 3:
            cur = ",".join([cur, pieces[i + 1], pieces[i + 2]])
            i += 2
        out.append(cur)
        i += 1
    return out


def without_faults_of_others(part: str, names_topic: Callable[[str], bool]) -> str:
    """``part`` without the faults that say what they are about when that is not the topic:
    "a lack of emergency placements", "not been sufficient exploration of special guardianship orders".

    >>> without_faults_of_others("Due to a lack of emergency placements, children stayed in a hotel.", bool)
    'Due to a lack of emergency placements, children stayed in a hotel.'
    >>> without_faults_of_others("Due to a lack of emergency placements, children stayed.", lambda s: False)
    'Due to  , children stayed.'
    """
    return _FAULT_OF.sub(lambda m: m.group(0) if names_topic(m.group(1)) else " ", part)


def faults(part: str, *, context: str | None = None) -> bool:
    """Whether ``part`` holds a word of fault that no other word denies; ``context`` is the
    sentence part it was cut from, read for a word of strength beside "low" or "rarely".

    >>> faults("Orders are used rarely", context="Orders are used rarely, and are appropriate.")
    False
    >>> faults("PAs rarely change."), faults("Staff turnover is low."), faults("Visits are rarely held.")
    (False, False, True)
    >>> faults("Agency staff are rarely supervised.")
    True
    >>> faults("The team supports care leavers at risk of not being in education or employment.")
    False
    >>> faults("However, the take-up of RHIs by children who go missing from home is low.")
    True
    """
    clean = _CONDITION.sub(" ", _NOT_FAULT.sub(" ", part))
    return any(not _undone(clean, m, context or part) for m in _FAULT.finditer(clean))


def _undone(clean: str, m: re.Match[str], context: str) -> bool:
    """Whether the word of fault at ``m`` is denied, mended or a strength: "no delay", "not
    inconsistent", "do not experience disruption", "to prevent drift", "minimises the risk of
    ... not receiving", "used rarely, and when used are appropriate"."""
    word = m.group(0).lower()
    before = clean[max(0, m.start() - 80) : m.start()]
    if RISK_OF.search(before) or _AT_RISK.search(before):
        return True
    if word in _NEGATORS:
        return bool(_FAULT_AFTER.match(clean, m.end()) or _HARM_AFTER.match(clean, m.end()))
    if UNDONE.search(before):
        return True
    if word not in _FEW:
        return False
    harm_before = _HARM.search(clean[max(0, m.start() - 40) : m.start()])
    return bool(_STRENGTH.search(context) or _FEW_OF_HARM.match(clean, m.end()) or harm_before)


def says(said: re.Pattern[str], clause: str) -> bool:
    """Whether ``clause`` holds the wording, not undone, in a clause that is not past, progress or an aim."""
    if PAST.search(clause) or NOT_STATED.search(clause) or PROGRESS.search(clause):
        return False
    clause = unconditional(clause)  # "When delays occur ..., the recording is not always consistent"
    return any(not UNDONE.search(clause[max(0, m.start() - 40) : m.start()]) for m in said.finditer(clause))


def unconditional(part: str) -> str:
    """``part`` without its conditions ("When delays occur between ... and an ICPC, ...").

    >>> unconditional("When delays occur, plans are reviewed.")
    ' , plans are reviewed.'
    >>> unconditional("Plans set out options should the first plan not succeed.")
    'Plans set out options  .'
    """
    return _CONDITION.sub(" ", part)


_FAULT_OF = re.compile(
    r"\b(?:(?:a\s+)?lack|absence|shortage|insufficient|not\s+(?:been\s+)?sufficient|limited)\s+"
    r"(?:[\w’'-]+\s+){0,2}?(?:of|in)\s+((?:[\w’'-]+\s*){1,5})",
    re.I,
)
# Where a sentence turns; a part opened by a subordinate turn ends at its comma.
_TURNS = re.compile(r";|\b(?:but|however|although|though|whereas|while|despite)\b", re.I)
_OPENS = re.compile(r"^\W*(?:although|though|whereas|while|despite)\b", re.I)
# Words of fault: what inspectors write when something is not good enough.
_FAULT = re.compile(
    r"\b(?:not|no|never|nor|(?:do|does|did|is|are|was|were|has|have)n['’]t|not yet|"
    r"inconsisten\w*|variab\w*|variation|var(?:y|ies)|uneven|patchy|weak\w*|poor\w*|lack\w*|limited|"
    r"insufficient\w*|low|too (?:few|many|much|long|slow|late|often|variable|high|narrow(?:ly)?)|"
    r"delay\w*|drift|gaps?|"
    r"underdeveloped|unclear|unhelpful|ineffective|inadequate|fragile|hampered|absen(?:t|ce)|missed|"
    r"hindered|cumbersome|inefficient|inaccurate|unwieldy|inflexible|unreliable|"
    # what should have been done to someone and was not: "unapproved connected carers", "unallocated"
    r"unapproved|unassessed|unallocated|unmet|"
    r"late|slow|rarely|shortfalls?|deficits?|backlogs?|waiting lists?|struggl\w*|declin(?:e|es|ed|ing)|"
    r"deteriorat\w*|not kept pace|remains? a (?:significant |key |considerable |real )?challenge|"
    r"(?:had|has|have|face[sd]?|facing|experienced?)\s+(?:\w+\s+){0,3}?challenges|"
    # the question's words of difficulty, as the reports say them of a thing: "issues with the system"
    r"(?:difficult(?:y|ies)|problems?|issues)\s+with|"
    # "dental health assessments are even more challenging"
    # (not "IROs are appropriately challenging", where challenge is the work)
    r"(?:is|are|was|were|remains?|been)\s+(?:even\s+)?(?:more|particularly|very|extremely|especially|"
    r"increasingly)\s+challenging)\b",
    re.I,
)
_NEGATORS = frozenset({"not", "no", "never", "nor"})
# A harm denied is a strength: "do not experience disruption", "no tenancy breakdowns",
# "was not negatively impacted",
# "do not face a cliff edge", "do not have to retell their stories".
_HARM_AFTER = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,2}?(?:disrupt|breakdowns?\b|pressure|barriers?\b|difficult|problems?\b|"
    r"concerns?\b|issues?\b|harm|wait|shortages?\b|backlogs?\b|cliff|obstacles?\b|hesita|reluctan|"
    r"unnecessar|stigma|unsafe|retell|repeat|gaps?\b|negativ|advers|detriment)",
    re.I,
)
# How often or how much, which is a fault of a good thing and a strength of a restriction
# ("orders are used rarely"): not fault beside a word of strength.
# Whom a service is for: "to support vulnerable care leavers at risk of not being in education".
_AT_RISK = re.compile(r"\bat\s+(?:\w+\s+)?risk\s+of\s+(?:\S+\s+){0,2}?$", re.I)
_FEW = frozenset({"low", "rarely"})
# ... or beside a harm that is few: "PAs rarely change", "low turnover", "low rates of re-referral".
_HARM_WORDS = (
    r"(?:chang\w*|mov(?:e|es|ed|ing)\b|turnover|vacanc\w*|caseloads?|re-?referrals?|repeat\w*"
    r"|go(?:es)?\s+missing|wait\w*|agency)"
)
# (next to it: "PAs rarely change", "turnover is low"; not "the take-up of RHIs by children who go
# missing from home is low", nor "agency staff are rarely supervised")
_FEW_OF_HARM = re.compile(rf"\s+{_HARM_WORDS}", re.I)
_HARM = re.compile(rf"\b{_HARM_WORDS}\s+(?:is|are|was|were|remains?|remained)\s+(?:very\s+)?$", re.I)
_STRENGTH = re.compile(
    r"\b(?:appropriate(?:ly)?|effective(?:ly)?|good|well|strong\w*|robust|thorough(?:ly)?|timely|"
    r"proportionate(?:ly)?|positive(?:ly)?|safe(?:ly)?|manageable)\b",
    re.I,
)
# Words of strength a report praises a thing with, read in the part of a sentence that names it:
# "Political and corporate support remains strong", "Effective corporate and political support".
STRENGTH = re.compile(
    r"\b(?:effective(?:ly)?|good|well|strong\w*|robust|thorough(?:ly)?|positive(?:ly)?|highly|"
    r"excellent|exemplary|exceptional(?:ly)?|outstanding|impressive|consistent(?:ly)?|unwavering|"
    r"significant|sustained|committed|ambitious|resolute(?:ly)?|tenacious(?:ly)?|well-established)\b",
    re.I,
)
# A practice that prevents a fault is praised: "parallel planning reduces delay"; so is one that
# children gain from, or that is done as a matter of course or valued ("care leavers benefit from a
# 'staying close' offer", "questionnaires are routinely completed").
BENEFIT = re.compile(
    r"\b(?:reduces|prevents|avoids|minimi[sz]es)\s+(?:\w+\s+){0,2}?(?:delays?|drift)\b|"
    r"\bbenefit(?:s|ing|ed)?\s+from\b|\b(?:routinely|successfully|comprehensively|innovative|creative(?:ly)?|"
    r"valuable|valued|meaningful(?:ly)?|purposeful(?:ly)?|(?:well|maturely)[- ]developed)\b",
    re.I,
)
# A fault denied or being mended: "without delay", "very little drift and delay", "to prevent drift",
# "addressing shortfalls".
# "to reduce the risk of drift and delay", "minimises the risk of older care leavers not receiving ..."
_RISK_OF = (
    r"\b(?:prevent|avoid|reduc|minimi[sz]|mitigat|lessen)\w*\s+(?:the\s+)?(?:risks?|likelihood|chances?|potential)\s+"
    r"(?:of|for)\s+(?:\S+\s+){0,4}?$"
)
RISK_OF = re.compile(_RISK_OF, re.I)
# A verb of mending reaches a little further than a negation: "taking action to address trends in
# attendance decline", "the reduction of part-time timetables and absence".
UNDONE = re.compile(
    r"\b(?:not|no|never|nor|without|(?:very\s+)?little)\s+(?:\S+\s+){0,2}$|"
    r"\b(?:prevent\w*|avoid\w*|address\w*|reduc\w*|tackl\w*|minimi[sz]\w*|overcom\w*|mitigat\w*|offset\w*|"
    r"challenging|to challenge)"
    rf"\s+(?:\S+\s+){{0,4}}$|{_RISK_OF}",
    re.I,
)
# A part that carries the topic over from the part before: "..., but it is not yet embedded".
# "It is not always clear where these are kept": that "it" stands for what follows, not the topic.
_EXPLETIVE = (
    r"\s+(?:is|was|has been|remains|seems)\s+(?:not\s+)?(?:always\s+|yet\s+|consistently\s+)?"
    r"(?:clear|evident|apparent|possible|known|unclear|difficult|hard|easy|too (?:soon|early))\b"
)
PRONOUN = re.compile(
    rf"^\W*(?:but|however|although|though|whereas|while|despite)?\W*(?:it(?!{_EXPLETIVE})|this|these|they|"
    # "Although only a small number of children live with connected carers, some of them experience delay"
    r"(?:some|many|most|all|none|several|a few|one|each) of (?:them|these|those))\b",
    re.I,
)
_FAULT_AFTER = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:inconsisten|variab|weak|poor|lack|limited|insufficient|delay|drift|gaps?\b|"
    r"unclear|ineffective|inadequate)",
    re.I,
)
# Words of fault that are not: "not in education, employment or training" is a status, as are
# "not in school" and "not on roll" (who a service is for: "children who are not in school"),
# "identifies gaps in learning" is the plan's job, "low-level" a description.
_NOT_FAULT = re.compile(
    r"\bnot in education,? employment,? (?:or|and) training|"
    r"\bnot (?:in|attending) (?:full[- ]time )?(?:school|education)\b|"
    r"\bnot on (?:a |the )?(?:school )?roll\b|"
    r"\bnot only\b|\bwhether or not\b|\bor not\b|"
    # a need below a threshold ("contacts which do not meet the threshold for a social care service")
    r"\bnot (?:yet )?meet(?:ing)? (?:the |a |their )?(?:[\w-]+ )?(?:thresholds?|criteria)\b|"
    r"\bnot least\b|\bno matter\b|\blow[-‑ ]level\b|\blow numbers? of\b|"
    # what the record shows, not the work ("advocacy offers are not always explicitly documented")
    r"\bnot\s+(?:always\s+|consistently\s+|routinely\s+)?(?:explicitly\s+|clearly\s+)?"
    r"(?:recorded|documented|evidenced|explicit)\b|"
    # ... also said of the record as subject or place: "records do not always evidence the reflective
    # discussions", "not always reflected in their written supervision records"
    r"\b(?:records?|recording)\b[^.;,]{0,60}?\b(?:do|does|did)\s+not\s+(?:always\s+|consistently\s+)?"
    r"(?:evidence|reflect|capture|show|demonstrate)\w*|"
    r"\bnot\s+(?:always\s+|consistently\s+)?(?:reflected|evidenced)\s+in\b[^.;]{0,50}?\brecords?\b|"
    # a policy's name ("no detriment"), and a need avoided ("not requiring foster care")
    r"\bno[- ]detriment\b|\bnot (?:requiring|needing)\b|\b(?:do|does|did) not (?:need|require)\b|"
    # what might have been ("opportunities that they may not otherwise experience"), and either way
    # ("when they are, or are not, making progress")
    r"\bnot otherwise\b|\bor (?:are|is|were|was|do|does|did|have|has) not\b|"
    r"\b(?:highlight|identif|address|clos|narrow|fill|explor)\w*\s+(?:\w+\s+){0,3}?gaps?\b",
    re.I,
)
# A condition is not a finding: "When children do not feel happy ..., they are offered advocacy".
# "Even when" is not a condition: "Delays persist even when carers state their wishes to secure SGOs".
# "where they choose not to attend" is one too, but "instances where targets are not precise" is a finding.
_CONDITION = re.compile(
    r"^\W*(?:if|when|where|unless)\b[^,;]*|^\W*for\s+[^,;]*?\bwho\b[^,;]*|"
    r"(?<!even )\b(?:if|when|unless)\b[^,;]*|"
    r"(?<!instances )(?<!cases )(?<!occasions )(?<!examples )\bwhere\b[^,;]*|"
    # an inverted condition: "alternative options for children should the primary plan not succeed"
    r"\bshould\s+(?:the|a|an|this|that|their|its|it|they)\s+(?:[\w’'-]+\s+){0,5}?"
    r"(?:not\s+[\w’'-]+(?:\s+successful)?|fail\w*|break\s+down|change|arise|be\s+needed|occur|happen)\b",
    re.I,
)
# Other words for what a question negates: "not timely" is also late, and
# "not regular" is infrequent, with gaps, or of a frequency that varies.
NEGATED_FORMS = {
    # "not know": unaware, not told
    "know": r"\bun(?:aware|sure)\b|\bnot\b(?:\s+[\w’']+){0,3}?\s+(?:aware|informed|told)\b",
    "under": r"\bnot\b(?:\s+[\w’']+){0,3}?\s+(?:aware|informed|clear about)\b|"
    r"\black\w*\s+(?:an?\s+)?understanding\b",
    "timel": r"\bdelay(?:s|ed)?\b|\blate\b|\boutside (?:of )?(?:the )?(?:\w+ )?timescales?|"
    r"\bnot\b[^.;]{0,80}\bwithin\b[^.;]{0,30}\b(?:timescales?|time ?frames?)|"
    r"\bnot\b(?:\s+\w+){0,3}\s+(?:swiftly|promptly|quickly|soon) enough|\btoo long\b|\bbacklogs?\b|"
    r"\btimeliness\b(?:\s+\S+){0,12}\s+(?:has|have) (?:dropped|declined|deteriorated|worsened)|"
    r"\b(?:impacts?|impacted|affects?|affected)\s+(?:on\s+)?(?:the\s+)?timeliness\b",
    # "not up to date": out of date, or not updated when things change
    "up to": r"\bout[- ]of[- ]date\b|\boutdated\b|"
    r"\bnot\b(?:\s+[\w’']+){0,3}?\s+(?:updated|reviewed|refreshed)\b",
    # an irregular verb: "not seeing children alone" is said "not always seen alone"
    "seein": r"\b(?:not|never|no|insufficient\w*)\b(?:\s+[\w’']+){0,6}?\s+seen\b|"
    r"\bmissed opportunit\w* to see\b",
    "regul": r"\birregular\w*|\binfrequent\w*|\bsporadic\w*|\bless (?:frequent\w*|often|regular\w*)|"
    r"\bgaps?\b(?:\s+[\w’']+){0,3}\s+(?:in|between)\b|"
    r"\bnot\b[^.;]{0,40}?\b(?:frequent|often|regular|regularly) enough\b|"
    r"\bnot\b[^.;]{0,50}?\bat a frequency\b|"
    r"\b(?:variab\w*|inconsisten\w*|variation|variance)\s+in\s+(?:the\s+)?(?:\w+\s+)?"
    r"(?:frequency|timing|regularity)\b|"
    r"\b(?:frequency|timing|regularity)\b[^.;]{0,100}?"
    r"\b(?:not consistent|inconsistent|variable|not regular)\b",
}


# A topic that is itself a fault ("reliance on agency staff"): saying it is there criticises it,
# and saying there is little of it ("low reliance", "no reliance", "reduced reliance") praises.
BURDEN = re.compile(
    r"\b(?:over-?)?relian\w*|\breliant\b|\bdepend\w*|\bturnover\b|\bvacanc\w*|\bbacklogs?\b|\brepeat\w*", re.I
)
_FEWER = re.compile(
    r"\b(?:low|lower|few|fewer|minimal|limited|little|less|reduc\w*|decreas\w*|fall\w*|fell|halved|drop\w*)\b",
    re.I,
)
LESSENED = re.compile(
    r"\b(?:no|not|without|low|lower|few|fewer|minimal|limited|little|less|reduc\w*|decreas\w*|fall\w*|fell|halved|"
    r"drop\w*)\b",
    re.I,
)


# A state in the past, not a finding: "until recently", "have reduced".
PAST = re.compile(
    r"\b(until (?:relatively )?recently|previously|no longer|a thing of the past|historically|"
    r"(?:have|has|had) (?:been )?reduced|"
    r"reduc(?:ed|ing)|had been|have been too|used to|were too|was too|addressed|"
    r"stabilis\w*|stabiliz\w*|at (?:the time of )?the (?:last|previous) inspection|"
    r"(?:identified|found|highlighted|raised) (?:at|in|during|by) the (?:last|previous|\d{4}) inspection)\b",
    re.I,
)
# An aim or a recommendation, not a finding: "caseloads need to be manageable".
NOT_STATED = re.compile(
    # "ensuring" as what a service does ("not always effective in ensuring that ...") is no aim
    # "is not always prioritised" states a fault; "to be prioritised" is an aim
    r"\b(needs? to be|(?<!they )(?<!it )should be|must be|(?<!not )(?<!always )(?<!consistently )"
    r"(?:prioritis\w*|prioritiz\w*)|aims?\b|aiming|"
    r"(?<!\bin )(?<!\bby )(?<!\bat )(?<!\bon )(?<!\bof )ensur\w*|"
    r"how consistently|plans? to)\b",
    re.I,
)
# Progress reported is not criticism, whatever hedges the sentence has.
PROGRESS = re.compile(
    r"\b(improvements? (?:have|has) been made|(?:has|have) (?:significantly |much )?improved|much improved|"
    r"strengthened|worked diligently|now robust|well (?:supported|managed|understood))\b",
    re.I,
)


# Whom a sentence is about, by what they are not: "children who are not living in kinship
# arrangements", "children who are not in receipt of a suitable educational provision are referred
# promptly". Neither names the topic nor finds fault with it.
NOT_OF_GROUP = re.compile(
    r"\b(?:who|that)\s+(?:are|is|were|was)\s+not\s+(?:currently\s+)?"
    r"(?:living\s+(?:in|with)|in\s+receipt\s+of|in|on|attending)\b[^,;.]*?"
    r"(?=\s+(?:are|is|were|was|have|has|do|does|can|will|should|receive\w*|benefit\w*)\b|[,;.]|$)"
    # "those who are not can access support": the group's state left unsaid
    r"|\b(?:who|that)\s+(?:are|is|were|was)\s+not(?=\s+(?:can|could|will|are|have|receive\w*|access\w*)\b)",
    re.I,
)
# A fault said not to matter is not a finding: "There are sometimes delays in completing PEPs ...,
# but this does not impact on the quality and timeliness of the educational support they receive."
IMPACT_DENIED = re.compile(
    r"\b(?:this|it|these|which|they)\s+"
    r"(?:(?:does|do|did|has|have|had)\s+not|(?:doesn|don|didn|hasn|haven|hadn)['’]t)\s+"
    r"(?:\w+\s+){0,2}?(?:impact\w*|affect\w*|delay\w*|detract\w*|hinder\w*|compromis\w*|undermin\w*|"
    r"diminish\w*|prevent\w*)",
    re.I,
)
# A sentence that opens with a condition: "When care leavers live in unsuitable accommodation, ...".
# (A "when" later in the sentence may run to its end: "... when they first come into care means that
# they are spending a short period of time living in hotels".)
LEADING_CONDITION = re.compile(r"^\W*(?:if|when|where|unless)\b[^,;]*", re.I)


def states_burden(terms: Sequence[str], sentence: str) -> bool:
    """Whether a part of ``sentence`` naming a burden topic ("reliance on agency staff", "repeat
    referrals") says it is there: not lessened near it ("re-referral rates are low", "a low proportion
    ... are re-referred"), not mended ("preventing multiple re-referrals"; every mention counts),
    past or an aim.

    >>> terms = ("relianc", "agenc", "staff")
    >>> states_burden(terms, "The service is heavily reliant on agency staff.")
    True
    >>> states_burden(terms, "Turnover is low, with no reliance on agency staff.")
    False
    """
    burdens = [t for t in terms if BURDEN.search(t)]
    for part in parts(sentence):
        if PAST.search(part) or NOT_STATED.search(part) or PROGRESS.search(part):
            continue
        words = in_topic_sense(terms, part).split()
        near = [
            (" ".join(words[max(0, i - 5) : i]), " ".join(words[max(0, i - 8) : i + 6]))
            for i, w in enumerate(words)
            if any(is_topic_word(t, tok) for tok in tokenize(w) for t in burdens)
        ]
        # A negation lessens only before the burden ("no re-referrals", "not re-referred"): after it,
        # it is about something else ("re-referred because changes have not been embedded").
        lessened = (_FEWER.search(w) or LESSENED.search(b) or UNDONE.search(b + " ") for b, w in near)
        if near and not any(lessened):
            return True
    return False
