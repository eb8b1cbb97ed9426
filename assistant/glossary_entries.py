"""The glossary's entries: everyday words a question may use and the reports' words for them.

Read by ``assistant/glossary.py``, which says how they are used and how they were chosen;
``assistant/glossary_more.py`` holds the later ones.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Entry:
    triggers: tuple[str, ...]
    terms: tuple[str, ...]


def entry(triggers: str, terms: str) -> Entry:
    """'a|b' triggers, 'x|y' terms."""
    return Entry(tuple(triggers.split("|")), tuple(terms.split("|")))


# The entries on the work itself (``assistant/glossary_more.py`` holds the rest).
WORK: tuple[Entry, ...] = (
    # Children missing from home or care.
    entry(
        "run away|runs away|running away|ran away|runaways?|run off|runs off|running off|ran off|"
        "go missing|goes missing|went missing|gone missing|disappear\\w*|AWOL",
        "missing from home|missing from care|return home interviews",
    ),
    entry("return home interviews?", "missing from home|missing from care"),
    # Private fostering.
    entry(
        "(?:isn't|is not|aren't|are not|not) (?:their|a) parents?|family friends?|not related|"
        "(?:isn't|is not|aren't|are not|not) (?:a |their )?close relatives?|"
        "(?:look\\w*|car\\w*) (?:after|for) (?:a |my |our |their )?(?:friend|neighbour)['’]s "
        "(?:child|kid|son|daughter|\\d+[- ]year[- ]old)",
        "private fostering|privately fostered",
    ),
    # The front door.
    entry("MASH|multi-agency safeguarding hubs?", "multi-agency safeguarding hub|front door"),
    entry("front door", "multi-agency safeguarding hub|contacts and referrals"),
    entry(
        "(?:report|reports|reporting|reported|raise|raises|raising|raised) (?:a |their |any )?concerns?|"
        "worried about a child|first (?:call|contact)",
        "front door|contacts and referrals|multi-agency safeguarding hub",
    ),
    # Nights and weekends: the reports' out-of-hours or emergency duty service.
    entry(
        "(?:at|during|over|through) (?:the |a )?(?:night|nights|weekends?)|middle of the night|"
        "(?:nights?|evenings?) and weekends?|after hours|outside (?:office|working) hours|"
        # (not "within 24 hours", the commonest timeliness there is)
        "(?:day|night) (?:or|and) (?:day|night)|round[- ]the[- ]clock|24/7|"
        "24[- ]hours? (?:a day|help ?lines?|lines?|numbers?|phone lines?|services?)",
        "out-of-hours|emergency duty team|out of hours",
    ),
    # Professionals meeting about a child who may be at risk: a strategy meeting.
    entry(
        "(?:met|meet|meets|meeting|get together|got together)(?: \\w+ly)? "
        "to (?:plan|decide|discuss|talk about) "
        "(?:what to do|how to respond|next steps|a child|the child)|"
        # "when a kid might be at serious risk, were the police turning up to the meetings?"
        "(?:at|of) (?:serious |significant )?risk\\b[^.?!]{0,60}\\bmeetings?",
        "strategy meetings|strategy discussions",
    ),
    # Whether to investigate: the reports' "section 47 enquiries" after a "strategy discussion".
    entry(
        "child protection (?:investigations?|enquir(?:y|ies))|(?:start|open)\\w* an investigation",
        "section 47 enquiries|strategy discussions",
    ),
    # What a council knows of itself.
    entry(
        "(?:its|(?:council|authority|leaders)['’]s?) own (?:picture|view|assessment|understanding|idea)|"
        "(?:know|knows|knew|understand|understands|understood) (?:itself|themselves|its (?:own )?"
        "(?:strengths|weaknesses))|realistic (?:picture|view)|honest about itself",
        "self-evaluation|self-assessment|knows itself well",
    ),
    # Fathers.
    entry("dads?|daddies|fathers?(?:-| )figures?", "fathers|male carers"),
    # The workforce.
    entry(
        "(?:staff|social worker|workforce) (?:churn|turnover|leaving)|churn|turnover|keep(?:ing)? staff|"
        "retain(?:ing)? staff|retention|stick(?:s|ing)? around|stay(?:s|ing)? in (?:post|their jobs?)|"
        "quit(?:s|ting)?|(?:hold|holding|held|hang|hanging|hung) on(?:to| to) (?:\\w+ ){0,2}"
        "(?:staff|social workers|workers|people)|settled,? (?:\\w+ ){0,3}(?:team|teams|workforce|staff)|"
        # "keeping hold of its social workers", "do social workers stay long"
        "keep(?:s|ing)? hold of (?:\\w+ ){0,2}(?:staff|social workers|workers|people)|"
        "(?:staff|social workers|workers) (?:stay|stick) (?:long|around)",
        "workforce stability|agency staff|recruitment and retention|turnover",
    ),
    # Finding staff: the reports say "recruitment".
    entry(
        "hir(?:e|es|ed|ing)|"
        "(?:find|finding|found|attract\\w*) (?:new |enough |more |the right )?"
        "(?:social workers|staff|people)",
        "recruitment|recruitment and retention",
    ),
    # Staff new to the work: the reports say "inexperienced" or "newly qualified".
    entry(
        "(?:quite|very|a bit|too|rather|fairly|pretty|so) green|new to the (?:job|work|role)|"
        "wet behind the ears|fresh out of (?:uni|university|college|training)",
        "inexperienced|newly qualified social workers|less experienced",
    ),
    # A child's social worker who keeps changing: "too many changes of social worker".
    entry(
        "revolving door of (?:social )?(?:workers|caseworkers|case workers)|"
        "(?:keep|keeps|kept) (?:changing|getting new|having new) (?:social )?workers?|"
        "(?:string|succession|series|stream|conveyor belt) of (?:different |new )?(?:social )?workers",
        "changes of social worker|changes in social worker|turnover",
    ),
    entry("caseworkers?|case workers?", "social workers"),
    # Who provides the service: some councils delegate it to a trust or company.
    entry(
        "who (?:actually |really )?runs (?:the )?(?:council['’]s )?children['’]s (?:social care|services)|"
        "run by (?:a |an )?(?:trust|company|charity)|"
        "(?:run|runs|running) (?:its|their) own children['’]s (?:social care|services)",
        "delegated|statutory functions|trust|company",
    ),
    # A new family for good: the reports' adoption and permanence.
    entry("forever (?:famil(?:y|ies)|homes?|parents|mums?|dads?)", "adoption|adopters|permanence"),
    # The same worker over time: the reports say "workforce stability", "consistency of workers".
    entry(
        "(?:keep|keeps|kept|have|has|had|get|gets) the same (?:social )?workers?|"
        "(?:staff|workers|social workers|managers|leaders) (?:\\w+ )?coming and going|"
        "coming and going (?:among|of|in) (?:the )?(?:managers|staff|leaders|social workers|workforce)",
        "workforce stability|consistency of workers|changes of social worker|stable workforce",
    ),
    # Taken into care in a hurry: the reports say "in an emergency", "unplanned".
    entry(
        "in a (?:rush|hurry|panic)|rushed (?:into|in)|at (?:short|a moment'?s|no) notice|"
        "(?:at the )?last[- ]minute",
        "emergency|unplanned",
    ),
    # Leaders who keep changing: "instability in the senior leadership team".
    entry(
        "(?:people|bosses|managers|leaders) at the top|top (?:team|bosses|brass|jobs?)|"
        "(?:churn|turnover|changes?|merry-go-round|revolving door) (?:of|in|among|at) (?:the )?"
        "(?:bosses|leaders|directors|senior (?:leaders|managers)|(?:the )?top)|"
        "(?:bosses|leaders|directors) (?:keep|kept) (?:changing|leaving)",
        "senior leadership team|instability|changes in leadership",
    ),
    entry(
        "agency (?:staff|workers|social workers)|locums?|temps?|temporary (?:staff|social workers|workers)|"
        "contract (?:staff|workers)",
        "workforce stability|agency social workers|agency staff|interim",
    ),
    entry(
        "overloaded|overworked|over-stretched|too much work|too busy|swamped|snowed under|"
        "too many (?:families|cases)|"
        "(?:too many|number of|how many) (?:cases|children per)|workloads?|juggl(?:e|es|ed|ing)",
        "caseloads",
    ),
    # A child with no social worker: the reports say "allocated" or "unallocated".
    entry(
        "(?:without|no|waiting for|wait for|waits for|never had|not have|not having) "
        "(?:a |an |their own |any )?(?:named |dedicated |regular )?social workers?(?: of their own)?|"
        "(?:nobody|no-one|no one|no worker) (?:\\w+ )?(?:assigned|allocated|responsible)(?: to)?",
        "allocated worker|unallocated|allocated social worker",
    ),
    entry(
        "one-to-one|one to one|(?:time|meetings?|catch[- ]ups?|sessions?) with (?:their )?"
        "(?:managers?|bosses|team leaders?|seniors?)",
        "supervision|reflective supervision",
    ),
    entry(
        "bosses|keep(?:s|ing)? (?:a close |an |a )?(?:eye|check|tabs) on|"
        "check(?:s|ing)? (?:on )?(?:the |their )?work",
        "management oversight|managers",
    ),
    # Services that share an office: the reports say "co-located".
    entry(
        "sit(?:s|ting)? (?:alongside|together|with)|(?:based|working) alongside|side by side|"
        "under one roof|(?:in|share|sharing) the same (?:office|building|room|team)",
        "co-located|co-location",
    ),
    # Care leavers.
    entry(
        "leaving care|left care|leave care|care leavers?'? workers?|after care|aftercare",
        "care leavers",
    ),
    entry("personal advisers?|PAs", "care leavers|pathway plans"),
    entry("(?:leaving[- ]care|care leavers?['’]?|aftercare) (?:workers?|advis[eo]rs?)", "personal advisers"),
    entry(
        "grew up in care|(?:former|ex-)(?:children|young people) in care|care[- ]experienced|"
        "(?:young people|young adults) (?:who (?:have )?left|leaving|who grew up in) "
        "(?:foster (?:or residential )?|residential )?care|"
        "(?:brought up|grew up|raised) (?:under|in the care of|by) (?:the )?(?:council|local authority)",
        "care leavers",
    ),
    entry(
        "(?:stay\\w*|remain\\w*|carr\\w* on living|liv\\w+) with "
        "(?:their )?(?:former )?foster (?:carers|families|parents)|"
        "(?:after|once|when) (?:they )?(?:turn|turned|turning|reach|reached) 18|beyond 18|past 18",
        "staying put",
    ),
    entry(
        "B&Bs?|B and Bs?|bed and breakfasts?|guest ?houses?|cheap hotels?|hostels?|"
        "(?:somewhere|a place|places) to live|"
        "(?:a )?(?:home|flat|place) of their own",
        "accommodation|suitable accommodation|bed and breakfast",
    ),
    entry(
        "homeless\\w*|nowhere to (?:live|sleep|stay|go)|(?:sofa|couch)[- ]surf\\w*|sleeping rough|"
        "on the streets|(?:kicked|thrown|chucked|turfed) out (?:by|of|from) (?:their |the )?"
        "(?:famil(?:y|ies)|homes?|parents?|house)",
        "homeless 16- and 17-year-olds|homelessness",
    ),
    # What a care leaver is told of their own health: the reports say "health histories".
    entry(
        "medical (?:backgrounds?|histor(?:y|ies)|records?|information|details)|health records?",
        "health histories|health history",
    ),
    # Care leavers and children in prison: the reports say "custody".
    entry(
        "locked up|behind bars|in (?:prison|jail|gaol)|(?:prisons?|jails?|young offender institutions?)",
        "custody|youth justice",
    ),
    # ... and the other way: a care leaver "in custody" is one "in prison" in other reports.
    entry("(?:in|into|from|leaving|left|released from) custody", "prison|custody"),
    # A council's systems attacked: "hacked" is "a cyber-attack" in the reports.
    entry("hacked|hackers?|hacking|ransomware", "cyber-attack|cyber attack"),
    # Leaders new in post.
    entry(
        "new (?:bosses|management|managers|people in charge|leaders)|"
        "(?:bosses|people) (?:in charge|running things)",
        "leadership team|senior leaders|new leadership",
    ),
    # Children who arrive alone.
    entry(
        "refugees?|refuge|asylum|asylum[- ]seekers?|"
        # alone on arriving: "seen on their own" and "living on their own" are no refugees
        "(?:arriv\\w*|came|come|coming|reached|travell?\\w*|fled|fleeing|turn\\w* up|"
        "in (?:the UK|this country|England))"
        "(?: [\\w’'-]+){0,4}? (?:alone|on their own|(?:without|with no) (?:their )?(?:parents|family))",
        "unaccompanied asylum-seeking children|separated migrant children|UASC",
    ),
    entry("UASC", "unaccompanied asylum-seeking children|separated migrant children"),
    entry("separated migrant children", "unaccompanied asylum-seeking children|UASC"),
    # Harm outside the home, and at home.
    entry(
        "groom\\w*|gangs?|county lines|drug running|exploited|drug dealing|dealing drugs|selling drugs|"
        "(?:street|drug|criminal) crews|criminal groups|organised crime groups|"
        "trafficked|(?:child|children|drug|people) trafficking",
        "exploitation|child sexual exploitation|child criminal exploitation|county lines",
    ),
    entry("(?:street|drug|criminal) crews|criminal groups|organised crime groups", "gangs"),
    entry(
        "stabb\\w*|knife crime|knives|street crime|gang violence|youth violence",
        "serious youth violence|exploitation|extra-familial harm",
    ),
    entry("CSE", "child sexual exploitation"),
    entry("CCE", "child criminal exploitation"),
    entry("FGM", "female genital mutilation"),
    entry("female genital mutilation", "FGM"),
    entry(
        "domestic violence|violence (?:at|in the) home|violence between|"
        "violent (?:homes?|parents?|partners?)|abusive (?:relationships?|partners?)|"
        "(?:violent|violence) (?:towards?|to|against) (?:the other(?: parent)?|"
        "(?:their|his|her|a) (?:partners?|wife|husband|girlfriend|boyfriend))|"
        "hit(?:s|ting)? (?:their|his|her) (?:partners?|wife|husband|girlfriend|boyfriend)",
        "domestic abuse",
    ),
    entry(
        "(?:not|\\w+n't) (?:being )?(?:properly )?(?:look\\w* after|cared for|fed|feeding)|basic needs|"
        "hungry|unkempt|dirty homes?",
        "neglect|neglectful",
    ),
    entry("LADO", "local authority designated officer|allegations"),
    entry(
        "allegations (?:made )?against (?:(?:a|an|the|their|other|[\\w-]+,?)\\s+){0,3}?"
        "(?:staff|professionals|adults|people|teachers?|coach(?:es)?|volunteers?|youth workers?|carers?)\\b|"
        "(?:adults?|people) (?:who work|working) with (?:children|kids|young people)|"
        "(?:teacher|coach|volunteer|youth worker|childminder|foster carer)s?\\b[^?.]{0,40}\\b"
        "(?:harmed|abused|hurt|hurting|harming|abusing|accused|"
        "(?:a )?(?:danger|risk|threat) to (?:children|kids|young people|pupils|them))|"
        # "a member of staff is accused of harming a pupil", "a worry about a colleague's behaviour"
        "(?:member of staff|staff member|colleague)s?\\b[^?.]{0,30}\\baccused\\b|"
        "(?:worry|worries|concerns?) about (?:a |an |the )?"
        "(?:colleague|member of staff|staff member|teacher)",
        "local authority designated officer|LADO|allegations against adults",
    ),
    # Children who care for someone at home.
    entry(
        "(?:look\\w*|car\\w*) (?:after|for) (?:a |their |his |her |my |our )?"
        "(?:(?:poorly|ill|sick|disabled|unwell)(?: or | and | ))+"
        "(?:parents?|mums?|dads?|brothers?|sisters?|relatives?|family members?)|"
        # "a child they're involved with is also looking after a parent at home"
        "(?:child(?:ren)?|kids?|young (?:person|people)|teenagers?|sons?|daughters?)\\b[^.?!]{0,50}"
        "\\b(?:looking after|caring for) "
        "(?:their |his |her )?(?:parents?|mums?|dads?|mother|father)(?: at home)?\\b|"
        # "I look after my mum who's poorly"
        "(?:look\\w*|car\\w*) (?:after|for) (?:a |their |his |her |my |our )"
        "(?:parents?|mums?|dads?|mother|father|brothers?|sisters?|relatives?|family members?),? "
        "(?:who['’]s|who is|who are|that is) (?:\\w+ )?(?:poorly|ill|sick|disabled|unwell)|"
        # said by the parent: "my 14 year old does a lot of looking after me"
        "(?:my|our) (?:\\d+[- ]year[- ]old|son|daughter|kids?|child|children|boy|girl|teenager)\\b"
        "[^.?!]{0,30}\\blook\\w* after "
        "(?:me|us|(?:her|his|their) (?:mum|dad|mother|father|parents?|brothers?|sisters?))\\b",
        "young carers",
    ),
    # Children in care.
    entry("IROs?", "independent reviewing officers"),
    entry("independent reviewing officers?", "IRO"),
    entry(
        "(?:officers?|people|staff|workers?|those) who (?:chair|run|lead|check) (?:the |their |a )?"
        "(?:regular |statutory )?(?:children['’]s |kids['’] |child['’]s )?"
        "(?:review meetings?|reviews|care plans|plans)",
        "independent reviewing officers|IRO",
    ),
    entry(
        "speak up|speaking up|stick up|stand up|(?:have|having) (?:their|a) say|speak for them|on their side|"
        "(?:be|being|are|is) heard|champions?",
        "advocacy|advocates|independent visitors",
    ),
    entry(
        "befriend\\w*|mentors?|(?:adult|someone|a person) (?:to|who) visits?",
        "independent visitors|independent visitor",
    ),
    entry(
        "what (?:children|young people|they) (?:themselves )?(?:think|want|feel|say)|"
        "listen\\w* to (?:children|young people|them)|(?:children|young people)(?:'s|'|\u2019s|\u2019)? "
        "(?:views|opinions|wishes)|(?:children|young people|care leavers|kids|teenagers)\\b[^?.]{0,40}"
        "\\bfor (?:their|his|her) (?:opinions?|thoughts)",
        "wishes and feelings|views|voice",
    ),
    entry(
        "(?:keep|keeps|kept|having to|have to) (?:moving|move)|"
        "(?:move|moves|moving|moved|shunted|shuffled|bounced) (?:\\w+ )?"
        "(?:from one (?:home|placement|foster home|flat|place|house)|"
        "between (?:homes|placements|foster homes|flats))|"
        "(?:lots of|too many|frequent) moves|settled homes?|stable homes?|"
        "(?:shunted|shuffled|pushed|bounced|moved) (?:about|around)",
        "placement stability|placement moves|move too often",
    ),
    entry(
        "(?:a|the|their) (?:doctor|GP|dentist)s?|(?:health|medical) (?:checks?|check-ups?)|check-ups?|dental",
        "health assessments|health needs",
    ),
    # Caring for someone else's child at home: the reports say "foster carers", "foster placements".
    entry(
        "(?:take|takes|taking|took|taken) in (?:a |an |the )?"
        "(?:child|children|kids?|teenagers?|youngsters?)(?![’'])",
        "foster carers|foster placements",
    ),
    # Somewhere for a child to live: the reports' placements and sufficiency.
    entry(
        "(?:anywhere|somewhere) (?:\\w+ ){0,3}?(?:for (?:them|children|kids) )?to (?:live|stay)(?! with)",
        "placements|sufficiency|suitable accommodation",
    ),
    entry(
        "not enough (?:foster carers|placements|homes)|shortage of (?:foster carers|placements|homes)",
        "sufficiency|placement sufficiency",
    ),
    entry(
        "(?:school\\w*|education) (?:of|for) (?:children|kids|young people) in care|"
        "school for children in care",
        "virtual school",
    ),
    entry(
        "councillors|elected members|politicians|council leaders|council members",
        "corporate parenting|corporate parents|elected members",
    ),
    # A council short of money: a section 114 notice says it cannot balance its budget.
    entry(
        "(?:money|budget|financial|funding|cash|spending) (?:crisis|crises|problems?|troubles?|black holes?)|"
        "bankrupt\\w*|went bust|gone bust|run out of money|ran out of money",
        "financial challenges|financial pressures|section 114|budget",
    ),
    entry("section 114", "financial challenges|financial pressures"),
    # Families before and at court.
    # Reconnecting children in care with people from their past: the reports' "Lifelong Links".
    entry(
        "(?:get|getting|got|gets) back in touch with|reconnect\\w* with|back in contact with|"
        "people who (?:mattered|matter|meant something) to (?:him|her|them)",
        "Lifelong Links",
    ),
    # Children brought up by relatives: "living with their grandparents, aunts and uncles".
    entry(
        "grand(?:parent|mother|ma|father|dad|pa)s?|grann(?:y|ies)|nans?|aunts?|aunties?|uncles?",
        "kinship care|kinship carers|connected carers",
    ),
    entry("SGOs?", "special guardianship"),
    entry("special guardianship", "SGO"),
    entry("PLO", "public law outline|pre-proceedings"),
    entry("pre-proceedings|public law outline", "PLO"),
    entry(
        "(?:before|ahead of|go(?:es|ing)? to|takes? (?:\\w+ ){0,2}to|taken to|taking (?:\\w+ ){0,2}to) court|"
        "court (?:action|cases?)|legal action",
        "pre-proceedings|Public Law Outline|care proceedings",
    ),
    # Parents who will not change: "resistant to change", "disguised compliance".
    entry(
        "(?:wouldn't|won't|would not|will not|don't|didn't|do not|did not|refus\\w*(?: to)?) "
        "(?:budge|change|engage|co-?operate)|uncooperative|dig(?:s|ging)? (?:their|in their) heels",
        "resistant to change|resistance|disguised compliance|engage",
    ),
    # Feeling low: the reports say "emotional well-being" and "mental health".
    entry(
        # (not "anxiety" or "depression" alone: a medical claim's words)
        "feel(?:s|ing)? (?:low|down|anxious|depressed|lonely|isolated)|struggl\\w* (?:mentally|emotionally)",
        "emotional well-being|mental health|emotional health",
    ),
    # Working or studying: "education, employment and training".
    entry(
        "(?:working|in (?:work|a job|jobs)|employed) or (?:studying|in (?:education|training|college))|"
        "(?:studying|in education|at college) or (?:working|in work)|jobs? (?:or|and) (?:college|training)|"
        "(?:college|training) (?:or|and) jobs?|NEETs?|college,? jobs?|"
        # "in work, college or training", "in jobs or training"
        "in work,? (?:college|education|school|studying),? (?:or|and) training|"
        "in (?:jobs?|employment),? (?:(?:college|education|school|studying),? )?(?:or|and) training",
        "education, employment and training|education, training and employment|"
        "not in education, employment or training",
    ),
    # Help before and after a social worker.
    entry(
        "early intervention|preventative|prevention|"
        "(?:lighter|earlier|low-level|lower-level) (?:support|help)|"
        "before (?:things|it|problems|matters) (?:get|gets|got|become|becomes) (?:bad|serious|worse)|"
        "before (?:things|it|problems|matters) (?:reach|reaches|reached|hit|hits|get to) (?:a )?crisis",
        "early help",
    ),
    entry(
        "(?:passed|handed|moved|transferred) (?:on |back |down )?to|"
        "(?:does not|doesn't|don't|do not|no longer) needs? (?:a )?social workers?",
        "stepped down|step down|early help",
    ),
    # A case closed: the reports say "stepped down" or that statutory intervention "ended".
    entry(
        "clos(?:e|es|ed|ing) (?:a |the )?(?:family['’]s |families['’] |child['’]s |their )?cases?",
        "stepped down|step down|case closure",
    ),
    entry(
        "respite|(?:a )?(?:break|breaks|rest|time away) from (?:caring|looking after)|"
        "(?:a|have a|get a) (?:break|rest)|time away|(?:a |the )?(?:night|nights|day|days|weekends?) off",
        "short breaks",
    ),
    entry(
        "(?:not|\\w+n't|never|stopped) (?:in|at|going to|attending) (?:any |a )?school|out of school|"
        "off school|(?:not|\\w+n't) in education|"
        "(?:not|\\w+n['’]t) (?:getting|receiving|having|get|receive|have) (?:any )?(?:schooling|education)|"
        "no schooling",
        "children missing education|missing education",
    ),
    entry(
        "home[- ]?school\\w*|taught at home|educated at home",
        "elective home education|electively home educated",
    ),
    # Where families drop in for early help.
    entry(
        "drop[- ]in (?:centres?|hubs?|places?)|(?:community|family) centres?",
        "family hubs|children's centres",
    ),
    # A social worker's visit in school time: "keeps pulling him out of class to see him".
    entry(
        "(?:pull\\w*|tak\\w*|took|dragg\\w*) (?:\\w+ ){0,2}out of (?:class|classes|lessons?)",
        "during school hours|missing lessons",
    ),
)
