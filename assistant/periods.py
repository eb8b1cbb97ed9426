"""The inspection or visit a question names: "the December 2022 inspection", "its last focused
visit", "inspections since 2020", "the report published in June 2017".

>>> parse_period("What did the December 2022 inspection of Stoke find?")
Period(start='2022-12', end='2022-12', kind='inspection', latest=False, or_published=False, published=False)

``assistant.query.parse_query`` reads the rest of a question (its councils, its
years as a filter or a preference); ``assistant.filters`` resolves a period to
the documents whose inspection or visit period overlaps it.
"""

from __future__ import annotations

import re
from datetime import date

from assistant.authorities import GAZETTEER
from assistant.dates import MONTH_WORDS, month_before, month_number
from assistant.period_words import EVENT, NAMES_EVENT, WHEN, WHOSE, Period, kind_of, when_of
from assistant.relative_periods import relative_period
from assistant.years import NOT_ONE_YEAR, of_one_year

_PERIOD_LATEST = re.compile(
    rf"\b(?:last|latest|most\s+recent|newest|current|recent)\s+(?:Ofsted(?:['’]s)?\s+|time\s+(?:Ofsted|they)\s+)?"
    rf"(?:full\s+|standard\s+|short\s+)?{EVENT}",
    re.I,
)
# "the inspection before its latest one", "its inspection before last", "its last-but-one
# inspection": the newest but one.
_BEFORE_LATEST = re.compile(
    rf"\b{EVENT}\s+(?:just\s+|immediately\s+)?(?:before|prior\s+to|preceding)\s+(?:{WHOSE}\s+)?"
    # "the inspection before last", not "the inspection before last year"
    r"(?:latest|most\s+recent|last|newest|current)\b(?!\s+(?:year|month|week|spring|summer|autumn|winter)\b)"
    rf"|\b(?:last[- ]but[- ]one|penultimate)\s+{EVENT.replace('?P<kind>', '?P<kind2>')}",
    re.I,
)
# "its latest report": the newest document, whatever it reports on; "the last letter": a visit's.
# "going by its latest ofsted?": "Ofsted" for what it last wrote, whichever document that is.
_LATEST_DOCUMENT = re.compile(
    r"\b(?:last|latest|most\s+recent|newest)\s+(?:Ofsted\s+)?(?P<document>report|letter)s?\b"
    r"|\b(?:last|latest|most\s+recent|newest)\s+(?P<document2>Ofsted)\b(?!['’])"
    r"(?!\s+(?:report|letter|inspection|re-?inspection|visit|focused|monitoring|inspected|visited)\b)",
    re.I,
)
# "since the 2019 inspection": from that inspection on; "before the 2019 inspection": up to it.
_PERIOD_FROM = re.compile(
    rf"\b(?P<rel>since|after|from|before|prior\s+to)\s+{WHOSE}\s+{WHEN}\s+{EVENT}", re.I
)
# "the three months before", "the weeks leading up to": a stretch of time just before an
# inspection, which its report describes.
_LEAD_UP = re.compile(r"\b(?:days|weeks|months|year|fortnight)\s+$", re.I)
# "the inspection before its July 2022 one": the one inspection just before that one.
_PERIOD_PREVIOUS = re.compile(
    rf"\b{EVENT}\s+(?:just\s+|immediately\s+)?(?:before|prior\s+to|preceding)\s+{WHOSE}\s+"
    rf"{WHEN.replace('?P<', '?P<p_')}\s+(?:one|(?:monitoring\s+|focused\s+)?visit|(?:re-?)?inspection)\b",
    re.I,
)
# "the 2019 inspection", "the 2024 Croydon inspection": a council's name may stand between.
_NAMES_BETWEEN = r"(?:(?-i:[A-Z][\w'’&-]*)\s+){0,4}"
# "Bexley's 2020 Ofsted children's services inspection": what was inspected may stand between too.
_SERVICE_BETWEEN = (
    r"(?:children['’]?s\s+(?:social\s+care\s+|services\s+){1,2})?(?:(?:full|standard|short)\s+)?"
)
# "the june 2021 covid visit", "the spring 2021 remote visit": how it was made may stand between too.
_MANNER_BETWEEN = r"(?:(?:covid(?:-19)?|pandemic|lockdown|remote|virtual|online)(?:[- ]era)?\s+)?"
_PERIOD_EVENT = re.compile(
    rf"\b{WHEN}\s+(?:Ofsted(?:['’]s)?\s+)?{_NAMES_BETWEEN}{_MANNER_BETWEEN}{_SERVICE_BETWEEN}{EVENT}", re.I
)
# "the monitoring visit to Leeds", "a focused visit", "how many monitoring visits": one kind of
# visit, undated.
_KIND_ONLY = re.compile(
    r"(?:\b(?:(?:the|its|their|an?|any|many|(?-i:[A-Z][\w&-]*)['’]s)\s+(?:Ofsted(?:['’]s)?\s+)?|Ofsted['’]s\s+)"
    # a search box's opening "Reading care leavers focused visit - what did it say ...?" (not a
    # question's "... at the time of the October focused visit?")
    r"|^\W*(?:[\w'’&-]+\s+){1,5}?(?=(?:monitoring|focused)\s+visit\s*(?:letter\s*|report\s*)?(?:[-–—:,]|$)))"
    r"(?P<kind>(?:monitoring|focused)\s+visit|monitoring(?=\s+letters?\b))(?:\b|s\b)",
    re.I,
)
# A visit in everyday words, made by Ofsted: "Ofsted's quick visit", "a short visit by
# inspectors", "one of their shorter check-up visits" (with inspectors named); never where a
# social worker's visits may be meant ("the brief visits to children in care").
_SHORT = r"(?:(?:short(?:er)?|quick(?:er)?|brief)\s+(?:check[- ]?up\s+)?|check[- ]?up\s+)"
_SHORT_VISIT = re.compile(
    r"^(?!.*\b(?:social\s+work\w*|workers?|visits?\s+to\s+(?:children|families|homes?|them)|at\s+home)\b)"
    rf".*?(?:\b(?:Ofsted|inspectors?|HMI)['’]?s?\s+{_SHORT}(?P<kind>visit)s?\b"
    rf"|\b{_SHORT}(?P<kind2>visit)s?\s+(?:by|from)\s+(?:Ofsted|inspectors|HMI)\b"
    rf"|(?=.*\b(?:Ofsted|inspectors?|HMI)\b).*?\bcheck[- ]?up\s+(?P<kind3>visit)s?\b)",
    re.I | re.S,
)
# "the joint targeted area inspection of Kent": a kind of inspection the collection's
# documents do not write up (its report is the inspectorates' joint letter), at any date or one named.
_JOINT = re.compile(
    rf"\b(?:the|its|their|an?|any|{WHEN})\s+(?:Ofsted(?:['’]s)?\s+)?"
    r"(?:joint\s+targeted\s+area\s+inspection|JTAI)s?\b",
    re.I,
)
# "progress since the last inspection" is measured from it; it names no document
# when another period is named ("the monitoring visit in September 2020").
_SINCE_LATEST = re.compile(
    rf"\bsince\s+(?:the|its|their)\s+(?:last|latest|previous|most\s+recent)\s+(?:(?:full|standard|short|Ofsted|ILACS)\s+)?"
    rf"{EVENT}",
    re.I,
)
# "Would Leeds get a monitoring visit if it were judged inadequate?" names no visit it had.
_HYPOTHETICAL = re.compile(r"\b(?:would|if|could|might|will)\b", re.I)
# "its January 2023 report", "the letter of June 2025": a document named by
# its date, which is the inspection's or visit's or the publication's.
# "Warwickshire's 2019 Ofsted findings": a year's findings, verdict or grades are its document's;
# its results when Ofsted's ("Bracknell Forest Ofsted 2019 results", not "2019 GCSE results").
_DOCUMENT = r"(?P<document>report|letter|findings|verdict|ratings?|grades?|judgements?)"
_PERIOD_DOCUMENT = re.compile(rf"\b{WHEN}\s+(?:Ofsted(?:['’]s)?\s+)?{_NAMES_BETWEEN}{_DOCUMENT}\b", re.I)
_PERIOD_OFSTED_RESULTS = re.compile(
    rf"\bOfsted(?:['’]s)?\s+{WHEN}\s+(?P<document>results|outcomes?)\b"
    # a search box's "oxon childrens services ofsted 2021": the year last, after "ofsted",
    # or before a dash, a colon or the question ("Warwickshire Ofsted 2020 - what were the findings?",
    # "merton childrens services ofsted 2023 what did they find")
    # ("wolves childrens services ofsted rating 2017?")
    r"|\bOfsted\s+(?:(?:rating|grade|report|result|judgement|verdict|score)s?\s+)?"
    rf"{WHEN.replace('?P<', '?P<e_')}(?P<e_document>)"
    r"(?:\s*\??\s*$|\s*[-–—:]\s|\s+(?=(?:what|how|did|does|was|were|is|are|any)\b))",
    re.I,
)
_PERIOD_DOCUMENT_AFTER = re.compile(
    rf"\b{_DOCUMENT}\s+(?:of|from|dated)\s+{WHEN}\b(?!{NOT_ONE_YEAR})",  # not "findings from 2017 onwards"
    re.I,
)
# "the report published in June 2017" dates the document, not the inspection.
PUBLISHED = re.compile(rf"\bpublished\s+(?:in\s+|on\s+|during\s+)?(?:\d{{1,2}}\s+)?{WHEN}\b", re.I)
_PERIOD_AFTER = re.compile(
    rf"\b{EVENT}s?\b(?:\s+\w+){{0,3}}?\s+(?:in|during|of)\s+{WHEN}\b"
    # telegraphic: "Central Beds focused visit Feb 2024", the month and year straight after the event
    # (or after a comma or bracket: "Wigan focused visit, March 2019 - had they ...")
    rf"|\b{EVENT.replace('?P<kind>', '?P<kind2>')}s?(?:\s*[,(]\s*|\s+){WHEN.replace('?P<', '?P<t_')}\b"
    r"(?!\s*(?:-|–|to|and|,)\s*(?:19|20)\d\d)",  # not the first year of a range
    re.I,
)
_PERIOD_RANGE = re.compile(
    r"\b(?:(?P<rel>since|after|before|prior\s+to)\s+(?P<y1>(?:19|20)\d{2})|(?:between|from)\s+(?P<y2>(?:19|20)\d{2})"
    r"\s*(?:and|to|until|till|-|–)\s*(?P<y3>(?:19|20)\d{2}))\b",
    re.I,
)
# "in autumn 2022", "the spring 2019 inspection": a season is its three months;
# "in late 2021", "at the end of 2016", "mid-2019": a third of the year.
_SEASONS = {
    "spring": (3, 5),
    "summer": (6, 8),
    "autumn": (9, 11),
    "fall": (9, 11),
    "winter": (12, 14),
    "early": (1, 4),
    "start": (1, 4),
    "beginning": (1, 4),
    "mid": (5, 8),
    "middle": (5, 8),
    "late": (9, 12),
    "end": (9, 12),
}
_SEASON_YEAR = re.compile(
    r"\b(?:in|during)?\s*(?:the\s+)?(?P<season>spring|summer|autumn|fall|winter|early|start|beginning|mid|middle"
    r"|late|end)(?:\s+|-)(?:of\s+)?(?P<year>(?:19|20)\d{2})\b",
    re.I,
)
# "in December 2022", "in feb 2025", "at the end of October 2024", "mid-March 2023", "ofsted from june 2026".
_MONTH_YEAR = re.compile(
    r"\b(?:in|during|around|(?<=ofsted\s)from|(?:at\s+)?the\s+(?:start|end|beginning|middle)\s+of|(?:early|late|mid)[-\s]?)\s*"
    # a span of months: "in Feb/March 2025", "in February to March 2025"
    rf"(?P<month>{MONTH_WORDS})\.?(?:\s*(?:/|-|–|to|and)\s*(?P<to_month>{MONTH_WORDS})\.?)?\s+(?P<year>(?:19|20)\d{{2}})\b",
    re.I,
)

