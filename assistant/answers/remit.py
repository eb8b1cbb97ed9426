"""Outside the remit: the council services that inspections of children's services do not cover.

``outside_remit`` names them in a question ("adult social care", "council
tax", "school admission appeals"); ``names_children`` says whether a question
is about children or families, which keeps most of them in the remit.

>>> outside_remit("How long are waiting lists for adult social care assessments in Lancashire?")
['adult social care']
>>> outside_remit("What did Ofsted find about disabled care leavers moving to adult social care?")
[]
>>> outside_remit("Does Sutton protect elderly residents from scams?")
['elderly']
>>> outside_remit("are they closing libraries? my kids go to the reading club")
['libraries']
>>> outside_remit("do care leavers get free passes to leisure centres?")
[]
>>> outside_remit("is the council tax reduction scheme for families with kids any good?")
['council tax']
>>> outside_remit("is gateshead council building a new skate park for teenagers?")
['skate park']
>>> outside_remit("Does Oxfordshire fund music lessons for children in care?")
[]
>>> outside_remit("does rochdale fine parents for taking kids on holiday in term time?")
['fine parents']
>>> outside_remit("Did Ofsted find that neglected children were going without school lunches?")
[]
>>> outside_remit("How often does Sheffield collect the bins from its children's homes?")
['bins']
>>> outside_remit("Where did its schools rank in league tables, by the report on its children's services?")
['league tables']
>>> outside_remit("Where did its grammar schools rank?"), outside_remit("Did she pass the 11 plus?")
(['grammar schools'], ['11 plus'])
>>> outside_remit("Are there enough placements for children aged 11 plus?")
[]
>>> outside_remit("Did Ofsted say the council was parking difficult decisions about children?")
[]
"""

from __future__ import annotations

import re

