"""answers/gaps.py: questions the collection cannot answer, named before anything is quoted."""

from __future__ import annotations

import pytest

from assistant.answers.gaps import (
    asks_about_inspectorate,
    asks_instructions,
    future_plans,
    not_recorded,
    outside_remit,
    years_to_come,
)
from assistant.answers.no_council import (
    compared_unknowns,
    not_council_names,
    place_names,
    search_box_places,
    subject_places,
    unknown_council_names,
)
from assistant.answers.topic import content_words, says_nothing_of_the_work
from assistant.answers.unwritten import unnamed_scheme, unwritten_topic
from assistant.documents import Document
from assistant.places import former_councils, outside_england
from assistant.subjects import asked_alone


def test_a_place_named_before_its_childrens_services_or_after_a_rating() -> None:
    assert unknown_council_names("Ofsted rating for Bognor Regis children's social care?") == ["Bognor Regis"]
    assert unknown_council_names("What is the Ofsted rating for Narnia?") == ["Narnia"]
    assert unknown_council_names("How are Looked After children's services run?") == []
    assert unknown_council_names("What did Ofsted say about Leeds children's services?") == []


def test_places_where_a_councils_name_would_stand() -> None:
    assert subject_places("Does Springfield have enough foster carers?") == [("Springfield", False)]
    assert subject_places("how are care leavers in ambridge doing?") == [("Ambridge", True)]
    assert subject_places("Summerisle - was it rated inadequate?") == [("Summerisle", False)]
    assert subject_places("How were Borsetshire County Council's services rated?") == [("Borsetshire", False)]
    assert subject_places("how are the children doing?") == []
    assert subject_places("did they get a good grade?") == []
    assert subject_places("How did Leeds get on?") == []
    assert subject_places("How good is Midsomer at protecting children?") == [("Midsomer", False)]
    assert subject_places("Is Ambridge good at adoption?") == [("Ambridge", False)]
    assert subject_places("Tell me about Holby's foster carers") == [("Holby", False)]
    assert subject_places("What grade did Ofsted give Narnia's children's services?") == [("Narnia", False)]


def test_a_name_a_comparison_sets_beside_a_council() -> None:
    assert compared_unknowns("How does Trumpton compare with Kent on care leavers?", {}) == ["Trumpton"]
    assert compared_unknowns("Compare Kent and Camberwick Green on adoption", {}) == ["Camberwick Green"]
    # far from the comparing word, or starting a sentence: no name compared
    assert compared_unknowns("Foster carer in Sunderland (TfC). Is it better or worse than before?", {}) == []
    assert compared_unknowns("Did Leeds improve? Asking compared with 2019.", {}) == []


def test_places_after_in_or_at() -> None:
    assert place_names("How are care leavers supported in Gotham City?") == ["Gotham"]
    assert place_names("What did Ofsted find in Springfield in 2019?") == ["Springfield"]
    assert place_names("How are children in care supported in May?") == []
    assert place_names("Are reports published in England?") == []


@pytest.mark.parametrize(
    "question",
    [
        "What did Ofsted say about library closures in Southend?",
        "How quickly does Reading Borough Council fix broken street lights?",
        "How good are Westminster's parks?",
        "Where can I park? What does parking cost in Camden?",
        "Which nursing homes in Kent have vacancies?",
        "How did Hampshire's secondary schools do in this year's GCSE exams?",
        "How long is the waiting list for a council house in Bristol?",
        "What help does Devon give people with dementia?",
        "What did Ofsted say about Hampshire's safeguarding of vulnerable adults?",
        # Schools and early years are the council's education services, whoever the children are.
        "How good is Leeds's home-to-school transport for disabled children?",
        "Are there enough good nurseries and childminders for families in Bury?",
        # So are housing lists, whoever is waiting.
        "How many families are on Hartlepool's housing waiting list?",
        "How well has Derbyshire's council pension fund performed lately?",
        "How did primary pupils in the East Riding of Yorkshire do in their Key Stage 2 SATs?",
        # the department's name said in passing is no child
        "How do I renew my blue badge with East Sussex? Its children's services got a good Ofsted.",
        "What's the Band D council tax in Telford, and how much of it goes on children's services?",
        # travel and driving (held-out-54 and -55)
        "Is it Ofsted or Kirklees council that runs the driving test centre in Huddersfield?",
        "What's the quickest way from Swindon to Oxford with the A420 roadworks?",
        # school places and food hygiene (held-out-66 and -67)
        "Did Ofsted's last inspection of Ealing say anything about the shortage of school places?",
        "Does Ofsted do the food hygiene ratings for takeaways in Croydon? One near me looks grim.",
        # school buildings and staff, swimming lessons, public health (held-out-86 to -91)
        "were any essex schools shut because of the crumbly RAAC concrete?",
        "how badly did teacher strikes hit bexley schools?",
        "are there free swimming lessons for kids in derby? did ofsted mention them",
        "what has ofsted said about warrington's work on childhood obesity?",
    ],
)
def test_other_council_services_are_outside_the_remit(question: str) -> None:
    assert outside_remit(question)


