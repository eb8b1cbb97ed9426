"""Finding lists: a question that says what is wrong as a clause of its own (the tenth pass).

The fault said after the thing ("meetings were irregular"), whom it happens to and what they
meet with ("face delays ... in their transition"), several negated wordings, an agent and a
standard ("not visited by their social workers as often as their needs require"). The cases
are general wordings first, then the blind `list10-*` dev lists' own, read with the reports'
sentences.
"""

from __future__ import annotations

import dataclasses
from types import SimpleNamespace

import pytest

from assistant.answers.finding_clause import (
    fault_clause,
    hyphens_in,
    hyphens_out,
    is_finding_list,
    negated_alternatives,
    one_wording,
    without_agent_and_standard,
)
from assistant.answers.finding_read import FindingQuestion, topic_terms_in
from assistant.answers.finding_scan import FindingScan, scope_of
from assistant.answers.findings import PREDICATES, finding_question, states
from assistant.documents import Document
from assistant.query import parse_query
from assistant.search.sparse import BM25Index, tokenize

VISITS = (
    "Where did Ofsted find children not being visited by their social workers as often as their needs "
    "require, or not seen alone, in inspections since 2023?"
)
MEETINGS = (
    "Which councils were criticised because core group or child-in-need meetings were irregular, poorly "
    "attended or failed to review children's progress, in inspections since 2023?"
)
TRANSITION = (
    "Which councils' reports since 2023 say disabled young people or those with ongoing care needs face "
    "delays or poor planning in their transition to adult services?"
)
POLICE = (
    "In which councils did inspectors report that referrals or information from the police to children's "
    "social care were late or of poor quality, in inspections since 2023?"
)


def _q(question: str):  # type: ignore[no-untyped-def]
    return finding_question(question, parse_query(question).search_text)


@pytest.mark.parametrize(
    ("question", "thing", "fault"),
    [
        ("Which councils say strategy meetings were late or poorly recorded?", "strategy meetings", "late"),
        (
            "Which councils say return home interviews were of poor quality?",
            "return home interviews",
            "of poor",
        ),
        ("Which councils say pathway plans failed to reflect needs?", "pathway plans", "failed to"),
        ("Which councils say children's plans were vague or not reviewed?", "children's plans", "vague"),
        (
            "Which councils say chronologies were out of date or hard to follow?",
            "chronologies",
            "out of date",
        ),
    ],
)
def test_the_fault_said_after_the_thing_is_not_the_topic(question: str, thing: str, fault: str) -> None:
    text, said = fault_clause(question)
    assert text.endswith(thing)
    assert said.startswith(fault)
    q = _q(question)
    assert q.polarity == -1
    assert set(q.terms).isdisjoint(
        {"late", "poor", "poorli", "fail", "qualiti", "vagu", "date", "hard", "follow"}
    )


def test_people_and_what_they_meet_with_are_not_the_topic() -> None:
    q = _q(TRANSITION)
    assert q.terms == ("transit", "adult")
    assert (q.predicate, q.polarity) == (None, -1)  # delays or poor planning: any criticism


def test_a_thing_of_people_only_is_left_whole() -> None:
    question = "Which councils say care leavers were unable to get dental care?"
    assert fault_clause(question) == (question, "")


def test_one_wording_only_when_all_alternatives_are_of_it() -> None:
    assert one_wording("late or delayed", PREDICATES) == "delay"
    assert one_wording("late or of poor quality", PREDICATES) is None


def test_negated_wordings_are_alternatives_with_agent_and_standard_left_out() -> None:
    assert len(negated_alternatives(VISITS)) == 2
    assert without_agent_and_standard("children not seen by their social workers as often as needed") == (
        "children not seen",
        True,
    )
    q = _q(VISITS)
    assert [(a.terms, a.predicate) for a in q.alternatives] == [
        (("visit",), "not visited or regular"),
        (("alon",), "not seen"),
    ]


def test_a_compound_keeps_its_words_against_the_frame() -> None:
    assert hyphens_out(hyphens_in("child-in-need meetings in 2023")) == "child-in-need meetings in 2023"
    assert [a.topic for a in _q(MEETINGS).alternatives] == ["core group", "child-in-need meetings"]