# A search box's year, which no word relates to anything ("in 2019", "since 2019", "2019 and
# 2023", "the 2019 figures" relate it): at the question's start, before a colon, a dash or a
# comma ("Sefton 2018: ..."), or at its end ("leeds caseloads 2019?").
_RELATING = re.compile(
    r"(?:in|during|since|from|after|before|until|till|by|of|for|to|between|and|or|than|up|the|its"
    r"|their|at|on|vs|versus|year|years|with|like|pre|post|[-–—,&/])",
    re.I,
)
_BARE_YEAR_OPENING = re.compile(
    rf"^\W*(?:(?!{_RELATING.pattern}\b)[\w'’&.-]+\s+){{1,4}}?{WHEN}\s*(?:[-–—:,]\s|\?\s*$)", re.I
)
_BARE_YEAR_CLOSING = re.compile(rf"(?P<before>\S+)\s+{WHEN}\s*[?.!]?\s*$", re.I)


def parse_period(text: str) -> Period | None:
    """The inspection or visit ``text`` names, or None if it names none.

    >>> p = parse_period("the monitoring visit in March 2023")
    >>> p.start, p.end, p.kind, p.or_published
    ('2023-03', '2023-03', 'monitoring visit', False)
    >>> parse_period("inspections since 2020")
    Period(start='2020', end=None, kind='inspection', latest=False, or_published=False, published=False)
    >>> parse_period("What did Ofsted say about Stoke in 2019?") is None
    True
    >>> parse_period("What did the monitoring visit to Leeds find?").kind
    'monitoring visit'
    >>> p = parse_period("Warwickshire children's social care 2019 Ofsted findings?")
    >>> p.start, p.kind, p.or_published
    ('2019', '', True)
    >>> p = parse_period("the inspection of Solihull carried out in autumn 2022")
    >>> p.start, p.end, p.kind
    ('2022-09', '2022-11', 'inspection')
    >>> p = parse_period("What was Newham rated at the inspection before its July 2022 one?")
    >>> p.end, p.kind, p.latest, p.describe()
    ('2022-06', 'inspection', True, 'before July 2022')

    "The report published in June 2017" names the document by its
    publication: that date alone decides (``Period.published``).
    """
    text = of_one_year(text)
    named = relative_period(text) or _published_period(text)
    if named is not None:
        return named
    m = _JOINT.search(text)
    if m and not _HYPOTHETICAL.search(text):
        when = when_of(m) if m.group("year") else None
        return Period(start=when, end=when, kind="joint targeted area inspection")
    m = _PERIOD_PREVIOUS.search(text)
    if m:
        when = when_of(m, prefix="p_")
        return Period(end=month_before(when), kind=kind_of(m.group("kind")), latest=True, named=when)
    latest = _latest_period(text)
    if latest is not None and _SINCE_LATEST.search(text):
        other = parse_period(_SINCE_LATEST.sub(" ", text))
        latest = other or latest
    if latest is not None:
        return latest
    m = _PERIOD_FROM.search(text)
    if m:
        when = when_of(m)
        if _LEAD_UP.search(text, 0, m.start()):
            # "in the three months before its 2019 inspection": that inspection's report tells it.
            return Period(start=when, end=when, kind=kind_of(m.group("kind")))
        if m.group("rel").lower() in ("since", "after", "from"):
            return Period(start=when, kind="")
        return Period(end=str(int(when[:4]) - 1), kind="", named=when)  # and its report: what led up to it
    m = _SEASON_YEAR.search(text)
    if m:
        first, last = _SEASONS[m.group("season").lower()]
        year = int(m.group("year"))
        start = f"{year}-{first:02d}"
        end = f"{year + (last - 1) // 12}-{(last - 1) % 12 + 1:02d}"
        event = _event_named(text, m.group("year"))
        kind = kind_of(event.group("kind")) if event else ""
        return Period(start=start, end=end, kind=kind, or_published=not event)
    m = _PERIOD_EVENT.search(text) or _PERIOD_AFTER.search(text)
    if m:
        telegraphic = m.re is _PERIOD_AFTER and m.group("kind2") is not None
        when = when_of(m, prefix="t_") if telegraphic else when_of(m)
        return Period(start=when, end=when, kind=kind_of(m.group("kind2" if telegraphic else "kind")))
    m = (
        _PERIOD_DOCUMENT.search(text)
        or _PERIOD_DOCUMENT_AFTER.search(text)
        or _PERIOD_OFSTED_RESULTS.search(text)
    )
    if m:
        # A report is dated by its publication, a user may date it by the
        # inspection: either answers. A letter writes up a visit.
        ended = m.re is _PERIOD_OFSTED_RESULTS and m.group("e_year") is not None
        when = when_of(m, prefix="e_") if ended else when_of(m)
        kind = "visit" if (m.group("document") or "").lower() == "letter" else ""
        return Period(start=when, end=when, kind=kind, or_published=True)
    return _range_or_bare_year(text) or _framework_era(text)


