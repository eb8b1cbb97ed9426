"""The wordings that ask one council's question for its verdict, not for a finding.

"What did Bolton get overall when Ofsted inspected them in spring 2018?",
"Did Stockport hold on to its good rating?", "which bit didn't make it to
good?": each asks for the grades in a report's judgement table
(``assistant/answers/grade_questions.py`` reads them with its own rating words).

>>> import re
>>> bool(re.search(OUTCOME[1:], "what did halton get from ofsted at the may 2024 inspection?", re.I))
True
>>> bool(re.search(OUTCOME[1:], "what did care leavers get from the council?", re.I))
False
>>> bool(re.search(OUTCOME[1:], "How is Tower Hamlets doing?", re.I))
True
>>> bool(re.search(OUTCOME[1:], "How is Tower Hamlets doing on care leavers?", re.I))
False
"""

from __future__ import annotations

# An area said not to have had a grade: "which bit didn't make it to good?", "one bit still wasn't good".
NEGATED_AREA = (
    r"\b(?:which|one|any|some)\s+(?:area|part|bit|aspect)s?\s+(?:still\s+)?"
    r"(?:did|was|were|is)(?:n['’]?t|\s+not)\b"
    # "was there any part of children's services that wasn't good?"
    r"|\b(?:one|any|some)\s+(?:area|part|bit|aspect)s?\b(?=[^?.;]{0,60}?\b(?:that|which)\s+"
    r"(?:was|were|is|are|did)(?:n['’]?t|\s+not)\s+(?:(?:rated|judged|graded|get|got|make\s+it\s+to)\s+)?"
    r"(?:as\s+)?(?:good|outstanding)\b)"
)
# "What was the outcome of Ofsted's inspection of Solihull in autumn 2022?": its verdict.
OUTCOME = (
    r"|^\W*what\s+(?:was|were|is)\s+the\s+(?:overall\s+)?(?:outcome|result)\s+of\b[^?.;]*\binspection\b"
    # a search box's "Hull ofsted 2026 rating?": the rating word last, after at most a few words
    r"|^\W*(?:[\w'’&-]+\s+){1,5}?(?:ofsted\s+)?(?:rating|ratings|grades?|judgements?|verdict|result)s?\s*\??\s*$"
    # "where did they end up at the 2025 inspection?", "how did its LSCB come out of the inspection?"
    r"|\b(?:where|how)\s+did\s+[^?.;]{1,60}?\b(?:end\s+up|come\s+out|land)\b[^?.;]*\b(?:inspection|ofsted)\b"
    # "how did North Tyneside do overall in its 2017 inspection?" (not "overall on" a topic)
    r"|\bhow\s+(?:did|does|has)\s+[^?.;]{1,60}?\b(?:do|fared?|perform(?:ed)?)\s+overall\b(?!\s+(?:on|for|with)\b)"
    # "did stockport hold on to its good rating at the spring 2022 inspection?"
    r"|\b(?:hold\s+on\s+to|hang\s+on\s+to|keep|kept|retain(?:ed)?|maintain(?:ed)?|lose|lost)\s+"
    r"(?:its|their|the)\s+(?:\w+\s+){0,2}(?:rating|grade|judgement)s?\b"
    # "how did stockton do in its 2016 ofsted inspection overall?"
    r"|\bhow\s+(?:did|does|has)\s+[^?.;]{1,60}?\b(?:do|fared?|perform(?:ed)?)\s+(?:in|at)\s+[^?.;]{0,40}?"
    r"\b(?:inspection|ofsted)\s+overall\b(?!\s+(?:on|for|with)\b)"
    # "Where does it stand after the November 2023 inspection?": its grade then
    r"|\bwhere\s+(?:does|did|do)\s+(?:it|they|\w+)\s+stand\b[^?.;]*\b(?:inspection|ofsted)\b"
    # "Did Bury get inadequate in 2021?": a grade got
    r"|^\W*(?:did|does|has|had)\s+(?:(?-i:[A-Z][\w&-]*)\s+){1,4}(?:get|got|receive|received|achieve|achieved)\s+"
    r"(?:an?\s+)?(?:outstanding|good|inadequate|requir\w*\s+improvement)\b"
    # ... in lower case, the grade ending the question: "did knowsley get good?"
    r"|^\W*(?:did|has)\s+(?:[\w&'’-]+\s+){1,4}(?:get|got|receive|achieve)\s+(?:an?\s+)?"
    r"(?:outstanding|good|inadequate|requir\w*\s+improvement)\s*\??\s*$"
    # the whole question asks how a council is doing: "How is Leeds doing?", "what is hull like now?"
    r"|^\W*(?:how\s+(?:is|are|was|were)\s+(?:[\w&'’,-]+\s+){1,5}?(?:doing|getting\s+on|performing|faring)"
    r"|what\s+(?:is|are)\s+(?:[\w&'’,-]+\s+){1,5}?like|is\s+(?:[\w&'’,-]+\s+){1,5}?any\s+good"
    r"|how\s+good\s+(?:is|are)(?:\s+[\w&'’,-]+){1,5}?)\s*(?:now|these\s+days|at\s+the\s+moment)?\s*\??\s*$"
    # "... - was it outstanding across the board?": a grade in every area, asked (not said, "X was rated ...")
    r"|(?:^|[.?!:;–—-]\s)\W*(?:was|were|is|are|(?:did|has|have)\s+\w+\s+(?:get|got|receive|achieve))\b[^?.;]*"
    r"\b(?:outstanding|good|inadequate|requir\w*\s+improvement)"
    r"\s+(?:across\s+the\s+board|in\s+(?:every|all)\s+(?:areas?|judgements?))\b"
    # "What did Ofsted rate care leavers' services in Hull in 2026?"
    r"|\bwhat\s+(?:did|does|would)\s+(?:Ofsted|the\s+inspectors?|inspectors|the\s+inspection)\s+rate\b"
    # "Was Croydon's 2020 inspection result good or outstanding?"
    r"|\b(?:result|outcome|verdict)\s+(?:was\s+|is\s+)?(?:outstanding|good|inadequate|requir\w*\s+improvement)\b"
    # "Tell me the ratings from Lambeth's inspection in 2022 on each area."
    r"|^\W*(?:(?:please\s+)?(?:tell|give|show)\s+me|list)\b[^?.;]*\b(?:ratings?|grades?|judgements?)\b"
    # "... - was it across the board inadequate?"
    r"|(?:^|[.?!:;–—-]\s)\W*(?:was|were|is|are)\b[^?.;]*\bacross\s+the\s+board\s+"
    r"(?:outstanding|good|inadequate|requir\w*\s+improvement)\b"
    # "Did Cornwall stay outstanding at its 2024 inspection?", "Has Leeds kept its outstanding?"
    r"|\b(?:did|has|have|does|do)\b[^?.;]*\b(?:stay(?:ed)?|remain(?:ed)?|keep|kept|retain(?:ed)?|lose|lost)\s+"
    r"(?:its\s+|their\s+|the\s+)?(?:outstanding|good|inadequate|requir\w*\s+improvement)\b"
    # "Did Norfolk improve from requires improvement at its 2022 inspection?"
    r"|\b(?:improv\w*|mov\w*|get|got|come|came|climb\w*)\s+(?:up\s+)?(?:out\s+)?(?:from|of|off)\s+"
    r"(?:requir\w*\s+improvement|inadequate|RI)\b"
    # "what did bolton get overall when ofsted inspected them?", "what did halton get from ofsted at ..."
    r"|\bwhat\s+(?:did|does|has)\s+[^?.;]{1,60}?\b(?:get|got|receive)\s+(?:overall\b(?!\s+(?:on|for|with)\b)"
    r"|from\s+(?:ofsted|the\s+inspect\w+)\b)"
    # "how did kingston do at its october 2019 inspection compared with the time before?"
    r"|\bhow\s+(?:did|does|has)\s+[^?.;]{1,60}?\b(?:do|fared?|perform(?:ed)?)\s+(?:in|at)\s+(?:its|their|the)\s+"
    r"[^?.;]{0,30}?\b(?:inspection|ofsted)\b(?=\s*(?:\?|$|compared\b))"
    # "is it right that north yorkshire got top marks at their 2018 ofsted?"
    r"|\b(?:did|is\s+it\s+(?:right|true)\s+that)\s+[^?.;]{1,60}?\b(?:get|got)\s+(?:top|full)\s+marks\b"
    # "which bit didn't make it to good?", "one bit still wasn't good. Which part?"
    rf"|{NEGATED_AREA}\s+(?:\w+\s+){{0,3}}(?:outstanding|good|inadequate|requir\w*\s+improvement|RI)\b"
    # "which bits were only good?": the areas of a grade asked for
    r"|\bwhich\s+(?:bits?|areas?|parts?|aspects?)\s+(?:were|was|got)\s+(?:only\s+|just\s+|still\s+)?"
    r"(?:outstanding|good|inadequate|requir\w*\s+improvement|RI)\b"
    # "... but one bit was only RI - which?": an area said to have a grade, asked which
    r"|\b(?:one|any|some)\s+(?:area|part|bit|aspect)s?\s+(?:was|were|got|is|are)\s+(?:only\s+|just\s+|still\s+)?"
    r"(?:outstanding|good|inadequate|requir\w*\s+improvement|RI)\b[^?.;]*?[–—-]\s*which\b"
    # "was every single part of it outstanding, or did any area score lower?": the areas' grades
    r"|\b(?:was|were|is|are)\s+(?:every|each|all)\s+(?:single\s+)?(?:part|area|bit|aspect)s?\b[^?.;]{0,30}?"
    r"\b(?:outstanding|good|inadequate|requir\w*\s+improvement|RI)\b"
    r"|\b(?:any|one|some)\s+(?:area|part|bit|aspect)s?\s+(?:score|scored|get|got|rated|come\s+out)\s+"
    r"(?:lower|higher|worse|better|less)\b"
)

__all__ = ["NEGATED_AREA", "OUTCOME"]
