"""The glossary: everyday words in, the reports' words out; nothing for questions in the reports' words."""

from __future__ import annotations

import pytest

from assistant.glossary import _COMPILED, GLOSSARY, everyday_spans, expand_query, expansions
from assistant.search.fusion import best_of

# One everyday question per group of the inspection vocabulary, and a word it must add.
EVERYDAY = [
    ("Can kids in care get in to see a dentist?", "dental checks"),
    ("a relative says they want to become the child's permanent legal guardian", "special guardianship"),
    ("If you adopt a child, does the council keep helping you afterwards?", "adoption support"),
    ("is Boro any good at keeping hold of its social workers?", "recruitment and retention"),
    ("how were children in care doing at school?", "educational attainment"),
    ("How many care leavers are in work, college or training?", "education, employment and training"),
    ("How much extra money did the council put into children's services?", "additional funding"),
    ("Did teenagers who'd been kicked out by their families get proper help?", "homelessness"),
    ("Is it a postcode lottery for families needing help?", "varies"),
    ("Were children living with someone who isn't a close relative looked after?", "private fostering"),
    ("was dudley going backwards when ofsted visited in december 2019?", "deteriorated"),
    ("Were kids getting a say in the big meetings about keeping them safe?", "child protection conferences"),
    ("Were care leavers put into their own flats before they were ready?", "independent accommodation"),
    ("How were concerns that a coach might be a danger to children handled?", "LADO"),
    ("Did the report say anything about the schoolgirl strip-searched at school?", "pupils"),
    ("Were kids getting ill from grotty housing?", "poor-quality"),
    ("Do children in Wiltshire get someone to help them speak up and have their say?", "advocacy"),
    ("Is there an adult volunteer to befriend children in care?", "independent visitors"),
    ("Can young people carry on living with their foster carers after they turn 18?", "staying put"),
    ("Were care leavers put up in B&Bs?", "bed and breakfast"),
    ("Do families of disabled children get respite?", "short breaks"),
    ("Are children who aren't in any school tracked?", "children missing education"),
    ("How many children are home schooled?", "elective home education"),
    ("What is done about drug dealing gangs?", "county lines"),
    ("Do children in care keep having to move?", "placement stability"),
    ("Do politicians on the council know what care is like?", "corporate parenting"),
    ("What happens before the council takes a family to court?", "pre-proceedings"),
    ("Is there lighter support for families?", "early help"),
    ("When a family doesn't need a social worker any more, what happens?", "stepped down"),
    ("How does the council respond to domestic violence?", "domestic abuse"),
    ("Are children who are not being looked after properly spotted?", "neglect"),
    ("Are social workers overloaded?", "caseloads"),
    ("Do social workers get one-to-one time with their managers?", "supervision"),
    ("Do bosses keep an eye on cases?", "management oversight"),
    ("Do social workers find out what children think?", "wishes and feelings"),
    ("Do children in care see a doctor quickly?", "health assessments"),
    ("Does the council rely on temporary social workers?", "agency social workers"),
    ("When children run off, does anyone talk to them?", "return home interviews"),
    ("Who do I call if I want to report a concern about a child?", "front door"),
    ("Are children living with someone who isn't their parent checked on?", "private fostering"),
    ("What about staff churn?", "workforce stability"),
    ("Are social workers sticking around longer?", "workforce stability"),
    ("What happens when a coach has harmed a child?", "local authority designated officer"),
    ("Who helps children who look after a poorly parent?", "young carers"),
    ("Which services sit alongside the social workers at the front door?", "co-located"),
    ("How are refugees supported?", "unaccompanied asylum-seeking children"),
    ("How many children is each social worker juggling?", "caseloads"),
    ("Are children left without a social worker of their own?", "unallocated"),
    ("Who responds to worries about children at night and at weekends?", "out-of-hours"),
    ("When social workers met to plan what to do about a child at risk, who took part?", "strategy meetings"),
    ("Was the council's own picture of its services realistic?", "self-evaluation"),
    ("Are social workers getting dads involved?", "fathers"),
    ("Do care leavers get told about their medical background?", "health histories"),
    ("What happens to 16 and 17 year olds with nowhere to live?", "homelessness"),
    ("Are children in care up to date with their jabs?", "immunisations"),
    ("What about the letters written for adopted children to read when they're older?", "later life letters"),
    ("Did staff talk about exploited children as if it were their own fault?", "victim-blaming"),
    ("Are bruises on babies too young to crawl acted on?", "non-mobile"),
    ("Is the council tackling racism?", "anti-racist"),
    ("Do family doctors send reports to conferences?", "GPs"),
    ("Does the school hear when the police are called out to a child's home?", "Operation Encompass"),
    ("Are parents taught to put babies to sleep safely?", "safe sleeping"),
    ("Do the officers who chair the kids' reviews have too many cases?", "independent reviewing officers"),
    ("How do the cops deal with kids who run off?", "police"),
    ("How much extra money did the council find for children's services?", "investment"),
    ("How are allegations against teachers, coaches and other adults handled?", "LADO"),
    # held-out-64 and -66, after they were measured
    ("The lad I foster wants to get back in touch with people who mattered to him.", "Lifelong Links"),
    ("If a member of staff is accused of harming a pupil, how well does the council deal with it?", "LADO"),
    ("If we report a worry about a colleague's behaviour with kids, how well was it handled?", "LADO"),
    ("I'm looking after a friend's 14 year old while she works abroad.", "private fostering"),
    ("How old are kids in care when they get their leaving-care worker?", "personal advisers"),
    ("Does the council keep kids with their grandparents, aunts and uncles?", "kinship care"),
    ("How are teenagers who arrived in the UK on their own looked after?", "separated migrant children"),
    ("My lad's social worker keeps pulling him out of class to see him.", "during school hours"),
    ("My 14 year old does a lot of looking after me because of my disability.", "young carers"),
    ("What about the local drop-in centres where families get early support?", "family hubs"),
    ("Does Oldham still lean on temp social workers?", "agency staff"),
    ("Lots of kids turn up at the port with no parents. Who helps them?", "UASC"),
    ("I'm 15 and look after my dad who's disabled. Is there help?", "young carers"),
    ("Is there support for kids who care for a poorly family member?", "young carers"),
    ("Who champions the schooling of kids in care?", "virtual school"),
    ("Who can I call in the middle of the night if a child is at risk?", "out-of-hours"),
    ("What happens when parents aren't feeding their children?", "neglect"),
    ("What did they think of our 'what if it goes wrong' plans?", "contingency plans"),
    ("Is being in care treated like race under the council's equality rules?", "protected characteristic"),
    ("Has the scheme that puts social workers into schools helped?", "SWIS"),
    # held-out-68 and -69, after they were measured
    ("did the plans for children spell out a fallback if things didn't get better?", "contingency plans"),
    ("my son is disabled and we have waited months for a night off", "short breaks"),
    ("how good is wiltshire at backing young adults who grew up under the council's wing?", "care leavers"),
    ("how was the support for young adults who grew up in foster or residential care?", "care leavers"),
    ("during covid were they struggling to hang on to social workers?", "workforce stability"),
    ("Did Bradford have a settled, experienced social work team?", "workforce stability"),
    ("did the visit say anything about teenagers getting stabbed?", "serious youth violence"),
    ("what did inspectors think of the way managers check their own casework?", "auditing"),
    ("were untrained staff the ones screening the calls?", "unqualified"),
    ("were child protection conferences still held online?", "virtually"),
    ("some safeguarding worries sent in through the web form just vanished", "online referrals"),
    ("did they keep looked-after kids nearby instead of sending them miles away?", "out of area"),
    ("does islington get school kids out to museums and theatres?", "cultural"),
    # held-out-74 and -75, after they were measured
    ("is slough finding it hard to hire social workers?", "recruitment"),
    ("are a lot of their frontline workers quite green?", "inexperienced"),
    ("was the constant churn of bosses behind the problems?", "senior leadership team"),
    ("did the people at the top keep changing?", "senior leadership team"),
    ("what happened with mums and dads who just wouldn't budge?", "resistant to change"),
    ("if a young adult who's left care is feeling low or anxious, is there help?", "emotional well-being"),
    ("how many of them were working or studying?", "education, employment and training"),
    ("what support do families get before things get bad enough for a social worker?", "early help"),
    ("had they sorted out the stuff ofsted flagged back in 2012?", "areas for development"),
    ("were schools sending loads of stuff that didnt really need a social worker?", "low-level"),
    ("were 16 and 17 year olds being housed in places nobody inspects?", "unregulated"),
    ("when a teacher or youth worker is accused of hurting a child, is it dealt with?", "LADO"),
    ("were children in care waiting for counselling?", "mental health"),
    ("does the council take a lot of kids away from their families?", "coming into care"),
    ("was anything done for mums who've had several kids removed?", "repeat removals"),
    ("were teenagers just put wherever there was a bed?", "sufficiency"),
    ("could the council trust its own numbers?", "data quality"),
    ("any complaints about the council's IT for kids' files?", "electronic case management system"),
    ("what about families who weren't bad enough to need a social worker?", "early help"),
    ("is anything done for social workers' mental health?", "staff well-being"),
    # held-out-86 and -88, after they were measured
    ("did they stop sending so many kids to live outside the city?", "out of area"),
    ("were teenagers still being put up in cheap guesthouses?", "bed and breakfast"),
    ("did care leavers know what help they could claim?", "rights and entitlements"),
    ("what was the one thing kids wished was different?", "change anything"),
    ("how did looked after kids do in their exams?", "GCSE"),
    # held-out-90 and -91, after they were measured
    ("what did ofsted say about housing for care leavers?", "accommodation"),
    ("were staff giving mums and dads too much benefit of the doubt?", "over-optimism"),
    # held-out-92, -94, -96 and -97, after they were measured
    ("were families dealing with a revolving door of caseworkers?", "changes of social worker"),
    ("was there a revolving door at the top?", "senior leadership team"),
    ("were kids being taken into care in a rush?", "emergency"),
    ("were teenagers being pulled into street crews?", "gangs"),
    ("were vulnerable kids left with nobody assigned to their case?", "unallocated"),
    ("could anyone take in a child at a moment's notice?", "foster carers"),
    ("was there support to stop teenagers being removed from their families?", "edge of care"),
    ("did they get into college, jobs or apprenticeships?", "education, employment and training"),
    ("how do they handle homes where one parent is violent towards the other?", "domestic abuse"),
    ("once social workers closed a family's case, did other help follow?", "stepped down"),
    ("did they ask care leavers for their opinions?", "views"),
    ("do kids get to keep the same social worker?", "workforce stability"),
    ("who actually runs children's social care in Kingston?", "delegated"),
    ("if a child had to leave home, was there anywhere local for them to live?", "placements"),
    # held-out-93 and -95, after they were measured
    ("were they struggling to find people and then hang on to them?", "recruitment"),
    ("were there lots of people coming and going among managers?", "workforce stability"),
    ("can families get support before things reach crisis point?", "early help"),
    ("how good were they at finding forever families?", "adoption"),
    # held-out-109 and -110, after they were measured; the first with its articles taken out
    ("how many had a job or a college place?", "education, training and employment"),
    ("how were looked after kids doing in their GCSEs?", "key stage 4"),
    ("were young adults getting shunted from one flat to another?", "move too often"),
    ("could the council produce reliable figures about its own work?", "performance management information"),
    ("were a lot of children in care being placed a long way off?", "out of area"),
    # stop 44's blind sets, after they were measured
    ("how many got sent home from school for a few days, or kicked out for good?", "permanent exclusions"),
    ("how many children did the officers who run the regular review meetings have?", "IRO"),
    ("does the council know how many children aren't getting any schooling at all?", "missing education"),
    ("is there a number care leavers can ring day or night?", "out-of-hours"),
    ("do they notice a child who is also looking after a poorly or disabled parent?", "young carers"),
    ("were brothers and sisters kept together?", "siblings"),
    ("how good is the support families get once an adoption has gone through?", "adoption support"),
]


