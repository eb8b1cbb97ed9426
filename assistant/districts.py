"""England's district councils, which run no children's services, and the councils that do.

In two-tier England a district council (Maidstone, Crawley, Cheltenham) runs
housing, bins and planning; the county council (Kent, West Sussex,
Gloucestershire) runs children's services, and Ofsted inspects the county. A
question about "Maidstone's children's services" is told whose they are
instead of being answered with whichever council's passages score best. The
districts abolished by the reorganisations of 2019 to 2023 are here too: their
names are still in use ("Harrogate council"), and their services belong to
the unitary council that replaced them.

Names that are also ordinary words or surnames ("Hart", "Rugby", "Boston")
count only with their capital; the rest in any case, as questions are often
typed ("we're moving to maidstone").

>>> districts_named("we're moving to maidstone - how good are the council's children's services?")
[('Maidstone', 'Kent')]
>>> districts_named("Did rugby come up?"), districts_named("What about Rugby?")
([], [('Rugby', 'Warwickshire')])
"""

from __future__ import annotations

from assistant.places import names_pattern

# District -> the council that runs children's services there, as England's
# districts stood in 2026 (21 two-tier counties).
_CURRENT: dict[str, tuple[str, ...]] = {
    "Cambridgeshire": (
        "Cambridge",
        "East Cambridgeshire",
        "Fenland",
        "Huntingdonshire",
        "South Cambridgeshire",
    ),
    "Derbyshire": (
        "Amber Valley",
        "Bolsover",
        "Chesterfield",
        "Derbyshire Dales",
        "Erewash",
        "High Peak",
        "North East Derbyshire",
        "South Derbyshire",
    ),
    "Devon": (
        "East Devon",
        "Exeter",
        "Mid Devon",
        "North Devon",
        "South Hams",
        "Teignbridge",
        "Torridge",
        "West Devon",
    ),
    "East Sussex": ("Eastbourne", "Hastings", "Lewes", "Rother", "Wealden"),
    "Essex": (
        "Basildon",
        "Braintree",
        "Brentwood",
        "Castle Point",
        "Chelmsford",
        "Colchester",
        "Epping Forest",
        "Harlow",
        "Maldon",
        "Rochford",
        "Tendring",
        "Uttlesford",
    ),
    "Gloucestershire": ("Cheltenham", "Cotswold", "Forest of Dean", "Gloucester", "Stroud", "Tewkesbury"),
    "Hampshire": (
        "Basingstoke and Deane",
        "Basingstoke",
        "East Hampshire",
        "Eastleigh",
        "Fareham",
        "Gosport",
        "Hart",
        "Havant",
        "New Forest",
        "Rushmoor",
        "Test Valley",
        "Winchester",
    ),
    "Hertfordshire": (
        "Broxbourne",
        "Dacorum",
        "East Hertfordshire",
        "Hertsmere",
        "North Hertfordshire",
        "St Albans",
        "Stevenage",
        "Three Rivers",
        "Watford",
        "Welwyn Hatfield",
    ),
    "Kent": (
        "Ashford",
        "Canterbury",
        "Dartford",
        "Dover",
        "Folkestone and Hythe",
        "Gravesham",
        "Maidstone",
        "Sevenoaks",
        "Swale",
        "Thanet",
        "Tonbridge and Malling",
        "Tunbridge Wells",
    ),
    "Lancashire": (
        "Burnley",
        "Chorley",
        "Fylde",
        "Hyndburn",
        "Lancaster",
        "Pendle",
        "Preston",
        "Ribble Valley",
        "Rossendale",
        "South Ribble",
        "West Lancashire",
        "Wyre",
    ),
    "Leicestershire": (
        "Blaby",
        "Charnwood",
        "Harborough",
        "Hinckley and Bosworth",
        "Melton",
        "North West Leicestershire",
        "Oadby and Wigston",
    ),
    "Lincolnshire": (
        "Boston",
        "East Lindsey",
        "Lincoln",
        "North Kesteven",
        "South Holland",
        "South Kesteven",
        "West Lindsey",
    ),
    "Norfolk": (
        "Breckland",
        "Broadland",
        "Great Yarmouth",
        "King's Lynn and West Norfolk",
        "King's Lynn",
        "North Norfolk",
        "Norwich",
        "South Norfolk",
    ),
    "Nottinghamshire": (
        "Ashfield",
        "Bassetlaw",
        "Broxtowe",
        "Gedling",
        "Mansfield",
        "Newark and Sherwood",
        "Rushcliffe",
    ),
    "Oxfordshire": ("Cherwell", "Oxford", "South Oxfordshire", "Vale of White Horse", "West Oxfordshire"),
    "Staffordshire": (
        "Cannock Chase",
        "East Staffordshire",
        "Lichfield",
        "Newcastle-under-Lyme",
        "Newcastle under Lyme",
        "South Staffordshire",
        "Stafford",
        "Staffordshire Moorlands",
        "Tamworth",
    ),
    "Suffolk": ("Babergh", "East Suffolk", "Ipswich", "Mid Suffolk", "West Suffolk"),
    "Surrey": (
        "Elmbridge",
        "Epsom and Ewell",
        "Guildford",
        "Mole Valley",
        "Reigate and Banstead",
        "Runnymede",
        "Spelthorne",
        "Surrey Heath",
        "Tandridge",
        "Waverley",
        "Woking",
    ),
    "Warwickshire": ("North Warwickshire", "Nuneaton and Bedworth", "Rugby", "Stratford-on-Avon", "Warwick"),
    "West Sussex": ("Adur", "Arun", "Chichester", "Crawley", "Horsham", "Mid Sussex", "Worthing"),
    "Worcestershire": ("Bromsgrove", "Malvern Hills", "Redditch", "Worcester", "Wychavon", "Wyre Forest"),
}

