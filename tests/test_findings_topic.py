"""How a finding question's topic is read: alternatives, evaluative words, trailing qualifiers, kind."""

from __future__ import annotations

import dataclasses

from assistant.answers.finding_alternatives import alternatives
from assistant.answers.finding_read import FindingQuestion
from assistant.answers.finding_topic import document_kind, without_evaluative, without_trailing
from assistant.answers.findings import finding_question, states
from assistant.query import parse_query


def test_alternatives_are_each_a_topic() -> None:
    q = finding_question(
        "Which councils' reports between 2019 and 2022 criticise repeat referrals or repeat child protection "
        "plans, with children coming back to children's social care for the same concerns?"
    )
    assert [a.topic for a in q.alternatives] == ["repeat referrals", "repeat child protection plans"]
    assert "come" not in q.terms and "concern" not in q.terms
    assert states(q, "Too many children are re-referred to the service.", weights={})
    assert not states(q, "Low levels of repeat child protection plans and repeat referrals.", weights={})
    assert not states(q, "Leaders work to prevent multiple re-referrals back to the service.", weights={})


def test_a_shared_qualifier_goes_with_each_alternative() -> None:
    assert alternatives("challenge or oversight independent reviewing officers") == [
        "challenge independent reviewing officers",
        "oversight independent reviewing officers",
    ]
    assert alternatives("children or care leavers living hotels") == []


def test_times_of_day_are_no_alternative_topics() -> None:
    # "at weekends" alone would list every council praised for its weekend service
    q = finding_question(
        "Which councils did Ofsted credit for making sure their foster carers can get help or advice "
        "out of hours - at night, at weekends or round the clock?"
    )
    assert q.alternatives == () and "foster" in q.terms


def test_evaluative_words_of_criticism_are_not_the_topic() -> None:
    q = finding_question(
        "Which councils were criticised for inconsistent or poor application of thresholds in 2021?"
    )
    assert q.terms == ("threshold",) and q.polarity == -1
    assert states(q, "Thresholds are not applied consistently in the MASH.", weights={"threshold": 4.0})
    assert states(q, "The threshold for escalating concerns about neglect is too high.", weights={})
    assert not states(q, "Many contacts do not meet the threshold for a social care service.", weights={})
    assert without_evaluative("weak challenge") == "challenge"
    praise = finding_question("Which councils did Ofsted praise for strong political support?")
    assert "strong" in praise.terms


def test_trailing_qualifiers_and_scope_are_not_the_topic() -> None:
    q = finding_question(
        "Which councils were criticised for drift or delay before or during pre-proceedings under the "
        "Public Law Outline, in inspections since 2024?"
    )
    assert q.terms == ("pre", "proceed") and q.predicate == "delay"
    assert (
        "carri"
        not in finding_question(
            "Which councils were criticised for weak challenge by IROs in inspections carried out in 2019?"
        ).terms
    )
    assert without_trailing("plans, with children coming back") == "plans"
    # an aside between commas (list34)
    # the group named, and an option that names nothing ("or hadn't been properly told how to"; list35)
    q = finding_question(
        "Between 2015 and 2018, which councils were told that children in care or young people leaving "
        "care didn't know how to make a complaint, or hadn't been properly told how to?"
    )
    assert set(q.terms) <= {"make", "complaint", "not"} and not q.alternatives
    aside = without_trailing("talks with disabled children, including those who cannot speak, or direct work")
    assert "speak" not in aside and aside.endswith("direct work")


def test_what_a_service_does_or_is_for_is_not_the_topic() -> None:
    q = finding_question(
        "Which councils has Ofsted praised, in inspections since 2014, for their multi-systemic therapy "
        "(MST) teams that work intensively with families at home to keep children safely out of care?"
    )
    assert q.terms == ("multi", "system", "therapi", "team")
    assert without_trailing("adding residential homes so that more children can live locally?") == (
        "adding residential homes?"
    )
    # a description after a comma or between spaced hyphens is not the topic either
    q = finding_question(
        "Which councils did Ofsted praise, in inspections since 2019, for their 'House Project', where "
        "groups of young people leaving care are prepared for, and helped into, their own council tenancy?"
    )
    assert (q.terms, q.alternatives) == (("hous", "project"), ())
    assert (
        "taster"
        not in finding_question(
            "Which councils were credited for a 'practice' flat - a taster flat - for care leavers?"
        ).terms
    )
    # "... or had to wait too long for one": "one" is what was named before it, never the topic
    q = finding_question(
        "Which councils were told that children who might have been abused were not always given a "
        "medical examination by a doctor, or had to wait too long for one, in inspections since 2014?"
    )
    assert q.topic != "one" and "medic" in q.terms
    # "who" is whom a topic is about, not a description: "children who go missing" stays
    assert "miss" in finding_question("Which councils were criticised for children who go missing?").terms