@pytest.mark.parametrize(("question", "term"), EVERYDAY)
def test_everyday_words_add_the_reports_words(question: str, term: str) -> None:
    assert term in expansions(question)


# Questions in the reports' own words, and everyday questions on nothing the glossary knows.
UNCHANGED = [
    "What did Ofsted say about caseloads?",
    "How well are children looked after in Leeds?",  # "looked after" is not neglect
    "What did the 2019 inspection say about supervision?",
    "Do children in care get library cards?",
    "What is the capital of France?",
    "Misunderstandings between doctors and patients can lead to non-adherence.",  # a SciFact claim
    "CD28 signals regulate trafficking of murine auto-reactive T cells into target tissues.",
    "Healthy volunteers exhibit rapid and transient increase of cellular ATP.",
    "Anxiety and depression are more common in unemployed adults.",  # a medical claim's words
    # alone with a social worker, or living alone: no one arriving
    "Are children seen on their own, without parents in the room?",
    "Do care leavers get help to live on their own?",
    "What action was taken in children's services?",  # "taken in" a service, no child taken in
    "Does pre-court work keep children out of care proceedings?",  # not kept out of care
    "Do care leavers get apprenticeships or jobs inside the council?",  # a council's own jobs
]


@pytest.mark.parametrize("question", UNCHANGED)
def test_questions_in_the_reports_words_are_left_alone(question: str) -> None:
    assert expand_query(question) == question


