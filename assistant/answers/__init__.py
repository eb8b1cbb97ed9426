"""Passages -> ``Answer``: the documents' own words, each quote cited by its span.

The stages, one module each:

- ``types``: ``Answer``, ``Citation``, ``Table`` and source labels;
- ``cite``: the one way a ``Citation`` is made from a document span, and the
  one check that its quote is the document's text there;
- ``extract``: the retrieved passages' sentences, scored, chosen and composed;
- ``grades``: ratings questions answered from the reports' judgement tables;
- ``quotes`` and ``generate``: an optional model's answer, every quotation checked;
- ``ask``: ``answer_question``, which routes a question to one of these.
"""

from assistant.answers.ask import answer_question
from assistant.answers.cite import check_citations, citation_for, cite_span
from assistant.answers.generate import GeneratorConfig, GeneratorError, generate_answer, maybe_generate
from assistant.answers.quotes import REMOVED, check_quotes
from assistant.answers.types import Answer, Citation, Table, source_label

__all__ = [
    "REMOVED",
    "Answer",
    "Citation",
    "GeneratorConfig",
    "GeneratorError",
    "Table",
    "answer_question",
    "check_citations",
    "check_quotes",
    "citation_for",
    "cite_span",
    "generate_answer",
    "maybe_generate",
    "source_label",
]