def test_a_plural_in_ings_is_a_noun_and_its_head_needs_its_other_words() -> None:
    q = _q(MEETINGS).alternatives[1]
    weights = {"need": 0.5, "meet": 2.0}
    assert "meet" not in topic_terms_in(q, "Placements do not meet their needs.", weights)
    assert "meet" not in topic_terms_in(q, "Strategy meetings are delayed.", weights)
    assert "meet" in topic_terms_in(q, "Child in need meetings are delayed.", weights)


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        (VISITS, "Children are not routinely visited in line with their needs.", True),
        (VISITS, "For some children, visits are not frequent enough to build relationships.", True),
        (
            VISITS,
            "Social workers do not visit these children often enough to ensure that they are safe.",
            True,
        ),
        (VISITS, "When children are seen, they are not always seen alone.", True),
        (VISITS, "Children are visited regularly and seen alone.", False),
        (VISITS, "Visits to children are not only regular but increased when risks rise.", False),
        (MEETINGS, "There is some variability in the frequency of child protection core groups.", True),
        (MEETINGS, "Child in need meetings do not always take place promptly.", True),
        (MEETINGS, "Core group meetings are held regularly and are well attended.", False),
        (MEETINGS, "A small number of strategy meetings are delayed.", False),
        (MEETINGS, "Some placements do not meet children's needs.", False),
        (MEETINGS, "Leaders have not found a coherent approach to meeting all the needs of children.", False),
        (
            TRANSITION,
            "Older disabled children do not experience a seamless transition to adult services.",
            True,
        ),
        (
            TRANSITION,
            "Transition planning for young people moving to adult services is not consistently timely.",
            True,
        ),
        (
            TRANSITION,
            "Children approaching transition to adult services are consulted about their wishes.",
            False,
        ),
        (POLICE, "The quality of information received from the police is variable.", True),
        (POLICE, "Police referrals to the front door are timely and of good quality.", False),
    ],
)
def test_the_reports_sentences_under_a_fault_clause(question: str, sentence: str, expected: bool) -> None:
    # "children's social care" is common words; the police and the referrals are what is asked
    weights = {"social": 0.3, "care": 0.2, "polic": 2.0, "referr": 1.5, "inform": 1.0}
    assert states(_q(question), sentence, weights=weights) is expected


ENTITLEMENTS = (
    "Which councils' reports since 2023 say care leavers do not know or understand their entitlements "
    "or the local offer?"
)


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        # "not all X are" is "all X are not", however long X is
        (
            ENTITLEMENTS,
            "However, not all care-experienced young people are aware of their entitlements.",
            True,
        ),
        (ENTITLEMENTS, "Young people told inspectors that they are unsure of their entitlements.", True),
        (ENTITLEMENTS, "Some care leavers struggle to fully understand their entitlements.", True),
        (
            ENTITLEMENTS,
            "Not all care leavers receive their entitlements, although they are aware of them.",
            False,
        ),
        # whom it is said of: children are not care leavers, and care leavers' PAs are not children's visits
        (ENTITLEMENTS, "Some children are not aware of their rights and entitlements.", False),
        (VISITS, "Personal advisers do not always visit young people as frequently as they need.", False),
        (VISITS, "Not all care leavers in custody are visited regularly.", False),
    ],
)
def test_negated_wordings_read_with_their_quantifier_and_group(
    question: str, sentence: str, expected: bool
) -> None:
    assert states(_q(question), sentence, weights={"entitl": 3.5, "visit": 2.0}) is expected


@pytest.mark.parametrize(
    ("question", "terms", "predicate", "whom"),
    [
        # the frequency after a negated verb is its wording; the agent is no topic
        (
            "Which councils' reports say children are not visited regularly enough by their social workers?",
            ("visit",),
            "not visited or regular",
            "children",
        ),
        # staff as the subject of a negated verb: its object is whom, the verb the topic
        (
            "Where did Ofsted find that social workers do not visit children as often as they should?",
            ("visit",),
            "not visit or regular",
            "children",
        ),
        # a fault clause starts at its first wording, a negation among them
        (
            "Where did inspectors find that core groups did not take place often or were poorly attended?",
            ("core", "group"),
            None,
            None,
        ),
        # what is judged of a thing is not the thing
        (
            "Which councils were criticised for the quality or timeliness of police notifications?",
            ("polic", "notif"),
            None,
            None,
        ),
    ],
)
def test_the_grammar_of_fresh_wordings(
    question: str, terms: tuple[str, ...], predicate: str | None, whom: str | None
) -> None:
    q = _q(question)
    assert (q.terms, q.predicate, q.whom) == (terms, predicate, whom)