def test_children_keep_a_service_in_the_remit() -> None:
    assert outside_remit("Do children in care in Leeds get library cards?") == []
    assert outside_remit("Are care leavers in Wirral exempt from council tax?") == []
    assert outside_remit("Are there enough foster care homes in Leeds?") == []
    assert outside_remit("How did children in care in Rotherham do in their GCSEs?") == []
    assert outside_remit("Are vulnerable adults and children kept safe in Leeds?") == []
    assert outside_remit("How were kids in care in Herts doing in their exam results?") == []
    assert outside_remit("When special schools shut in lockdown, did disabled kids get short breaks?") == []
    assert outside_remit("Do nurseries give places to children in need in Leeds?") == []
    assert outside_remit("Did the virtual school raise GCSE results?") == []
    assert outside_remit("Do care leavers in Leeds get priority for social housing?") == []
    assert outside_remit("Do homeless young people in Leeds get social housing?") == []
    assert outside_remit("What was Shropshire's grade in 2022 and the main takeaway?") == []
    assert outside_remit("What are the takeaways from the latest Leeds inspection?") == []


def test_a_search_box_place_is_read_before_the_service() -> None:
    assert search_box_places("cheltenham children's services ofsted rating") == ["Cheltenham"]
    assert search_box_places("harrogate childrens services") == ["Harrogate"]
    assert search_box_places("the children's services of Leeds") == []
    assert search_box_places("leeds children's services") == []  # a council


def test_a_care_home_is_for_adults() -> None:
    # The reports say "children's homes"; "care home" is adults' care (the "foster care homes" aside).
    assert outside_remit("How much are care home fees in Surrey?") == ["care home"]


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        (
            "Settle a bet for a colleague in Lambeth children's social care: who won the 2023 FA Cup final?",
            "who won the 2023 FA Cup final?",
        ),
        (
            "Just moved for a job with Lancashire's children's services team — anyone got a hotpot recipe?",
            "anyone got a hotpot recipe?",
        ),
        ("Notts was inspected in May 2024. Which area came out best?", None),  # the inspection's areas
        ("haringey got outstanding in jan 2026 - which bits were only good?", None),
        ("Wigan got a focused visit in January 2020 - what was the reason given?", None),
        ("My pupils care for a poorly parent. Did Ofsted say anything about kids like that?", None),
        ("What did Ofsted say about Stoke's supervision?", None),  # no preamble
        ("how did stockton do at the 2016 ofsted inspection - good or not?", None),  # the tag asks it again
    ],
)
def test_the_question_after_a_preamble_stands_alone_unless_it_points_back(
    question: str, asked: str | None
) -> None:
    assert asked_alone(question) == asked


def test_a_question_apart_from_its_preamble_may_say_nothing_of_the_work() -> None:
    assert says_nothing_of_the_work("who won the 2023 FA Cup final?", "who won the FA Cup final?")
    assert says_nothing_of_the_work("anyone got a hotpot recipe?", "anyone got a hotpot recipe?")
    for asked in (
        "how are care leavers housed?",  # the work
        "what happens to kids who run away?",  # everyday words the glossary knows
        "what is a MASH?",  # a term of art
        "and why?",  # too few words to judge alone
    ):
        assert not says_nothing_of_the_work(asked, asked), asked


