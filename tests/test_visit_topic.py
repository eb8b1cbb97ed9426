"""answers/visit_topic.py: a visit asked about for a topic its letter never mentions."""

from __future__ import annotations

from assistant.answers.visit_topic import visit_not_about
from assistant.documents import Document
from assistant.query import parse_query


def _letter(council: str, month: str, text: str) -> Document:
    return Document(
        f"{council}-{month}",
        text,
        "letter",
        doc_type="focused visit letter",
        date=f"{month}-20",
        authorities=(council,),
        extra={"inspection_start": f"{month}-09", "inspection_end": f"{month}-10"},
    )


DOCS = {
    d.doc_id: d
    for d in (
        _letter("Harrow", "2018-10", "Inspectors saw the front door for children. Step-downs were sound."),
        _letter("Leeds", "2021-03", "Children are adopted without delay. The workforce stability is good."),
    )
}


def _reason(question: str, council: str) -> str | None:
    return visit_not_about(question, parse_query(question).period, [council], DOCS)


def test_a_visit_whose_letter_never_names_the_topic() -> None:
    question = "What did inspectors say about adoption when they made their 2018 focused visit to Harrow?"
    assert _reason(question, "Harrow") == (
        "the letter on the focused visit to Harrow in 2018 does not mention adoption"
    )


def test_a_letter_that_names_it_in_any_form_answers() -> None:
    assert _reason("What did Ofsted's March 2021 visit to Leeds say about adoptions?", "Leeds") is None
    # The reports' words for an everyday one: "workforce stability" for staff churn.
    assert _reason("What did the 2021 focused visit to Leeds find about staff churn?", "Leeds") is None
    assert _reason("What did the 2021 focused visit to Leeds find about care leavers?", "Leeds") is not None
    # Its examples and another thing asked of count too (held-out-57).
    question = "Did the 2021 visit to Leeds say anything about extra money for things like clothes, or {}?"
    assert _reason(question.format("help with adoptions"), "Leeds") is None
    assert _reason(question.format("help with budgeting"), "Leeds") is not None


def test_only_a_question_asking_what_a_visit_said_about_a_topic() -> None:
    # No topic asked after "say about": what the visit examined is the passages' to answer.
    assert _reason("What did Ofsted's 2018 focused visit to Harrow examine?", "Harrow") is None
    # No visit named: the council's other documents may answer.
    assert visit_not_about("What did Ofsted say about adoption in Harrow?", None, ["Harrow"], DOCS) is None


def test_words_of_most_passages_name_no_topic() -> None:
    # A word of most passages ("door", say) held by the letter does not make it name the topic.
    question = "What did the 2018 visit to Harrow say about adoption behind the front door?"
    period = parse_query(question).period
    assert visit_not_about(question, period, ["Harrow"], DOCS) is None
    telling = lambda term: term not in {"front", "door"}  # noqa: E731
    assert visit_not_about(question, period, ["Harrow"], DOCS, telling) is not None


def test_a_question_about_how_or_what_is_no_topic() -> None:
    # "say about how long children wait": what follows is a question of its own, not a topic.
    question = "What did the 2018 focused visit to Harrow say about how long children wait?"
    assert visit_not_about(question, parse_query(question).period, ["Harrow"], DOCS) is None
    # Whom a letter is about, in everyday words, is no topic it must name.
    question = "What did the 2018 focused visit to Harrow say about kids?"
    assert visit_not_about(question, parse_query(question).period, ["Harrow"], DOCS) is None


def _letters(council: str, month: str, text: str) -> dict[str, Document]:
    """One council's one letter, keyed as the index keys it."""
    letter = _letter(council, month, f"Dear Sir\n\n{text}")
    return {letter.doc_id: letter}


def _why(question: str, council: str, letters: dict[str, Document]) -> str | None:
    return visit_not_about(question, parse_query(question).period, [council], letters)


def test_a_visit_on_a_topic_no_letter_states_it_looked_at() -> None:
    letters = _letters(
        "Westminster",
        "2022-06",
        "Inspectors looked at the arrangements for children at risk of harm.\n\nCare leavers are supported.",
    )
    reason = _why(
        "Westminster had a focused visit on its care leavers - what did it say about where they live?",
        "Westminster",
        letters,
    )
    assert reason is not None and reason.startswith("no focused visit to Westminster on care leavers")
    assert (
        _why(
            "Westminster had a focused visit on children at risk of harm - what did it find?",
            "Westminster",
            letters,
        )
        is None
    )


def test_a_search_boxs_visit_on_a_topic_needs_all_its_words_in_what_the_visit_looked_at() -> None:
    letters = _letters("Reading", "2023-09", "Inspectors looked at the arrangements for children in care.")
    reason = _why(
        "Reading care leavers focused visit - what did Ofsted say about where they're living?",
        "Reading",
        letters,
    )
    assert reason is not None and "on care leavers" in reason
    assert _why("Reading children in care focused visit - what did it find?", "Reading", letters) is None


def test_words_before_a_visit_in_a_sentence_are_no_topic() -> None:
    letters = _letters("Reading", "2023-09", "Inspectors looked at the arrangements for children in care.")
    for question in (
        "How much was Reading leaning on agency staff at the time of its focused visit in September 2023?",
        "When Ofsted made its focused visit to Reading in autumn 2023, how well did staff know the children?",
    ):
        assert _why(question, "Reading", letters) is None


def test_a_visit_on_the_councils_own_topic_as_its_letter_states_it() -> None:
    letters = _letters(
        "Southwark", "2023-12", "Inspectors looked at the care leavers.\n\nStaying close works well."
    )
    for question in (
        "At Ofsted's December 2023 visit looking at Southwark's care leavers, were they given histories?",
        "What did Ofsted's 2023 focused visit on Southwark's care leavers say about 'staying close'?",
        "What did inspectors discover at Southwark's December 2023 focused visit about plans closing?",
    ):
        assert _why(question, "Southwark", letters) is None


def test_a_visit_asked_about_a_theme_of_visits_its_letter_states_it_did_not_look_at() -> None:
    letters = _letters(
        "Derbyshire",
        "2022-09",
        "Inspectors looked at the arrangements for children in care.\n\nSome care leavers were visited.",
    )
    reason = _why(
        "What did the September 2022 focused visit to Derbyshire say about care leavers?",
        "Derbyshire",
        letters,
    )
    assert reason is not None and reason.endswith("did not look at care leavers")
    # a theme named as a place, not asked about; a theme the letter states it looked at
    assert (
        _why(
            "What hub sits beside Derbyshire's front door, according to its 2022 visit?",
            "Derbyshire",
            letters,
        )
        is None
    )
    assert (
        _why("What did the 2022 visit to Derbyshire say about children in care?", "Derbyshire", letters)
        is None
    )
