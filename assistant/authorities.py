"""English local authorities: names, short forms, and who a passage is about.

The gazetteer holds the 153 councils with children's services that Ofsted
inspects (those in ``ofsted_csc_ilacs_history.csv``), each with its official
short name and the forms people write: "Stoke" is Stoke-on-Trent, "Hull" is
Kingston upon Hull, "Cheshire West" is Cheshire West and Chester.

>>> GAZETTEER.resolve("stoke")
'Stoke-on-Trent'
>>> [m.authority for m in GAZETTEER.find("Ofsted visited Hull and Cheshire West.")]
['Kingston upon Hull', 'Cheshire West and Chester']
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property

from assistant.council_words import QUERY_WORDS, marked_as_council, sentence_initial
from assistant.everyday_names import EVERYDAY_NAMES
from assistant.places import NOT_COUNCILS
from assistant.spelling import misspelt
from assistant.towns import towns_named

# Official short name, then further forms. Each name also matches with
# " Council", " City Council", "County Council" and so on after it, since the
# name alone matches inside those.
_AUTHORITIES: tuple[tuple[str, ...], ...] = (
    ("Barking and Dagenham", "Barking & Dagenham"),
    ("Barnet",),
    ("Barnsley",),
    ("Bath and North East Somerset", "Bath & North East Somerset", "BANES", "B&NES"),
    ("Bedford", "Bedford Borough"),
    ("Bexley",),
    ("Birmingham",),
    ("Blackburn with Darwen", "Blackburn"),
    ("Blackpool",),
    ("Bolton",),
    (
        "Bournemouth, Christchurch and Poole",
        "Bournemouth, Christchurch & Poole",
        "BCP",
        "Bournemouth",
    ),
    ("Bracknell Forest",),
    ("Bradford",),
    ("Brent",),
    ("Brighton and Hove", "Brighton & Hove", "Brighton"),
    ("Bristol", "City of Bristol"),
    ("Bromley",),
    ("Buckinghamshire",),
    ("Bury",),
    ("Calderdale",),
    ("Cambridgeshire",),
    ("Camden",),
    ("Central Bedfordshire",),
    ("Cheshire East",),
    ("Cheshire West and Chester", "Cheshire West & Chester", "Cheshire West", "CWAC"),
    ("City of London", "London Corporation", "City of London Corporation"),
    ("Cornwall",),
    ("Coventry",),
    ("Croydon",),
    ("Cumberland",),
    ("Darlington",),
    ("Derby",),
    ("Derbyshire",),
    ("Devon",),
    ("Doncaster",),
    ("Dorset",),
    ("Dudley",),
    ("Durham", "County Durham"),
    ("Ealing",),
    ("East Riding of Yorkshire", "East Riding"),
    ("East Sussex",),
    ("Enfield",),
    ("Essex",),
    ("Gateshead",),
    ("Gloucestershire",),
    ("Greenwich",),
    ("Hackney",),
    ("Halton",),
    ("Hammersmith and Fulham", "Hammersmith & Fulham"),
    ("Hampshire",),
    ("Haringey",),
    ("Harrow",),
    ("Hartlepool",),
    ("Havering",),
    ("Herefordshire",),
    ("Hertfordshire",),
    ("Hillingdon",),
    ("Hounslow",),
    ("Isle of Wight",),
    ("Isles of Scilly",),
    ("Islington",),
    ("Kensington and Chelsea", "Kensington & Chelsea"),
    ("Kent",),
    ("Kingston upon Hull", "Kingston-upon-Hull", "Kingston Upon Hull", "Hull", "Hull City"),
    ("Kingston upon Thames", "Kingston-upon-Thames", "Kingston Upon Thames", "Kingston"),
    ("Kirklees",),
    ("Knowsley",),
    ("Lambeth",),
    ("Lancashire",),
    ("Leeds",),
    ("Leicester", "Leicester City"),
    ("Leicestershire",),
    ("Lewisham",),
    ("Lincolnshire",),
    ("Liverpool",),
    ("Luton",),
    ("Manchester",),
    ("Medway",),
    ("Merton",),
    ("Middlesbrough",),
    ("Milton Keynes",),
    ("Newcastle upon Tyne", "Newcastle-upon-Tyne", "Newcastle Upon Tyne", "Newcastle"),
    ("Newham",),
    ("Norfolk",),
    ("North East Lincolnshire",),
    ("North Lincolnshire",),
    ("North Northamptonshire",),
    ("North Somerset",),
    ("North Tyneside",),
    ("North Yorkshire",),
    ("Northumberland",),
    ("Nottingham",),
    ("Nottinghamshire",),
    ("Oldham",),
    ("Oxfordshire",),
    ("Peterborough",),
    ("Plymouth",),
    ("Portsmouth",),
    ("Reading",),
    ("Redbridge",),
    ("Redcar and Cleveland", "Redcar & Cleveland"),
    ("Richmond upon Thames", "Richmond-upon-Thames", "Richmond Upon Thames", "Richmond"),
    ("Rochdale",),
    ("Rotherham",),
    ("Rutland",),
    ("Salford",),
    ("Sandwell",),
    ("Sefton",),
    ("Sheffield",),
    ("Shropshire",),
    ("Slough",),
    ("Solihull",),
    ("Somerset",),
    ("South Gloucestershire",),
    ("South Tyneside",),
    ("Southampton",),
    ("Southend-on-Sea", "Southend-On-Sea", "Southend"),
    ("Southwark",),
    ("St Helens", "St. Helens", "Saint Helens", "St Helen's", "St Helen’s"),
    ("Staffordshire",),
    ("Stockport",),
    ("Stockton-on-Tees", "Stockton-On-Tees", "Stockton"),
    ("Stoke-on-Trent", "Stoke-On-Trent", "Stoke", "Stoke on Trent"),
    ("Suffolk",),
    ("Sunderland",),
    ("Surrey",),
    ("Sutton",),
    ("Swindon",),
    ("Tameside",),
    ("Telford and Wrekin", "Telford & Wrekin", "Telford"),
    ("Thurrock",),
    ("Torbay",),
    ("Tower Hamlets",),
    ("Trafford",),
    ("Wakefield",),
    ("Walsall",),
    ("Waltham Forest",),
    ("Wandsworth",),
    ("Warrington",),
    ("Warwickshire",),
    ("West Berkshire",),
    ("West Northamptonshire",),
    ("West Sussex",),
    ("Westminster",),
    ("Westmorland and Furness", "Westmorland & Furness"),
    ("Wigan",),
    ("Wiltshire",),
    ("Windsor and Maidenhead", "Windsor & Maidenhead", "Royal Borough of Windsor and Maidenhead"),
    ("Wirral",),
    ("Wokingham",),
    ("Wolverhampton",),
    ("Worcestershire",),
    ("York", "City of York"),
)

# Names that are also ordinary English words or surnames: in free text they
# count only when capitalised and not the first word of a sentence.
_AMBIGUOUS = frozenset({"Reading", "Bury", "Sutton", "Kingston", "Richmond", "Derby", "Brent"})

_NOT_COUNCIL = re.compile(
    r"(?<![\w-])("
    + "|".join(re.escape(n) for n in sorted(NOT_COUNCILS, key=len, reverse=True))
    + r")(?![\w-])",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Mention:
    """One occurrence of a council's name in a text."""

    authority: str
    start: int
    end: int


