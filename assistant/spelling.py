"""A council's name misspelt in a question: "Sheffeild", "sunderlnd", "in Peterbrough".

Users type council names fast ("how are care leavers in Southamton doing?").
Read as no council, such a question is answered from the whole collection,
with other councils' reports. A word one edit away (a letter added,
dropped, changed or two swapped) from a council's one-word name of seven
letters or more is read as that council where it stands as a place does:
after "in", "at", "about" and the like, or after "did", "has", "is" and the
like as a question's subject, at the question's start, capitalised inside
it, or before "council", "'s" or "children's services".

Not read so:

- shorter names (an edit from "Ealing" is "dealing", from "Slough" "though");
- names that are words ("Reading": "heading", "leading");
- words one edit from a name ("hovering" and "wavering" from Havering,
  "southward" from Southwark, "Arlington" from Darlington), found by
  comparing every name with the whole words of all-MiniLM-L6-v2's
  vocabulary (``REAL_WORDS``);
- another council's own name ("Hertfordshire" is no misspelt
  "Herefordshire").

>>> names = {"sheffield": "Sheffield", "havering": "Havering", "ealing": "Ealing"}
>>> q = "do asylum seekers in sheffeild get help?"
>>> [(council, q[start:end]) for start, end, council in misspelt(q, names)]
[('Sheffield', 'sheffeild')]
>>> [council for _, _, council in misspelt("how much did sheffeild spend on it?", names)]
['Sheffield']
>>> [council for _, _, council in misspelt("summarise sheffields 2019 inspection", names)]
['Sheffield']
>>> misspelt("Were managers wavering on this?", names)
[]
>>> misspelt("Is he dealing with it?", names)
[]

Nor a word whose first letter differs: people type a name's first letter
right, and "Walford" (another place) is no misspelt Salford.

>>> misspelt("what is the rating for walford council?", {"salford": "Salford"})
[]

A name of two words or more with one of them misspelt is read so too:

>>> misspelt("How did St Hellens do?", {"st helens": "St Helens"})
[(8, 18, 'St Helens')]
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence

SHORTEST = 7

REAL_WORDS = frozenset(
    {
        "arlington",
        "barrington",
        "harrington",
        "hovering",
        "wavering",
        "sanford",
        "southward",
        "helena",  # "St Helena Hospice", not St Helens
    }
)

_WORD = re.compile(r"[A-Za-z]{6,}")
# Where a place stands: after a preposition, at the question's start (or after its dash or colon),
# or as the subject a question's verb asks about ("how much did knowsely put into ...").
_PLACE_BEFORE = re.compile(
    r"(?:^|[-–—:;,(]|\b(?:in|at|from|for|of|about|near|to|on|and|or|vs|v|with|live|lives|living|"
    r"did|does|has|have|had|was|were|is|are))\s*$",
    re.I,
)
_PLACE_AFTER = re.compile(
    r"['’]s?\b|\s+(?:(?:city|county|borough|district)\s+)?council\b|\s+children['’]s\b|\s+(?:ofsted|care)\b",
    re.I,
)


def misspelt(
    query: str,
    names: Mapping[str, str],
    skip: frozenset[str] = frozenset(),
    taken: Sequence[tuple[int, int]] = (),
) -> list[tuple[int, int, str]]:
    """(start, end, council) of each word in ``query`` that is a council's name misspelt, where it
    stands as a place. ``names``: lower-case name -> council; ``skip``: names that are words;
    ``taken``: spans already read (a council's name, a place that is none)."""
    forms = {n for n in names if n.isalpha() and len(n) >= SHORTEST and n not in skip}
    out = []
    for m in _WORD.finditer(query):
        word = m.group().lower()
        if word in names or word in REAL_WORDS or any(a < m.end() and m.start() < b for a, b in taken):
            continue
        # (a name's first letter is the one people get right: "Walford" is another place, not Salford)
        found = {names[f] for f in near_spellings(word) & forms if f[0] == word[0]}
        # a possessive typed without its apostrophe ("summarise warringtons 2019 inspection") is
        # the council's wherever it stands
        possessive = word.endswith("s") and word[:-1] in forms
        if len(found) != 1 or not (possessive or _as_place(query, m.start(), m.end())):
            continue
        out.append((m.start(), m.end(), found.pop()))
    return out + _misspelt_in_names(query, names, [*taken, *((a, b) for a, b, _ in out)])


def _misspelt_in_names(
    query: str, names: Mapping[str, str], taken: Sequence[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """(start, end, council) of a council's name of two words or more with one of them misspelt
    ("St Hellens", "Milton Keynse"): the others as written, the one a word of five letters or
    more one edit from the name's, with its first letter right, where the name stands as a place."""
    words = [(m.start(), m.end(), m.group().lower()) for m in re.finditer(r"[A-Za-z]+", query)]
    out: list[tuple[int, int, str]] = []
    taken = list(taken)
    # the longest names first, each span read once: "east rising of yorkshire", not "east rising"
    for name, council in sorted(names.items(), key=lambda item: -len(item[0].split())):
        parts = name.split()
        if len(parts) < 2 or not all(p.isalpha() for p in parts):
            continue
        for i in range(len(words) - len(parts) + 1):
            typed = words[i : i + len(parts)]
            wrong = [(t, p) for (_, _, t), p in zip(typed, parts, strict=True) if t != p]
            start, end = typed[0][0], typed[-1][1]
            if len(wrong) != 1 or any(a < end and start < b for a, b in taken):
                continue
            t, p = wrong[0]
            near = len(p) >= 5 and t[0] == p[0] and t not in REAL_WORDS and t in near_spellings(p)
            if near and _as_place(query, start, end):
                out.append((start, end, council))
                taken.append((start, end))
    return out


@functools.lru_cache(maxsize=20_000)  # a question's words recur from question to question
def near_spellings(word: str) -> frozenset[str]:
    """Every word one edit (a letter added, dropped, changed or two swapped) from ``word``.

    >>> "police" in near_spellings("poilce"), "police" in near_spellings("polcie"), len(near_spellings("ab"))
    (True, True, 129)
    """
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return frozenset(
        {a + b[1:] for a, b in splits if b}
        | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
        | {a + c + b[1:] for a, b in splits if b for c in letters}
        | {a + c + b for a, b in splits for c in letters}
    ) - {word}


def _as_place(query: str, start: int, end: int) -> bool:
    """Whether the word at [start, end) stands where a place's name does."""
    capitalised = query[start].isupper() and bool(re.search(r"\w\W*\s$", query[:start]))
    before = query[:start]
    return (
        (capitalised and not re.search(r"[.?!]\s*$", before))
        or bool(_PLACE_BEFORE.search(before))
        or bool(_PLACE_AFTER.match(query, end))
    )


# Contractions typed without their apostrophe ("whats the overall grade", "didnt they"): words
# that are nothing else. "its", "wont", "cant", "ill", "were" and "well" are words, so stay.
_BARE_CONTRACTION = re.compile(
    r"\b(what|how|where|who|when|why|that|there|here)s\b"
    r"|\b(did|does|do|is|was|were|are|has|have|had|should|could|would|must|need)nt\b"
    r"|\b(they|you|we(?!re\b))(re|ve)\b",
    re.I,
)


def with_apostrophes(text: str) -> str:
    """``text`` with a contraction typed without its apostrophe written with one.

    >>> with_apostrophes("blackpool - whats the overall grade? didnt they improve?")
    "blackpool - what's the overall grade? didn't they improve?"
    >>> with_apostrophes("Its care leavers: were they well supported?")
    'Its care leavers: were they well supported?'
    """

    def written(m: re.Match[str]) -> str:
        word = m.group(0)
        if m.group(1):
            return f"{word[:-1]}'{word[-1]}"
        if m.group(2):
            return f"{word[:-2]}n't"
        return f"{m.group(3)}'{m.group(4)}"

    return _BARE_CONTRACTION.sub(written, text)