# The single inspection framework named without a date: its inspections ran from November 2013,
# the last of them (re-inspections of seven councils) in July 2018 (``assistant/judgements.py``
# reads a report's framework). ILACS, from January 2018, is every inspection since, so names none.
_SIF = re.compile(r"\bSIF\b|\bsingle\s+inspection\s+framework\b", re.I)
# ... unless the question sets it against another time: "since its SIF inspection", "how did its
# ILACS grade compare with its SIF grade?", "went from inadequate under SIF to good"
_AGAINST = re.compile(
    r"\b(?:since|before|after|until|compared?|comparison|versus|vs|changed?|improved|went|gone|moved|from)\b"
    r"|\bILACS\b|\b(?:monitoring|focused)\s+visits?\b",
    re.I,
)


def _framework_era(text: str) -> Period | None:
    """The years of the single inspection framework, when ``text`` names it and no date.

    >>> p = _framework_era("Why did Sutton's care leavers get 'requires improvement' in the SIF inspection?")
    >>> p.start, p.end, p.kind
    ('2013-11', '2018-07', 'inspection')
    >>> _framework_era("How did Surrey's ILACS grade compare with its SIF grade?") is None
    True
    """
    if _SIF.search(text) and not _AGAINST.search(text):
        return Period(start="2013-11", end="2018-07", kind="inspection")
    return None