def _key(name: str) -> str:
    """Case- and punctuation-folded form used to look names up."""
    return re.sub(r"[^a-z0-9&]+", " ", name.lower().replace(".", "")).strip()


class Gazetteer:
    """Looks councils up by any of their names and finds them in text."""

    def __init__(self, entries: Iterable[Sequence[str]], *, everyday: Mapping[str, str] = {}) -> None:
        self._everyday = {_key(alias): official for alias, official in everyday.items()}
        self._everyday_forms = sorted(everyday, key=len, reverse=True)
        self._names: dict[str, str] = {}
        for forms in entries:
            official = forms[0]
            for form in forms:
                self._names[_key(form)] = official
            self._names[_key(official.replace(" and ", " & "))] = official
        self.authorities: tuple[str, ...] = tuple(sorted({f[0] for f in entries}))
        self._forms = sorted({form for forms in entries for form in forms}, key=len, reverse=True)

    def resolve(self, name: str) -> str | None:
        """The official name for ``name`` (any known form, any case), or None.

        Also accepts folder-style names such as ``telford & wrekin`` and
        trailing words such as "City Council".
        """
        key = _key(name)
        if key in self._names:
            return self._names[key]
        for suffix in (" city council", " county council", " borough council", " council"):
            if key.endswith(suffix) and key[: -len(suffix)] in self._names:
                return self._names[key[: -len(suffix)]]
        return None

    def council_named(self, name: str) -> str | None:
        """The council ``name`` is a name of in a question, everyday names too ("Bucks"), any case.

        >>> GAZETTEER.council_named("bucks")
        'Buckinghamshire'
        >>> GAZETTEER.council_named("Gotham") is None
        True
        """
        return self.resolve(name) or self._everyday.get(_key(name))

    @cached_property
    def _text_pattern(self) -> re.Pattern[str]:
        forms = "|".join(re.escape(f) for f in self._forms)
        # Not inside a longer hyphenated or capitalised name:
        # "Newcastle-under-Lyme", "Stoke Mandeville", "North Yorkshire".
        return re.compile(
            rf"(?<![\w-])(?<!North )(?<!South )(?<!East )(?<!West )({forms})"
            rf"(?![\w-])(?! [A-Z][a-z]+shire)"
        )

    @cached_property
    def _query_pattern(self) -> re.Pattern[str]:
        """Every name and everyday name, any case: which count is ``query_mentions``'s call."""
        forms = sorted({*self._forms, *self._everyday_forms}, key=len, reverse=True)
        return re.compile(rf"(?<![\w-])({'|'.join(re.escape(f) for f in forms)})(?![\w-])", re.IGNORECASE)

    def _official(self, form: str) -> str:
        key = _key(form)
        return self._names.get(key) or self._everyday[key]

    def find(self, text: str) -> list[Mention]:
        """Every mention of a council in running text, in order.

        Case-sensitive: a council's name is a proper noun. Names that are also
        common words ("Reading", "Bury") are skipped at the start of a sentence.
        """
        out = []
        excluded = _not_council_spans(text)
        for m in self._text_pattern.finditer(text):
            form = m.group(1)
            if form in _AMBIGUOUS and sentence_initial(text, m.start()):
                continue
            if _inside(m.span(), excluded):
                continue
            official = self._names[_key(form)]
            out.append(Mention(official, m.start(), m.end()))
        return out

    def query_mentions(self, query: str) -> list[Mention]:
        """Every council a question names, by any name it may use, in order.

        Case-insensitive ("what about stoke?"). Names that are ordinary words
        ("Reading", "Bury", "Bath") count when capitalised and not the first
        word, or wherever the question marks them as a council ("Bury's 2021
        inspection", "reading borough council"); never as "reading" or "bath
        time". A place that only contains a council's name ("New York",
        "Sutton Coldfield") names none; a name misspelt where a place stands
        ("in Southamton") names its council (``assistant/spelling.py``).

        >>> [m.authority for m in GAZETTEER.query_mentions("Reading's front door or Bath's?")]
        ['Reading', 'Bath and North East Somerset']
        >>> GAZETTEER.query_mentions("Does reading at bath time help?")
        []
        >>> [m.authority for m in GAZETTEER.query_mentions("did bucks councillors put kids first?")]
        ['Buckinghamshire']
        >>> [m.authority for m in GAZETTEER.query_mentions("what did the 2021 focused visit to reading say?")]
        ['Reading']
        >>> [m.authority for m in GAZETTEER.query_mentions("what rating did bucks get in 2021?")]
        ['Buckinghamshire']
        >>> [m.authority for m in GAZETTEER.query_mentions("bucks during covid - was staffing a struggle?")]
        ['Buckinghamshire']
        >>> [m.authority for m in GAZETTEER.query_mentions("did bucks get out of inadequate in 2017?")]
        ['Buckinghamshire']
        >>> GAZETTEER.query_mentions("the wolves howled")
        []
        >>> [m.authority for m in GAZETTEER.query_mentions("wilts 2015 inspection - any good?")]
        ['Wiltshire']
        >>> [m.authority for m in GAZETTEER.query_mentions("quick one - bucks during covid, any news?")]
        ['Buckinghamshire']
        >>> [m.authority for m in GAZETTEER.query_mentions("when ofsted checked in on barking in may 2021")]
        ['Barking and Dagenham']
        >>> [m.authority for m in GAZETTEER.query_mentions("Bury: at the remote visit, was it good?")]
        ['Bury']
        >>> [m.authority for m in GAZETTEER.query_mentions("how was bury doing on schooling?")]
        ['Bury']
        >>> GAZETTEER.query_mentions("how is reading taught to children in care?")
        []
        """
        excluded = _not_council_spans(query)
        out: list[Mention] = []
        for m in self._query_pattern.finditer(query):
            form = m.group(1)
            if _inside(m.span(), excluded):
                continue
            if _key(form) in _QUERY_WORD_KEYS and not marked_as_council(query, m.start(), m.end(), form):
                continue
            out.append(Mention(self._official(form), m.start(), m.end()))
        taken = [(m.start, m.end) for m in out] + excluded
        out += [Mention(a, s, e) for s, e, a in misspelt(query, self._names, _QUERY_WORD_KEYS, taken)]
        # "my cousin fosters in Birkenhead": a town someone is in names its council (``assistant/towns.py``),
        # when the question names none ("we live in Cheadle in Staffordshire": another Cheadle)
        if not out:
            out = [Mention(t.authority, t.start, t.end) for t in towns_named(query)]
        return sorted(out, key=lambda m: m.start)

    def query_spans(self, query: str) -> list[tuple[int, int]]:
        """Where a question names councils, by any name it may use: (start, end) pairs."""
        return [(m.start, m.end) for m in self.query_mentions(query)]

    def find_in_query(self, query: str) -> list[str]:
        """Councils a question names, in order, without repeats (see ``query_mentions``)."""
        return list(dict.fromkeys(m.authority for m in self.query_mentions(query)))

    def dominant(
        self, text: str, *, among: Sequence[str] | None = None, prefer: str | None = None
    ) -> str | None:
        """The council ``text`` mentions most.

        ``among`` restricts the candidates, e.g. to the councils an article
        is known to cover. Ties go to ``prefer`` (the council of the text
        before) if it is among them, then to the first mentioned.
        """
        mentions = [m for m in self.find(text) if among is None or m.authority in among]
        if not mentions:
            return None
        # A section's subject is usually the council it names first: that
        # mention weighs one and a half.
        weight = Counter(m.authority for m in mentions) + Counter({mentions[0].authority: 0.5})
        first: dict[str, int] = {}
        for m in mentions:
            first.setdefault(m.authority, m.start)
        return min(weight, key=lambda a: (-weight[a], a != prefer, first[a]))

    def ranked(self, text: str) -> list[str]:
        """Councils ``text`` mentions, most mentioned first."""
        mentions = self.find(text)
        counts = Counter(m.authority for m in mentions)
        first: dict[str, int] = {}
        for m in mentions:
            first.setdefault(m.authority, m.start)
        return sorted(counts, key=lambda a: (-counts[a], first[a]))


