"""The glossary's later entries: schools, health, records, money, meetings and the words of grades.

Read by ``assistant/glossary.py`` after those in ``assistant/glossary_entries.py``.
"""

from __future__ import annotations

from assistant.glossary_entries import Entry, entry

MORE: tuple[Entry, ...] = (
    # Since 2021 the Department for Education says "suspension" for what the
    # reports (and its own earlier guidance) call a fixed-term exclusion.
    entry(
        "(?:suspended|suspensions?) from (?:school|lessons|class)|school suspensions?|suspension rates?|"
        "(?:expelled|excluded|kicked out|thrown out)(?: from)? (?:of )?school|"
        "sent home from (?:school|lessons|class)|"
        "(?:kicked|thrown) out for good|expelled|"
        "skipp(?:ed|ing) (?:school|lessons|classes)|truan\\w+|bunk(?:ing|ed) off|playing truant",
        "fixed-term exclusions|permanent exclusions|persistent absence|school attendance",
    ),
    # A council's record over time: "turned things round", "branded failing".
    entry(
        "turn(?:s|ed|ing)? (?:things|it|itself|services|the service|the council)? ?(?:a)?round|turn-?around|"
        "turned the corner|back on track",
        "improved|progress",
    ),
    entry(
        "branded (?:as )?(?:failing|failures?|poor)|(?:was |were |is |as )failing|"
        "failed (?:its|their|an?) inspection",
        "inadequate",
    ),
    entry(
        "(?:gone|went|going|go) (?:downhill|backwards?)|(?:got|getting|gotten) worse",
        "deteriorated|declined",
    ),
    # Help that depends on where a family lives: the reports say practice "varies across" the area.
    entry(
        "postcode lottery|depends? (?:on )?where (?:you|they|families|children) live", "varies|inconsistent"
    ),
    # What an earlier inspection asked for ("the stuff ofsted flagged back in 2012"), not any concern.
    entry(
        "(?:stuff|things|issues|problems|concerns|weaknesses) (?:\\w+ ){0,3}"
        "(?:flagged|raised|pointed out|picked up) (?:back )?(?:in (?:19|20)\\d\\d|last time|previously|"
        "at the (?:last|previous|earlier) (?:inspection|visit))",
        "previous inspection|areas for development|areas for improvement|since the last inspection",
    ),
    # Everyday words for children and the people who work with them.
    entry("kids|kiddies", "children"),
    entry(
        "(?:have|having|has|get|gets|getting|given) (?:a|their) say in|"
        "(?:forum|group|council|panel) (?:for|of) (?:kids|children|young people) in care",
        "children in care council|participation",
    ),
    entry(
        "look(?:s)? like (?:the |their |local )?(?:community|communities|people|families|area)|"
        "(?:same|similar) backgrounds? (?:as|to)|reflects? (?:the |their |local )?(?:community|communities)",
        "diversity|diverse|reflects the diversity",
    ),
    entry("faith|religions?|beliefs", "religious|cultural|culture|identity"),
    entry("smack\\w*|hitting (?:their )?(?:kids|children)", "physical chastisement|physical punishment"),
    entry(
        "(?:people|families|couples|parents|those|adults) (?:wanting|who want(?:ed)?|hoping|looking) "
        "to adopt|would-be adopters|wannabe adopters",
        "prospective adopters|adopters",
    ),
    entry(
        "(?:from|in) (?:abroad|overseas|other countries)|foreign (?:social workers|staff|workers)",
        "international recruitment|internationally recruited|international social workers",
    ),
    entry(
        "hobbies|what (?:they|teenagers|young people|children|kids) (?:are|were|'re) into|pastimes",
        "interests|activities",
    ),
    # Health: the reports say "immunisations".
    entry("jabs?|vaccinations?|vaccinated", "immunisations|immunisation"),
    # Letters written for a child's later life.
    entry(
        "letters?\\b[^.?!]{0,80}?\\b(?:when (?:they(?:['’]re| are) )?older|(?:grow|grown|growing) up|"
        "later in (?:their )?life)",
        "later life letters|later-life letters",
    ),
    entry(
        "(?:as if|like) (?:it|this|that) (?:was|were|is) (?:their|his|her) (?:own )?fault|"
        "blam(?:e|es|ed|ing) (?:the )?(?:child|children|young people|kids|victims?)|victim[- ]blam\\w*",
        "victim-blaming|victim blaming|blaming language",
    ),
    # Babies who cannot yet move about: the reports say "non-mobile".
    entry(
        "too young to (?:crawl|walk|move)|(?:not|can['’]t|cannot) (?:yet )?(?:crawl|walk)\\w*|"
        "not (?:yet )?mobile",
        "non-mobile|pre-mobile",
    ),
    entry("racism|racist|racial discrimination", "anti-racist|anti-racism|anti-discriminatory"),
    entry("family doctors?", "GPs|general practitioners"),
    # The Mockingbird model of fostering: a hub carer and a constellation of foster families.
    entry(
        "hub (?:carers?|homes?|foster carers?)|(?:cluster|group|network) of foster (?:families|carers|homes)",
        "Mockingbird|constellation",
    ),
    entry("strip[- ]search\\w*", "Child Q"),
    # Schools told when police attend domestic abuse at a child's home.
    entry(
        "schools?[^.?!]{0,40}\\b(?:hears?|heard|told|tells|know|knows|informed|find out)\\b"
        "[^.?!]{0,60}\\bpolice",
        "Operation Encompass",
    ),
    entry(
        "(?:put|putting|get|getting|lay|laying) (?:their )?bab(?:y|ies) (?:down )?to sleep|cot deaths?|"
        "sleep(?:ing)? safely",
        "safe sleeping|safer sleeping|sudden unexpected death in infancy",
    ),
    # Money put in: "how much extra money did the council find?"
    entry(
        "(?:extra|more|additional|new) (?:money|cash|funding)|cash injections?|put (?:more )?money in",
        "investment|financial investment|additional funding",
    ),
    # Managers checking their own work: the reports' audits.
    entry(
        "check(?:s|ing|ed)? (?:their|its|our) own (?:case ?work|cases|work|files|practice)|"
        "(?:case|file|spot) checks?",
        "auditing|audits|quality assurance",
    ),
    entry(
        "untrained|not (?:properly )?trained|without (?:social work )?qualifications?",
        "unqualified",
    ),
    # Meetings on a screen, referrals through a website.
    entry(
        "online (?:meetings?|conferences?)|"
        "(?:meetings?|conferences?) (?:(?:held|run|still|being|done) )*online|"
        "on (?:zoom|teams)|video calls?",
        "virtual|virtually",
    ),
    entry("web ?forms?|online forms?|web portal|website", "online|online referrals|portal"),
    # Homes far away: the reports' "out of area" placements.
    entry(
        "miles (?:away|from home)|far (?:away )?from home|(?:a )?long way (?:away|off|from home)|far off|"
        "close to home|near(?:er)? (?:to )?home|nearby|"
        # "sending so many kids to live outside the city"
        "(?:live|living|lives|placed|sent|sending|send|moved|moving) (?:\\w+ )?outside (?:the |of )?"
        "(?:city|county|borough|area|town)",
        "out of area|at a distance|distance from home",
    ),
    entry(
        "museums?|theatres?|(?:art )?galleries|concerts?|days? out|trips? out",
        "cultural|enrichment|activities",
    ),
    # Slang for the police ("how the cops deal with kids who run off").
    entry("cops|coppers|(?:the )?old bill|the feds", "police"),
    # Plans for when things go wrong, the law that names care experience, social workers in schools.
    entry(
        "what if (?:it|things|something) go(?:es)? wrong|plan b|back-?up plans?|fall-?backs?(?: plans?)?",
        "contingency plans|contingency planning",
    ),
    entry(
        "(?:same (?:way )?as|like) (?:race|ethnicity|disability|sex|gender|religion)\\b|"
        "equality (?:rules|law|act|duty)",
        "protected characteristic",
    ),
    entry(
        "social workers? (?:in|into|based in|placed in|working in) schools",
        "social workers in schools|SWIS",
    ),
    # What is sent to the council that needs no social worker: the reports' low-level contacts
    # that do not meet the threshold.
    entry(
        "(?:did ?n[o'’]?t|does ?n[o'’]?t|do ?n[o'’]?t) (?:really |actually )?need (?:a )?social workers?|"
        "(?:did|does|do) not (?:really |actually )?need (?:a )?social workers?|"
        "(?:did ?n[o'’]?t|does ?n[o'’]?t|do ?n[o'’]?t|did not|does not|do not) (?:really |actually )?need "
        "(?:children'?s )?social care",
        "low-level|do not meet the threshold|inappropriate referrals",
    ),
    # Homes that no inspectorate registers: the reports' unregulated and unregistered placements.
    entry(
        "(?:places|homes|accommodation|housing|flats?|hostels?|bedsits?) (?:that )?(?:nobody|no one|no-one) "
        "(?:inspects|checks|regulates|registers)|"
        "(?:not|never) (?:inspected|regulated|registered) by (?:anyone|ofsted)",
        "unregulated|unregistered",
    ),
    # Talking help: the reports' mental health services.
    entry(
        "counsell?ing|emotional support|talking therap(?:y|ies)", "mental health|CAMHS|emotional well-being"
    ),
    entry("(?:children['’]s|kids['’]?|young people['’]s) mental health (?:services?|teams?)", "CAMHS"),
    # Children taken from their families: the reports' children coming into care.
    entry(
        "take[sn]? (?:a lot of |many |too many |more )?(?:kids|children) (?:away )?from (?:their )?"
        "(?:families|parents|homes|mums)|(?:kids|children) (?:being )?taken (?:away|off (?:their )?parents)",
        "come into care|coming into care|care proceedings",
    ),
    # Keeping a child at home: the reports' "edge of care" work, children "needing to come into care".
    entry(
        "(?:being |be |having to be )?removed from (?:their |his |her )?(?:families|family|homes?|parents)|"
        "(?:stay|stays|staying|kept|keep|keeping) (?:them |children |kids )?out of care(?! proceedings)",
        "edge of care|come into care",
    ),
    entry("therapists?|psychiatrists?|psychologists?|counsell?ors?", "CAMHS|mental health"),
    # Brothers and sisters: the reports' siblings ("sibling groups", "sibling assessments").
    entry("brothers (?:and|or) sisters|sisters (?:and|or) brothers", "siblings|sibling"),
    # Mothers who lose one child after another: the reports' Pause and recurrent proceedings.
    entry(
        "(?:mums|mothers|women|parents) who(?:['’]ve| have)? (?:had |lost )?(?:\\w+ )?"
        "(?:kids|children|babies) (?:removed|taken)",
        "repeat removals|recurrent removals",
    ),
    entry(
        "wherever there (?:was|is) (?:a )?(?:bed|space|room)|"
        "whatever (?:bed|placement) (?:was|is) (?:free|available)",
        "sufficiency|matching|choice of placement",
    ),
    entry(
        "trust (?:its|their) (?:own )?(?:numbers|figures|data)|"
        "(?:numbers|figures|data) (?:were |are )?(?:wrong|unreliable|not right|dodgy)",
        "data quality|performance data|accuracy",
    ),
    entry(
        "(?:reliable|accurate|basic) (?:numbers|figures|data|information)",
        "performance management information|accurate data|data quality",
    ),
    entry(
        "(?:IT|computer) (?:systems?|set-?up)|(?:IT|computer) for (?:kids|children)['’]?s? (?:files|records)|"
        "(?:council|department|service)['’]s IT\\b|software|records? systems?",
        "electronic case management system|recording system",
    ),
    entry(
        "(?:were ?n['’]?t|were not|are ?n['’]?t|are not|not) bad enough "
        "(?:to need|for) (?:a )?social workers?",
        "early help|threshold",
    ),
    entry(
        "social workers['’]? (?:own )?(?:mental health|well-?being|stress)|stressful (?:the )?job",
        "staff well-being|wellbeing|support for staff",
    ),
    # Whether staff like the work: the reports say "morale" and "enjoy working".
    entry(
        "(?:like|enjoy|love|hate) (?:their|the|working in their) (?:jobs?|work)|happy (?:at|in their) work|"
        "job satisfaction|(?:in )?(?:good|high|low) spirits|fed up|demoralised|downbeat|upbeat",
        "morale|enjoy working",
    ),
    # Plans about the parents: the reports' "adult focused" plans.
    entry(
        "(?:about|on|for) the (?:grown-?ups|adults|parents) (?:rather )?than the (?:kids|children)|"
        "grown-?ups",
        "adult focused|adult-focused",
    ),
    # When the plan's actions are due: "timescales".
    entry(
        "by when|deadlines?|target dates?|how long (?:things|actions) (?:would|should) take",
        "timescales|timely",
    ),
    entry("schooling", "education"),
    entry("housing|housed|rehoused", "accommodation"),
    # Trusting parents too far: the reports' "over-optimism" about parents' capacity to change.
    entry(
        "benefit of the doubt|rose[- ]tinted|"
        "too (?:trusting|hopeful|positive) about (?:the )?(?:parents|mums|dads|families)",
        "over-optimism|over-optimistic|optimistic",
    ),
    # What a care leaver may claim: the reports' "rights and entitlements" and "local offer".
    entry(
        "(?:what|which) (?:help|support|money|grants?) (?:they|you) (?:could|can|were|are) "
        "(?:claim|get|entitled to)|entitled to|(?:their|your) rights|"
        # "what perks can young people who grew up in Stockport's care get?"
        "(?:perks|freebies)(?=[^?.]{0,60}\\b(?:in care|['’]s care|care leavers?|leaving care|left care)\\b)",
        "rights and entitlements|entitlements|local offer",
    ),
    # What children would have otherwise: "if they could change anything, they would like ...".
    entry(
        "wish\\w* (?:\\w+ ){0,2}(?:was|were|could be) different|(?:would|wanted to|want to) change",
        "change anything|would like",
    ),
    # Exams of children in care: the reports' GCSEs and attainment.
    entry("exams?|exam results", "GCSE|attainment|educational achievement"),
    # "how are children in care doing at school?": the reports' attainment and progress at school
    entry(
        "(?:doing|do|did|getting on|get on|got on|fare|faring|fared) (?:\\w+ )?(?:at|in) school",
        "educational attainment|educational progress|do well at school",
    ),
    entry("GCSEs?", "key stage 4|attainment|educational achievement"),
    # The meetings that decide whether a child needs a protection plan: "the big meetings about
    # keeping them safe".
    entry(
        "(?:big |formal |main )?meetings? (?:about|on|for|to decide (?:on|about)) (?:keeping )?"
        "(?:them|him|her|children|kids|the child|a child|the kids) safe",
        "child protection conferences|conferences",
    ),
    # A young person's first home of their own: the reports' independent accommodation.
    entry(
        "(?:their|his|her|your) own (?:flats?|places?|tenanc(?:y|ies)|bedsits?)|"
        "(?:move|moving|moved) on to independence",
        "independent accommodation|independent living|tenancy",
    ),
    entry("school ?(?:girls?|boys?|kids|children)", "pupils|children"),
    # A child's guardian for good: the reports' special guardianship (not the court's children's guardian).
    entry(
        "permanent (?:legal )?guardians?(?:ship)?|"
        "(?:become|becoming|became) (?:\\w+ ){0,2}(?:permanent|legal|special) guardians?|"
        # relatives bringing a child up: "was it made legally official?"
        "(?:made|make|making) (?:it |them |this |that )?legally official",
        "special guardianship|special guardianship orders",
    ),
    # The dentist: "dental checks", "dental appointments", as the reports say.
    entry(
        "dentists?|(?:their|his|her|kids['’]?|children['’]s) teeth|teeth (?:looked at|checked|seen to)",
        "dental|dental checks|dental appointments",
    ),
    # Help after an adoption or a guardianship order: the reports' adoption support.
    entry(
        "adopt\\w*[^?.;]{0,80}\\b(?:keep|keeps|kept|keeping) (?:on )?(?:helping|supporting)|"
        "(?:help|support)\\w* (?:\\w+ ){0,4}(?:after|once) (?:the )?"
        "(?:adoption|adopting|you adopt|they adopt|people adopt)",
        "adoption support|post-order support|special guardianship support",
    ),
    entry("grotty|manky|run[- ]down|squalid", "poor-quality|poor quality|poor condition"),
    # A question for a grade is answered by a sentence that states one.
    entry(
        "(?:overall )?(?:grade[sd]?|judgements?|judged|rated|ratings?|effectiveness)",
        "inadequate|requires improvement|good|outstanding",
    ),
)
