"""Places that are no English council: elsewhere in the UK, or named like one.

A question about Glasgow or Jersey is answered "not covered" (Ofsted inspects
children's services in England only); "New York" or "Sutton Coldfield"
contains a council's name but is not that council (``assistant.authorities``
skips them); "Northamptonshire" was one until 2021.

>>> outside_england("What did Ofsted say about Glasgow City Council?")
['Glasgow']
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

# Places whose names contain a council's name but are not that council:
# "New York" is not York, "Sutton Coldfield" is in Birmingham, "Bury St
# Edmunds" in Suffolk, "Newcastle-under-Lyme" and "Stoke Mandeville" are not
# Newcastle upon Tyne or Stoke-on-Trent.
NOT_COUNCILS = (
    "New York",
    "New Hampshire",
    "New Jersey",
    "Sutton Coldfield",
    "Bury St Edmunds",
    "Bury St. Edmunds",
    "Stoke Newington",
    "Stoke Mandeville",
    "Stoke Poges",
    "Newcastle-under-Lyme",
    "Newcastle under Lyme",
    "Kingston Bagpuize",
    "Bath Spa",
    "Richmond Park",
    # a play shown in schools about sexual exploitation
    "Chelsea's Choice",
    "Chelsea’s Choice",
    # regions and combined authorities, which run no children's services
    "Greater Manchester",
    "Liverpool City Region",
)

# Councils that are no more, each split between councils that are: a question
# about one is told which councils now hold its children's services.
FORMER_COUNCILS: dict[str, tuple[int, tuple[str, ...]]] = {
    "Northamptonshire": (2021, ("North Northamptonshire", "West Northamptonshire")),
    "Cumbria": (2023, ("Cumberland", "Westmorland and Furness")),
    "Bedfordshire": (2009, ("Bedford", "Central Bedfordshire")),
    "Cheshire": (2009, ("Cheshire East", "Cheshire West and Chester")),
}
# What people call them for short.
_FORMER_SHORT = {"Northants": "Northamptonshire", "Beds": "Bedfordshire"}
_FORMER = re.compile(
    r"(?<![\w-])(?<!north )(?<!west )(?<!east )(?<!central )("
    + "|".join([*FORMER_COUNCILS, *_FORMER_SHORT])
    + r")(?![\w-])(?!\s+(?:east|west)\b)",
    re.IGNORECASE,
)


def former_councils(question: str) -> list[str]:
    """Former councils a question names, by their names in ``FORMER_COUNCILS``.

    >>> former_councils("How did Northamptonshire do in its 2019 inspection?")
    ['Northamptonshire']
    >>> former_councils("What about West Northamptonshire or Cheshire East?")
    []
    >>> former_councils("What about Northants in 2019?"), former_councils("What about North Northants?")
    (['Northamptonshire'], [])
    """
    names = {name.lower(): name for name in FORMER_COUNCILS} | {
        short.lower(): name for short, name in _FORMER_SHORT.items()
    }
    return list(dict.fromkeys(names[m.group(1).lower()] for m in _FORMER.finditer(question)))


# Councils elsewhere in the UK and the Crown dependencies, whose children's
# services Ofsted does not inspect (Scotland, Wales, Northern Ireland, Jersey
# ...): a question about one is answered "not covered", not with an English
# council's passages.
OUTSIDE_ENGLAND = (
    "Aberdeen",
    "Aberdeenshire",
    "Angus",
    "Argyll and Bute",
    "Clackmannanshire",
    "Dumfries and Galloway",
    "Dundee",
    "East Ayrshire",
    "East Dunbartonshire",
    "East Lothian",
    "East Renfrewshire",
    "Edinburgh",
    "Falkirk",
    "Fife",
    "Glasgow",
    "Highland",
    "Inverclyde",
    "Midlothian",
    "Moray",
    "North Ayrshire",
    "North Lanarkshire",
    "Orkney",
    "Perth and Kinross",
    "Renfrewshire",
    "Scottish Borders",
    "Shetland",
    "South Ayrshire",
    "South Lanarkshire",
    "Stirling",
    "West Dunbartonshire",
    "West Lothian",
    "Western Isles",
    "Blaenau Gwent",
    "Bridgend",
    "Caerphilly",
    "Cardiff",
    "Carmarthenshire",
    "Ceredigion",
    "Conwy",
    "Denbighshire",
    "Flintshire",
    "Gwynedd",
    "Anglesey",
    "Merthyr Tydfil",
    "Monmouthshire",
    "Neath Port Talbot",
    "Newport",
    "Pembrokeshire",
    "Powys",
    "Rhondda Cynon Taf",
    "Swansea",
    "Torfaen",
    "Vale of Glamorgan",
    "Wrexham",
    "Belfast",
    "Derry",
    "Lisburn",
    "Armagh",
    "Newry",
    "Antrim",
    "Ards and North Down",
    "Causeway Coast and Glens",
    "Fermanagh and Omagh",
    "Mid Ulster",
    "Mid and East Antrim",
    "Scotland",
    "Wales",
    "Northern Ireland",
    # The Crown dependencies have their own children's services and inspectorates.
    "Jersey",
    "Guernsey",
    "Isle of Man",
)
# Questions are often typed in lower case ("what rating did swansea council get?"); a jersey
# and a guernsey are also jumpers, so those two count only with their capital.
_CAPITAL_ONLY = frozenset({"Jersey", "Guernsey"})
_BY_LOWER = {n.lower(): n for n in OUTSIDE_ENGLAND}


def names_pattern(names: Iterable[str], capital_only: Collection[str] = ()) -> re.Pattern[str]:
    """Any of ``names`` as a whole word (the longest first), in any case but ``capital_only``'s."""
    return re.compile(
        r"(?<![\w-])("
        + "|".join(
            re.escape(n) if n in capital_only else f"(?i:{re.escape(n)})"
            for n in sorted(names, key=len, reverse=True)
        )
        + r")(?![\w-])"
    )


_OUTSIDE = names_pattern(OUTSIDE_ENGLAND, _CAPITAL_ONLY)


def outside_england(query: str) -> list[str]:
    """Places outside England that a question names, in any case but "Jersey" and "Guernsey".

    >>> outside_england("what rating did swansea council get?"), outside_england("a jersey for school")
    (['Swansea'], [])
    """
    return list(dict.fromkeys(_BY_LOWER[m.group(1).lower()] for m in _OUTSIDE.finditer(query)))
