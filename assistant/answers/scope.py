"""What a visit or inspection looked at: the document's own statement of its scope.

"Which areas did Ofsted's December 2018 focused visit to Redcar examine?"
is answered by the letter's sentence that says so: "Inspectors looked at the
local authority's arrangements for the 'front door', the initial response to
children in need of help and protection, and ...". Scoring sentences against
the question does not find it: the question's words are its frame ("focused
visit", "examine") and the scope sentence shares none of its topic. So a
question that asks for the scope (``asks_scope``) is answered by rule: the
scope statements at the start of the document asked about
(``scope_spans``), in the document's order.

A scope statement is a sentence whose subject is the inspectors or the visit
and whose verb says what they looked at ("looked at", "focused on",
"considered", "evaluated", "examined", "reviewed", "had a particular focus
on"), about a subject, not about the evidence read ("Inspectors looked at a
range of evidence, including case records" says how, not what).

>>> text = ("This letter summarises the findings of a focused visit. Inspectors looked at the "
...         "arrangements for the front door.\\n\\nInspectors looked at a range of evidence, "
...         "including case records.")
>>> [text[s.start:s.end] for s in scope_spans(text)]
['Inspectors looked at the arrangements for the front door.']
>>> asks_scope("Which areas did Ofsted's December 2018 focused visit to Redcar examine?")
True
>>> asks_scope("What did the focused visit find about care leavers?")
False
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from assistant.answers.cite import quoted_section
from assistant.answers.types import Answer
from assistant.chunking import Span
from assistant.documents import Document
from assistant.furniture import quotable_span, within
from assistant.retrieval import Passage

# The question asks what a visit or inspection covered: its verb ends it
# ("... examine?", "... look at?", "... focus on?") or it asks for "the focus of" one.
_ASKS = re.compile(
    r"\b(?:visits?|inspections?|inspectors|letter|it)\b[^?]*\b(?:look(?:ed)?\s+at|examine[sd]?|"
    r"focus(?:ed)?\s+on|consider(?:ed)?|cover(?:ed)?|evaluate[sd]?|review(?:ed)?)\s*\??\s*$"
    r"|\bwhat\s+(?:was|were)\s+the\s+(?:\w+\s+)?focus\s+of\b"
    # "What was Ofsted looking at when it visited X?"
    r"|\bwhat\s+(?:was|were|did)\s+(?:ofsted|inspectors?|the\s+(?:visit|inspection)|it|they)\s+"
    r"(?:looking\s+at|look\s+at|examining|examine|focusing\s+on|focus\s+on)\b",
    re.I,
)
_STATES = re.compile(
    r"(?:(?:Specifically|In particular|In addition|Also|In doing so|As part of (?:this|the) visit),\s+)?"
    r"(?:(?:[Ii]nspectors|(?:This|The) (?:focused |monitoring )?visit|(?:This|The) inspection)\s+"
    r"(?:(?:also|specifically|particularly)\s+)?"
    # "They also considered transfers to and from early help services", after "Inspectors looked at"
    r"|They\s+also\s+"
    # "Specifically, they considered contacts, referrals and decision-making within the MASH."
    r"|(?:Specifically|In\s+particular),\s+they\s+(?:also\s+)?)"
    r"(?:looked\s+at|focused\s+(?:on|upon)|considered|evaluated|examined|reviewed|"
    r"had\s+a\s+(?:particular|specific)\s+focus\s+on)\s"
    # "The focus of this visit was on planning and achieving permanence"
    r"|(?:The|A)\s+(?:particular\s+|specific\s+)?focus\s+of\s+(?:this|the)\s+(?:focused\s+|monitoring\s+)?"
    r"(?:visit|inspection)\s+was\s"
)
# Who the inspectors were: the visit's team, not a finding ("Inspectors were concerned" is one).
_TEAM = re.compile(
    r"(?:[Tt]he\s+)?(?:[Ll]ead\s+)?(?:[Ii]nspectors?|HMI)\s+(?:were|was)\s+[A-Z]"
    r"|(?:This|The)\s+(?:focused\s+|monitoring\s+)?(?:visit|inspection)\s+was\s+(?:carried\s+out|led)\s+by\s"
    # "His Majesty’s Inspectors for this visit were Andy Waugh and John Roughton."
    r"|(?:Her|His)\s+Majesty[’']s\s+[Ii]nspectors?\s+(?:for\s+this\s+(?:visit|inspection)\s+)?(?:were|was)\s"
)
# What the letter is and how the visit was made: "This letter summarises the findings of the
# focused visit to ...", "Inspectors were on site for the duration of this visit."
_FRAME = re.compile(
    r"(?:This|The)\s+letter\s+(?:summarises|sets\s+out|outlines)\b"
    r"|(?:[Ii]nspectors|The\s+inspection\s+team)\s+were\s+on\s+site\s+(?:for|during|on|throughout)\b"
    # a report's line naming who led it
    r"|Lead\s+inspectors?:"
    # a report's dates ("Inspection dates: 29 October 2018 to 9 November 2018") answer only "when"
    r"|Inspection\s+dates?:"
    # a report's title and the lines that introduce every report of its kind: when the last
    # inspection was, what the judgements mean, what Ofsted expects, what inspectors tried to learn
    r"|(?:Re-?inspection|Inspection)\s+of\s+services\s+for\s+children\s+in\s+need\s+of\s+help\s+and\s+protection"
    r"|The\s+previous\s+(?:single\s+)?inspection\s+of\s+[^.]{0,160}?\s+was\s+in\s"
    r"|A\s+full\s+description\s+of\s+what\s+the\s+inspection\s+judgements\s+mean"
    r"|It\s+is\s+Ofsted[’']s\s+expectation\s+that,\s+as\s+a\s+minimum"
    r"|(?:In\s+addition,\s+)?[Tt]he\s+inspectors\s+have\s+(?:also\s+)?tried\s+to\s+understand"
    # how a visit was made ("This visit was carried out partly by remote means", "... in line with
    # the inspection of local authority children's services (ILACS) framework")
    r"|(?:This|The)\s+(?:focused\s+|monitoring\s+)?visit\s+was\s+(?:carried\s+out|conducted|undertaken)\b"
    r"|(?:The\s+)?[Ii]nspectors\s+used\s+(?:video|telephone|video\s+and\s+telephone)\s+calls\b"
    # whom they spoke to beside what they read: "Inspectors also spoke to a number of care leavers and
    # partner agencies, scrutinised performance management ..." (not "met care leavers, who said ...")
    r"|(?:[Ii]nspectors|They)\s+(?:also\s+)?(?:spoke|talked|met)\s+(?:to|with)\b(?![^.]*\b(?:who|which|whose)\b)"
    r"(?=[^.]*\b(?:scrutinised|reviewed|considered|looked\s+at|evaluated|performance\s+(?:management|information|"
    r"data)|quality\s+assurance|case\s+(?:records|files))\b)"
    # what Ofsted does with the letter next: "Ofsted will consider the findings from this visit when
    # planning the next inspection", "... will send a copy of this letter to the Department for Education"
    r"|(?:Ofsted|We)\s+will\s+(?:consider|take|share|send|publish|use)\b[^.]{0,60}\b(?:findings|letter)\b"
    # the pandemic letters' opening on the Chief Inspector's programme of visits
    r"|Her\s+Majesty[’']s\s+Chief\s+Inspector\s+of\s+Education,\s+(?:Children|Young\s+People)[’']s\s+Services"
    r"\s+and\s+Skills\s+is\s+leading\b"
    # how a visit in the pandemic was arranged ("... agreed arrangements to deliver this visit")
    r"|The\s+lead\s+inspector\s+and\s+the\s+director\s+of\s+children[’']s\s+services\s+(?:\(DCS\)\s+)?agreed\b"
)
# What inspectors read, not what they looked into: the method, not the scope.
_EVIDENCE = re.compile(
    r"\b(evidence|records?|performance|information|data|documents?|audits?|files|sample)\b", re.I
)
_END = re.compile(r"[.!?](?=[’'\")]?(?:\s|$))")
_LONGEST = 800  # characters; a "sentence" longer than this is a splitting failure


def asks_scope(question: str) -> bool:
    """Whether ``question`` asks what a visit or inspection looked at."""
    return bool(_ASKS.search(question))


def states_method(sentence: str) -> bool:
    """Whether ``sentence`` says what the inspectors looked at or read, not what they found.

    A scope statement ("Inspectors looked at the local authority's
    arrangements for care leavers ...") or a statement of the evidence
    ("Inspectors looked at a range of evidence, including case records")
    shares the topic words of almost any question about the visit, and
    answers none of them but "what did it look at".

    >>> states_method("Inspectors looked at the local authority’s arrangements for care leavers.")
    True
    >>> states_method("Inspectors looked at a range of evidence, including case records.")
    True
    >>> states_method("Inspectors found that care leavers are well supported.")
    False
    >>> states_method("They also considered transfers to and from early help services.")
    True
    >>> states_method("In doing so, inspectors considered the application of thresholds.")
    True
    >>> states_method("Ofsted will consider the findings from this visit when planning the next inspection.")
    True

    Who the inspectors were is no finding either:

    >>> states_method("The inspectors were Lisa Summers, HMI, and Sheena Doyle, HMI.")
    True
    >>> states_method("Inspectors were concerned that some children wait too long.")
    False

    Nor what the letter is, nor how the visit was made:

    >>> states_method("This letter summarises the findings of the focused visit to Calderdale.")
    True
    >>> states_method("Inspectors were on site for the duration of this visit.")
    True
    >>> states_method("Inspectors were on site and found drift.")
    False
    >>> states_method("Lead inspector: Margaret Burke, His Majesty’s Inspector Judgement Grade")
    True
    >>> states_method("The lead inspector and the director of children’s services agreed how to do it.")
    True
    >>> states_method("This visit was carried out partly by remote means.")
    True
    >>> states_method("His Majesty’s Inspectors for this visit were Andy Waugh and John Roughton.")
    True
    >>> states_method("• The previous inspection of the safeguarding arrangements was in May 2012.")
    True
    >>> states_method("The previous inspection found that plans were weak.")
    False
    >>> states_method("Inspectors used video calls for discussions with local authority staff.")
    True
    >>> states_method("Inspectors also spoke to care leavers and scrutinised performance information.")
    True
    >>> states_method("Inspectors met with care leavers, who said they were well supported.")
    False
    """
    lead = sentence.lstrip("•–- \t")
    return bool(_STATES.match(lead) or _TEAM.match(lead) or _FRAME.match(lead))


def states_frame(sentence: str) -> bool:
    """Whether ``sentence`` is what the letter is or who the inspectors were: never a finding.

    >>> states_frame("This letter summarises the findings of the focused visit to Calderdale.")
    True
    >>> states_frame("Inspectors looked at the local authority’s arrangements for care leavers.")
    False
    """
    lead = sentence.lstrip("•–- \t")
    return bool(_TEAM.match(lead) or _FRAME.match(lead))


def scope_spans(text: str, *, end: int | None = None, furniture: Sequence[Span] = ()) -> list[Span]:
    """The scope statements of ``text[:end]`` (its opening pages), in order.

    A sentence may wrap over lines (PDF text); it runs from its subject to
    the next full stop. ``furniture`` spans (page furniture, an address block)
    are trimmed off its ends, and a sentence with furniture inside is skipped.
    """
    limit = len(text) if end is None else end
    out = []
    for m in _STATES.finditer(text, 0, limit):
        before = text[: m.start()].rstrip()
        if before and before[-1] not in '.!?:”’"' and "\n\n" not in text[len(before) : m.start()]:
            continue  # inside a sentence, not at its start (a paragraph's start is one)
        stop = _END.search(text, m.end(), min(len(text), m.start() + _LONGEST))
        if stop is None:
            continue
        whole = Span(m.start(), stop.end())
        if _EVIDENCE.search(" ".join(text[m.end() : whole.end].split()[:6])):
            continue
        span = quotable_span(text, whole, within(furniture, whole.start, whole.end))
        if span is not None:
            out.append(span)
    return out


def answer_scope(
    question: str,
    passages: Sequence[Passage],
    documents: Mapping[str, Document],
    *,
    furniture: Callable[[str], Sequence[Span]] | None = None,
    authorities: tuple[str, ...] = (),
) -> Answer | None:
    """The scope statements of the best-ranked document, or None if it has none.

    The retrieval has already chosen the visit asked about (its council and
    period); the first passage's document is it. Its opening pages are read
    (a document says what it covers before its findings); at most two scope
    statements are quoted, the second being a visit's "particular focus".
    """
    if not passages:
        return None
    doc = documents[passages[0].doc_id]
    opening = doc.page_starts[2] if len(doc.page_starts) > 2 else len(doc.text)
    spans = scope_spans(doc.text, end=opening, furniture=furniture(doc.doc_id) if furniture else ())[:2]
    if not spans:
        return None
    text, citations = quoted_section(doc, spans)
    return Answer(
        question,
        text,
        tuple(citations),
        True,
        tuple(passages),
        authorities,
        notes=("the document's own statement of what it looked at",),
        confidence=1.0,
    )