def test_kind_comes_from_scope_phrases_not_the_topic() -> None:
    q = finding_question("Which councils did Ofsted praise for writing review letters directly to the child?")
    assert q.kind == "inspection"
    focused = document_kind("Which councils were criticised in focused visit letters since 2022?")
    assert focused == "focused visit"
    assert document_kind("Which councils were criticised in visits since 2022?") == "visit"


def test_delay_in_other_words() -> None:
    q = finding_question("Which councils were criticised for delay in pre-proceedings since 2024?")
    assert states(q, "Some children remain in pre-proceedings for a prolonged period.", weights={})
    assert states(q, "Some children are not escalated into pre-proceedings quickly enough.", weights={})
    assert not states(q, "Drift and delay are avoided by timely escalation into pre-proceedings.", weights={})
    item = "The timeliness of actions when children escalate to pre-proceedings."
    assert states(q, item, weights={}, heading="What needs to improve?")
    assert not states(q, item, weights={})


def test_a_practice_addressed_to_the_child() -> None:
    q = finding_question(
        "Which councils did Ofsted praise for writing children's records, plans or review letters directly "
        "to the child, in inspections since 2025?"
    )
    assert q.kind == "inspection" and all(a.to_whom for a in q.alternatives)
    weights = {"write": 4.8, "record": 1.9, "plan": 0.8, "review": 1.6}
    assert states(q, "Visit records are written to the child using a narrative style.", weights=weights)
    assert states(q, "IROs write sensitively to children following reviews.", weights=weights)
    plans = "Well-written safety plans give clarity to families in the event that risks to children increase."
    assert not states(q, plans, weights=weights)
    assert not states(q, "Records are not always written to the child.", weights=weights)


def test_the_acronym_of_a_part_needs_the_rest() -> None:
    asked = "Which councils were criticised for weak challenge by independent reviewing officers?"
    q = finding_question(asked)
    q = dataclasses.replace(q, acronym="IRO", acronym_terms=("independ", "review", "offic"))
    weights = {"challeng": 1.0, "independ": 2.0, "review": 1.5, "offic": 2.0}
    assert states(q, "IROs do not always challenge this effectively.", weights=weights)
    assert not states(q, "Some IRO meeting notes are not always child-focused.", weights=weights)


def test_praised_for_helping_is_what_was_praised() -> None:
    q = finding_question(
        "Which councils has Ofsted praised for helping mothers who have already had children taken into care?"
    )
    assert "mother" in q.terms


def test_what_the_council_does_is_not_the_topic() -> None:
    ids = finding_question(
        "Which councils did Ofsted commend for making sure young people leaving care have their passport, "
        "birth certificate and other ID, in inspections in 2024?"
    )
    assert not {"commend", "make", "sure"} & set(ids.terms) and "passport" in ids.terms
    slow = finding_question(
        "Since 2014, which councils were told they took too long to deal with complaints?"
    )
    assert slow.terms == ("complaint",) and slow.predicate == "delay"
    assert states(
        slow, "Complaints are not responded to in a timely way and some responses are delayed.", weights={}
    )
    # the question's verb of giving: the reports say "have access to free prescriptions"
    given = finding_question("Which councils give young people leaving care free prescriptions?")
    assert not {"give", "get"} & set(given.terms) and "prescript" in given.terms
    assert states(given, "Young people leaving care also have access to free prescriptions.", weights={})
    # unless taking it out leaves a group of people as a topic of its own
    question = (
        "Which councils were credited with giving foster carers or special guardians a council tax break?"
    )
    tax = finding_question(question, question)
    assert not any(set(a.terms) <= {"foster", "carer"} for a in tax.alternatives)
    assert all({"tax", "break"} <= set(a.terms) or "give" in a.terms for a in tax.alternatives or (tax,))
    # "get children seen" is done, not given; "give up on" is no gift
    assert "get" in finding_question("Which councils get children seen quickly?").terms
    assert "give" in finding_question("Which councils give up on care leavers?").terms


def test_quoted_words_are_the_reports_own_and_a_phrase() -> None:
    q = finding_question(
        "Since 2018, which councils have been praised for having young people act as 'young inspectors' "
        "or auditors who check services for children and care leavers?"
    )
    first = q.alternatives[0]
    assert "inspector" in first.terms and first.quoted == ("young inspectors",)
    idf = {"inspector": 3.0, "young": 0.5, "peopl": 0.3}  # "people" is in most passages
    assert states(
        first, "Young inspectors review services and their findings lead to real change.", weights=idf
    )
    assert not states(
        first, "Inspectors saw young people who are well supported by their workers.", weights=idf
    )


def test_a_topic_set_against_what_should_be_asks_for_a_fault() -> None:
    q = finding_question(
        "Since 2021, which councils were told that children were ending up in care in an emergency or a "
        "crisis, rather than in a planned way?"
    )
    assert q.polarity == -1 and "plan" not in q.terms and "end" not in q.terms
    assert [a.topic for a in q.alternatives] == ["children care emergency", "children care crisis"]