_QUERY_WORD_KEYS = frozenset(_key(w) for w in QUERY_WORDS)


def _not_council_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _NOT_COUNCIL.finditer(text)]


def _inside(span: tuple[int, int], spans: Sequence[tuple[int, int]]) -> bool:
    return any(start <= span[0] and span[1] <= end for start, end in spans)


def _initials(entries: Iterable[Sequence[str]]) -> dict[str, str]:
    """ "N Somerset" for North Somerset, "E Sussex" for East Sussex: the compass point's initial."""
    points = ("North ", "South ", "East ", "West ")
    return {f"{name[0]} {name.split(' ', 1)[1]}": name for name, *_ in entries if name.startswith(points)}


GAZETTEER = Gazetteer(_AUTHORITIES, everyday={**_initials(_AUTHORITIES), **EVERYDAY_NAMES})


def attribute_sections(
    sections: Sequence[str],
    *,
    covered: Sequence[str] = (),
    default: str | None = None,
) -> list[str | None]:
    """The council each section of one document is about.

    A document known to cover one council (``covered`` of length one) gives
    that council to every section. Otherwise each section goes to the council
    it mentions most among ``covered`` (all councils when ``covered`` is
    empty); a section that mentions none continues the previous section's
    council, and the first such falls back to ``default``.

    >>> attribute_sections(["Stoke was praised.", "More on that.", "Warrington too."],
    ...                    covered=["Stoke-on-Trent", "Warrington"])
    ['Stoke-on-Trent', 'Stoke-on-Trent', 'Warrington']
    """
    if len(covered) == 1:
        return [covered[0]] * len(sections)
    out: list[str | None] = []
    current = default
    for text in sections:
        found = GAZETTEER.dominant(text, among=covered or None, prefer=current)
        if found is not None:
            current = found
        out.append(current)
    return out