def _range_or_bare_year(text: str) -> Period | None:
    """``_range_or_month``'s period, else a search box's year standing alone at the question's
    start or end ("Sefton 2018: are new social workers carrying too many cases?", "leeds caseloads
    2019?"), which names that year's documents, of the kind named if any."""
    looser = _range_or_month(text)
    bare = _bare_year(text)
    if bare and (looser is None or not (looser.start or looser.end or looser.latest)):
        when = when_of(bare)
        return Period(start=when, end=when, kind=looser.kind if looser else "", or_published=looser is None)
    return looser


def _range_or_month(text: str) -> Period | None:
    """The looser ways of naming a period: "inspections between 2019 and 2022", "in December
    2022", "the monitoring visit to Leeds" (a kind, undated); None if the text names none."""
    event = NAMES_EVENT.search(text)
    m = _PERIOD_RANGE.search(text) if event else None
    if m and event:
        kind = kind_of(event.group("kind"))
        if m.group("y2"):
            lo, hi = sorted((m.group("y2"), m.group("y3")))
            return Period(start=lo, end=hi, kind=kind)
        year = int(m.group("y1"))
        rel = m.group("rel").lower()
        if rel == "since":
            return Period(start=str(year), kind=kind)
        if rel == "after":
            return Period(start=str(year + 1), kind=kind)
        return Period(end=str(year - 1), kind=kind)
    m = _MONTH_YEAR.search(text)
    if m:
        # Users name the month of the inspection ("in December 2022"), not of its report.
        when, to = when_of(m), m.group("to_month")
        last = f"{m.group('year')}-{month_number(to):02d}" if to else when
        event = _event_named(text, m.group("year"))
        kind = kind_of(event.group("kind")) if event else ""
        return Period(start=when, end=max(when, last), kind=kind, or_published=not event)
    m = _KIND_ONLY.search(text) or _SHORT_VISIT.search(text)
    if m and not _HYPOTHETICAL.search(text):
        # "the monitoring visit to North Yorkshire", "one of their shorter check-up visits": a
        # kind of visit at any time, which the council may never have had.
        return Period(kind=kind_of(next(k for k in m.groups() if k)))
    return None