def test_places_outside_england_in_lower_case() -> None:
    """A question typed in lower case (held-out-69, after it was measured); a jersey is a jumper."""
    assert outside_england("what rating did swansea council's children's services get from ofsted?") == [
        "Swansea"
    ]
    assert outside_england("how are kids in care in glasgow or cardiff doing?") == ["Glasgow", "Cardiff"]
    assert outside_england("Do children in care get a school jersey and a guernsey paid for?") == []


def test_crown_dependencies_are_outside_england() -> None:
    assert outside_england("What did Ofsted say about children's services in Jersey?") == ["Jersey"]
    assert outside_england("How are care leavers in Guernsey or the Isle of Man supported?") == [
        "Guernsey",
        "Isle of Man",
    ]


@pytest.mark.parametrize(
    ("question", "former"),
    [
        ("How did Northamptonshire do in its 2019 inspection?", ["Northamptonshire"]),
        ("what about cumbria's care leavers", ["Cumbria"]),
        ("How are care leavers in Cheshire supported?", ["Cheshire"]),
        ("What about North Northamptonshire, west northamptonshire or Cheshire East?", []),
        ("Cheshire West and Chester's front door", []),
        ("Central Bedfordshire or Bedford?", []),
    ],
)
def test_former_councils(question: str, former: list[str]) -> None:
    assert former_councils(question) == former


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("What Ofsted rating did St Mary's Primary School in Hull get?", "St Mary's Primary School"),
        ("Is the director of children's services in Leeds married?", "private life"),
        ("What salary was Birmingham's director of children's services paid in 2020?", "private life"),
        ("What car does the chief executive of Kent County Council drive?", "private life"),
        ("Which football team does Stoke's director support?", "private life"),
        ("How many social workers has Camden sacked?", "private life"),
    ],
)
def test_what_no_report_records(question: str, kind: str) -> None:
    assert kind in (not_recorded(question) or "")


@pytest.mark.parametrize(
    "question",
    [
        "What did Ofsted say about the virtual school in Kent?",
        "What School places do children in care in Leeds get?",
        "Do children in care in Dorset get to keep in touch with their pets?",
        "How long had Blackpool's new director of children's services been in post?",
        "Are social workers in Kent paid a market supplement to help recruitment?",
        "Who was the lead inspector for Stoke-on-Trent's 2025 inspection?",
        "Were social workers in Leeds dismissed for failing children in care?",
        "Does the director of children's services in Leeds chair multi-disciplinary meetings?",
        # a family's faith in a social worker's assessment is practice, not anyone's private life
        "Were Rochdale's social workers taking kids' culture, religion and background into account in "
        "their assessments?",
        # where the asker lives is not where a social worker does
        "My sister's a social worker over in B&D but I live in Havering - what grade did Havering get?",
    ],
)
def test_what_the_reports_record_is_not_a_gap(question: str) -> None:
    assert not_recorded(question) is None


def test_plans_for_a_time_still_to_come() -> None:
    assert future_plans("Is Essex going to close any of its children's homes next year?") == "next year"
    assert future_plans("Will Leeds hire more social workers next year?") == "next year"
    # A plan the report records, and a year it names, are not relative to today.
    assert future_plans("What did Leeds plan to do about caseloads in its 2019 inspection?") is None
    assert future_plans("How many care leavers did Knowsley support last year?") is None


def test_the_name_of_the_department_is_no_child_asked_about() -> None:
    question = "How much is a Camden parking permit? Camden's kids services got outstanding."
    assert outside_remit(question) == ["parking"]
    assert outside_remit("When will my son's primary school be inspected again?") == ["primary school"]


def test_school_term_dates_are_outside_the_remit() -> None:
    assert outside_remit("When does the autumn school term start in Derbyshire?") == ["school term"]
    assert outside_remit("How are children in care helped with school admissions in Kent?") == []
    assert outside_remit("Do children in care in Kent get school places quickly?") == []