MENTAL_HEALTH = (
    "Which councils were told that young people who had left care struggled to get help with their "
    "mental health or emotional wellbeing?"
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Care leavers who are struggling with their mental health do not always get the help they need.",
            True,
        ),
        # the group the question names, not another
        (
            "When children need specialist mental health support, they are not always able to access it.",
            False,
        ),
    ],
)
def test_a_group_named_in_the_topic_is_whom_it_is_said_of(sentence: str, expected: bool) -> None:
    q = _q(MENTAL_HEALTH)
    assert q.whom == "care leavers"
    assert states(q, sentence, weights={"mental": 3.0, "health": 2.0, "help": 1.0}) is expected


def test_a_social_workers_visits_are_no_ofsted_visits() -> None:
    assert (
        "visit" in _q("Which councils were criticised because social workers' visits lacked purpose?").terms
    )
    assert _q("Which councils were criticised in focused visits since 2022 for weak plans?").terms == (
        "plan",
    )
    assert _q("Which councils' visit letters say plans are weak?").terms == ("plan",)


@pytest.mark.parametrize(
    ("question", "terms"),
    [
        # An acronym in brackets: the words are the topic, and a report writing them out counts.
        (
            "Which councils did Ofsted praise for using strengths and difficulties questionnaires (SDQs) "
            "to understand and meet the emotional health needs of children in care, in inspections since "
            "2023?",
            ("strength", "questionnair"),
        ),
        # Examples after "such as" are not the topic's words; another name in brackets is an alternative.
        (
            "Which councils were criticised for their work with children in care living at home with their "
            "parents on care orders (placement with parents), such as poor assessment or delays, in "
            "inspections since 2023?",
            ("care", "live", "home", "parent", "order", "placement"),
        ),
        # What the thing did is not the thing.
        (
            "Which councils' reports say frequent changes in senior leadership held back improvement?",
            ("senior", "leadership", "chang"),
        ),
        ("Which councils were criticised for their use of agency staff?", ("agenc", "staff")),
    ],
)
def test_brackets_examples_aims_and_effects_are_not_the_topic(question: str, terms: tuple[str, ...]) -> None:
    fq = finding_question(question, parse_query(question).search_text)
    assert set(fq.terms) == set(terms)


def test_a_practice_children_benefit_from_or_done_routinely_is_praised() -> None:
    q = finding_question("Which councils were praised for their staying close offer?")
    assert states(q, "Care leavers benefit from a staying close offer.", weights={})
    assert not states(q, "The staying close offer is not yet available to all care leavers.", weights={})


def test_waiting_too_long_for_a_thing_asks_about_the_thing_with_delay() -> None:
    question = (
        "Where did Ofsted find children in long-term foster care waiting too long to be formally matched "
        "with their carers, in inspections since 2023?"
    )
    fq = finding_question(question, parse_query(question).search_text)
    assert set(fq.terms) == {"match", "carer"} and fq.predicate == "delay" and fq.polarity == -1
    assert states(fq, "It is taking too long for them to be formally matched with their carers.", weights={})
    assert not states(fq, "Children are matched with their long-term carers without delay.", weights={})


def test_another_name_in_brackets_is_an_alternative() -> None:
    question = (
        "Which councils were criticised for children living at home on care orders (placement with parents)?"
    )
    fq = finding_question(question, parse_query(question).search_text)
    assert [a.terms for a in fq.alternatives][-1] == ("placement", "parent")


@pytest.mark.parametrize(
    ("question", "terms", "polarity"),
    [
        # "In which areas" asks for places; "positive about" is praise; what a service does for whom
        # is not the service.
        (
            "In which areas were inspectors positive about the Lifelong Links service helping children in "
            "care to keep relationships with people important to them, in inspections since 2023?",
            ("lifelong", "link"),
            1,
        ),
        # A scheme known by its name is the name; what it is of; where it was looked for.
        (
            "Which councils has Ofsted praised for the Mockingbird model of peer support for foster carers, "
            "in any of its inspection reports?",
            ("mockingbird",),
            1,
        ),
    ],
)
def test_places_praise_and_what_a_scheme_does(question: str, terms: tuple[str, ...], polarity: int) -> None:
    assert is_finding_list(question, ())
    fq = finding_question(question, parse_query(question).search_text)
    assert fq.terms == terms and fq.polarity == polarity