# Council services that inspections of children's services do not cover (the other departments
# of an English council: adults' care, revenues, waste, highways, planning, libraries and leisure,
# registration, environment, food hygiene). A question that also names children, young people,
# care leavers or families (a disabled care leaver's move to adult social care) is about
# children's services and is answered as usual.
_OUTSIDE_REMIT = re.compile(
    r"\b(adult social care|adults?['’]? (?:services|care)|older (?:people|adults|residents)|(?:the )?elderly|"
    # care at home for adults: "waiting months for carers to come in and help her at home"
    r"(?:care\s+workers?|carers)\s+(?:to\s+)?(?:come|coming|call(?:ing)?)\s+(?:in|round|over)\b|"
    r"vulnerable adults|adults? at risk|adult safeguarding|safeguarding (?:of )?adults|"
    # The reports never say "care home" (children live in "children's homes"), but "foster care homes".
    r"home care|(?<!foster )(?<!edge of )care homes?|nursing homes?|business rates|blue badges?|"
    r"bin collections?|(?:household |recycling )?bins|refuse collections?|recycling|fly-?tipping|potholes?|"
    r"road repairs?|roads|road ?works|highways|street ?lights?|street lighting|parking|traffic|"
    r"bus (?:routes?|services?)|driving (?:tests?|lessons?|licen[cs]es?)|(?:driving )?test cent(?:re|er)s?|"
    r"planning (?:permission|applications?)|"
    r"allotments?|cemeter(?:y|ies)|crematori(?:um|a)|museums?|public toilets?|trading standards|"
    r"environmental health|food hygiene|"
    r"(?<!main )(?<!key )(?<!big )(?<!biggest )takeaways?(?!\s+(?:from|of)\b)|"
    r"noise complaints?|pest control|elections?|"
    r"electoral (?:roll|register)|"
    # adults' health, and the council's pension fund: other services' business
    r"dementia|pension funds?|adult (?:education|learning|skills)|(?:institutes?|colleges?) of adult \w+)\b",
    re.I,
)
# Errands the collection never writes about, whoever they are for: "How often does Sheffield
# collect the bins from its children's homes?", "free parking permits for foster carers".
_NEVER_WRITTEN = re.compile(
    r"\b(bin collections?|(?:household |recycling |garden[- ]waste )?bins|refuse collections?|fly-?tipping|"
    r"potholes?|street ?lights?|street lighting|parking (?:permits?|tickets?|fines?|spaces?|charges?))\b",
    re.I,
)
# Schools and early years: the council's education services, and Ofsted's
# inspections of each school and nursery, are not in the reports on children's
# social care, whoever the children are ("school transport for children with
# special educational needs", "the borough's nurseries and childminders"). Only
# the children social care looks after (in care, care leavers, in need) keep
# them in the remit: "GCSE results of children in care" is in the reports.
# So are housing lists and benefits, and road safety (highways), whoever waits or walks.
_EDUCATION_AND_HOUSING = re.compile(
    r"\b(housing benefit|council hous(?:e|es|ing)|social housing|"
    r"housing (?:lists?|registers?|waiting lists?)|"
    r"(?:school )?term dates|(?:term[- ]time )?holiday fines|fin(?:e|es|ed|ing) parents|"
    r"school (?:terms?|holidays|admissions|places|transport|taxis?|buses|uniforms?)|"
    r"(?:school )?admissions? appeals?|"
    r"(?:schools?\s+)?break(?:s|ing)?\s+up\s+for\s+(?:the\s+)?"
    r"(?:summer|christmas|easter|half[- ]term|holidays?)|"
    r"(?:primary|secondary) schools|GCSEs?(?: exams?| results)?|A[- ]levels?|exam results|league tables|"
    # the 11-plus as an exam, not an age band ("placements for children aged 11 plus")
    r"grammar schools?|(?:11|eleven)[- ]plus (?:exams?|tests?|results|pass(?:es)?)|"
    r"(?:(?<=sit )|(?<=sat )|(?<=pass )|(?<=passed )|(?<=fail )|(?<=failed )|(?<=take )|(?<=took )|(?<=the ))"
    r"(?:11|eleven)[- ]plus|"
    r"SATs(?: results| tests)?|key stage (?:1|2|3|4|one|two)(?: SATs| results| tests)?|"
    r"phonics(?: check| screening)?|(?:being )?taught (?:to read|reading|maths|spelling)|"
    r"(?:(?<=\bmy )|(?<=\bour )|(?<=\ba )|(?<=son['’]s )|(?<=ter['’]s ))(?:primary|secondary) school|"
    r"nurser(?:y|ies)|childminders?|child-minders?|pre-schools?|early years (?:settings?|providers?)|"
    r"road safety|20 ?mph|speed (?:limits?|bumps)|(?:zebra|pedestrian|school) crossings?|lollipop \w+|"
    # schools' buildings and staff: "schools shut because of RAAC concrete", "teacher strikes"
    r"RAAC|crumbl\w* concrete|teachers?['’]? strikes?|school buildings?)\b",
    re.I,
)
# The services every family uses: "my kids go to the library's reading club". A care leaver's
# council tax exemption or free leisure pass is in the reports, so only children in care, care
# leavers and young people keep them in the remit (not "children's services", a department).
_EVERY_FAMILYS = re.compile(
    r"\b(librar(?:y|ies)|leisure centres?|swimming (?:pools?|lessons?)|parks|skate ?parks?|playgrounds?|"
    r"play areas?|free school meals|school (?:dinners|meals|lunches)|council tax|(?:childhood )?obesity|"
    r"bikeability|cycl(?:e|ing) (?:training|proficiency)|"
    r"music (?:lessons?|services?|tuition|hubs?)|instrument(?:al)? lessons|"
    r"(?:free\s+)?holiday (?:clubs?|activit(?:y|ies)(?: and food)?|food (?:scheme|programme)s?))\b",
    re.I,
)
# Someone a council looks after: "I grew up in Southwark's care".
_IN_ITS_CARE = r"(?:in|into|left|leaving|from)\s+(?:(?:the\s+)?[\w’']+['’]s\s+)?care(?!\s+homes?)"
_CARE_PEOPLE = (
    # "looked-after children", not how well "playgrounds are looked after"
    r"in care|looked-after|looked after (?:child\w*|kids?|young)|(?:child\w*|kids) looked after|"
    r"care[ -]leavers?|leaving care|care[ -]experienced|foster\w*|adopt\w*|"
    r"young (?:people|person)"
)
_CARED_FOR = re.compile(rf"\b({_CARE_PEOPLE}|{_IN_ITS_CARE})\b", re.I)
# Children the service protects or supports: "do neglected children go without school lunches?",
# "do disabled children get music lessons through short breaks?" keep them in the remit too.
_AT_RISK = re.compile(
    r"\b(neglect\w*|exploit\w*|groom\w*|child protection|in need|at risk|short breaks|disabled|"
    r"unaccompanied|asylum|refugees?|young carers?)\b",
    re.I,
)
_ABOUT_CHILDREN = re.compile(
    r"\b(child\w*|kids?|kiddies|youngsters?|toddlers?|bab(?:y|ies)|infants?|boys|girls|"
    r"young (?:people|person|adults?)|care[ -]leavers?|leaving care|care[ -]experienced|"
    r"teen\w*|youth|famil(?:y|ies)|parents?|foster\w*|adopt\w*|pupils?|"
    # "looked-after", not how well "older residents are looked after"
    r"looked-after|looked after (?:child\w*|kids?|young)|transition\w*|disabled|virtual schools?|"
    rf"{_IN_ITS_CARE})\b",
    re.I,
)
_ABOUT_CARE = re.compile(
    rf"\b({_CARE_PEOPLE}|virtual schools?|in need|child protection|social work\w*|children['’]s services|"
    # homeless 16- and 17-year-olds are children's services' duty
    r"young carers?|homeless\w*|1[67][- ]year[- ]olds?|16 and 17)\b",
    re.I,
)


