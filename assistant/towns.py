"""Towns people live in, and the council that runs their children's services.

"My cousin fosters in Birkenhead", "We live in Crewe", "a social work job in
Scunthorpe": a question names the council by a town in it. Such a town is no
council (Birkenhead is the Wirral's, Crewe is Cheshire East's), and with no
council found the question was answered from every council's documents. A
town counts only where the question says someone lives or works there ("we
live in", "I'm from", "fosters in"), or names the town's council outside the
two-tier counties, where the council people mean is the one with children's
services ("the South Shields council": South Tyneside's, whose town hall is
there; a town or parish council there is not what such a question means). "Children in care in Skegness",
"Bognor Regis children's social care" or "Skegness council" (a two-tier
county's town, whose own council is a district's or a parish's) asks about
services the town does not have (``assistant/answers/no_council.py`` says
whose they are), and a district council that was one ("Maidstone",
"Harrogate") is ``assistant/districts.py``'s.

Only towns whose names are no ordinary word or common surname are listed,
each in the council it has been in since the reorganisations of 2019 to 2023.

>>> [(t.town, t.authority) for t in towns_named("my cousin fosters in Birkenhead - what about care leavers?")]
[('Birkenhead', 'Wirral')]
>>> towns_named("What did Ofsted say about children in care in Skegness?")
[]
>>> [t.authority for t in towns_named("What grade did the South Shields council's adoption service get?")]
['South Tyneside']
>>> towns_named("what did ofsted say about skegness council's children's services?")
[]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.districts import TWO_TIER
from assistant.places import names_pattern

# Council -> towns in it that are not a council's or a district's name.
_BY_COUNCIL: dict[str, tuple[str, ...]] = {
    "Wirral": ("Birkenhead", "Wallasey", "Bebington", "Heswall", "Hoylake", "West Kirby"),
    "Sefton": ("Southport", "Bootle", "Formby", "Maghull"),
    "Knowsley": ("Huyton", "Prescot", "Halewood"),
    "Halton": ("Runcorn", "Widnes"),
    "Cheshire East": ("Crewe", "Macclesfield", "Congleton", "Nantwich", "Wilmslow", "Sandbach", "Alsager"),
    "Cheshire West and Chester": ("Ellesmere Port", "Northwich", "Winsford", "Neston", "Frodsham"),
    "North Somerset": ("Weston-super-Mare", "Clevedon", "Portishead", "Nailsea"),
    "North Lincolnshire": ("Scunthorpe", "Brigg", "Barton-upon-Humber"),
    "North East Lincolnshire": ("Grimsby", "Cleethorpes", "Immingham"),
    "East Riding of Yorkshire": ("Beverley", "Bridlington", "Goole", "Driffield", "Hornsea", "Withernsea"),
    "Kirklees": ("Dewsbury", "Batley", "Holmfirth", "Mirfield"),
    "Calderdale": ("Brighouse", "Todmorden", "Sowerby Bridge", "Hebden Bridge"),
    "Bradford": ("Keighley", "Shipley", "Ilkley", "Bingley"),
    "Wakefield": ("Pontefract", "Castleford", "Ossett"),
    "Leeds": ("Pudsey", "Morley", "Otley", "Wetherby"),
    "Sheffield": ("Stocksbridge",),
    "Rotherham": ("Rawmarsh", "Maltby"),
    "Doncaster": ("Mexborough", "Thorne"),
    "Sandwell": ("West Bromwich", "Oldbury", "Smethwick", "Tipton", "Wednesbury", "Rowley Regis"),
    "Dudley": ("Stourbridge", "Halesowen", "Brierley Hill", "Sedgley", "Kingswinford"),
    "Walsall": ("Bloxwich", "Willenhall", "Aldridge", "Brownhills"),
    "Birmingham": ("Sutton Coldfield", "Erdington", "Edgbaston", "Small Heath", "Kings Heath"),
    "Solihull": ("Chelmsley Wood",),
    "Coventry": ("Tile Hill",),
    "Trafford": ("Altrincham", "Stretford", "Urmston", "Partington"),
    "Tameside": ("Ashton-under-Lyne", "Stalybridge", "Dukinfield", "Mossley", "Droylsden"),
    "Rochdale": ("Heywood", "Littleborough"),
    "Bolton": ("Farnworth", "Horwich", "Westhoughton"),
    "Bury": ("Ramsbottom", "Prestwich", "Radcliffe", "Whitefield"),
    "Wigan": ("Atherton", "Tyldesley", "Ashton-in-Makerfield", "Hindley"),
    "Salford": ("Walkden", "Irlam"),
    "Stockport": ("Bramhall", "Marple", "Hazel Grove"),
    "Manchester": ("Wythenshawe", "Moss Side", "Didsbury"),
    "Oldham": ("Chadderton", "Royton", "Failsworth", "Saddleworth"),
    "St Helens": ("Newton-le-Willows", "Rainford"),
    "Liverpool": ("Toxteth", "Speke", "Kirkdale"),
    "South Tyneside": ("South Shields", "Jarrow", "Hebburn"),
    "North Tyneside": ("North Shields", "Wallsend", "Whitley Bay", "Tynemouth", "Killingworth"),
    "Sunderland": ("Houghton-le-Spring", "Hetton-le-Hole"),
    "Durham": ("Bishop Auckland", "Consett", "Peterlee", "Chester-le-Street", "Seaham", "Newton Aycliffe"),
    "Northumberland": (
        "Blyth",
        "Cramlington",
        "Hexham",
        "Morpeth",
        "Ashington",
        "Berwick-upon-Tweed",
        "Alnwick",
    ),
    "Stockton-on-Tees": ("Billingham", "Thornaby", "Yarm", "Ingleby Barwick"),
    "Redcar and Cleveland": ("Guisborough", "Saltburn", "Eston", "Marske"),
    "Middlesbrough": ("Linthorpe", "Acklam"),
    "Cornwall": (
        "Truro",
        "Falmouth",
        "Penzance",
        "Newquay",
        "St Austell",
        "Bodmin",
        "Camborne",
        "Redruth",
        "Bude",
    ),
    "Wiltshire": ("Salisbury", "Trowbridge", "Chippenham", "Devizes", "Warminster", "Melksham", "Calne"),
    "Shropshire": ("Shrewsbury", "Oswestry", "Ludlow", "Bridgnorth", "Market Drayton"),
    "Herefordshire": ("Leominster", "Ross-on-Wye", "Ledbury"),
    "Isle of Wight": ("Ryde", "Cowes", "Sandown", "Shanklin", "Ventnor"),
    "Central Bedfordshire": ("Dunstable", "Leighton Buzzard", "Biggleswade", "Houghton Regis", "Flitwick"),
    "Milton Keynes": ("Bletchley", "Wolverton", "Newport Pagnell"),
    "Buckinghamshire": ("High Wycombe", "Aylesbury", "Amersham", "Chesham", "Beaconsfield", "Marlow"),
    "West Berkshire": ("Newbury", "Thatcham", "Hungerford"),
    "Bournemouth, Christchurch and Poole": ("Boscombe", "Kinson"),
    "Dorset": (
        "Weymouth",
        "Dorchester",
        "Bridport",
        "Wimborne",
        "Ferndown",
        "Sherborne",
        "Blandford",
        "Swanage",
    ),
    "Somerset": ("Taunton", "Yeovil", "Bridgwater", "Frome", "Minehead", "Glastonbury", "Shepton Mallet"),
    "North Yorkshire": (
        "Whitby",
        "Northallerton",
        "Skipton",
        "Ripon",
        "Thirsk",
        "Malton",
        "Filey",
        "Knaresborough",
    ),
    "Cumberland": ("Workington", "Whitehaven", "Maryport", "Cockermouth", "Keswick"),
    "Westmorland and Furness": ("Kendal", "Penrith", "Ulverston", "Windermere", "Appleby"),
    "North Northamptonshire": ("Rushden", "Raunds", "Desborough", "Oundle"),
    "West Northamptonshire": ("Towcester", "Brackley"),
    "Medway": ("Chatham", "Rochester", "Strood"),
    "Thurrock": ("Grays", "Tilbury", "Purfleet", "Stanford-le-Hope"),
    "Southend-on-Sea": ("Leigh-on-Sea", "Westcliff", "Shoeburyness"),
    "Kent": (
        "Margate",
        "Ramsgate",
        "Broadstairs",
        "Folkestone",
        "Gravesend",
        "Whitstable",
        "Herne Bay",
        "Sittingbourne",
    ),
    "Essex": ("Clacton", "Clacton-on-Sea", "Harwich", "Witham", "Saffron Walden"),
    "Lancashire": ("Accrington", "Morecambe", "Skelmersdale", "Ormskirk", "Fleetwood", "Lytham St Annes"),
    "Hampshire": ("Andover", "Aldershot", "Farnborough", "Petersfield", "Romsey", "Lymington"),
    "West Sussex": ("Littlehampton", "Burgess Hill", "Haywards Heath", "East Grinstead", "Shoreham-by-Sea"),
    "East Sussex": ("Bexhill", "Bexhill-on-Sea", "Newhaven", "Seaford", "Crowborough", "Uckfield"),
    "Surrey": ("Camberley", "Redhill", "Reigate", "Farnham", "Leatherhead", "Godalming", "Staines"),
    "Leicestershire": (
        "Loughborough",
        "Hinckley",
        "Coalville",
        "Melton Mowbray",
        "Market Harborough",
        "Lutterworth",
    ),
    "Derbyshire": ("Buxton", "Glossop", "Ilkeston", "Matlock", "Swadlincote", "Long Eaton"),
    "Nottinghamshire": ("Worksop", "Newark", "Retford", "Hucknall", "West Bridgford"),
    "Lincolnshire": ("Skegness", "Grantham", "Spalding", "Louth", "Gainsborough", "Sleaford", "Stamford"),
    "Norfolk": ("Thetford", "Cromer", "Dereham"),
    "Suffolk": ("Lowestoft", "Felixstowe", "Bury St Edmunds", "Newmarket", "Haverhill"),
    "Cambridgeshire": ("Ely", "Huntingdon", "St Neots", "Wisbech"),
    "Staffordshire": ("Burton upon Trent", "Burton-on-Trent", "Rugeley", "Uttoxeter", "Cannock"),
    "Warwickshire": ("Nuneaton", "Leamington Spa", "Kenilworth", "Bedworth", "Stratford-upon-Avon"),
    "Worcestershire": ("Kidderminster", "Evesham", "Droitwich"),
    "Gloucestershire": ("Cirencester", "Cinderford"),
    "Oxfordshire": ("Banbury", "Bicester", "Abingdon", "Witney", "Didcot", "Wantage", "Henley-on-Thames"),
    "Hertfordshire": ("Hemel Hempstead", "Hitchin", "Letchworth", "Harpenden", "Bishop's Stortford"),
    "Devon": ("Barnstaple", "Newton Abbot", "Exmouth", "Tiverton", "Bideford", "Okehampton", "Tavistock"),
    "Bath and North East Somerset": ("Keynsham", "Midsomer Norton", "Radstock"),
    "South Gloucestershire": ("Yate", "Kingswood", "Filton"),
}
TOWNS: dict[str, str] = {town: council for council, towns in _BY_COUNCIL.items() for town in towns}
# Names that are also ordinary words or names: only with a capital.
_CAPITAL_ONLY = frozenset({"Grays", "Frome", "Yate", "Deal"})
_TOWN = names_pattern(tuple(TOWNS), _CAPITAL_ONLY)
_BY_LOWER = {town.lower(): town for town in TOWNS}
# Where the question says someone lives or works: "we live in Crewe", "I'm from Taunton", "my
# cousin fosters in Birkenhead", "a social work job in Scunthorpe"; not "children in care in
# Skegness", which asks about the town's services as if it had its own.
_THERE = re.compile(
    r"\b(?:live[sd]?|living|based|work(?:s|ed|ing)?|job|fosters?|fostering|moved|moving|grew\s+up|"
    r"born|raised|(?:i|we|they)\s*(?:['’]m|['’]re|am|are)|i['’]m|we['’]re|family|home)"
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:in|from|near|around|outside|to)\s+(?:central\s+|north\s+|south\s+)?$",
    re.I,
)

# "the South Shields council", "weston-super-mare council's": the council the town has
_COUNCIL_AFTER = re.compile(r"(?:['’]s)?\s+(?:(?:town|borough|city)\s+)?council\b", re.I)


@dataclass(frozen=True)
class Town:
    """A town a question places someone in, the council whose children's services it has, and where."""

    town: str
    authority: str
    start: int
    end: int


def towns_named(question: str) -> list[Town]:
    """The towns ``question`` places someone in ("in", "from", "near" before it), or whose council
    it names where that council has the town's children's services, in order."""
    found = []
    for m in _TOWN.finditer(question):
        town = _BY_LOWER[m.group(1).lower()]
        own_council = _COUNCIL_AFTER.match(question, m.end()) and TOWNS[town] not in TWO_TIER
        if not own_council and not _THERE.search(question[: m.start()]):
            continue
        found.append(Town(town, TOWNS[town], m.start(), m.end()))
    return found


__all__ = ["TOWNS", "Town", "towns_named"]
