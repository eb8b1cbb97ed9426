"""Weaknesses or strengths: what a question asks for, how a sentence leans, and the heading it sits under.

Pure functions on strings, used by ``assistant/answers/extract.py`` to prefer
sentences of the polarity a question asks for ("What are the weaknesses...",
"What needs to improve...") and to label a quote with the heading of the list
it is an item of ("What needs to improve?"). Inspection reports state their
findings with a small evaluative vocabulary ("not", "too", "delay",
"inconsistent" against "effective", "good", "well"), and put weaknesses
under headings such as "What needs to improve" and "Areas for improvement".

>>> question_polarity("What are Anytown's weaknesses?"), sentence_polarity("Plans are too weak.")
(-1, -1.0)
"""

from __future__ import annotations

import re

from assistant.chunking import is_heading

# Everyday words for it: "what did it still need to get better at?", "anything that needed fixing?"
_EVERYDAY_IMPROVE = (
    r"(?:needs?|needed|required?)\s+(?:to\s+be\s+)?fix(?:ed|ing)\b|(?:needs?|needed|still|to|should|must)\s+get\s+better\s+(?:at|in|on|with)\b|"
    # "what did inspectors say needed to get better?" (not "need to get better housing")
    r"(?:needs?|needed)\s+to\s+get\s+better(?=\s*(?:[?.!,;]|$))|"
    r"(?:needs?|needed|should|must)\s+(?:to\s+)?(?:do\s+better|work\s+on)\b"
    # "Was there anything Ofsted told it to sort out?"
    r"|\b(?:told|asked|wanted|needs?|needed|had|has)\s+(?:\w+\s+)?to\s+(?:sort\s+out|fix|put\s+right|tackle|work\s+on)\b"
    # "what did they say still needs sorting?", "what still needs fixing"
    r"|\b(?:still\s+)?(?:needs?|needed|wants?|wanted)\s+(?:sorting|fixing|putting\s+right|tackling|working\s+on)\b"
    # "what did they say still needed work?"
    r"|\bstill\s+(?:needs?|needed)\s+(?:more\s+|some\s+)?work\b(?!\s+(?:experience|placements?))"
    # "was there anything at all they said needed work?"
    r"|\b(?:anything|what)\b[^?.;]*\b(?:needs?|needed)\s+(?:more\s+|some\s+)?work\b(?!\s+(?:experience|placements?))"
)
_ASKS_WEAK = re.compile(
    r"\b(weak\w*|shortcomings?|short ?falls?|concerns?|concerned|problems?|fail\w*|poor\w*|"
    r"criticis\w*|deficien\w*|gaps?|worr\w*|wrong|"
    r"(?:not|\w+n['’]t) (?:yet |fully |always |still )?(?:good|working|effective)|"
    # "was there anything that wasn't up to scratch?", "fell short"
    r"(?:not|\w+n['’]t) (?:quite |yet |always )?up to (?:scratch|standard|par|the mark)|"
    r"below par|f[ae]ll\w* short|"
    r"(needs?|need|required?) (to|for) improve\w*|improvements? (needed|required)|"
    r"areas? (for|of|needing) (improvement|development)|what needs? improv\w*|"
    r"improve\b|to improve|priority action|recommend\w*|" + _EVERYDAY_IMPROVE + r")",
    re.I,
)
_ASKS_STRONG = re.compile(
    r"\b(strengths?|strong\w*|good|well|positives?|positive(ly)?|effective(ly)?|praise\w*|"
    r"succes\w*|best|improved|progress(ed)?|working well|went well)\b",
    re.I,
)
_WEAK_WORDS = re.compile(
    r"\b(not|no|never|weak\w*|inconsistent\w*|too|delay\w*|poor\w*|insufficient\w*|lack\w*|"
    r"limited|variable|variabl\w*|inadequate|fail\w*|gaps?|drift|concerns?|deficit\w*|"
    r"underdeveloped|slow|shortfalls?|unclear|unable|absent|ineffective|do not|does not|"
    r"requires? improvement|needs? to|should|ensure|improve|improving|strengthen|cannot|"
    r"remains?|only|some|few|although|however|despite)\b",
    re.I,
)
_STRONG_WORDS = re.compile(
    r"\b(strong\w*|strengths?|effective(ly)?|good|well|outstanding|positive(ly)?|timely|"
    r"improved|robust|thorough(ly)?|consistent(ly)?|high[- ]quality|appropriate(ly)?|swift(ly)?|"
    r"sensitive(ly)?|benefit\w*|skilled|committed|purposeful|clear(ly)?|stable|comprehensive|"
    r"successful(ly)?|proactive(ly)?|creative(ly)?|impressive|excellent|prompt(ly)?)\b",
    re.I,
)
_WEAK_HEADING = re.compile(
    r"^(what needs to (improve|be improved)|areas? for (improvement|priority action|development)|"
    r"recommendations|priority action|areas? for priority)",
    re.I,
)
_STRONG_HEADING = re.compile(r"^(the local authority has the following strengths|(key )?strengths)", re.I)