def test_areas_of_practice_are_no_places() -> None:
    assert not is_finding_list("Which areas of practice did Ofsted criticise most?", ())


def test_what_ofsted_said_at_any_time_reads_every_report_not_the_newest() -> None:
    docs = [
        Document(
            f"{council}-{year}",
            "text",
            "title",
            doc_type="inspection report",
            date=f"{year}-03-01",
            authorities=(council,),
        )
        for council in ("Leeds", "Derby")
        for year in (2015, 2023)
    ]
    for question, n in (
        ("Which councils has Ofsted praised for the Mockingbird model, in any of its inspection reports?", 4),
        ("Which councils have ever been praised for the Mockingbird model?", 4),
        # what Ofsted said, in the past: any report says it
        ("Which councils were praised for the Mockingbird model?", 4),
        ("Which councils did Ofsted criticise for drift in care proceedings?", 4),
        # how things are, or what the latest report says: each council's newest
        ("Which councils have caseloads that are too high?", 2),
        ("Which councils were praised at their latest inspection for the Mockingbird model?", 2),
        ("Which councils has Ofsted recently praised for the Mockingbird model?", 2),
        ("Which councils' care leavers were not told about their entitlements?", 2),
    ):
        parsed = parse_query(question)
        assert len(scope_of(finding_question(question, parsed.search_text), parsed, docs).documents) == n


def test_a_period_first_and_contractions() -> None:
    # "In inspections since 2023, which councils ...": still a finding list.
    question = "In inspections since 2023, which councils were found to have caseloads that are too high?"
    assert is_finding_list(question, ())
    assert finding_question(question, parse_query(question).search_text).predicate == "high"
    # "weren't" is "were not", not the words "weren" and "t"; "told that" is the question's frame.
    question = "Which councils were told that care leavers weren't visited often enough?"
    fq = finding_question(question, parse_query(question).search_text)
    assert "weren" not in fq.terms and "t" not in fq.terms and "told" not in fq.terms
    assert fq.polarity == -1


def test_an_alternative_of_common_words_alone_names_nothing() -> None:
    # "... without all the agencies or professionals who should have been there": with no
    # wording or lean to read, "professionals" alone (a word of most passages) would list
    # nearly every council; the alternative naming a rarer word is the question.
    passages = ["strategy meetings with professionals"] + ["professionals and children"] * 19
    bm25 = BM25Index.build([tokenize(p) for p in passages])
    scan = FindingScan(retriever=None, index=SimpleNamespace(bm25=bm25), embedder=None)  # type: ignore[arg-type]
    both = (
        FindingQuestion("q", "strategy meetings", ("strategi", "meet")),
        FindingQuestion("q", "professionals", ("profession",)),
    )
    fq = FindingQuestion("q", "strategy meetings or professionals", ("strategi", "meet", "profession"))
    assert scan.specific(dataclasses.replace(fq, alternatives=both)) == both[0]
    # A lean to read (criticism) narrows even a common word: both are kept.
    leaning = dataclasses.replace(fq, alternatives=both, polarity=-1)
    assert scan.specific(leaning) == leaning


def test_not_helping_is_the_fault_not_what_a_thing_does() -> None:
    # "the Lifelong Links service helping children ..." says what a service does; "not helping
    # care leavers get wifi" is the fault, and what follows is the topic (it was read as "not").
    question = "How many councils were criticised for not helping care leavers get wifi or internet access?"
    fq = finding_question(question, parse_query(question).search_text)
    assert "wifi" in fq.terms and "internet" in fq.terms and fq.polarity == -1


def test_where_did_anyone_find_it_and_picked_up_for() -> None:
    # "Where did family court judges ...": where it was found, whoever said it.
    assert is_finding_list("Where did family court judges speak well of the council's court work?", ())
    assert not is_finding_list("Where is Ofsted based?", ())
    assert not is_finding_list("Where did you get that from?", ())
    assert is_finding_list("Where were children left in unregistered homes?", ())
    # "picked up for" is criticism, and no topic word.
    question = "Which councils did Ofsted pick up for children missing out on life-story work?"
    fq = finding_question(question, parse_query(question).search_text)
    assert fq.polarity == -1 and "pick" not in fq.terms