def test_words_already_in_the_question_are_not_added_again() -> None:
    assert "advocacy" not in expansions("Is there advocacy so children can speak up?")
    extra = expansions("Do children who run away and go missing get return home interviews?")
    assert len(extra) == len(set(extra))
    assert "return home interviews" not in extra


def test_an_article_between_an_entrys_words_does_not_hide_them() -> None:
    question = "kids with a job or a college place"
    work = "education, training and employment"
    spans = [question[s:e] for s, e, terms in everyday_spans(question) if work in terms]
    assert spans == ["job or a college"]  # the span of the question's own words, articles included


def test_every_entry_compiles_and_names_words() -> None:
    assert len(_COMPILED) == len(GLOSSARY)
    for entry in GLOSSARY:
        assert entry.triggers and entry.terms
        assert all(t.strip() == t and t for t in entry.terms)


def test_best_of_keeps_each_ids_best_score() -> None:
    assert best_of([[("a", 0.2), ("b", 0.1)], [("b", 0.5)]], k=5) == [("b", 0.5), ("a", 0.2)]
    assert best_of([[("a", 0.2)], []], k=1) == [("a", 0.2)]
    assert best_of([], k=3) == []


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("What happens to a child who runs away from care?", "delegated"),  # runs away, runs nothing
        ("Did managers record their thoughts on the case?", "wishes and feelings"),  # not the child's
        ("Were there people coming and going from the family home?", "workforce stability"),  # visitors
        ("Were children in the home violent towards each other?", "domestic abuse"),  # peers
        ("Are foster carers in danger of quitting?", "LADO"),  # no danger to a child
        ("Can you give me a rundown of what Ofsted said?", "poor-quality"),  # a summary, not run down
        ("Were children seen within 24 hours of a referral?", "out-of-hours"),  # timeliness
        ("How many parents made official complaints?", "special guardianship"),  # not a legal order
    ],
)
def test_a_trigger_fires_only_in_its_own_sense(question: str, term: str) -> None:
    assert term not in expansions(question)


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("How well did workers keep in touch with care leavers who were in custody?", "prison"),
        ("How well did Wandsworth handle allegations against teachers?", "allegations against adults"),
        ("What perks can young people who have grown up in Stockport's care get?", "local offer"),
    ],
)
def test_everyday_words_of_the_later_entries(question: str, term: str) -> None:
    assert term in expansions(question)


def test_perks_for_staff_are_no_care_leavers_entitlements() -> None:
    assert "local offer" not in expansions("What perks does Kent offer to recruit social workers?")