def question_polarity(question: str) -> int:
    """-1 when the question asks for weaknesses, +1 for strengths, 0 otherwise.

    >>> question_polarity("What are the weaknesses in Leeds's care leavers service?")
    -1
    >>> question_polarity("What needs to improve?"), question_polarity("What is working well?")
    (-1, 1)
    >>> question_polarity("What did Ofsted say about supervision?")
    0
    """
    if _ASKS_WEAK.search(question):
        return -1
    return 1 if _ASKS_STRONG.search(question) else 0


_ASKS_IMPROVEMENT = re.compile(
    r"\b((needs?|needed|required?) (to|for) (be )?improve\w*|(?<!capacity )to improve\b|"
    r"what needs? improv\w*|(?:needed|needing) improv(?:ing|ement)\b|"
    r"areas? (for|of|needing) (improvement|development)|priority actions?|"
    r"improvements? (needed|required)|recommend\w*|" + _EVERYDAY_IMPROVE + r")",
    re.I,
)


def asks_improvement(question: str) -> bool:
    """Whether the question asks what needs to improve: the report's own list of it answers.

    >>> asks_improvement("What did Newham need to improve?"), asks_improvement("How has it improved?")
    (True, False)
    >>> asks_improvement("Did Ofsted find anything that needed fixing?")
    True
    >>> asks_improvement("What did it still need to get better at?"), asks_improvement("Did it get better?")
    (True, False)
    >>> asks_improvement("Is Leeds getting better at permanence?")
    False
    >>> asks_improvement("Was there anything at all Ofsted told it to sort out?")
    True
    >>> asks_improvement("What did it conclude about its capacity to improve?")  # a judgement's name
    False
    >>> asks_improvement("Outstanding for everything? Was there anything at all they said needed work?")
    True
    >>> asks_improvement("What still needed work?"), asks_improvement("Who needed work experience?")
    (True, False)
    >>> asks_improvement("What areas for priority action came out of the visit to Southampton?")
    True
    """
    return bool(_ASKS_IMPROVEMENT.search(question))


def is_improvement_heading(line: str) -> bool:
    """Whether a line is a heading such as "What needs to improve?" (a page number or mark after it).

    >>> is_improvement_heading("What needs to improve?1"), is_improvement_heading("Plans need to improve.")
    (True, False)
    """
    clean = heading_text(line)
    return bool(clean) and len(clean) < 80 and bool(_WEAK_HEADING.match(clean))


def improvement_headings(text: str) -> list[str]:
    """The "What needs to improve" headings in ``text``, a run-in one too.

    >>> improvement_headings("Leaders know it. What needs to improve?\\n\\n• Plans.")
    ['What needs to improve?']
    >>> improvement_headings("Done. What needs to improve in this area of social work practice\\n\\n• Plans.")
    ['What needs to improve in this area of social work practice']
    """
    return [h for h in _heading_lines(text) if _WEAK_HEADING.match(h)]


def under_improvement_heading(before: str, *, fallback: str = "") -> bool:
    """Whether the text ending at a sentence puts it under "What needs to improve" or the like.

    >>> under_improvement_heading("What needs to improve?1\\n\\n• ")
    True
    """
    return bool(_WEAK_HEADING.match(section_heading(before, fallback=fallback)))


def sentence_polarity(sentence: str, *, heading: str = "") -> float:
    """A sentence's leaning in [-1, 1]: evaluative words, and a heading such as "What needs to improve".

    >>> sentence_polarity("Assessments are not updated and plans are too weak.")
    -1.0
    >>> sentence_polarity("Children benefit from effective early help.")
    1.0
    >>> sentence_polarity("The timeliness of the progression of contacts.", heading="What needs to improve?")
    -1.0
    """
    clean = heading_text(heading)
    if _WEAK_HEADING.match(clean):
        return -1.0
    if _STRONG_HEADING.match(clean):
        return 1.0
    weak = len(_WEAK_WORDS.findall(sentence))
    strong = len(_STRONG_WORDS.findall(sentence))
    if weak == strong:
        return 0.0
    return (strong - weak) / max(weak, strong)


# --------------------------------------------------------------------------
# Headings above a quote: its list's heading, its section's polarity

_BULLET = re.compile(r"^\s*([•▪◦●○■□‣⁃·\-–—*]|\(?[a-z]\)|\(?[ivx]+\))\s")
_FURNITURE = re.compile(r"[\s:]*\d+$")  # page numbers and footnote marks after a heading