def _event_named(text: str, year: str) -> re.Match[str] | None:
    """The first inspection or visit ``text`` names, unless by another year than ``year``
    ("compared with the 2021 inspection" is not the kind of "in early 2024")."""
    for event in NAMES_EVENT.finditer(text):
        named = re.search(r"\b((?:19|20)\d{2})(?:['’]s)?\s+(?:\w+\s+)?$", text[: event.start()])
        if named is None or named.group(1) == year:
            return event
    return None


def _bare_year(text: str) -> re.Match[str] | None:
    """A search box's year (``_BARE_YEAR_OPENING``, ``_BARE_YEAR_CLOSING``): the one year the
    question holds, up to this year, after no word of a name ("Working Together 2018", "the
    Children Act 1989", "Covid 2020"; a council's name may stand there: "Sefton 2018:")."""
    years = re.findall(r"\b(?:19|20)\d{2}\b", text)
    if len(years) != 1 or int(years[0]) > date.today().year:
        return None
    m = _BARE_YEAR_OPENING.search(text)
    if m is None:
        m = _BARE_YEAR_CLOSING.search(text)
        if m is not None and _RELATING.fullmatch(m.group("before")):
            return None
    if m is None:
        return None
    before = re.findall(r"[\w'’&.-]+", text[: m.start("year")])
    last = before[-1] if before else ""
    if m.group("month") is None and last[:1].isupper() and not GAZETTEER.query_mentions(last):
        return None
    return m


def _published_period(text: str) -> Period | None:
    """ "the focused visit to Halton published in November 2021": chosen by publication date.

    >>> p = _published_period("the focused visit published in November 2021")
    >>> p.start, p.end, p.kind, p.published
    ('2021-11', '2021-11', 'focused visit', True)
    """
    m = PUBLISHED.search(text)
    if m is None:
        return None
    event = NAMES_EVENT.search(text)
    when = when_of(m)
    return Period(start=when, end=when, kind=kind_of(event.group("kind")) if event else "", published=True)


def _latest_period(text: str) -> Period | None:
    """ "its last inspection", "the most recent visit", "its latest report" (any document);
    "the inspection before its latest one", the one before the newest."""
    m = _BEFORE_LATEST.search(text)
    if m:
        return Period(kind=kind_of(m.group("kind") or m.group("kind2")), latest=True, back=1)
    m = _PERIOD_LATEST.search(text)
    if m:
        return Period(kind=kind_of(m.group("kind")), latest=True)
    m = _LATEST_DOCUMENT.search(text)
    if m:
        letter = (m.group("document") or "").lower() == "letter"
        return Period(kind="visit" if letter else "", latest=True)
    return None