@pytest.mark.parametrize(
    "question",
    [
        "How do I get red wine out of a carpet?",
        "How long should I boil an egg for?",
        "How can we apply for a blue badge in Norfolk?",
        "how do i reset my iphone",
    ],
)
def test_the_askers_how_to_is_asked_of_no_report(question: str) -> None:
    assert asks_instructions(question)


@pytest.mark.parametrize(
    "question",
    [
        "How do councils support care leavers?",
        "How do I keep my child safe online?",  # about a child: left to the passages
        "How do Islington's young people with complex needs get access to adult social care?",
        "How did Leeds do in its 2019 inspection?",
    ],
)
def test_how_questions_about_councils_or_children_are_not_how_tos(question: str) -> None:
    assert not asks_instructions(question)


def test_content_words_leave_the_asker_and_the_asking_out() -> None:
    assert content_words("Tell me.") == []
    assert content_words("What did Ofsted say?") == []
    assert content_words("Will it rain in this weekend?") == ["rain", "weekend"]


def test_a_time_to_come_in_any_number_of_years() -> None:
    assert (
        future_plans("How will Norfolk support its care leavers in the coming years?")
        == "in the coming years"
    )
    assert future_plans("Will Leeds open new homes over the next two years?") == "over the next two years"
    assert future_plans("What did Leeds plan to do in its 2019 inspection?") is None


def test_ofsted_itself_is_no_reports_business() -> None:
    assert asks_about_inspectorate("Who was the first Chief Inspector when Ofsted was set up?")
    assert asks_about_inspectorate("How many inspectors does Ofsted employ?")
    assert not asks_about_inspectorate("What did the lead inspector say about Stoke's front door?")
    assert not asks_about_inspectorate("When did Ofsted last inspect Leeds?")


def test_a_dated_visit_asked_about_its_children_keeps_their_school_holidays_in_the_remit() -> None:
    asked = (
        "Did Havering put money into feeding poorer kids over the school holidays during Covid? "
        "Asking about Ofsted's remote visit in spring 2021."
    )
    assert outside_remit(asked) == []
    # a council's nurseries and childminders are still another inspection's, whatever reports are named
    assert outside_remit(
        "What did Ofsted's Tameside reports say about the borough's nurseries and childminders?"
    )


def test_a_time_to_come_asked_after_a_statement_of_the_past() -> None:
    assert years_to_come(
        "Solihull's children in care were still requires improvement at the autumn 2025 inspection - did "
        "the 2027 follow-up visit find they'd improved?"
    ) == [2027]
    assert years_to_come("Leeds was inspected in 2019. Did the 2022 inspection find it better?") == []


def test_a_local_area_send_inspection_is_another_inspections_business() -> None:
    assert not_recorded("Ealing - what did the Ofsted/CQC local area SEND inspection find about EHC plans?")
    assert not_recorded("What did Ofsted say about children with SEND in Ealing?") is None


def test_teenagers_hobbies_are_their_own_not_a_workers_private_life() -> None:
    assert (
        not_recorded("Were the social workers using what the teenagers were into - sport, hobbies etc?")
        is None
    )


def test_adult_education_is_outside_the_remit() -> None:
    assert outside_remit(
        "What grade did Ofsted give Redbridge Institute of Adult Education at its last inspection?"
    )