# Districts abolished from 2019 to 2023, and the unitary council that took over.
_FORMER: dict[str, tuple[str, ...]] = {
    "Buckinghamshire": ("Aylesbury Vale", "Chiltern", "South Bucks", "Wycombe"),
    "Cumberland": ("Allerdale", "Carlisle", "Copeland"),
    "Westmorland and Furness": ("Barrow-in-Furness", "Eden", "South Lakeland"),
    "Dorset": ("East Dorset", "North Dorset", "Purbeck", "West Dorset", "Weymouth and Portland"),
    "North Northamptonshire": ("Corby", "East Northamptonshire", "Kettering", "Wellingborough"),
    "West Northamptonshire": ("Daventry", "Northampton", "South Northamptonshire"),
    "North Yorkshire": (
        "Craven",
        "Hambleton",
        "Harrogate",
        "Richmondshire",
        "Ryedale",
        "Scarborough",
        "Selby",
    ),
    "Somerset": (
        "Mendip",
        "Sedgemoor",
        "South Somerset",
        "Somerset West and Taunton",
        "Taunton Deane",
        "West Somerset",
    ),
    "Suffolk": ("Forest Heath", "St Edmundsbury", "Suffolk Coastal", "Waveney"),
}

# The counties where a town's own council ("Skegness council") is a district's or a parish's,
# with no children's services: elsewhere the council people mean by a town's ("the South Shields
# council") is the unitary or metropolitan one that runs them (a town or parish council there,
# Crewe's or Truro's, is not what a question about children's services means).
TWO_TIER = frozenset(_CURRENT)
DISTRICTS: dict[str, str] = {
    district: council
    for table in (_CURRENT, _FORMER)
    for council, names in table.items()
    for district in names
}
# Ordinary words and surnames: these count only with their capital.
_CAPITAL_ONLY = frozenset(
    {"Hart", "Rugby", "Boston", "Swale", "Rother", "Arun", "Wyre", "Eden", "Craven", "Warwick"}
)
_BY_LOWER = {name.lower(): name for name in DISTRICTS}
_DISTRICT = names_pattern(DISTRICTS, _CAPITAL_ONLY)


def districts_named(question: str) -> list[tuple[str, str]]:
    """The districts a question names, each with the council that runs its children's services."""
    names = dict.fromkeys(_BY_LOWER[m.group(1).lower()] for m in _DISTRICT.finditer(question))
    return [(name, DISTRICTS[name]) for name in names]