# Ofsted's inspection of a council's children's services, which names the reports, not a topic:
# "Where did Cambs schools rank in the GCSE league tables, according to Ofsted's inspection of the
# council's children's services?"
_INSPECTION_OF = re.compile(
    r"\b(?:inspections?|reports?|visits?|letters?)\s+(?:of|on|into)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:council['’]s\s+|[A-Z][\w-]*['’]s?\s+)?"
    r"children['’]?s\s+(?:services|social\s+care)\b",
    re.I,
)
# A dated visit or inspection of a council, asked about its children ("the kids", not "childminders").
_NAMES_REPORT = re.compile(
    r"\bOfsted['’]?s?\b[^?.]{0,40}\b(?:visit|inspection|letter)\b[^?.]{0,30}\b(?:19|20)\d\d\b", re.I
)
_CHILDREN_THEMSELVES = re.compile(r"\b(?:child(?:ren)?|kids?|famil(?:y|ies)|young people)\b", re.I)


def outside_remit(question: str, *, errand: bool = False) -> list[str]:
    """Services outside children's services a question asks about, if nothing else (an ``errand``:
    any); an errand the collection never writes about (``_NEVER_WRITTEN``), whatever else it names."""
    found = [] if names_children(question) and not errand else list(_OUTSIDE_REMIT.finditer(question))
    found = found or list(_NEVER_WRITTEN.finditer(question))
    # A named visit or report of a council's services reports on what it says ("feeding poorer
    # kids over the school holidays", asked of "Ofsted's remote visit in spring 2021").
    reported = bool(_CHILDREN_THEMSELVES.search(question) and _NAMES_REPORT.search(question))
    if not (reported or _ABOUT_CARE.search(_INSPECTION_OF.sub(" ", question))):
        found += list(_EDUCATION_AND_HOUSING.finditer(question))
    if not (reported or _CARED_FOR.search(question) or _AT_RISK.search(question)):
        found += list(_EVERY_FAMILYS.finditer(question))
    return list(dict.fromkeys(m.group(1).lower() for m in sorted(found, key=lambda m: m.start())))


def names_children(question: str) -> bool:
    """Whether it is about children or families ("children's services", a department, is none).

    >>> names_children("Its children's services are good."), names_children("my foster son")
    (False, True)
    """
    return bool(_ABOUT_CHILDREN.search(SERVICE_NAME.sub(" ", question)))


# A department's name, not children: "children's services", "kids' social care".
SERVICE_NAME = re.compile(r"\b(?:children|kids)['’]?s?\s+(?:services|social care|social work)\b", re.I)