def test_a_care_leaver_asking_about_council_tax_is_in_the_remit() -> None:
    assert (
        outside_remit("I grew up in Southwark's care but rent in Lewisham now - do I get free council tax?")
        == []
    )
    assert outside_remit("Where do I pay my council tax in Leeds?") == ["council tax"]


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("what did ofsted say about vaping among bedford's kids in care", "vaping"),
        ("Has Ofsted said anything regarding body cameras on home visits?", "body cameras"),
        ("Did care leavers get into debt through gambling?", "gambling"),
        # the words after the topic are read too, to the sentence's end
        ("Did the 2024 inspection say anything about teenagers in care vaping?", "vaping"),
        # but a time or a contraction typed without its apostrophe is no topic
        ("Did the visit say anything about kids seen at 2am who shouldnt be out?", None),
        # the topic named elsewhere: "... about it"
        ("Is vaping a problem among kids in care? What has Ofsted said about it?", "vaping"),
        # the collection writes every word of these
        ("What did Ofsted say about care leavers in Leeds?", None),
        # a glossary word stands for words the reports write
        ("did the visit say anything about parents smacking their kids?", None),
        # a council's name is no topic
        ("What did Ofsted say about Stoke's services?", None),
        ("What did Ofsted say about Leeds's vaping?", "Leeds's vaping"),
        # what a statement beside the question goes "through" is context, not what is asked
        ("Croydon's been through the wringer money-wise. Did its services get a decent grade?", None),
    ],
)
def test_a_topic_no_document_writes(question: str, topic: str | None) -> None:
    written = {
        "care",
        "leaver",
        "kid",
        "parent",
        "servic",
        "bodi",
        "home",
        "visit",
        "debt",
        "get",
        "problem",
        "teenag",
        "seen",
        "out",
    }
    written = written.__contains__
    assert unwritten_topic(question, written) == topic


@pytest.mark.parametrize(
    ("question", "texts", "scheme"),
    [
        ("Does it use the Safe and Together model with families?", ["domestic abuse"], "Safe and Together"),
        (
            "The Solihull Approach started in Solihull. Does its early help use it?",
            ["early help"],
            "Solihull Approach",
        ),
        ("Do York's care leavers get a free 16-25 Railcard?", ["a bus pass"], "Railcard"),
        # named in the council's documents
        ("What is the 'Dogs for Good' programme for?", ["the ‘dogs for good’ programme"], None),
        ("Has it brought in the Mockingbird model?", ["the first mockingbird constellation"], None),
        # no scheme named
        ("Does the council have a programme for care leavers?", ["nothing"], None),
    ],
)
def test_a_scheme_the_councils_documents_never_name(
    question: str, texts: list[str], scheme: str | None
) -> None:
    assert unnamed_scheme(question, texts) == scheme


def test_a_district_council_or_combined_authority_is_no_childrens_services_council() -> None:
    assert search_box_places("south lakeland district council childrens services - what did ofsted say?") == [
        "South Lakeland"
    ]
    assert unknown_council_names(
        "What did Ofsted find at the Greater Manchester Combined Authority's children's social care?"
    ) == ["Greater Manchester Combined Authority"]


def test_older_residents_looked_after_in_a_care_home_are_outside_childrens_services() -> None:
    question = (
        "My gran's in a council-run care home near Preston. What did the most recent Lancashire "
        "inspection say about how well older residents are looked after?"
    )
    assert outside_remit(question) == ["care home", "older residents"]
    assert outside_remit("How well are looked after children in care homes doing?") == []


def test_a_mistyped_word_is_no_topic_the_collection_does_not_write() -> None:
    from types import SimpleNamespace

    from assistant.answers.unwritten import unwritten_reason

    index = SimpleNamespace(
        documents=dict.fromkeys(range(100)), bm25=SimpleNamespace(vocab={"polic", "deal"})
    )
    assert unwritten_reason("Did Ofsted say anything about how the poilce deal with it?", index, ()) is None
    reason = unwritten_reason("Did Ofsted say anything about vaping?", index, ())
    assert reason == "no indexed document mentions vaping"


def test_a_place_typed_in_lower_case_after_for_is_no_council() -> None:
    assert search_box_places("what's the ofsted rating for basingstoke children's services?") == [
        "Basingstoke"
    ]
    assert search_box_places("what's the ofsted rating for leeds children's services?") == []


def test_a_councils_own_name_is_never_called_no_council() -> None:
    # "Bucks" stands where a council's name does and Buckinghamshire's documents name it: it is
    # Buckinghamshire's everyday name, not a place that is no council.
    documents = {"d": Document("d", "Bucks children's services", "t", authorities=("Buckinghamshire",))}
    assert not_council_names("did bucks get out of inadequate at its re-inspection?", documents)[0] == []
    assert not_council_names("what rating did Gotham children's services get?", documents)[0] == ["Gotham"]