def test_seen_on_their_own_is_seen_alone() -> None:
    q = finding_question(
        "Since 2018, which councils were told that their social workers were not always seeing children on "
        "their own, without parents or carers in the room?"
    )
    assert q.terms == ("alon",) and q.polarity == -1
    assert states(q, "Children are not always seen alone when social workers visit.", weights={})


def test_a_participle_alone_is_no_alternative() -> None:
    assert alternatives("school exclusions or suspensions rare or falling or prevented") == [
        "school exclusions",
        "suspensions rare",
    ]
    assert alternatives("adopters assessed or approved") == ["adopters assessed", "adopters approved"]


def _asked(question: str) -> FindingQuestion:
    """The finding read as answering does: from the question without its dates."""
    return finding_question(question, parse_query(question).search_text)


def test_a_period_in_the_middle_leaves_no_topic_of_its_own() -> None:
    q = _asked(
        "Which councils were praised, in inspections ending since 2019, for helping migrant families who "
        "have no access to benefits?"
    )
    assert "end" not in q.terms and not any(a.topic == "ending" for a in q.alternatives)


def test_a_description_between_dashes_and_aspects_after_its() -> None:
    q = _asked(
        "Which councils' reports, for inspections ending since 2018, criticise alternative provision — "
        "education arranged outside mainstream school — for its poor quality, weak oversight or lack of "
        "availability?"
    )
    assert "mainstream" not in q.terms and q.polarity == -1
    assert [a.topic for a in q.alternatives] == [
        "alternative provision its quality",
        "alternative provision its oversight",
        "alternative provision its availability",
    ]


def test_who_did_it_is_not_the_topic_and_a_shared_lead_is_shared() -> None:
    q = _asked(
        "Which councils were told, in inspections ending since 2023, that social workers or their decisions "
        "were too optimistic about parents' ability to change or about how much a family's situation had "
        "improved?"
    )
    assert [a.topic for a in q.alternatives] == [
        "too optimistic about parents' ability to change",
        "too optimistic about how much family's situation improved",
    ]
    staff = _asked(
        "Which councils were told in 2019 that their social workers or other staff had too many cases?"
    )
    assert staff.alternatives[0].topic == "their social workers"


def test_the_questions_frame_and_period_are_not_the_topic() -> None:
    for question, topic in [
        (
            "Which councils got praise from Ofsted for their Family Safeguarding teams since 2022?",
            "their Family Safeguarding teams",
        ),
        (
            "Since 2019, which councils were criticised over children stuck on part-time timetables?",
            "children stuck on part-time timetables",
        ),
        (
            "Since 2019, which councils were found to be falling behind on foster carer reviews?",
            "falling behind on foster carer reviews",
        ),
        (
            "Which councils did Ofsted credit, in inspections ending since 2025, with opening new homes?",
            "opening new homes",
        ),
        (
            "Which councils were told since 2022 that some care leavers had been put up in B&Bs?",
            "care leavers bed breakfast",
        ),
    ]:
        assert finding_question(question, parse_query(question).search_text).topic == topic


def test_a_name_the_question_capitalises_is_read_as_a_name() -> None:
    q = finding_question("Which councils got praise from Ofsted for their Family Safeguarding teams?")
    assert q.quoted == ("Family Safeguarding",)
    assert states(q, "Children receive effective support from the family safeguarding teams.", weights={})
    assert not states(q, "The complex safeguarding team provides an effective, strong response.", weights={})


def test_credit_for_what_a_council_does_reads_it_as_a_practice() -> None:
    """Stated without fault, what the council was credited for doing is the praise."""
    q = finding_question(
        "Which councils did Ofsted credit for making sure a child's school hears about domestic abuse?"
    )
    assert q.practice and q.polarity == 1
    assert not finding_question("Which councils were criticised for making sure of nothing?").practice


def test_a_parents_mental_health_is_not_the_childrens() -> None:
    q = finding_question("Which councils were criticised for weak support for children's mental health?")
    assert not states(q, "The response to poor parental mental health is weak.", weights={})
    assert states(q, "Support for children's mental health is weak.", weights={})


def test_low_is_a_fault_where_the_question_criticises_it() -> None:
    # "low caseloads" are manageable ones; "criticised for low immunisation rates" asks for a fault
    q = finding_question("Which councils were criticised for low immunisation rates?")
    assert q.predicate == "low" and q.polarity == -1
    below = (
        "However, dental checks and immunisation rates at 71% and 77% respectively are below national rates."
    )
    assert states(q, below, weights={})
    assert not states(q, "Immunisation rates are higher than national rates.", weights={})
    q = finding_question("Which councils have low caseloads?")
    assert q.predicate == "manageable" and q.polarity == 1