# A heading the PDF's reader ran into the end of the paragraph before it.
# A focused visit's "What needs to improve in this area of social work practice?" too, with a colon
# or no mark at all.
_RUN_IN_HEADING = re.compile(
    r"[.!?]\s+(What needs to (?:improve|be improved)"
    r"(?:\s+in\s+this\s+area(?:\s+of\s+(?:social\s+work\s+)?practice)?)?[?:]?\s*\d*"
    # "... responding to COVID-19. Areas for priority action": a focused visit's lists
    r"|Areas?\s+for\s+(?:priority\s+action|improvement|development)"
    # "... understand their histories. Findings": the next section's heading, run into the list's last item
    r"|(?:(?:Main|Headline|Key)\s+)?[Ff]indings|Overview)$",
    re.I,
)
_JUDGEMENT_END = re.compile(r": (good|outstanding|inadequate|requires improvement( to be good)?)$", re.I)


def heading_text(line: str) -> str:
    """A heading line without its trailing page number or footnote mark.

    >>> heading_text("What needs to improve?1"), heading_text("Recommendations 35")
    ('What needs to improve?', 'Recommendations')
    """
    return _FURNITURE.sub("", line.strip()).rstrip(":").strip()


def _heading_lines(text: str) -> list[str]:
    """The heading lines of ``text``, nearest (last) first."""
    out = []
    for line in reversed(text.split("\n")):
        line = line.strip()
        if _JUDGEMENT_END.search(line):  # "...: good", a judgement heading run into the line
            out.append(line[line.rindex(":") - 60 :].strip())
        elif run_in := _RUN_IN_HEADING.search(line):  # "... and sufficiency. What needs to improve?"
            out.append(heading_text(run_in.group(1)))
        elif line and (is_heading(line) or _WEAK_HEADING.match(heading_text(line))):
            out.append(heading_text(line))
    return out


def run_in_heading_before(text: str) -> str | None:
    """The heading run into the end of a line ("... their histories. Main findings") when it is the
    last heading of ``text``; else None. The index's passage headings miss such a heading, so a
    passage after it would keep the heading before it ("What needs to improve").

    >>> run_in_heading_before("What needs to improve?\\n\\n• Plans. Main findings\\n\\nPlans are good.")
    'Main findings'
    >>> run_in_heading_before("What needs to improve?\\n\\n• Plans.\\n\\n") is None
    True
    >>> run_in_heading_before("Main findings\\n\\nIt was remote. Areas for priority action\\n\\n• Oversight.")
    'Areas for priority action'

    """
    for line in reversed(text.split("\n")):
        line = line.strip()
        if run_in := _RUN_IN_HEADING.search(line):
            return heading_text(run_in.group(1))
        if line and (is_heading(line) or _WEAK_HEADING.match(heading_text(line))):
            return None
    return None


# A heading of at most this many words may be a list's sub-heading ("Workforce");
# a longer one ("Inspection findings – the Local Safeguarding Children Board")
# starts a section, so a "Recommendations" above it is not the sentence's.
_SUBHEADING_WORDS = 4
_FINDINGS_HEADING = re.compile(r"(?:(?:main|headline|key|inspection)\s+)?findings$", re.I)


def section_heading(before: str, *, fallback: str = "", within: int = 3) -> str:
    """The evaluative heading among the ``within`` nearest headings in ``before``, else the nearest.

    >>> section_heading("What needs to improve?\\n\\nWorkforce\\n\\n• Supervision")
    'What needs to improve?'
    >>> section_heading("Recommendations\\n\\n86. Do it.\\n\\nInspection findings – the Board\\n\\n90. Done.")
    'Inspection findings – the Board'
    >>> section_heading("What needs to improve?\\n\\n• Analysis.\\n\\nFindings\\n\\n• It was hard.")
    'Findings'
    >>> section_heading("What needs to improve?\\n\\n• Analysis. Findings\\n\\n• It was hard.")
    'Findings'
    """
    lines = _heading_lines(before) or ([heading_text(fallback)] if fallback else [])
    for line in lines[:within]:
        if _WEAK_HEADING.match(line) or _STRONG_HEADING.match(line):
            return line
        # a section of its own ends the list above it: a long heading, or "Findings"
        if len(line.split()) > _SUBHEADING_WORDS or _FINDINGS_HEADING.match(line):
            break
    return lines[0] if lines else ""


def list_context(text: str, start: int, *, reach: int = 3000) -> str | None:
    """The heading a quote is read under, when it is a list item or in a "What needs to improve" section.

    A bullet's context is its list's heading (the nearest heading line
    before it); any other sentence has one only under an evaluative heading
    ("What needs to improve", "Areas for improvement", "Recommendations").

    >>> t = "Headline findings\\n\\nWhat needs to improve?\\n\\n• The timeliness of visits.\\n"
    >>> list_context(t, t.index("The timeliness"))
    'What needs to improve?'
    """
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(0, line_start - reach) : line_start]
    evaluative = section_heading(before)
    if _WEAK_HEADING.match(evaluative) or _STRONG_HEADING.match(evaluative):
        return evaluative
    line = text[line_start : start + 1]
    if _BULLET.match(line):
        lines = _heading_lines(before)
        return lines[0] if lines else None
    return None
