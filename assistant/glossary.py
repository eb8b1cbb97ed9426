"""The inspection vocabulary a question may not use: everyday words and their terms of art.

A user asks about "children who run away"; the reports say "missing from
home or care" and "return home interviews". BM25 only matches words, so a
question in everyday words misses the passage that answers it. Each entry
names the words a question may use (``triggers``) and the report's words
(``terms``) that are added to the lexical side of the search when a trigger is
in the question (and, with ``Settings.glossary_vector``, to a second query
vector beside the question's own: ``retrieval.py``). Abbreviations and their
long forms trigger each other.

The list is written from the inspection frameworks' vocabulary (what the
reports call a thing, what a parent or journalist calls it), not learned
from evaluation questions, and each entry was checked to lower no dev
question: every added word also matches passages that do not answer the
question. Triggers are narrow enough not to fire on other domains' text
("healthy volunteers", "medical school", "trafficking of T cells").

>>> expand_query("What happens when children run away?")
'What happens when children run away? missing from home missing from care return home interviews'
>>> expand_query("How is the MASH working?")
'How is the MASH working? multi-agency safeguarding hub front door'
>>> expand_query("What did Ofsted say about caseloads?")
'What did Ofsted say about caseloads?'
"""

from __future__ import annotations

import re

from assistant.glossary_entries import WORK, Entry
from assistant.glossary_more import MORE

GLOSSARY: tuple[Entry, ...] = (*WORK, *MORE)

_COMPILED = tuple((re.compile(rf"\b(?:{'|'.join(e.triggers)})\b", re.I), e) for e in GLOSSARY)


_ARTICLE = re.compile(r"\b(?:an?|the)\s+", re.I)


def _without_articles(text: str) -> tuple[str, list[int]]:
    """``text`` with its articles taken out, and where each of its characters was in ``text``.

    An entry's words are written without them: "a job or a college place" is read as
    "job or college place", which "jobs? (?:or|and) (?:college|training)" finds.

    >>> _without_articles("a job or a college")[0]
    'job or college'
    """
    removed = {i for m in _ARTICLE.finditer(text) for i in range(m.start(), m.end())}
    kept = [i for i in range(len(text)) if i not in removed]
    return "".join(text[i] for i in kept), kept


def expansions(text: str) -> list[str]:
    """The report's words for the everyday words in ``text`` (not already in it), once each."""
    out: list[str] = []
    lowered = text.lower()
    for _, _, terms in everyday_spans(text):
        out += [t for t in terms if t.lower() not in lowered and t not in out]
    return out


def everyday_spans(text: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """Where ``text`` uses everyday words the glossary knows, and the reports' words for each.

    Words are found as written, or with the articles taken out (``_without_articles``).

    >>> everyday_spans("children being home-schooled")
    [(15, 28, ('elective home education', 'electively home educated'))]
    >>> question = "kids with a job or a college place"
    >>> [question[s:e] for s, e, _ in everyday_spans(question)]
    ['job or a college', 'kids']
    """
    bare, where = _without_articles(text)
    spans: list[tuple[int, int, tuple[str, ...]]] = []
    for pattern, e in _COMPILED:
        found = [(m.start(), m.end()) for m in pattern.finditer(text)]
        if bare != text:
            found += [(where[m.start()], where[m.end() - 1] + 1) for m in pattern.finditer(bare) if m.group()]
        spans += [(start, end, e.terms) for start, end in dict.fromkeys(found)]
    return spans


def _vocabulary() -> re.Pattern[str]:
    """The terms of art: the entries' phrases of two words or more, and the acronyms they stand for.

    An acronym counts from a term, or from an entry that it opens ("MASH",
    "IROs?"); one inside a trigger's words ("a GP", "AWOL") is everyday.
    """
    words = {t for e in GLOSSARY for t in e.terms if " " in t or "-" in t}
    acronyms = {
        a for e in GLOSSARY for a in (*e.terms, e.triggers[0]) if re.fullmatch(r"[A-Z]{2,}(?:s\??)?", a)
    }
    phrases = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?i:\b(?:{phrases})\b)|\b(?:{'|'.join(sorted(acronyms))})\b")


_VOCABULARY = _vocabulary()


def uses_vocabulary(text: str) -> bool:
    """Whether ``text`` uses the inspection vocabulary: "a MASH", "return home interviews".

    >>> uses_vocabulary("What is a MASH?"), uses_vocabulary("What are return home interviews?")
    (True, True)
    >>> uses_vocabulary("What is a good recipe for lasagne?"), uses_vocabulary("Is mash good for dogs?")
    (False, False)
    """
    return bool(_VOCABULARY.search(text))


def expand_query(text: str) -> str:
    """``text`` with the inspection words for its everyday words appended."""
    extra = expansions(text)
    return f"{text} {' '.join(extra)}" if extra else text


__all__ = ["GLOSSARY", "Entry", "everyday_spans", "expand_query", "expansions", "uses_vocabulary"]
