# ruff: noqa: E501  (question texts and patterns are data, kept on one line each)
"""Writes ``evals/cross_council_questions.jsonl``: the cross-council questions and their gold.

How each gold set was found is in the file itself (``gold_search`` of a list
question, ``gold_source`` of a count) and here:

- Finding lists: every inspection report in scope (the normalised text of
  every Ofsted PDF, one file per document, as the project's reader produced
  it) is searched with the question's patterns (case-insensitive, whitespace
  collapsed). Every hit was read; hits that do not state the finding (it is
  praised, past, a recommendation, or about something else) are listed in
  ``excluded`` with the reason, and hits a careful reader could count either
  way are in ``ambiguous`` (neither right nor wrong when scored). Questions
  whose gold was listed by hand (``REVIEWED``) record how they were read, and
  since the third pass the councils read and not counted (``EXCLUDED``).
- Counts: ``ofsted_csc_ilacs_history.csv`` rows whose grade column and date
  (inspection end by default; publication where the question says
  "published") match.
- Comparisons: each named council's newest inspection report.

Run: ``python evals/cross_council_gold.py /tmp/ofsted-text ../shared/ofsted/ofsted_csc_ilacs_history.csv``
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

from assistant.authorities import GAZETTEER
from assistant.dates import inspection_period

OUT = Path(__file__).with_name("cross_council_questions.jsonl")


def reports(texts: Path) -> list[dict]:
    out = []
    for meta in sorted(texts.glob("reports/*/*.meta.json")):
        m = json.loads(meta.read_text(encoding="utf-8"))
        text = meta.with_name(meta.name[: -len(".meta.json")] + ".txt").read_text(encoding="utf-8")
        _, end = inspection_period(text)
        if m.get("doc_type") != "inspection report" or not end or not m.get("authorities"):
            continue
        out.append(
            {"doc": m["doc_id"], "council": m["authorities"][0], "end": end, "text": " ".join(text.split())}
        )
    return out


def search(docs: list[dict], patterns: list[str], since: str, until: str) -> dict[str, str]:
    """Council -> the first matching doc id, over reports whose inspection ended in [since, until]."""
    rx = re.compile("|".join(f"(?:{p})" for p in patterns), re.I)
    hits: dict[str, str] = {}
    for d in docs:
        if since <= d["end"][:4] <= until and rx.search(d["text"]):
            hits.setdefault(d["council"], d["doc"])
    return hits


# (id, question, split, patterns, since, until, excluded {council: reason}, ambiguous {council: reason})
FINDINGS = [
    (
        "caseloads-too-high",
        "Which councils were criticised for high caseloads in inspections since 2023?",
        "dev",
        [
            r"caseloads?[^.]{0,60}\b(too high|high(?![-‑])|higher|heavy|unmanageable|excessive)\b",
            r"(?<![-\w])(high|higher|large|heavy|unmanageable|excessive)(?![-‑])(\s+[\w’']+){0,2}\s+caseloads?",
        ],
        "2023",
        "2026",
        {
            "Camden": "'Manageable caseloads enable ... a high level of engagement': praise",
            "Enfield": "'Caseloads are manageable, allowing ... high-quality direct work': praise",
            "Haringey": "'Caseloads are manageable, enabling ... high-quality': praise",
            "Bury": "efforts to address high caseloads 'have helped to stabilise': past",
            "Herefordshire": "'reduced high caseloads': past",
            "Surrey": "'slightly higher in some teams than others ... gradually reducing': not criticised",
        },
        {
            "Warrington": "'Until recently, many PA caseloads were too high': past, addressed",
            "West Sussex": "'caseloads have been too high in some teams': leaders recognise, past",
            "Northumberland": "'While some caseloads are high, workers report a positive work-life balance'",
            "Stoke-on-Trent": "'despite high caseloads' PAs do their best: stated but not as a criticism",
        },
    ),
    (
        "caseloads-manageable",
        "Which councils did Ofsted praise for manageable caseloads in inspections since 2023?",
        "dev",  # was "test"; its false positives were read while the rules were set
        [
            r"caseloads?[^.]{0,70}\b(manageable|reasonable|low)\b",
            r"\b(manageable|reasonable|low)(\s+[\w’']+){0,2}\s+caseloads?",
        ],
        "2023",
        "2026",
        {
            "Blackburn with Darwen": "'caseloads remain higher than senior leaders want': criticism",
            "Kent": "a 'what needs to improve' item asking for manageable caseloads",
            "Sandwell": "'Leaders prioritise manageable caseloads': an aim, not a finding",
        },
        {
            "Slough": "'making them more manageable. However, these improvements continue to be fragile'",
            "Bristol": "'mostly manageable' and 'remain too high in some parts'",
            "Luton": "'Most have manageable caseloads ... PAs have higher caseloads'",
            "Wiltshire": "'mostly manageable' and some workers with higher caseloads",
            "Rotherham": "'manageable, but leaders aim to reduce these further'",
            "Durham": "'Caseloads have reduced; they are balanced and reasonable for most workers'",
        },
    ),
    (
        "bed-and-breakfast",
        "Where did Ofsted find care leavers living in bed and breakfast accommodation, in inspections since 2023?",
        "dev",  # was "test"; one of its misses was read while the chunk choice was set
        [r"bed and breakfast", r"bed-and-breakfast", r"\bB&B\b"],
        "2023",
        "2026",
        {},
        {},
    ),
    (
        "changes-of-social-worker",
        "Which councils' reports since 2023 say children experience too many changes of social worker?",
        "dev",
        [
            r"(too many|frequent|numerous|multiple|several|high number of|repeated)[^.]{0,40}changes (of|in) (their )?(social )?workers?"
        ],
        "2023",
        "2026",
        {
            "Thurrock": "care leavers say multiple changes of workers are now 'a thing of the past'",
            "Leeds": "'children do not experience multiple changes of worker': praise",
        },
        {
            "South Gloucestershire": "'Until relatively recently, some children had experienced numerous changes': past",
            "Liverpool": "2026: 'multiple changes ... but most are now benefiting from stable' relationships",
            "North East Lincolnshire": "'Historically ... multiple changes of worker'; 'no longer experiencing' them",
            # Not matched by the patterns; the scan found it on the dev split and it was read.
            "Southend-on-Sea": "'pupils who experience frequent social worker or placement changes': in passing",
        },
    ),
]


# Issue 16's fifth pass: lists written blind (from the documents alone, before the
# system was run on them), over other periods than "since 2023", several of them
# on findings whose wording the reports also use in praise. Every sentence of
# every report in scope that a pattern matched was read.
FINDINGS += [
    (
        "pre-proceedings-delay",
        "Which councils were criticised for drift or delay before or during pre-proceedings under the Public Law Outline, in inspections since 2024?",
        "dev",
        [
            r"(pre-proceedings|public law outline|\bPLO\b)[^.]{0,150}\b(drift|delay|delays|delayed|too long|protracted|extended|lengthy|prolonged|longer than|soon enough|quickly enough|quickly|swifter|timely|timeliness|timescales?|pace|too late|late)\b",
            r"\b(drift|delay|delays|delayed|too long|protracted|prolonged|lengthy|timeliness|timely|timelier|swift|swifter|soon enough|quickly enough|pace)\b[^.]{0,100}(pre-proceedings|public law outline|\bPLO\b)",
        ],
        "2024",
        "2026",
        {
            "Central Bedfordshire": "'improvements in the timeliness and oversight of the pre-proceedings stage': improved",
            "Cheshire East": "'Stronger arrangements are now in place to track ... to reduce drift and delay': improved",
            "City of London": "'The PLO tracker is over-simplified': about the tracker, no delay found",
            "Coventry": "'effective oversight of work undertaken in the PLO process, preventing drift': praise",
            "Doncaster": "'The timeliness of care proceedings is improving': praise",
            "Dorset": "'Pre-proceedings work as part of the Public Law Outline is timely': praise",
            "Durham": "'Pre-proceedings work is timely': praise",
            "Haringey": "'PLO tracking and panels helping to prevent delay': praise",
            "Harrow": "'For most children ... timely escalation into the pre-proceedings stage': praise",
            "Hartlepool": "'timely decisions to escalate into pre-proceedings': praise",
            "Islington": "'initiated in a timely manner for most children': praise",
            "Kensington and Chelsea": "'Pre-proceedings meetings are held in a timely manner': praise",
            "Kingston upon Hull": "'timely escalation to the PLO': praise",
            "Kingston upon Thames": "'pre-proceedings stage of the Public Law Outline is effective and timely': praise",
            "Kirklees": "'robustly oversee children in pre-proceedings to ensure that timely and effective work': praise",
            "Knowsley": "'effective oversight ... which supports the completion of assessments to avoid delay': praise",
            "Lambeth": "'pre-proceedings phase ... is effective and timely': praise",
            "Leeds": "'decisions to progress to the pre-proceedings stage ... are timely': praise",
            "Luton": "'pre-proceedings supports timely progression': praise",
            "Manchester": "'timely decisions are made to initiate the pre-proceedings phase': praise",
            "Newcastle upon Tyne": "'Drift and delay are avoided by timely escalation into pre-proceedings': praise",
            "Newham": "'timely decisions to escalate into pre-proceedings': praise",
            "North Lincolnshire": "'children enter the pre-proceedings stage ... without delay': praise",
            "North Northamptonshire": "'most children ... become subject to the pre-proceedings phase ... in a timely way': praise",
            "Northumberland": "'highly effective work completed in pre-proceedings': praise",
            "Oldham": "'preventing any drift and delay': praise",
            "Plymouth": "'escalate to pre-proceedings is now helping to reduce delay': improved",
            "Redcar and Cleveland": "'timely decisions to escalate into the pre-proceedings stage': praise",
            "Rotherham": "'ensuring that decision-making remains timely': praise",
            "Rutland": "'children enter the pre-proceedings stage ... in a timely way': praise",
            "Sandwell": "'strong oversight of children in pre-proceedings to minimise drift and delay': praise",
            "Shropshire": "'Pre-proceedings are timely': praise",
            "Solihull": "'brought before the court without unnecessary delay': praise",
            "Southwark": "'effective tracking that prevents drift': praise",
            "Stockport": "'little drift and delay': praise",
            "Sutton": "'benefit from timely and well-managed intervention': praise",
            "Trafford": "'Children do not remain the subject of pre-proceedings work for longer than necessary': praise",
            "Wakefield": "'social workers complete thorough, timely assessments': praise",
            "Wandsworth": "'Timeliness in pre-proceedings ... is a strong and improving picture': praise",
            "West Northamptonshire": "'most children are appropriately entered into the pre-proceedings stage ... in a timely way': praise",
            "Wigan": "'appropriate use of pre-proceedings': praise",
        },
        {
            "Brighton and Hove": "pre-proceedings 'mainly timely'; the next paragraph finds neglect not improved 'quickly enough'",
            "Devon": "'generally timely and working well'; leaders driving 'more timely pre-proceedings'",
            "South Tyneside": "'a very small number ... for an extended period'; oversight 'now ensuring' action",
            "Southend-on-Sea": "action taken after 'a small number ... had not moved into pre-proceeding early enough': past",
        },
    ),
    (
        "records-written-to-child",
        "Which councils did Ofsted praise for writing children's records, plans or review letters directly to the child, in inspections since 2025?",
        "dev",
        [
            r"\b(written|writing|write|writes|recorded|addressed)\b[^.]{0,40}\b(to|for) (the |each |their )?(child|children|young (person|people))\b",
            r"written in the (first|second) person",
            r"language that cares",
            r"(written|recorded|records?|recording)[^.]{0,60}\b(child-friendly|child friendly|age-appropriate) language",
            r"letters? (written )?to (the )?(child|children)\b",
        ],
        "2025",
        "2026",
        {
            "Bury": "'Written records of visits to children': not written to the child",
            "Coventry": "PAs 'write personalised farewell letters to the young people': letters to care leavers, not records",
            "Derby": "children 'contributed to service developments relating to language that cares': not about records",
            "Doncaster": "visits 'comprehensively recorded and some link well to young people's goals': not written to the child",
            "Gloucestershire": "'relationship-based practice using language that cares': not about writing to the child",
            "Kent": "pathway plans 'primarily written by the PA ... for the young person': criticism",
            "Middlesbrough": "'The quality of written records for children' to improve: a recommendation",
            "Sefton": "'records ... are not written to the child': criticism",
            "Warwickshire": "'sensitively written later life letters for children': life-story work, not records",
        },
        {
            "Haringey": "'records written in age-appropriate language that helps children understand their histories'",
            "Stoke-on-Trent": "'Recording practice is variable, with pockets of better practice ... written to children'",
        },
    ),
    (
        "thresholds-inconsistent",
        "Which councils were criticised for inconsistent or poor application of thresholds in inspections between 2019 and 2022?",
        "dev",
        [
            r"thresholds?\b[^.]{0,100}\b(not (consistently |always |well |sufficiently |fully |clearly |appropriately |correctly |properly |accurately |yet |been )*(applied|understood|embedded|used|followed|clear|consistent)|inconsistently applied)",
            r"\b(inconsistent|inconsistency|inconsistencies|variable|variability|poor|weak|weakness(es)?|limited|lack of|inappropriate|incorrect|misunderstanding|unclear)\b[^.]{0,60}\b(application|applying|understanding|use|interpretation|applied)\b[^.]{0,20}\bthresholds?",
            r"thresholds?\b[^.]{0,100}\b(too high|too low|too narrowly|too variable|unclear|unpredictable|confus\w*|misappl\w*|inconsistent|variab\w*)",
            r"\b(inconsistent|inconsisten\w+|variab\w+|poor|weak)\b[^.]{0,40}\bthreshold (decisions?|decision-making|judgements?)",
            r"(not|do not|does not) (always )?ensure that consistent thresholds",
            r"consisten\w* (of |in )?(the )?(application|applying|understanding) of thresholds?",
            r"address[^.]{0,60}understanding of (the )?thresholds?",
            r"\b(not|do not|does not)\b (fully |always |consistently |clearly |well |sufficiently )*(understand|apply|applied)\b[^.]{0,40}\bthresholds?",
            r"\bnot (clear|clear enough|sufficiently clear) (about|on) (the )?thresholds?",
            r"\bthreshold (concerns|issues|confusion)",
        ],
        "2019",
        "2022",
        {
            "Central Bedfordshire": "'with consistent application of thresholds': praise",
            "St Helens": "'A focused visit by Ofsted in July 2018 identified ... a lack of understanding in relation to thresholds': past",
        },
        {
            "Lewisham": "'a small number of cases where thresholds had not been correctly applied'; leaders acted at once and a later audit found decisions accurate",
            "Walsall": "a daily meeting 'is helping to address threshold concerns'; 'too soon to see the impact'",
            "Redcar and Cleveland": "partners' 'understanding of threshold' to improve (a recommendation); internal thresholds 'mostly consistent'",
        },
    ),
    (
        "iro-challenge-weak",
        "Which councils were criticised for weak challenge or oversight by independent reviewing officers in inspections carried out in 2019?",
        "dev",
        [
            r"(?=[^.]*\b(?:IROs?|IRO service|(?:independent )?review(?:ing)? officers?)\b)(?=[^.]*\b(?:not|insufficient\w*|limited|lacks?|lack of|weak\w*|inconsistent\w*|ineffective|variable|rarely|inadequate\w*|poor|capacity|workloads?|caseloads?)\b)(?=[^.]*\b(?:challeng\w*|escalat\w*|oversight|scrutin\w*|footprint|drift)\b)[^.]+"
        ],
        "2019",
        "2019",
        {
            "Enfield": "IRO monitoring praised; mid-point oversight 'not yet consistently evidenced on all children's files'",
        },
        {
            "Southampton": "'When IROs challenge ... the outcome of their scrutiny is not always visible on case records'",
        },
    ),
    (
        "repeat-referrals",
        "Which councils' reports between 2019 and 2022 criticise repeat referrals or repeat child protection plans, with children coming back to children's social care for the same concerns?",
        "dev",
        [
            r"\b(second|subsequent|repeat|repeated|multiple)\s+(or subsequent\s+|and subsequent\s+)?(episodes? of |periods? of |time )?(being on a )?(child protection|child in need|CP)\b[^.]{0,30}\b(plans?|planning|investigations?|enquiries)",
            r"\bchild protection plans?\b[^.]{0,40}\b(for a second|second or subsequent|subsequent time|second time|more than once)",
            r"\bre-?referrals?\b|\bre-?referred\b",
            r"\brepeat(ed)? (referrals?|contacts?|intervention|assessments?|planning)",
            r"\b(multiple|repeated|repeat)\s+(episodes? of |periods? of )?(referrals?|statutory involvement|social care involvement)\b",
            r"\brepeated concerns\b",
        ],
        "2019",
        "2022",
        {
            "Bath and North East Somerset": "'re-referrals are dropping': praise",
            "Durham": "'preventing multiple re-referrals back to the service': praise",
            "Ealing": "'Low levels of repeat child protection plans and repeat referrals': praise",
            "Hackney": "'a low proportion of children are re-referred': praise",
            "Lancashire": "'Subsequent child in need and child protection plans result in a positive difference': not about repeats",
            "Leeds": "'Subsequent child protection enquiries are thorough': not about repeats",
            "Newham": "'helping to reduce repeat referrals': praise",
            "Richmond upon Thames": "'Re-referral rates are low': praise",
            "Sutton": "'already a reduction in repeat referrals': praise",
            "Westminster": "'Re-referral rates are low': praise",
            "Wirral": "'subsequent child protection investigations are clear': not about repeats",
            "Kirklees": "'some children have been subject to repeat assessments': repeat assessments, not re-referral",
            "Nottinghamshire": "'repeat assessments and delay': repeat assessments, not re-referral",
            "Southend-on-Sea": "'Too many families experience repeated assessments': repeat assessments, not re-referral",
        },
        {
            "Islington": "'a small number of children have had repeat episodes of being on a child protection plan before' a legal planning meeting",
            "Southampton": "'A lack of attention is paid to ... repeated referral patterns'",
            "Walsall": "'too many contacts identifying repeated concerns for children are not accepted by children's social care'",
            "Warrington": "screening of 'repeat contacts' lacks checks (a recommendation); no level stated",
        },
    ),
]


# The same pass's test lists, also written blind; their gold was read before
# anything was run on them and must not be tuned on.
FINDINGS += [
    (
        "care-leavers-neet-high",
        "Which councils' reports between 2019 and 2022 say too many care leavers are not in education, employment or training?",
        "test",
        [
            r"\bnot (in|engaged in|accessing|participating in|attending) (any (form of )?)?(((education|employment|training),? (education|employment|training),? (or|and) (education|employment|training)|\bEET\b)|education or (employment|training))",
            r"\bNEET\b",
            r"((education|employment|training),? (education|employment|training),? (or|and) (education|employment|training)|\bEET\b)[^.]{0,80}\b(low|lower|poor|too few|too many|below|declin\w*|fallen|not enough|too high|remains? high)\b",
            r"\b(low|lower|too few|too many|not enough|small|below|high|higher|rise|risen|increase\w*)\b[^.]{0,60}\b(in|into|access(ing)?|engaged in) (any (form of )?)?(purposeful )?((education|employment|training),? (education|employment|training),? (or|and) (education|employment|training)|\bEET\b)",
        ],
        "2019",
        "2022",
        {
            "Barking and Dagenham": "'A relatively high proportion are in education, training and employment': praise",
            "Bath and North East Somerset": "work 'helping to increase the number of care leavers who are in' EET: praise",
            "Bedford": "NEET proportion 'lower than statistical neighbours': praise",
            "Cheshire East": "'the specialist NEET worker support young people': support, no level stated",
            "Cornwall": "'an extensive range of opportunities to re-engage young people': praise",
            "Devon": "support for NEET care leavers 'less effective': about support, no level stated",
            "Dudley": "'no dedicated resource to help those over 18' who are NEET: about support, no level stated",
            "Gateshead": "the proportion who do not secure a place 'is now low': praise",
            "Harrow": "'Comparatively high numbers ... are engaged in purposeful' EET: praise",
            "Kingston upon Hull": "'an increase in young people in education, employment or training': praise",
            "Kingston upon Thames": "'a specific focus on encouraging applications': support",
            "Lewisham": "'a rise in the number of 19- to 21-year-olds in education, training and employment': praise",
            "Milton Keynes": "the virtual school's work with NEET care leavers 'is not strong enough': about support, no level stated",
            "Newcastle upon Tyne": "'social workers focus on trying to engage young people': support",
            "Newham": "'A high and increasing proportion of care leavers are in' EET: praise",
            "North East Lincolnshire": "'numbers are increasing for this age group': praise",
            "North Lincolnshire": "'a reduction in the number of care leavers not in' EET: praise",
            "Redbridge": "'A high number of care leavers are in' EET: praise",
            "Redcar and Cleveland": "an EET worker supports 'the small number' who are NEET: not too many",
            "Richmond upon Thames": "'a fall in the number of young people' NEET: praise",
            "Sandwell": "'an incremental increase in the number of care leavers in' EET: praise",
            "Slough": "EET 'has risen from a low base': improving",
            "Torbay": "'personal advisers actively focus on trying to engage these young people': support",
            "Wakefield": "NEET 'is falling across all age groups': praise",
            "Warwickshire": "'personal advisers are proactive in supporting them': support",
            "Westminster": "'Comparatively high numbers of young people are engaged in' EET: praise",
            "Wigan": "care leavers NEET '(52%) are closely monitored': a figure, not a criticism",
            "Windsor and Maidenhead": "a recommendation on guidance for care leavers who are NEET",
            "Wolverhampton": "NEET 'in line with the national average': not criticised",
            "York": "'rates of post-16 not in education, employment or training have reduced': praise",
        },
        {
            "North Tyneside": "'a recent rise in the number of young people' NEET, with 'robust and appropriate action' being taken",
        },
    ),
    (
        "care-leavers-council-tax",
        "Which councils give care leavers council tax exemption, according to Ofsted inspections in 2024?",
        "test",
        [r"council tax"],
        "2024",
        "2024",
        {
            "Calderdale": "help 'with, for example, debt, rent arrears and council tax': not an exemption",
            "Hammersmith and Fulham": "exemption for special guardianship carers, not care leavers",
        },
        {
            "North Tyneside": "'subsidised council tax, wherever they live'",
            "Reading": "'A tapered reduction in council tax has just been applied to care leavers aged over 21 years'",
            "Southend-on-Sea": "care leavers living outside Southend 'do not ... currently benefit from council tax exemption' (those inside implied)",
        },
    ),
    (
        "supervision-not-reflective",
        "Which councils' reports since 2023 say social workers' supervision lacks reflection or challenge?",
        "dev",  # test until 5 December 2026: read after its run showed 113 councils (docs/decisions.md)
        [
            r"(?=[^.]*\bsupervision\b)(?=[^.]*\b(reflect\w*|task[- ](focused|orientated|oriented|driven|based)|process[- ](focused|driven)|compliance|case management|analys\w*|analytical|curiosity|challeng\w*|depth|rigour|rigorous|critical thinking)\b)(?=[^.]*\b(not|lacks?|lack of|lacking|limited|little|insufficient\w*|rarely|variable|inconsistent\w*|too|weak\w*|does not|do not|absence|poor)\b)[^.]+",
            r"(?=[^.]*\bsupervision\b)(?=[^.]*\breflect(ive|ion)\b)(?=[^.]*\b(improv\w*|strengthen\w*|consisten\w*|more to do|develop\w*|focus)\b)[^.]+",
            r"quality of supervision[^.]{0,100}\breflect(ive|ion)\b",
        ],
        "2023",
        "2026",
        {
            "Bath and North East Somerset": "records 'do not reflect the current circumstances, management oversight and supervision': about records",
            "Blackburn with Darwen": "'Frontline managers provide effective supervision ... not always reflected in' records: about records",
            "Calderdale": "'supervision pods allow time for reflection': praise",
            "Camden": "'reflective supervision are mostly strong': praise",
            "City of London": "'The supervision of practice is consistently strong, with clear reflection': praise",
            "Cornwall": "AI piloted 'to support the accurate recording and reflection of supervision sessions': praise",
            "Croydon": "supervision 'significantly improved ... and are strong': praise",
            "Dorset": "'high-quality and reflective supervision': praise",
            "Lambeth": "'supportive supervision ... high-quality, reflective and consistent support': praise",
            "Leeds": "supervision 'is a reflective space': praise",
            "Norfolk": "'Reflective group supervision at the point of allocation': praise",
            "North Northamptonshire": "supervision records 'reflect young people's voices'; actions 'not always targeted': not about reflection",
            "Redcar and Cleveland": "'The quality of supervision ... with useful reflection ... is a strength': praise",
            "Sefton": "'Supervision is now regular, more reflective': praise",
            "Shropshire": "'consistent, supportive and reflective supervision': praise",
            "South Gloucestershire": "'Supervision is in the main consistent, reflective and well recorded': praise",
            "Waltham Forest": "records 'do not always evidence the reflective discussions that take place': about records",
            "Wandsworth": "'Reflective supervision provides practitioners with opportunities to analyse their work': praise",
            "Wiltshire": "recording 'does not consistently capture the level of positive support': about records",
            "Wolverhampton": "supervision 'enables social workers to reflect': praise",
            "York": "'the quality of supervision is strong, with reflection': praise",
        },
        {
            "Gateshead": "'consistency in use of reflection in supervision' is an area leaders are targeting",
            "Kirklees": "'written supervision records' lack 'evidence of reflection': the records",
            "Newcastle upon Tyne": "a recommendation on supervision 'including use of reflection'",
            "North Somerset": "supervision 'not consistently effective'; reflection not named",
            "Stockport": "a recommendation that supervision be 'reflective and challenging'; quality 'not consistently strong'",
            "Warwickshire": "'variability in the frequency and quality of supervision'; reflection not named",
        },
    ),
    (
        "sibling-assessments-criticised",
        "Which councils were criticised for their assessments of whether brothers and sisters should live together or apart, in inspections between 2014 and 2018?",
        "test",
        [
            r"together (or|and) apart",
            r"sibling (assessments?|relationships? assessments?)",
            r"assess\w*[^.]{0,80}\b(siblings?|brothers? (and|or) sisters?|sibling groups?)\b[^.]{0,60}\b(together|apart|separat\w*|placed)",
            r"\b(siblings?|brothers? (and|or) sisters?|sibling groups?)\b[^.]{0,60}\b(together|apart|separat\w*)\b[^.]{0,80}\bassess\w*",
            r"\b(separat\w*|together|apart)\b[^.]{0,40}\b(siblings?|brothers? (and|or) sisters?|sibling groups?)\b[^.]{0,80}\bassess\w*",
        ],
        "2014",
        "2018",
        {
            "Bath and North East Somerset": "'informed by evidence-based options analyses': praise",
            "Bedford": "'comprehensive and thorough': praise",
            "Birmingham": "'the district judge has commended the quality of assessments'; contact arrangements criticised",
            "Brighton and Hove": "'based on assessments carried out by those with sufficient expertise': praise",
            "Bromley": "'evidence of appropriate together or apart assessments': praise",
            "Buckinghamshire": "'authoritative together or apart assessments': praise",
            "Cambridgeshire": "'convincing together or apart decisions': praise",
            "Camden": "'of a good quality': praise",
            "Cheshire East": "no children adopted apart when assessed as needing to be together: praise",
            "Cheshire West and Chester": "'timely and of good quality': praise",
            "Darlington": "'well-considered Together/Apart assessments': praise",
            "Derby": "'Good-quality together or apart assessments': praise",
            "Devon": "'Twelve assessments ... have been completed in the past year': a figure",
            "Doncaster": "'comprehensive together or apart assessments were evident': praise",
            "East Sussex": "CAMHS 'undertake a full assessment of need': praise",
            "Enfield": "decisions to separate are made 'after appropriate consultation and assessments': praise",
            "Essex": "'underpinned by good quality assessment': praise",
            "Gateshead": "sibling groups placed together 'in line with their assessments': praise",
            "Isle of Wight": "'Good-quality assessments inform considered decisions': praise",
            "Kingston upon Thames": "'Appropriate use is made of together or apart assessments': praise",
            "Kirklees": "'effective in placing brothers and sisters together': praise",
            "Knowsley": "'generally of a good quality': praise",
            "Leeds": "'assessments are strong': praise",
            "Leicester": "'Good quality Together or apart assessments': praise",
            "Luton": "'comprehensive, analytical': praise",
            "Middlesbrough": "'specific assessments are commissioned': praise",
            "North Somerset": "'detailed together and apart sibling assessments': praise",
            "Peterborough": "'Robust sibling assessments': praise",
            "Redbridge": "an assessment 'is undertaken, usually by an independent social worker': praise",
            "Richmond upon Thames": "'detailed together or apart assessments of attachment': praise",
            "Sandwell": "'increasingly using ... together or apart assessments': praise",
            "Somerset": "'timely and of a good quality': praise",
            "South Gloucestershire": "'based on assessments carried out by professionals with sufficient expertise': praise",
            "South Tyneside": "'independent assessments are commissioned early': praise",
            "Southampton": "'increasingly evidenced based': praise",
            "Stockton-on-Tees": "'Social workers in the permanence teams undertake assessments': neutral",
            "Stoke-on-Trent": "'sibling together or apart assessments' in a thorough exploration: praise",
            "Sunderland": "no sibling groups placed apart against the assessment: praise",
            "Surrey": "'Competent assessments are undertaken': praise",
            "Sutton": "no children separated 'unless it was assessed as in their best interests': praise",
            "Swindon": "'underpinned by good specialist assessments': praise",
            "Telford and Wrekin": "'the local authority appropriately assesses'; the shortfall is placements",
            "Trafford": "'Effective planning ensures that brothers and sisters are placed together': praise",
            "Wakefield": "'strives to place brothers and sisters together': praise",
            "Warwickshire": "'of good quality': praise",
            "Westminster": "'high-quality together or apart assessments': praise",
            "Windsor and Maidenhead": "'done well', 'a strength': praise",
            "York": "'The needs of brothers and sisters are not considered separately' in children's assessments: not together-or-apart",
        },
        {
            "Harrow": "'mostly good, but some variation in the depth of analysis'",
            "Wolverhampton": "'quality ... was variable', but 'the recommendations arrived at were appropriate'",
        },
    ),
    (
        "audits-over-optimistic",
        "Which councils' own case audits did Ofsted find over-optimistic about the quality of practice, in inspections between 2014 and 2022?",
        "test",
        [
            r"(?=[^.]*\baudit\w*)(?=[^.]*\b(optimis\w*|over-?optimis\w*|overoptimis\w*|generous|over-?generous|overly positive|too positive|more positive|overstat\w*|inflated|over-?rat\w*|over-?grad\w*|more favourabl\w*)\b)[^.]+",
            r"(?=[^.]*\baudit\w*)(?=[^.]*\b(disagree\w*|did not (always )?agree|not accurate|inaccurate|not (always )?accurately|not provide an accurate|not give an accurate)\b)[^.]+",
            r"(?=[^.]*\baudit\w*)(?=[^.]*\b(fail\w* to (identify|recognise)|did not identify|not (yet )?identified|has not identified|have not identified|missed|not identifying)\b)(?=[^.]*\b(deficit\w*|weakness\w*|shortfalls?|poor practice|areas? for improvement|concerns|deficiencies|poor)\b)[^.]+",
        ],
        "2014",
        "2022",
        {
            "Hertfordshire": "the council's audits found 'over-optimism' in practice: not about the audits",
            "Manchester": "'Audits identified ... over-optimistic assessments of risks': not about the audits",
            "Peterborough": "an LSCB audit found 'disagreements about the need for further action' between agencies",
            "Stoke-on-Trent": "audits 'very poor ... failing to identify learning': not said to be over-optimistic",
            "Warrington": "partner agencies' section 11 audits 'over optimistic': not the council's case audits",
        },
        {
            "Bolton": "the audit programme 'had not identified and robustly addressed key deficiencies'",
            "North East Lincolnshire": "'Auditing does not provide an accurate picture'; the self-evaluation 'presents an overall more positive picture'",
            "Oldham": "'audits do not accurately evaluate the experience of children'",
            "Plymouth": "'Inspectors disagreed with the local authority about the quality of work in 35% of audits'",
            "Stockton-on-Tees": "'inspectors did not always agree with some managers' audits'",
        },
    ),
    (
        "children-in-care-council-praised",
        "Which councils did Ofsted praise for their children in care council in 2024?",
        "test",
        [
            r"children in care council|children.s council|care council|\bCiCC?\b|children in care (forum|group)s?|children looked after council|\bCLA council|council for children in care",
            r"(children in care|looked after)[^.]{0,80}participation groups?",
        ],
        "2024",
        "2024",
        {
            "Cambridgeshire": "'Senior leaders are aware the CiCC is underdeveloped, with only seven regular members'",
            "Ealing": "'has recently relaunched a Children in Care Council': no praise",
            "Halton": "'being redeveloped after membership dwindling'",
            "Kirklees": "'A small number of children are involved'; 'more to do'",
            "Nottinghamshire": "'an established group': no praise",
        },
        {
            "Bournemouth, Christchurch and Poole": "'opportunities to engage with the Unite and Insight participation groups'",
            "Hampshire": "leaders 'establishing a new children in care council': new, no impact yet",
            "Rutland": "'The small number of children who are members ... enjoy meeting together'",
            "Westmorland and Furness": "'continues to contribute to the development of services'; leaders aware 'the impact ... is limited'",
        },
    ),
]


# Read by hand: every sentence of every report in scope that holds the
# pattern was listed and read; gold is what a reader counts as the finding.
# (id, question, split, patterns, since, until, gold, ambiguous, how)
REVIEWED = [
    (
        "return-home-interviews-late",
        "Which councils' reports since 2023 say return home interviews are not timely?",
        "test",
        [r"return (home )?(interviews?|conversations?)"],
        "2023",
        "2026",
        [
            "Birmingham",
            "Blackburn with Darwen",
            "Brent",
            "Cumberland",
            "Havering",
            "Portsmouth",
            "South Gloucestershire",
            "St Helens",
            "Staffordshire",
            "West Sussex",
        ],
        {
            "North Somerset": "'a declining number of children receive their interview within 72 hours'",
            "Bexley": "'more work to do ... to ensure that timely return home interviews' (an aim)",
            "Kensington and Chelsea": "'most contain a timely analysis of risk, there is some variability'",
        },
        "every sentence holding a pattern was read (183 sentences in 121 reports)",
    ),
    (
        "private-fostering-criticised",
        "Which councils were criticised for their private fostering arrangements in inspections since 2023?",
        "test",
        [r"privately fostered|private fostering"],
        "2023",
        "2026",
        [
            "Barnsley",
            "Bexley",
            "Bracknell Forest",
            "Brent",
            "Bristol",
            "Cheshire West and Chester",
            "Cumberland",
            "Doncaster",
            "East Sussex",
            "Halton",
            "Havering",
            "Herefordshire",
            "Isle of Wight",
            "Leicester",
            "Liverpool",
            "Middlesbrough",
            "Reading",
            "Redcar and Cleveland",
            "Rochdale",
            "Southampton",
            "Stockport",
            "Swindon",
            "Wandsworth",
            "Wirral",
        ],
        {
            "York": "'while there have been improvements in this area, further development is required'",
            "Slough": "'insufficient education of partners about risks such as ... private fostering'",
            "Hackney": "performance data on private fostering not consistently accurate",
            "Bedford": "private fostering among areas 'where sufficient improvement has not been achieved'",
            "Haringey": "'The need to improve ... was noted at the last inspection' (the previous one)",
        },
        "every sentence holding a pattern and a critical word (not, weak, under-, low, limited, "
        "inconsistent, poor, lack, insufficient, variable, too, delay, gap, improve) was read (81 in 57 reports)",
    ),
]


REVIEWED.append(
    (
        "life-story-work-criticised",
        "Which councils were criticised for their life-story work in inspections since 2023?",
        "test",
        [r"life[- ]story"],
        "2023",
        "2026",
        [
            "Barking and Dagenham",
            "Bedford",
            "Bexley",
            "Bradford",
            "Brent",
            "Bristol",
            "Cambridgeshire",
            "Cheshire East",
            "Derbyshire",
            "Hackney",
            "Haringey",
            "Hounslow",
            "Isle of Wight",
            "Kensington and Chelsea",
            "Knowsley",
            "Leicester",
            "Medway",
            "Middlesbrough",
            "North East Lincolnshire",
            "North Somerset",
            "Oldham",
            "Plymouth",
            "Rochdale",
            "Slough",
            "Somerset",
            "South Tyneside",
            "Southend-on-Sea",
            "Southwark",
            "Stockport",
            "Stockton-on-Tees",
            "Tameside",
            "Torbay",
            "Trafford",
            "West Berkshire",
        ],
        {
            "West Sussex": "'The quality of life-story books is variable but includes some strong examples'",
            "Swindon": "'When life-story work is undertaken by dedicated life-story workers, work is often of a higher standard'",
            "Bury": "a 'What needs to improve' list that runs on past the sentence",
        },
        "every sentence holding the pattern and a critical word (as for private fostering, plus few, only, "
        "slow, yet, backlog, waiting) was read (126 in 93 reports); written after the first test run of the "
        "other two, before the system was run on this one",
    )
)


# Dev questions of the test questions' shape ("criticised for <topic>"), added
# for issue 16's second pass so the decision could be tuned on more than
# wordings ("too high", "manageable"); their gold was read before the system
# was run on them.
REVIEWED += [
    (
        "advocacy-criticised",
        "Which councils were criticised for their advocacy services in inspections since 2023?",
        "dev",
        [r"advocacy|advocates?"],
        "2023",
        "2026",
        [
            "Barking and Dagenham",
            "Bedford",
            "Bournemouth, Christchurch and Poole",
            "Buckinghamshire",
            "Cambridgeshire",
            "Enfield",
            "Gloucestershire",
            "Halton",
            "Haringey",
            "North Somerset",
            "Rochdale",
            "Shropshire",
            "Solihull",
            "Southwark",
            "Swindon",
            "Wiltshire",
        ],
        {
            "Brent": "PAs 'do not always sufficiently advocate' for care leavers in prison: workers, not the service",
            "Hackney": "not all care leavers in custody 'receive such effective support and advocacy from workers'",
            "Peterborough": "'PAs act as strong advocates for some young people, but this is not consistent'",
            "Durham": "advocacy 'routinely offered but is not always explicitly recorded': recording",
            "Gateshead": "'The use or offer of advocacy was not explicit on the child's file': recording",
            "Rotherham": "'advocacy offers are not always explicitly documented': recording",
            "Southend-on-Sea": "'A few children are supported by independent advocates': no judgement",
            "Leicester": "'high caseloads impact on their oversight and ability to advocate for children': workers",
            "Warwickshire": "'While advocacy is available, it is not always clear whether children ... understand their rights'",
        },
        "every sentence holding the pattern and a critical word (as for life-story work, plus rarely, unaware, "
        "absence, no, minimal, infrequent, sporadic, unclear, mixed, vary) was read (56 in 49 councils); then, "
        "once the scan had listed Halton's and Havering's PEP sentences ('variability') on dev, every sentence of "
        "both questions holding variab-, variation, impact, hamper-, incomplete, concern, fragile, patchy, uneven, "
        "missed, late, outstanding, overdue, shortfall or absen- (31 in 30 councils)",
    ),
    (
        "personal-education-plans-criticised",
        "Which councils were criticised for their personal education plans in inspections since 2023?",
        "dev",
        [r"personal education plans?|\bPEPs?\b"],
        "2023",
        "2026",
        [
            # A "What needs to improve?" item without a critical word; found by the scan on the dev
            # split, then every such item of the three dev questions read.
            "Barnsley",
            "Bradford",
            "Bristol",
            "Calderdale",
            "Ealing",
            "Halton",
            "Haringey",
            "Havering",
            "Leeds",
            "Leicester",
            "Lincolnshire",
            "Liverpool",
            "Middlesbrough",
            "Newcastle upon Tyne",
            "North Somerset",
            "Nottinghamshire",
            "Solihull",
            "South Tyneside",
            "Wakefield",
            "Westmorland and Furness",
        ],
        {
            "Cheshire East": "'Personal education plans contain the required information, but outcomes ... are low'",
            "Isle of Wight": "'Recent changes to improve the quality ... are beginning to have a positive effect, although ... more work is needed'",
            "Plymouth": "'Work to improve the quality ... is under way, but there is more to do'",
            "Salford": "'sometimes delays in completing written PEPs ... but this does not impact on the quality'",
            "St Helens": "'completed to a good standard, although there is some variability in quality, which is being addressed'",
        },
        "every sentence holding the pattern and a critical word (as for advocacy, both rounds) was read (38 in 36 "
        "councils, then 31 in 30 with the second round's words, both questions together), and every item of "
        "every 'What needs to improve?' list holding a pattern of the three dev questions (11)",
    ),
    (
        "health-assessments-late",
        "Which councils' reports since 2023 say health assessments are not timely?",
        "dev",  # the shape of the test split's "return home interviews are not timely"
        [r"health assessments?"],
        "2023",
        "2026",
        [
            "Bristol",
            "Cheshire East",
            "Hammersmith and Fulham",
            "North Northamptonshire",
            "North Somerset",
            "Oldham",
            # Not matched by the pattern ("a timely initial assessment of their health needs"); the
            # scan found it on the dev split and it was read.
            "Peterborough",
            "Plymouth",
            "Southampton",
            "Southend-on-Sea",
            "Surrey",
            "Thurrock",
            "Trafford",
            "Wandsworth",
            "West Northamptonshire",
            "West Sussex",
            "Wirral",
        ],
        {
            "Richmond upon Thames": "'the initial health assessment can be delayed for some children, this does not delay children in accessing services'",
            "Rutland": "'more to do ... to strengthen ... the timeliness of initial and review health assessments'",
            "Leicester": "'not all children who are placed at distance ... have an up-to-date health assessment'",
            # Found by the scan on the dev split, not by the pattern, and read.
            "Swindon": "'some older children ... experience a delay in having their physical health needs assessed'",
        },
        "every sentence holding the pattern and a word of time (timel-, delay, late, wait, prompt, quickly, swift, "
        "overdue, backlog, timescale, not completed, drift, slow, too long, weeks, months, capacity, not all, "
        "not always) was read (65 in 51 councils); most children's timely assessments, progress ('have become "
        "timelier') and delays in other services (mental health) are not the finding",
    ),
]


# Issue 16's third pass: five dev questions on findings not yet in the file, in
# the test split's shapes ("criticised for <topic>", "<topic> is not <wording>")
# and the "delays in" wording, each gold read before the scan was run on it.
# Councils read and not counted are in EXCLUDED, with the reason.
REVIEWED += [
    (
        "pre-birth-assessments-criticised",
        "Which councils were criticised for their pre-birth assessments in inspections since 2023?",
        "dev",
        [r"pre-?\s?birth|\bunborn"],
        "2023",
        "2026",
        ["Birmingham", "Devon", "Southwark"],
        {},
        "every sentence holding 'pre-birth' (56 in 44 councils) and every one holding 'unborn' with a critical "
        "word (as for advocacy) was read; most praise pre-birth assessments ('timely', 'a particular strength')",
    ),
    (
        "child-protection-conferences-late",
        "Which councils' reports since 2023 say child protection conferences are not timely?",
        "dev",
        [r"child protection (case )?conferences?|\bI?CPCs?\b|\bRCPCs?\b"],
        "2023",
        "2026",
        [
            "Blackburn with Darwen",
            "Bolton",
            "Bradford",
            "Croydon",
            "Hammersmith and Fulham",
            "Havering",
            "Leicestershire",
            "Middlesbrough",
            "Slough",
            "Warrington",
            "Wirral",
        ],
        {
            "St Helens": "children 'who later require a child protection conference ... experience delay in accessing the help they need'",
            "Stockport": "'the increase in children experiencing delays to progress to ICPCs ... very recently starting to show some improvement'",
            "Cheshire West and Chester": "'The minutes of child protection conferences are often delayed': the record, not the meeting",
            "Leeds": "'timeliness ... has fluctuated but is moving on a positive trajectory'",
        },
        "every sentence holding the pattern and a word of time (as for health assessments) was read (67 in 56 "
        "councils)",
    ),
    (
        "special-guardianship-delays",
        "Which councils were criticised for delays in special guardianship orders in inspections since 2023?",
        "dev",
        [r"special guardian|\bSGOs?\b"],
        "2023",
        "2026",
        [
            "Birmingham",
            "Central Bedfordshire",
            "Halton",
            "Knowsley",
            "Middlesbrough",
            "Rochdale",
            "Southend-on-Sea",
            "Tameside",
            "Wirral",
            "Worcestershire",
        ],
        {
            "Salford": "'do not experience delay, although a small number of applications for special guardianship orders ... could be tracked and progressed more efficiently'",
            "Reading": "a 'What needs to improve?' item: 'The timely assessment of and support for ... special guardians'",
        },
        "every sentence holding the pattern and a critical word (as for advocacy), or a word of time, pace or "
        "progress, or a list item, was read (95 in 84 councils); criticism that is not of delay (SGOs 'not "
        "consistently promoted', 'not sufficient exploration') is not the finding",
    ),
    (
        "supervision-not-regular",
        "Which councils' reports since 2023 say supervision is not regular?",
        "dev",
        [r"supervision"],
        "2023",
        "2026",
        [
            "Brent",
            "Buckinghamshire",
            "Havering",
            "Hertfordshire",
            "Kent",
            "Knowsley",
            "Liverpool",
            "Middlesbrough",
            "North Somerset",
            "Reading",
            "Slough",
            "Staffordshire",
            "Stockport",
            "Warwickshire",
            "Wirral",
            "Wokingham",
        ],
        {
            "Halton": "'Leaders recognised that social workers were not receiving regular supervision and have taken action'; 'the frequency is improving'",
            "Newcastle upon Tyne": "'The previous lack of regular and constructive supervision': past",
            "Somerset": "'supervision and decision-making are not sufficiently consistent': consistency, not frequency",
        },
        "every sentence holding the pattern and a word of frequency or time (regular, frequen-, gap, interval, "
        "timel-, delay, overdue, monthly, weeks, months, cancel, lapse) with a word of fault was read (67), and "
        "every one with a word of policy or absence ('in line with', 'do not receive', 'not all') (17); "
        "supervision that is regular but of poor quality is not the finding",
    ),
    (
        "agency-staff-reliance",
        "Which councils were criticised for their reliance on agency staff in inspections since 2023?",
        "dev",
        [
            r"\bagency (social workers?|staff|workers?|practitioners|managers?)|\blocums?\b|interim (staff|workers)"
        ],
        "2023",
        "2026",
        # Swindon's "a reliance on temporary staff": found by the scan on the dev split, then the
        # pattern widened to "temporary staff" and its five hits read.
        [
            "Cambridgeshire",
            "Halton",
            "Kingston upon Thames",
            "Knowsley",
            "North Somerset",
            "Swindon",
            "Tameside",
        ],
        {
            "Cumberland": "'While the number of agency social workers is high, this group of staff is committed'",
            "Rochdale": "'Senior leaders recognise the need to ... reduce reliance on agency staff' (an aim)",
            "Middlesbrough": "the move to 'replace them with agency workers means that some children will experience further changes of worker'",
        },
        "every sentence holding the pattern was read (71 in 57 councils), and every one holding 'agency' otherwise "
        "with a word of reliance or number (20); most say the use of agency staff is low or has fallen",
    ),
]

# Councils the third pass's questions read and did not count, with the reason.
EXCLUDED = {
    "list-pre-birth-assessments-criticised": {
        "Middlesbrough": "'pre-birth assessments increasingly show a clearer understanding ..., previous changes of social workers have disrupted continuity'",
        "Dorset": "'training ... has improved the quality and timeliness of pre-birth assessments': progress",
        "Bradford": "'some delays in planning' early permanence for unborn babies: planning, not the assessments",
    },
    "list-child-protection-conferences-late": {
        "Brent": "'When delays occur between strategy discussions and an ICPC, the recording ...': a condition; ICPCs are 'convened within statutory timescales'",
        "Surrey": "'While families are waiting for their initial child protection conference, social workers continue to visit'",
        "Cheshire East": "'More ... initial child protection conferences are now completed to timescale': progress",
        "Harrow": "'Improvements have been achieved in ... the timeliness of initial child protection conferences'",
        "Westminster": "'Most initial child protection conferences are timely'",
    },
    "list-special-guardianship-delays": {
        "Cambridgeshire": "'SGOs are not consistently promoted': not delay",
        "Waltham Forest": "'not been sufficient exploration of special guardianship orders': not delay",
        "Harrow": "legal orders sought promptly 'to reduce the risk of drift and delay'",
        "Wokingham": "assessment of special guardians 'without delay'",
        "Herefordshire": "'confusion in the SGO financial offer': not delay",
    },
    "list-supervision-not-regular": {
        "Waltham Forest": "'the timeliness and frequency of supervision have improved'",
        "Cornwall": "'Supervision ... is mostly regular'",
        "Isles of Scilly": "'While staff receive regular supervision, this is often poor in quality'",
        "East Sussex": "regular supervision of foster carers, varying in quality",
    },
    "list-agency-staff-reliance": {
        "Herefordshire": "'At the time of the last inspection, high numbers of agency staff were needed': past",
        "Hackney": "'Not all agency staff are aware that training is open to them': not reliance",
        "Bury": "'The use of agency workers has reduced significantly'",
        "Derby": "'no reliance on agency workers': praise",
    },
}


# Two more of the test split's "criticised for their <topic>" shape, whose reports mostly praise
# the topic (read and added in the same pass, after the first five's rules were set).
REVIEWED += [
    (
        "out-of-hours-criticised",
        "Which councils were criticised for their out-of-hours services in inspections since 2023?",
        "dev",
        [
            r"out[- ]of[- ]hours|emergency duty|\bEDT\b",
            r"(out of|outside( of)?) (normal |core |usual )?(office|working) hours",
        ],
        "2023",
        "2026",
        [
            "Cambridgeshire",
            "Central Bedfordshire",
            "Croydon",
            "Enfield",
            # "out of office hours": Plymouth found by the scan on the dev split, then the pattern
            # widened and its 53 sentences read (Isles of Scilly).
            "Isles of Scilly",
            "Peterborough",
            "Plymouth",
            "Richmond upon Thames",
            "Rochdale",
            "Southampton",
            "Swindon",
        ],
        {
            "Blackburn with Darwen": "'the rationale for EDT decision-making is not aways clear': the record",
            "Worcestershire": "'The recording of decision-making by the emergency duty team (EDT) lacks clarity': the record",
            "Middlesbrough": "'strategy meetings out of hours are not always held in a timely way due to a lack of availability of police colleagues'",
            "Torbay": "'inconsistent out-of-hours support' for foster carers",
            "Lambeth": "'mostly effective, although there are some capacity vulnerabilities at certain times'",
        },
        "every sentence holding the pattern and a critical word (as for advocacy) was read (57 in 43 councils), "
        "and every other one holding a list item or a word of capacity, resources, response or quality (about "
        "70); most praise the service ('responds appropriately', 'timely and proportionate')",
    ),
    (
        "kinship-care-criticised",
        "Which councils were criticised for their kinship care in inspections since 2023?",
        "dev",
        [r"kinship"],
        "2023",
        "2026",
        ["Ealing", "Halton", "Herefordshire", "Hillingdon", "Luton", "Reading", "Stoke-on-Trent", "Wirral"],
        {
            "Manchester": "'the take-up of training, particularly by kinship carers, is low'",
            # Excluded when first read; the scan listed it on the dev split, and on a second reading
            # a reader could count it either way (the council's practice with kinship carers).
            "Liverpool": "'Some kinship carers are reluctant to pursue special guardianship orders ..., and this has not always been challenged robustly enough'",
        },
        "every sentence holding the pattern and a critical word (as for advocacy) was read (53 in 38 councils), "
        "and every other one holding a list item or a turn (not, however, although, but) (12)",
    ),
]
EXCLUDED["list-out-of-hours-criticised"] = {
    "Kirklees": "'Due to a lack of emergency placements, ... children who needed to come into care out of hours staying overnight in a hotel': placements",
    "Wakefield": "'While strategy meetings out of hours are not always recorded, interventions do take place'",
    "Merton": "areas for improvement in 2022, including out-of-hours care arrangements, 'have been responded to': past",
    "Trafford": "EDT 'responds appropriately ..., and this has much improved since the last inspection'",
}
EXCLUDED["list-kinship-care-criticised"] = {
    "Southend-on-Sea": "special guardianship orders 'not always actively explored with foster and kinship carers'",
    "Stockport": "family members 'not routinely involved in devising care plans for children who are not living in kinship arrangements'",
    "Cheshire East": "'there has been an improvement since the last inspection in the level of support'",
}


# Two small ones of the same shape whose reports nearly all praise the topic: precision only.
REVIEWED += [
    (
        "staying-put-criticised",
        "Which councils were criticised for their staying put arrangements in inspections since 2023?",
        "dev",
        [r"staying put|staying close"],
        "2023",
        "2026",
        ["Halton", "Liverpool"],
        {
            "Wokingham": "'Care leavers perceived to be in stable ‘staying put’ arrangements have little contact from their advisers'"
        },
        "every sentence holding the pattern was read (98 in 76 councils); 'staying close' is another scheme",
    ),
    (
        "independent-visitors-criticised",
        "Which councils were criticised for their independent visitors in inspections since 2023?",
        "dev",
        [r"independent visitors?"],
        "2023",
        "2026",
        ["Brent", "Haringey"],
        {},
        "every sentence holding the pattern was read (27 in 24 councils)",
    ),
]
EXCLUDED["list-staying-put-criticised"] = {
    "Bournemouth, Christchurch and Poole": "'many young people thrive in ‘staying put’ arrangements ..., the delay in identifying their own tenancy leaves them frustrated'",
    "Cheshire East": "a 'staying close' initiative, 'too soon to see the impact'",
}
EXCLUDED["list-independent-visitors-criticised"] = {
    "Barnsley": "'have access to advocacy and independent visitors should this be needed'",
    "Tower Hamlets": "'Children are, however, routinely offered advocates and independent visitors'",
}


# Fourth pass: eight questions on findings not yet in the file, in other wordings, written to
# measure how the decision generalises (the code was run on them only after their gold was read).
REVIEWED += [
    (
        "interpreters-criticised",
        "Which councils were criticised for their use of interpreters in inspections since 2023?",
        "dev",
        [r"interpret(?:er|ing)"],
        "2023",
        "2026",
        [],
        {
            "Dorset": "'supported at meetings by interpreters, although not all children receive important documents translated'",
            "Sandwell": "'While interpreters are used regularly, key documents are not always provided in a language that children can understand'",
            "Swindon": "'Most are offered interpreters when this is needed'",
        },
        "every sentence holding the pattern was read (41 in 32 councils); all the others praise the use of interpreters",
    ),
    (
        "chronologies-criticised",
        "Which councils were criticised for their chronologies in inspections since 2023?",
        "dev",
        [r"chronolog"],
        "2023",
        "2026",
        [
            "Barnet",
            "Bury",
            "Halton",
            "Isles of Scilly",
            "Reading",
            "Sheffield",
            "South Tyneside",
            "West Berkshire",
        ],
        {},
        "every sentence holding the pattern was read (25 in 18 councils)",
    ),
    (
        "short-breaks-criticised",
        "Which councils were criticised for their short breaks in inspections since 2023?",
        "dev",
        [r"short[- ]breaks?"],
        "2023",
        "2026",
        # Blackpool ("short-break provision") found by the scan on the dev split; the pattern was
        # then widened to the hyphen and its 12 more sentences read.
        ["Blackpool", "Buckinghamshire", "Havering", "Southampton"],
        {"Lambeth": "'Children receiving only short breaks support do not have an allocated worker'"},
        "every sentence holding the pattern was read (29 in 27 councils)",
    ),
    (
        "deprivation-of-liberty-criticised",
        "Which councils were criticised for their use of deprivation of liberty orders in inspections since 2023?",
        "dev",
        [r"deprivation of liberty|\bDoLS?\b|deprived of their liberty"],
        "2023",
        "2026",
        ["Southend-on-Sea"],
        {
            "Lancashire": "'For most, but not all children, there has been effective management oversight of ... deprivation of liberty'",
            "Derbyshire": "children subject to deprivation of liberty orders 'are living in unregistered children’s homes': stated, not of the orders",
            "Hackney": "children subject to deprivation of liberty orders 'are living in unregistered children’s homes': stated, not of the orders",
        },
        "every sentence holding the pattern was read (21 in 19 councils)",
    ),
    (
        "neglect-tools-criticised",
        "Which councils were criticised for their use of neglect tools in inspections since 2023?",
        "dev",
        [r"graded care profile|\bGCP\b|neglect[^.]{0,40}tools?\b|\btools?\b[^.]{0,60}neglect"],
        "2023",
        "2026",
        ["Barnet", "Doncaster", "Manchester"],
        {
            "East Sussex": "'A new neglect toolkit has recently been launched and is yet to have an impact'",
            "Liverpool": "new neglect tools 'too soon to see the impact'",
            "Southwark": "updated neglect toolkit, 'not yet fully embedded across the wider service'",
            "Warwickshire": "'Practitioners are beginning to use a neglect toolkit'",
        },
        "every sentence holding the pattern was read (20 in 19 councils)",
    ),
    (
        "health-histories-criticised",
        "Which councils were criticised for care leavers' access to their health histories in inspections since 2023?",
        "dev",
        [r"health histor|health passport"],
        "2023",
        "2026",
        [
            "Barking and Dagenham",
            "Bexley",
            "Brent",
            "Cambridgeshire",
            "Cheshire East",
            "Devon",
            "Halton",
            "Hillingdon",
            "Hounslow",
            "Knowsley",
            "Leicester",
            "Northumberland",
            "Portsmouth",
            "Rotherham",
            "Stockton-on-Tees",
            "Tameside",
            "Westmorland and Furness",
            "Wirral",
        ],
        {
            "Croydon": "'Most care leavers are given access to their health histories when they are 18'",
            "Hertfordshire": "a 'What needs to improve' item: 'Support to enable care leavers to access and understand their health histories'",
            "Lincolnshire": "'not all care-experienced young people have been made aware of how to obtain their health histories'",
            "Liverpool": "'Young people reported that they were not aware of their health histories'",
            "Rochdale": "'no systems in place to track ... the provision of health passports'",
        },
        "every sentence holding the pattern was read (74 in 61 councils)",
    ),
    (
        "mental-health-waits",
        "Which councils' reports since 2023 say children wait too long for mental health services?",
        "dev",
        [
            r"(?:CAMHS|mental health)[^.]{0,100}(?:wait|delay|too long|not (?:always |consistently )?timely|timel)",
            r"(?:wait|delay|too long|not (?:always |consistently )?timely|timel)[^.]{0,100}(?:CAMHS|mental health)",
        ],
        "2023",
        "2026",
        # Bradford and East Riding of Yorkshire found by the scan on the dev split (the first
        # patterns asked for "mental health services" or a wait after it); the patterns were then
        # widened and their 12 more sentences read.
        [
            "Bradford",
            "East Riding of Yorkshire",
            "Brent",
            "Cumberland",
            "Derbyshire",
            "Isle of Wight",
            "Knowsley",
            "Oxfordshire",
            "Solihull",
            "South Tyneside",
            "Swindon",
            "Tameside",
            "West Sussex",
            "Wokingham",
        ],
        {
            "Bedford": "'For some children, it takes too long to gain an accurate understanding of their mental health and emotional needs': assessment, not services",
            "Bromley": "an in-house service 'helping to offset long waiting times to access specialist' CAMHS",
            "Hounslow": "therapeutic oversight 'mitigating delays in receiving support from' CAMHS",
            "North Northamptonshire": "'Where children have to be on a waiting list for CAMHS, they receive short-term support'",
            "Liverpool": "homeless young people 'not getting the help or support they need, leading to delays and a deterioration in mental health'",
            "Peterborough": "the same sentence as Liverpool's",
            "Havering": "'Care leavers with more complex mental health needs do not receive timely and effective support'",
            "Sheffield": "a 'What needs to improve' item: 'Timely access and support for care leavers in relation to their mental health'",
        },
        "every sentence holding a pattern was read (46 in 39 councils)",
    ),
    (
        "connected-carers-criticised",
        "Which councils were criticised for their work with connected carers in inspections since 2023?",
        "dev",
        [r"connected carers?"],
        "2023",
        "2026",
        ["Haringey", "Liverpool", "Reading", "Slough", "South Tyneside"],
        {
            "Birmingham": "delays in special guardianship applications for children with connected carers; connected carers not approved",
            "West Sussex": "'Not all connected carers are clear in their understanding about what this arrangement means'",
            "Warwickshire": "unapproved placements with connected carers 'identified at the last inspection as an area for' improvement",
            "Kingston upon Hull": "decisions for children with connected carers in unregulated arrangements",
            "Barking and Dagenham": "'networks for connected carers have been more informal, embryonic support groups are helping'",
        },
        "every sentence holding the pattern was read (44 in 33 councils)",
    ),
]
EXCLUDED["list-interpreters-criticised"] = {
    "Kent": "'the use of interpreters is routine'",
    "Milton Keynes": "'Interpreters are used when necessary'",
}
EXCLUDED["list-chronologies-criticised"] = {
    "Haringey": "'Chronologies are up to date, but management oversight is not always clearly recorded'",
    "Oldham": "'The focus has been on improving the quality of plans, assessments, chronologies and visits'",
    "Suffolk": "'only seeing their chronological age': another sense",
}
EXCLUDED["list-short-breaks-criticised"] = {
    "Devon": "'Children who receive short breaks generally have positive experiences'",
    "Halton": "'Despite these shortcomings, a strong short-breaks offer ensures many disabled children receive services'",
}
EXCLUDED["list-deprivation-of-liberty-criticised"] = {
    "Southwark": "'Deprivation of liberty orders are used rarely, and when used are appropriate'",
    "Manchester": "'only sought to safeguard children when all other options have been exhausted'",
}
EXCLUDED["list-neglect-tools-criticised"] = {
    "Surrey": "'Since the previous inspection, social workers have gained a greater understanding ..., aided by a neglect assessment tool'",
}
EXCLUDED["list-health-histories-criticised"] = {
    "Bury": "'Care leavers are provided with health histories, although it is not always clear to PAs where these are kept'",
    "Slough": "'care leavers have access to their health histories ..., although this is not recorded consistently'",
    "Southwark": "'recent improvements now enable them to access their health histories'",
}
EXCLUDED["list-mental-health-waits"] = {
    "Reading": "CAMHS for children in care offers support 'without delay'",
    "West Berkshire": "'Children access child and adolescent mental health services with minimal delay'",
    "Lewisham": "specialist assessments 'to mitigate delays'",
    "Milton Keynes": "services commissioned 'to avoid long waits for health services'",
}
EXCLUDED["list-connected-carers-criticised"] = {
    "Middlesbrough": "'assessments are thorough and completed in a timely manner'",
    "Essex": "'Plans are well under way to increase the number of foster carers, including connected carers'",
}

# Five more, written after the fourth pass's rules were set and run once on them (a second
# held-out measure, as the first eight had become tuned on).
REVIEWED += [
    (
        "genograms-criticised",
        "Which councils were criticised for their genograms in inspections since 2023?",
        "dev",
        [r"genogram"],
        "2023",
        "2026",
        ["Rutland"],
        {},
        "every sentence holding the pattern was read (9 in 9 councils)",
    ),
    (
        "youth-justice-criticised",
        "Which councils were criticised for their youth justice services in inspections since 2023?",
        "dev",
        [r"youth justice|youth offending"],
        "2023",
        "2026",
        [],
        {},
        "every sentence holding the pattern was read (18 in 14 councils); all describe joint work or praise it",
    ),
    (
        "hotels",
        "Where did Ofsted find children or care leavers living in hotels, in inspections since 2023?",
        "dev",
        [r"hotels?\b"],
        "2023",
        "2026",
        ["Gloucestershire", "Kirklees", "West Sussex", "Wokingham"],
        {
            "Blackpool": "'On rare occasions when crisis arrangements are required, hostels or hotels are used'"
        },
        "every sentence holding the pattern was read (7 in 7 councils)",
    ),
    (
        "personal-adviser-caseloads-high",
        "Which councils' reports since 2023 say personal advisers' caseloads are too high?",
        "dev",
        [
            r"(?:PA|personal adviser)s?[^.]{0,60}caseloads?",
            r"caseloads?[^.]{0,60}(?:PA|personal adviser)s?\b",
        ],
        "2023",
        "2026",
        [
            "Bedford",
            "Cambridgeshire",
            "Doncaster",
            "Kent",
            "Kirklees",
            "Knowsley",
            "Luton",
            "Rochdale",
            "Southwark",
        ],
        {
            "Gateshead": "'Some PAs have high caseloads but remain tenacious'",
            "Stoke-on-Trent": "PAs 'who, despite high caseloads, do their best'",
            "Wokingham": "'Although personal advisers have relatively high caseloads, most young people have regular contact'",
            "Camden": "'Despite some caseload pressures, ... impressive PAs'",
            "Middlesbrough": "'vacancies and sickness within the team are impacting currently on caseloads'",
        },
        "every sentence holding a pattern was read (32 in 25 councils); a report that says it without "
        "naming PAs near the caseloads is not found by the patterns",
    ),
    (
        "foster-carer-recruitment-criticised",
        "Which councils were criticised for their recruitment of foster carers in inspections since 2023?",
        "dev",
        [r"foster carers?[^.]{0,60}(?:recruit|sufficien|shortage)|recruit\w*[^.]{0,60}foster carers?"],
        "2023",
        "2026",
        [
            "Bristol",
            "Hackney",
            "Middlesbrough",
            "Newcastle upon Tyne",
            "Nottinghamshire",
            "Redcar and Cleveland",
            "Somerset",
            "Stockton-on-Tees",
            "Tameside",
            "Westmorland and Furness",
        ],
        {
            "Devon": "'Despite new initiatives to recruit foster carers, there are more carers leaving the service than joining it'",
            "Enfield": "'a successful strategy to recruit ..., but the number of foster carers leaving ... means the authority is still in deficit'",
            "Hammersmith and Fulham": "'Despite some success in recruiting ..., struggled to increase overall capacity, due to foster carers leaving'",
            "Hillingdon": "'Plans to recruit additional foster carers ... are in their infancy'",
            "Milton Keynes": "'While foster carer recruitment is increasing, the current number of households is unable to meet the increasing demand'",
            "Shropshire": "inconsistencies in 'embedding children’s voices in foster carer recruitment'",
            "Stoke-on-Trent": "'a revised recruitment strategy to address the recent decline in general foster carer recruitment'",
            "Sutton": "'Leaders know there is more to do with the recruitment of adopters and foster carers'",
            "Cambridgeshire": "'the need to prioritise the recruitment of foster carers'",
            "Liverpool": "'proposals to improve the recruitment and retention of foster carers'",
            "Isle of Wight": "'a recognition of the need to improve the response rate to enquiries'",
            "Harrow": "the sufficiency strategy identifies 'a need to recruit more foster carers'",
        },
        "every sentence holding the pattern was read (73 in 61 councils)",
    ),
]
EXCLUDED["list-hotels"] = {
    "Slough": "refugee families placed by the Home Office in hotels",
    "Torbay": "the council's 'hotels to homes' initiative",
}
EXCLUDED["list-personal-adviser-caseloads-high"] = {
    "Warrington": "'Until recently, many PA caseloads were too high': past",
    "Blackpool": "'particularly high caseloads': not said of PAs",
    "Worcestershire": "'high social worker caseloads': not PAs",
    "Bristol": "'Social workers’ and personal advisers’ caseloads are mostly manageable'",
}
EXCLUDED["list-foster-carer-recruitment-criticised"] = {
    "Bedford": "'The oversight of ... foster carer assessments, is not always sufficiently robust': assessments",
}

# Fifth pass: eight dev list questions written to measure the decision held out (the code
# before the fifth pass ran on them only after their gold below was read and fixed).
REVIEWED += [
    (
        "lado-criticised",
        "Which councils were criticised for their LADO services in inspections since 2023?",
        "dev",
        [r"\bLADO\b|designated officer"],
        "2023",
        "2026",
        [
            "Barnet",
            "Bolton",
            "Bury",
            "Cheshire West and Chester",
            "Herefordshire",
            "Isles of Scilly",
            "North Somerset",
            "Plymouth",
            "Reading",
            "Staffordshire",
            "Suffolk",
            "Westminster",
            "Wiltshire",
            "Worcestershire",
        ],
        {
            "Bracknell Forest": "only item: 'Communication to a diverse range of communities ... about the role of the LADO' (service outstanding)",
            "Southampton": "the fostering service's 'referrals were not made to the LADO as swiftly as they should have been'",
        },
        "every sentence holding the pattern and a word of fault or hedge was read (117 councils hold the pattern; "
        "the rest praise or describe the service)",
    ),
    (
        "missing-education-criticised",
        "Which councils were criticised for their oversight of children missing education in inspections since 2023?",
        "dev",
        [
            r"missing (from )?education",
            # Widened after the scan's run with the fifth pass's rules listed Reading's "miss education".
            r"\bmiss(?:es|ing)? (?:out on )?(?:their )?(?:education|school)",
        ],
        "2023",
        "2026",
        [
            "Hertfordshire",
            # Reading (new pattern) and Peterborough's "What needs to improve?" item, cut off when
            # first read, were listed by the scan and read.
            "Peterborough",
            "Reading",
            "Slough",
            "Somerset",
            "Swindon",
            "Wirral",
        ],
        {
            "Isles of Scilly": "'For children who are missing education, access to alternative provision is limited'",
            "Bury": "the numbers 'missing out on their educational entitlement, or who are not on roll ... are rising'",
            "West Sussex": "'There has also been an increase in children missing education'",
        },
        "every sentence holding the pattern and a word of fault or hedge was read (129 councils hold the pattern)",
    ),
    (
        "staff-turnover-criticised",
        "Which councils were criticised for high staff turnover in inspections since 2023?",
        "dev",
        [r"turnover"],
        "2023",
        "2026",
        [
            "Barnsley",
            "Bexley",
            "Brent",
            "Bury",
            "Cambridgeshire",
            "Croydon",
            "Halton",
            "Havering",
            "Middlesbrough",
            "North Somerset",
            "Oxfordshire",
            "Southend-on-Sea",
            "Swindon",
            "Tameside",
        ],
        {
            "Bedford": "'wider council workforce challenges with vacancies and turnover in key areas'",
            "Cornwall": "'some turnover of supervising social workers' and 'relatively low levels of turnover'",
            "Hammersmith and Fulham": "'some turnover of staff in children looked after teams'",
            "Hampshire": "turnover 'has impacted on the progress of some children' and 'greatly reduced'",
        },
        "every sentence holding the pattern was read (37 councils); 'churn' and 'instability' are not searched",
    ),
    (
        "pathway-plans-not-updated",
        "Which councils' reports since 2023 say pathway plans are not kept up to date?",
        "dev",
        [
            r"pathway plans?[^.]{0,120}(out of date|outdated|not (always |consistently |regularly |routinely )?(up to date|updated|reviewed|current))|(out of date|outdated) pathway plans",
            # Widened after the scan's run with the fifth pass's rules listed Oldham, Sheffield, Suffolk.
            r"pathway plan\w*[^.]{0,120}(out[- ]of[- ]date|not being (reviewed|updated))|plans not being (reviewed|updated)",
        ],
        "2023",
        "2026",
        [
            "Bedford",
            "Buckinghamshire",
            "Cheshire West and Chester",
            "Hillingdon",
            "Knowsley",
            "Leicester",
            "Middlesbrough",
            "Oldham",
            "Sheffield",
            "Suffolk",
            "North Somerset",
            "Plymouth",
            "Rochdale",
            "Staffordshire",
            "Stockport",
            "West Northamptonshire",
            "Wokingham",
        ],
        {
            "Bath and North East Somerset": "'A small number of pathway plans are not reviewed with care leavers': with, not updated",
            "Newcastle upon Tyne": "'Risks are not routinely identified or reviewed in pathway plans' (listed by the scan)",
        },
        "every sentence holding a pattern was read (15 councils, then 18 with the second)",
    ),
    (
        "placed-at-a-distance",
        "Which councils were criticised for placing children at a distance from home in inspections since 2023?",
        "dev",
        [
            r"placed (at a distance|out of (the )?area|far from home|a long way from)|(distance|far) from (their )?(home|family)"
        ],
        "2023",
        "2026",
        ["Middlesbrough", "Peterborough", "Swindon"],
        {
            "Herefordshire": "care leavers from abroad placed out of area: 'benefits ... but also creates some challenges'",
            "Wokingham": "'For young people who are placed out of area, this presents more of a challenge ... gaps in ... support'",
        },
        "every sentence holding the pattern was read (31 councils); the rest describe support for children placed away",
    ),
    (
        "political-support-praised",
        "Which councils did Ofsted praise for strong political and corporate support in inspections since 2023?",
        "dev",
        [
            r"(political|corporate)[^.]{0,40}support|support[^.]{0,30}(political|corporate)",
            # Widened after the scan's first run listed 'supportive' and 'backing' sentences.
            r"(political|corporate)[^.]{0,60}(supportive|backing)|(supportive|backing)[^.]{0,40}(political|corporate)",
        ],
        "2023",
        "2026",
        [
            "Barnet",
            "Barnsley",
            "Bexley",
            "Blackburn with Darwen",
            "Bolton",
            "Bournemouth, Christchurch and Poole",
            "Brent",
            "Brighton and Hove",
            "Bromley",
            "Bury",
            "Cambridgeshire",
            "Camden",
            "Central Bedfordshire",
            "City of London",
            "Croydon",
            "Darlington",
            "Derbyshire",
            "Devon",
            "Enfield",
            "Gateshead",
            "Gloucestershire",
            "Hammersmith and Fulham",
            "Haringey",
            "Hartlepool",
            "Herefordshire",
            "Hertfordshire",
            "Hillingdon",
            "Hounslow",
            "Kensington and Chelsea",
            "Kirklees",
            "Lambeth",
            "Leeds",
            "Leicestershire",
            "Luton",
            "Manchester",
            "Milton Keynes",
            "Newcastle upon Tyne",
            "Newham",
            "Norfolk",
            "North Tyneside",
            "Nottinghamshire",
            "Oldham",
            "Oxfordshire",
            "Portsmouth",
            "Richmond upon Thames",
            "Rochdale",
            "Rutland",
            "Shropshire",
            "South Gloucestershire",
            "South Tyneside",
            "Southend-on-Sea",
            "Southwark",
            "Stoke-on-Trent",
            "Sunderland",
            "Surrey",
            "Sutton",
            "Telford and Wrekin",
            "Thurrock",
            "Torbay",
            "Wakefield",
            "Walsall",
            "Waltham Forest",
            "Wandsworth",
            "Warrington",
            "Warwickshire",
            "West Sussex",
            "Westminster",
            "Windsor and Maidenhead",
            "Isle of Wight",
            "North Lincolnshire",
            "North Somerset",
            "Rotherham",
        ],
        {
            "Blackpool": "'clear political and corporate leadership commitment to children’s services' (commitment, not support)",
            "Buckinghamshire": "'There is political and corporate support for children’s services': stated, not praised",
            "Wirral": "'There is corporate and political support for children’s services': stated, not praised",
            "Redcar and Cleveland": "'Cross-party political and corporate support is in place'",
            "Havering": "'With the support of corporate and political leaders, work is under way'",
            "Suffolk": "'While there continues to be political and financial support ..., leaders have not had sufficient grip'",
            "Swindon": "'the commitment that corporate and political leaders have made to supporting progress'",
            "Knowsley": "'significant financial support from the corporate centre during the inspection'",
            "Stockton-on-Tees": "members 'secure financial support'",
            "Middlesbrough": "'benefits from corporate and financial backing', and 'a lack of previous corporate support'",
            # Listed by the scan on its first run and read: commitment or leadership, not support.
            "Cheshire East": "'strong political and corporate commitment'",
            "Essex": "'Political and corporate leaders continue to be highly committed to investing'",
            "Lewisham": "'Political and corporate leaders are committed corporate parents'",
            "Salford": "'Across the political and corporate landscape, there is an impressive level of commitment'",
            "Southampton": "'aligned with corporate and political commitment'",
            "Ealing": "'Agile political, corporate and operational services provide clear strategic direction'",
            "Hampshire": "'Strong and stable political and corporate leadership'",
            "Wiltshire": "'Stable and effective political, corporate and children’s services leadership'",
        },
        "every sentence holding a pattern was read (87 councils, then 13 for the second pattern)",
    ),
    (
        "homeless-16-17-criticised",
        "Which councils were criticised for their response to homeless 16- and 17-year-olds in inspections since 2023?",
        "dev",
        [r"homeless"],
        "2023",
        "2026",
        [
            "Barking and Dagenham",
            "Bedford",
            "Bexley",
            "Blackburn with Darwen",
            "Bristol",
            "Buckinghamshire",
            "Calderdale",
            "Cambridgeshire",
            "Cheshire West and Chester",
            "Cumberland",
            "Doncaster",
            "Gateshead",
            "Gloucestershire",
            "Halton",
            "Harrow",
            "Hillingdon",
            "Knowsley",
            "Lambeth",
            "Liverpool",
            "Medway",
            "Merton",
            "Reading",
            "Rochdale",
            "Sandwell",
            "Slough",
            "Southend-on-Sea",
            "Stockport",
            "Stoke-on-Trent",
            "Suffolk",
            "Swindon",
            "Tameside",
            "Telford and Wrekin",
            "Wiltshire",
            "Wirral",
            # "What needs to improve?" items the fault-word reading missed; the scan listed two
            # (Solihull, St Helens), then every item naming homelessness was read.
            "Enfield",
            "Solihull",
            "St Helens",
            "Trafford",
            "West Sussex",
        ],
        {
            "Bath and North East Somerset": "the protocol 'is out of date and does not reflect the good practice being undertaken by workers'",
            "Havering": "'Data in respect of all those who present as homeless is not sufficiently collated': a record",
        },
        "every sentence holding the pattern and a word of fault was read (50 councils; 144 hold the pattern)",
    ),
    (
        "adoption-waits",
        "Which councils' reports since 2023 say children wait too long for adoption?",
        "dev",
        [r"adopt\w*[^.]{0,80}(delay|too long|drift|wait)|(delay|too long|drift|wait)\w*[^.]{0,80}adopt"],
        "2023",
        "2026",
        [
            "Barking and Dagenham",
            "Blackpool",
            "Cheshire West and Chester",
            "Newham",
            "Slough",
            "Southend-on-Sea",
            "Stoke-on-Trent",
            "Swindon",
            "Telford and Wrekin",
        ],
        {
            "Lewisham": "'further compounded by delays in adoption order hearings': the court's",
            "Knowsley": "'a challenge to recruit sufficient adopters to meet the needs of children who are waiting'",
        },
        "every sentence holding the pattern was read (30 councils)",
    ),
]
EXCLUDED["list-lado-criticised"] = {
    "South Tyneside": "'provides a prompt and robust response': praise",
    "Warwickshire": "'The local authority designated officer (LADO) service is effective'",
    "Warrington": "advice 'when concerns do not reach the threshold for LADO involvement'",
    "Sandwell": "the LADO response is praised",
}
EXCLUDED["list-missing-education-criticised"] = {
    "City of London": "'There are currently no children missing education, although appropriate systems are in place'",
    "Derbyshire": "children 'referred promptly to the Children Missing Education team'",
    "Westmorland and Furness": "'benefit from robust local authority oversight'",
}
EXCLUDED["list-staff-turnover-criticised"] = {
    "Reading": "'Following several years of turnover at senior leadership level, there has now been a stable' team: past",
    "Stockport": "'Leaders have taken effective action to address the increasing social work turnover': past",
    "West Sussex": "'until recently, turnover of staff in some teams': past",
    "Windsor and Maidenhead": "'Workforce turnover has reduced, although some children experience too many changes'",
    "Isle of Wight": "'through some very challenging times, including ... workforce turnover': context",
    "Derby": "'low rates of staff turnover': praise",
}
EXCLUDED["list-placed-at-a-distance"] = {
    "Hartlepool": "'A very small number of cared for children live at a distance from their home area'",
    "Birmingham": "'Very few children in care are placed at a distance from their local area'",
}
EXCLUDED["list-political-support-praised"] = {
    "Bristol": "'Corporate and political support ... is improving, but not all members yet provide ...'",
    "Harrow": "'The corporate and political support ... has not adequately ensured ...': criticism",
    "Barking and Dagenham": "'corporate funding to support an ... early help strategy'",
}
EXCLUDED["list-homeless-16-17-criticised"] = {
    "Peterborough": "'have not, until recently, received a response in line with ...': past",
    "Cheshire East": "care leavers who are homeless, not 16- and 17-year-olds",
    "Kent": "care leavers registered as homeless",
    "Leicester": "care leavers at risk of becoming homeless",
    "Portsmouth": "care-experienced young people found intentionally homeless",
    "Wokingham": "care leavers who become homeless",
}
EXCLUDED["list-adoption-waits"] = {
    "Surrey": "'sometimes a purposeful delay while seeking to identify the most appropriate permanent home'",
    "Cambridgeshire": "'delay in planning for them when their plan is not one of adoption'",
}

# Fifth pass, second batch: four more dev list questions, written and their gold read after the
# fifth pass's rules were set, and run once on them (the held-out figure in docs/decisions.md).
REVIEWED += [
    (
        "care-leavers-unsuitable-accommodation",
        "Which councils' reports since 2023 say care leavers are living in unsuitable accommodation?",
        "dev",
        [
            r"unsuitable accommodation|accommodation[^.]{0,40}unsuitable|not suitable accommodation",
            # Widened after the first run listed Doncaster's and Kirklees's "unsuitable temporary ...".
            r"unsuitable (?:temporary |emergency )?(?:accommodation|housing)",
        ],
        "2023",
        "2026",
        [
            "Cambridgeshire",
            "Cheshire East",
            "Devon",
            "Doncaster",
            "Kirklees",
            "East Sussex",
            "Harrow",
            "Leicestershire",
            "Portsmouth",
            "Suffolk",
            "Swindon",
            "Wokingham",
            "Worcestershire",
        ],
        {
            "Middlesbrough": "'some children living in unsuitable accommodation': children, not care leavers",
            "Brighton and Hove": "'Those in unsuitable accommodation are supported into appropriate housing as soon as possible'",
            "Dorset": "oversight of 'the very small number of those who live in unsuitable accommodation'",
        },
        "every sentence holding the pattern was read (16 councils, then 18)",
    ),
    (
        "family-group-conferences-criticised",
        "Which councils were criticised for their family group conferences in inspections since 2023?",
        "dev",
        [r"family group conferenc|family network meeting"],
        "2023",
        "2026",
        ["Peterborough", "Staffordshire", "Tameside"],
        {
            "Buckinghamshire": "'While family group conferences are used in some cases, workers do not always ... engage with the wider family network early enough'",
            "Rutland": "'family network meetings do not always include all relevant extended family members'",
            "West Berkshire": "'Some children and families are not offered a family network meeting'",
        },
        "every sentence holding the pattern and a word of fault was read (11 of 72 councils)",
    ),
    (
        "virtual-school-criticised",
        "Which councils were criticised for their virtual school in inspections since 2023?",
        "dev",
        [r"virtual school"],
        "2023",
        "2026",
        [
            "Cheshire West and Chester",
            "East Riding of Yorkshire",
            "Isles of Scilly",
            "Newcastle upon Tyne",
            "North Somerset",
            # "it is underdeveloped": no word of the first reading's list; listed by the first run.
            "West Sussex",
        ],
        {
            "Bedford": "'support from the virtual school does not extend beyond 18'",
            "Gloucestershire": "the virtual school supports care leavers up to 18 'but do not remain involved beyond this'",
            "Wakefield": "'The virtual school carefully monitors ... PEPs, but ... target setting ... is not yet consistent'",
        },
        "every sentence holding the pattern and a word of fault, and every 'What needs to improve?' item naming it, "
        "was read (21 of 142 councils)",
    ),
    (
        "disabled-children-criticised",
        "Which councils were criticised for their services for disabled children in inspections since 2023?",
        "dev",
        [
            r"disabled children",
            # Widened after the first run listed Buckinghamshire, Middlesbrough, South Tyneside and West Sussex.
            r"(?:children|young people|those) who (?:are|have been) disabled|disabled (?:care leavers|young people)|"
            r"(?:children|young people) with (?:a )?disabilit|disabilit(?:y|ies) (?:team|service)",
        ],
        "2023",
        "2026",
        [
            "Bedford",
            "Buckinghamshire",
            "Middlesbrough",
            "South Tyneside",
            "West Sussex",
            "Blackburn with Darwen",
            "Bolton",
            "Bradford",
            "Croydon",
            "Derbyshire",
            "Devon",
            "Essex",
            "Halton",
            "Haringey",
            "Havering",
            "Knowsley",
            "Medway",
            "North East Lincolnshire",
            "North Northamptonshire",
            "North Somerset",
            "Oxfordshire",
            "Peterborough",
            "Plymouth",
            "Rochdale",
            "Sefton",
            "Somerset",
            "St Helens",
            "Stoke-on-Trent",
            "Tameside",
            "Walsall",
            "West Northamptonshire",
            "Windsor and Maidenhead",
            "York",
        ],
        {
            "Swindon": "'While some children, including those who are disabled, ... do receive good services, for most children ... this is inconsistent'",
            "Bath and North East Somerset": "needs 'not always been assessed by adult care professionals soon enough'",
            "Southampton": "item: 'An increase in placement sufficiency, including short-breaks provision for disabled children'",
        },
        "every sentence holding the pattern and a word of fault, and every list item naming it, was read "
        "(70 sentences in 58 of 147 councils)",
    ),
]
EXCLUDED["list-care-leavers-unsuitable-accommodation"] = {
    "Staffordshire": "'When care leavers live in unsuitable accommodation, they are well supported': a condition",
    "Knowsley": "'If young people’s circumstances change, leading them to move into unsuitable accommodation': a condition",
}
EXCLUDED["list-family-group-conferences-criticised"] = {
    "Shropshire": "'Family group conferencing delays are resolved'",
}
EXCLUDED["list-virtual-school-criticised"] = {
    "Halton": "the virtual school's efforts 'hindered' by placement moves",
    "Hartlepool": "'the numbers not in EET remain too high': not the virtual school's fault",
}
EXCLUDED["list-disabled-children-criticised"] = {
    "Cheshire West and Chester": "'Disabled children benefit from social workers who know them well'",
    "Warwickshire": "'Social workers for disabled children advocate well for them'",
    "Liverpool": "'Children, including disabled children in care, are visited at a frequency that matches their level of need'",
}

# Fifth pass, third batch: three more, written and read after the second batch's rules were set,
# and run once on them: the held-out figure of the pass's final code.
REVIEWED += [
    (
        "edge-of-care-criticised",
        "Which councils were criticised for their edge of care services in inspections since 2023?",
        "dev",
        [r"edge[ -]of[ -]care"],
        "2023",
        "2026",
        ["Middlesbrough", "Wirral"],
        {
            "Swindon": "'While some children, including those who are ... on the edge of care, do receive good services, "
            "for most children and families this is inconsistent'",
        },
        "every sentence holding the pattern and a word of fault was read (7 of 69 councils; the rest praise it)",
    ),
    (
        "young-carers-criticised",
        "Which councils were criticised for their support for young carers in inspections since 2023?",
        "dev",
        [r"young carers?"],
        "2023",
        "2026",
        [
            "Bedford",
            "Durham",
            "Ealing",
            "Gateshead",
            "Greenwich",
            "Halton",
            "Haringey",
            "Knowsley",
            "Lancashire",
            "Merton",
            "Middlesbrough",
            "Norfolk",
            "Oldham",
            "Redcar and Cleveland",
            "Shropshire",
            "South Tyneside",
            "Surrey",
            "Sutton",
            "Telford and Wrekin",
            "Trafford",
            # "some young carers struggle to attend": no word of the first reading's list; listed by the first run.
            "West Berkshire",
            "York",
        ],
        {
            "Blackburn with Darwen": "'some variability in the quality of social work recording' for young carers: the record",
            "Darlington": "initiatives to help practitioners understand young carers, 'too soon to see the impact'",
        },
        "every sentence holding the pattern and a word of fault, and every list item naming it, was read (89 councils hold it)",
    ),
    (
        "strategy-meetings-late",
        "Which councils' reports since 2023 say strategy meetings are not timely?",
        "dev",
        [
            r"strategy (meeting|discussion)s?[^.]{0,100}(delay|timel|prompt|swift|too long|late)|(delay|too long)[^.]{0,60}strategy (meeting|discussion)",
            # Widened after the first run listed Barking and Dagenham's list item and Wirral's "quickly enough".
            r"timeliness of (?:child protection )?strategy (?:meeting|discussion)|strategy (?:meeting|discussion)s?[^.]{0,60}quickly enough",
        ],
        "2023",
        "2026",
        [
            "Barking and Dagenham",
            "Bristol",
            "Cheshire West and Chester",
            "Cornwall",
            "Croydon",
            "Devon",
            "Doncaster",
            "Ealing",
            "Halton",
            "Havering",
            "Leicester",
            "Middlesbrough",
            "Rochdale",
            "Rutland",
            "Slough",
            "Stockport",
            "Tameside",
            "Trafford",
            "West Sussex",
            "Wirral",
        ],
        {},
        "every sentence holding the pattern was read (87 councils; strategy discussions are the same meetings)",
    ),
]
EXCLUDED["list-edge-of-care-criticised"] = {
    "Blackpool": "'Supporting children on the edge of care is embedded as an approach'",
}
EXCLUDED["list-young-carers-criticised"] = {
    "Rochdale": "timely services for 'vulnerable young carers who are parents'",
    "Cheshire West and Chester": "young carers 'benefit from social work support which understands the impact'",
}
EXCLUDED["list-strategy-meetings-late"] = {
    "Brent": "'When delays occur between strategy discussions and an ICPC, the recording ...': a condition",
    "Swindon": "'child protection strategy meetings are timely'",
}


# Six dev lists written blind (ninth pass): every report in scope was searched with the patterns
# and each hit sentence read in context; their ids keep the 'list9-' prefix.
REVIEWED += [
    (
        "list9-letters-before-proceedings-unclear",
        "Which councils were criticised for unclear or poor-quality letters before proceedings to parents, in inspections since 2023?",
        "dev",
        [
            r"letters? before (proceedings|action)|pre-proceedings letters?|(PLO|Public Law Outline) letters?|letters? issued before proceedings",
            r"letters? (sent )?to parents|pre-proceedings[^.]{0,60}\bletters?\b|\bletters?\b[^.]{0,60}pre-proceedings",
            r"\bletters?\b[^.]{0,120}(jargon|not clear|unclear|variable|inconsistent|quality|language|accessible)|(jargon|variable|inconsistent)[^.]{0,80}\bletters?\b",
        ],
        "2023",
        "2026",
        [
            "Barnsley",
            "Bexley",
            "Bolton",
            "Bromley",
            "Cornwall",
            "Dorset",
            "Ealing",
            "East Sussex",
            "Harrow",
            "Kingston upon Thames",
            "Leicestershire",
            "Liverpool",
            "Medway",
            "North Northamptonshire",
            "North Yorkshire",
            "Portsmouth",
            "Salford",
            "Sefton",
            "Southwark",
            "Torbay",
            "Wakefield",
            "West Northamptonshire",
            "Westminster",
            "Wiltshire",
            "Wokingham",
            "Wolverhampton",
        ],
        {
            "Lambeth": "'Most pre-proceedings letters to parents clearly set out concerns, although not all are written in straightforward, jargon-free language'",
            "Redcar and Cleveland": "'While some letters before proceedings contain unhelpful jargon, in the main they are suitably detailed'",
        },
        "every sentence holding a pattern was read; most hits praise the letters. Counted: letters criticised as unclear, jargon-laden, not individualised, variable or inconsistent in quality, including 'what needs to improve' items (Kingston upon Thames, Sefton, Wolverhampton, North Yorkshire, Cornwall) and leaders' acknowledged 'more to do' (Bolton, Medway, Ealing). Portsmouth and Liverpool: the criticism is in one of their two reports in scope (Portsmouth 2023; Liverpool 2026) (98 sentences in 82 reports of 80 councils)",
    ),
    (
        "list9-dental-care-access",
        "Where did Ofsted find children in care or care leavers struggling to get dental care or timely dental checks, in inspections since 2023?",
        "dev",
        [
            r"dentist|dental|dentistry|orthodont|oral health|\bteeth\b",
        ],
        "2023",
        "2026",
        [
            "Devon",
            "Lincolnshire",
            "Liverpool",
            "North Somerset",
            "Northumberland",
            "Plymouth",
            "Redbridge",
            "Slough",
            "South Gloucestershire",
            "Southampton",
            "Staffordshire",
            "Warrington",
        ],
        {
            "West Sussex": "'An increasing number of children have access to a dentist, but this remains an ongoing area of focus'",
        },
        "every sentence holding the pattern was read (most praise timely dental checks or registration with dentists). Counted: children or care leavers not getting dental care or checks in time, including leaders knowing 'there is more to do to ensure that all children have access to routine dental appointments' (Warrington) and care leavers' difficulty getting dental treatment (Lincolnshire, Northumberland, South Gloucestershire, Staffordshire). Liverpool: its 2023 report (a 'what needs to improve' item and 'limited access to dental support'), not its 2026 one (83 sentences in 65 reports of 64 councils)",
    ),
    (
        "list9-recording-system-problems",
        "Which councils' reports since 2023 say problems with the electronic case recording system hamper social work practice or leaders' oversight?",
        "dev",
        [
            r"(case[- ]management|case[- ]recording|recording|electronic|IT|ICT|records?|information|data|digital) (system|platform|software)s?\b|\b(Liquidlogic|Liquid Logic|Mosaic|Eclipse|Azeus)\b|\bsystem (migration|change)|new system|new database|\bdatabase\b",
            r"\bsystems?\b[^.]{0,120}(unwieldy|cumbersome|difficult|difficulties|problem|challeng|not support|hamper|hinder|inaccurat|unreliab|inflexible|limitation|workaround|work-around|issues)|(unwieldy|cumbersome|difficult|difficulties|problem|challeng|hamper|hinder|inaccurat|unreliab|inflexible|limitation|workaround|work-around|issues)[^.]{0,80}\bsystems?\b",
            r"(?-i:\bIT\b|\bICT\b)|technolog|software",
        ],
        "2023",
        "2026",
        [
            "Barnsley",
            "Birmingham",
            "Hampshire",
            "Havering",
            "Isle of Wight",
            "Newcastle upon Tyne",
            "Suffolk",
            "Swindon",
            "West Berkshire",
            "Westmorland and Furness",
            "Windsor and Maidenhead",
        ],
        {
            "Devon": "'insufficient data management systems hinder progress' (fostering) and plans 'to implement a new IT system'",
            "Essex": "'While a new system will go live later this year, the current systems are not accurately reflecting progress' (pre-proceedings tracking)",
            "Rutland": "'intermittent issues with IT connectivity mean that workers cannot always access full and up-to-date information' (out of hours)",
            "Isles of Scilly": "the council 'has agreed to fund a new electronic case recording system' to support 'clearer, more intuitive and secure recording'; no fault of the current system stated",
        },
        "every sentence holding a pattern was read (most are about other 'systems': multi-agency, safeguarding, benefits, digital memory boxes). Counted: the case recording system (or its migration) stated to cause current problems for practice, data or oversight, including 'The new system is presenting some challenges' (Hampshire) and 'the case recording system used in the trust needs further improvement to help improve data quality' (Birmingham) (56 sentences in 42 reports of 42 councils)",
    ),
    (
        "list9-care-leavers-unaware-of-entitlements",
        "Which councils' reports since 2023 say care leavers do not know or understand their entitlements or the local offer?",
        "dev",
        [
            r"entitlements?|entitled to|local offer|care leavers?[’']? offer|\bthe offer\b",
            r"(know|aware of|understand|clear about|informed (of|about))[^.]{0,30}(what (is|support is|help is) (available|on offer)|what they (are|can be) entitled|what they can (expect|ask|access|receive|claim))",
        ],
        "2023",
        "2026",
        [
            "Barking and Dagenham",
            "Bath and North East Somerset",
            "Brent",
            "Bristol",
            "Cambridgeshire",
            "Cheshire East",
            "Cheshire West and Chester",
            "East Riding of Yorkshire",
            "Enfield",
            "Halton",
            "Haringey",
            "Harrow",
            "Hillingdon",
            "Kirklees",
            "Leicester",
            "Luton",
            "Middlesbrough",
            "Northumberland",
            "Portsmouth",
            "South Gloucestershire",
            "Southwark",
            "Suffolk",
            "Sutton",
            "Swindon",
            "Tameside",
            "Walsall",
            "Waltham Forest",
            "Westmorland and Furness",
            "Wirral",
        ],
        {
            "Bournemouth, Christchurch and Poole": "'Many young people describe difficulties in accessing their entitlements': access, not awareness",
            "Buckinghamshire": "'Some young people are not able to access the information the offer provides as documents are not translated'",
            "Bury": "'Some care leavers told us that they were not always updated about changes to the offer'",
            "Dorset": "the offer lacks 'detail or clarity' on discretionary entitlements, 'unless care leavers ask, they are vulnerable to becoming disadvantaged'",
            "Hartlepool": "'Most care leavers understand their rights and entitlements' but 'Not all PAs have fully understood the local offer', and a 'what needs to improve' item: 'Clarity for care leavers about their rights and entitlements'",
            "Hounslow": "PAs ensure 'young people are aware of their rights and entitlements up to the age of 21'; the offer 'not sufficiently clear' for over-21s and a 'what needs to improve' item: 'Promotion of the rights and entitlements for care leavers over the age of 21'",
            "Knowsley": "'it is unclear if they are aware of these entitlements'",
            "Oxfordshire": "the offer is not in accessible language, 'so some care leavers may not fully understand what is available to them'",
            "Rochdale": "the offer is not specific enough, so 'not all care-experienced young people receive what they are entitled to': receipt, not awareness",
            "Sandwell": "'some social workers and PAs are not fully familiar with all aspects of the local offer': staff's knowledge",
            "Stockton-on-Tees": "'The care leaver offer is not well publicised ... care leavers are very dependent on their PA informing them'",
            "Wakefield": "'PAs are not all clear about care leaver entitlements through the local offer': staff's knowledge",
            "North Northamptonshire": "'Most care-experienced young adults are aware of and understand the local offer. However, some aspects of the offer are not as clearly understood or communicated', and a 'what needs to improve' item on its communication",
            "West Northamptonshire": "'Most care-experienced young adults are aware of the local offer'; 'communication of this lacked clarity, particularly around financial entitlements' (addressed during the inspection)",
        },
        "every sentence holding a pattern and a negative or contrastive word (not, lack, unclear, unaware, some, all, however, but, although, while, more to do, improve) was read in context; the remaining hits, plain statements such as 'The local offer is comprehensive', were skimmed. Counted: care leavers (or care-experienced young people) stated not to be aware of, or not to understand, their entitlements or the local offer, including 'not all', 'some' and 'gaps in their full understanding' (Bristol, Barking and Dagenham, South Gloucestershire, Northumberland), a 'what needs to improve' item on 'Care leavers' understanding of their rights and entitlements' (Enfield) and 'This means that ... may not be aware' (Waltham Forest, Leicester). Not counted: children aged 16-17 presenting as homeless, the offer document's clarity alone, staff's knowledge alone. Brent and Haringey: their 2023 reports, not their 2026 ones (which praise care leavers' awareness) (699 sentences in 156 reports of 151 councils)",
    ),
    (
        "list9-parallel-planning-praised",
        "Which councils did Ofsted praise for parallel or concurrent planning for children's permanence, in inspections since 2023?",
        "dev",
        [
            r"parallel[- ]plan|twin[- ]track|concurrent(ly)? plan|dual plan|parallel to (other|the) plans?|in parallel",
            r"(permanen\w+|return to their famil\w+)[^.]{0,120}contingenc\w*|contingenc\w*[^.]{0,120}permanen\w+",
        ],
        "2023",
        "2026",
        [
            "Brighton and Hove",
            "Cumberland",
            "Durham",
            "Hackney",
            "Hertfordshire",
            "Lincolnshire",
            "Middlesbrough",
            "North Northamptonshire",
            "Rotherham",
            "Sheffield",
            "Somerset",
            "Wolverhampton",
        ],
        {
            "Knowsley": "'including twin-track planning when appropriate' in a paragraph finding permanence planning 'inconsistent'",
            "West Sussex": "'parallel plans considered when required' (unborn children)",
            "Redbridge": "'Parenting, family kinship and expert assessments are commissioned in parallel to reduce delay': parallel assessments",
            "Bracknell Forest": "'Social workers consider all permanence options for children, and contingency planning is in place'",
            "Westminster": "'When children are unable to return to their families, contingency plans are considered promptly'",
            "Gloucestershire": "'Permanence is considered early and revisited regularly, with clear contingencies in place'",
        },
        "every sentence holding a pattern was read. Counted: parallel, twin-track or concurrent planning praised or stated as working ('reduces delay', 'used effectively', 'well considered'); no report criticises it (28 sentences in 25 reports of 25 councils)",
    ),
    (
        "list9-contingency-planning-weak",
        "Which councils were criticised for weak or missing contingency planning for children, in inspections since 2023?",
        "dev",
        [
            r"contingenc",
            r"(what|which action) (will|would) (happen|be taken)[^.]{0,40}\b(if|should|in the event)|plan b\b|fall-?back plan|back-?up plan|alternative (plan|arrangement)s?",
        ],
        "2023",
        "2026",
        [
            "Barking and Dagenham",
            "Bolton",
            "Bradford",
            "Bury",
            "Cambridgeshire",
            "Cheshire East",
            "City of London",
            "Cumberland",
            "Durham",
            "East Sussex",
            "Greenwich",
            "Haringey",
            "Harrow",
            "Herefordshire",
            "Isles of Scilly",
            "Knowsley",
            "Lambeth",
            "Merton",
            "Middlesbrough",
            "Milton Keynes",
            "North Somerset",
            "North Tyneside",
            "Redcar and Cleveland",
            "Solihull",
            "Southampton",
            "Stockton-on-Tees",
            "Stoke-on-Trent",
            "Suffolk",
            "Swindon",
            "Tameside",
            "Tower Hamlets",
            "Walsall",
            "Warrington",
            "Warwickshire",
            "West Berkshire",
            "Wigan",
        ],
        {
            "Gateshead": "'contingency plans are in place should needs escalate'; 'The sharing and understanding of contingency planning with families are not always explicitly recorded'",
            "Southwark": "'some variability in the quality of recording of safety and contingency plans', and 'Good progress has been made ... including ... contingency planning'",
            "Leeds": "'Social workers can clearly articulate the contingency arrangements ... but the detail of these arrangements is not always evidenced in written records'",
            "Shropshire": "'When care leavers travel abroad, many do so without support to ... develop contingency plans': care leavers' travel",
        },
        "every sentence holding a pattern was read (about half praise contingency planning). Counted: contingency plans stated to be missing, weak, vague, generic or inconsistent, or their recording made a 'what needs to improve' item, in any children's plan (child in need, child protection, care, pathway, pre-birth) or closure record, including 'what needs to improve' items (Durham, Milton Keynes, North Tyneside, Redcar and Cleveland, West Berkshire, Bury, Middlesbrough). Haringey: its 2026 report (pathway plans), not its 2023 one. Ambiguous: criticisms only of how contingency plans are recorded, beside praise for the planning itself (118 sentences in 78 reports of 77 councils)",
    ),
]
EXCLUDED["list9-letters-before-proceedings-unclear"] = {
    "Bradford": "letters 'clear about the concerns' but 'not consistently shared with parents promptly': timeliness, not quality",
    "Lewisham": "letters 'of a consistent quality, but they haven't always been sent within the agreed timeframe': timeliness",
    "Blackpool": "'improved letters before proceedings': improved",
    "Shropshire": "'letter quality has improved'",
    "Brent": "'These letters are not consistently of good quality': IROs' letters to children after reviews; pre-proceedings letters 'generally clear'",
    "Westmorland and Furness": "later life letters, praised",
}
EXCLUDED["list9-dental-care-access"] = {
    "Solihull": "'sustained improvement in dental attendance': improved",
    "Tameside": "'A commissioned dental scheme enables care-experienced young people to access dentists': praise",
    "Salford": "'Health assessments and dental checks are mostly completed within statutory timescales': praise",
}
EXCLUDED["list9-recording-system-problems"] = {
    "Brighton and Hove": "'The migration to a new database created challenges ... but leaders have addressed this': past",
    "Doncaster": "'The social care database has been revised with simplified forms': improved",
    "Merton": "'Leaders have taken action to strengthen the case management system's tracking functions': action taken, no problem stated",
    "Leicester": "delays in contacts 'being responded to and entered on the electronic recording system': the practice, not the system",
    "Cumberland": "'a shared electronic recording system' with Westmorland and Furness: no problem stated",
    "Bath and North East Somerset": "'invested in new technology' to improve record-keeping: no fault of the system stated",
    "Bristol": "'senior leaders do not have consistently reliable data and performance information': not the recording system",
    "Knowsley": "'performance management systems and processes are compliance-focused': processes, not software",
    "Liverpool": "'immature systems and tracking and review mechanisms': processes, not software",
}
EXCLUDED["list9-care-leavers-unaware-of-entitlements"] = {
    "Bedford": "16- and 17-year-olds presenting as homeless 'not always made aware of their rights and entitlements': children, not care leavers",
    "Calderdale": "homeless 16- and 17-year-olds, not care leavers",
    "Telford and Wrekin": "children 'not consistently made aware of their rights and entitlements, including to be accommodated': not care leavers",
    "Hackney": "'The web-based local offer is not routinely translated': the offer's format, no statement about awareness",
    "Wokingham": "'The local offer for care leavers is not sufficiently clear regarding entitlements and support': the document",
    "Isle of Wight": "'The local offer for care leavers is lengthy and not easily accessible': the document",
    "Torbay": "leaders plan to 'refine some of the language in the offer': the document",
    "Hampshire": "support for care leavers who are parents 'is not explicitly referenced in the offer': the document",
    "Newcastle upon Tyne": "'Not all social workers have sufficient knowledge of the support that is available to care leavers': staff's knowledge",
    "Kent": "'The local offer for care leavers lacks ambition': its content",
    "North Lincolnshire": "'Most care leavers know their rights and entitlements': praise",
    "West Sussex": "leaders 'contacting the 300 young people closed to the service to ensure that they are aware of the offer': an action, no finding that they are unaware",
}
EXCLUDED["list9-parallel-planning-praised"] = {
    "Bradford": "'concurrent planning ensures that contingencies are in place irrespective of immigration application outcomes': care leavers, not permanence",
    "Isle of Wight": "'parallel planning is undertaken so that any uncertainty about adult services is managed': transition to adulthood",
    "East Sussex": "'There is no overall tracking to ensure that permanence plans and contingencies are in place': criticism",
    "Lambeth": "'contingency planning is not consistently considered' for newborns: criticism",
    "Southampton": "'do not include contingency or early permanence planning': criticism",
    "Bournemouth, Christchurch and Poole": "parents 'receiving multifaceted support in parallel': not planning",
    "Kingston upon Hull": "searches for registered provision 'continue in parallel': not permanence planning",
}
EXCLUDED["list9-contingency-planning-weak"] = {
    "Cheshire West and Chester": "conference minutes not available 'delays alternative plans being made': not contingency planning",
    "Southend-on-Sea": "'Alternative plans for permanence ... are not always actively explored': permanence options",
    "Bexley": "'Child-in-need and child protection plans ... with clear contingencies in place': praise",
    "Brighton and Hove": "parallel planning 'should the primary plan not succeed': praise",
}

# Four dev lists written blind (tenth pass): every report in scope was searched with the patterns
# and each hit sentence read in context; their ids keep the 'list10-' prefix.
REVIEWED += [
    (
        "list10-children-not-visited-enough",
        "Where did Ofsted find children not being visited by their social workers as often as their needs require, or not seen alone, in inspections since 2023?",
        "dev",
        [
            r"not (been )?(visited|seen)|(seen|spoken to|spoke to) (alone|on their own|separately)|(see|seen|seeing)[^.]{0,40}(often|regularly|frequently) enough|as often as",
            r"\bvisit(s|ed|ing)?\b[^.]*\b(not|gaps?|infrequent|irregular|overdue|delay(s|ed)?|inconsistent|enough|declined|lack)\b|\b(not|gaps?|infrequent|irregular|overdue|delay(s|ed)?|inconsistent|enough|declined|lack)\b[^.]*\bvisit(s|ed|ing)?\b",
        ],
        "2023",
        "2026",
        [
            "Barking and Dagenham",
            "Bedford",
            "Blackburn with Darwen",
            "Bolton",
            "Bristol",
            "Bury",
            "Cheshire East",
            "Cornwall",
            "Devon",
            "Essex",
            "Halton",
            "Havering",
            "Knowsley",
            "Leicester",
            "Liverpool",
            "Middlesbrough",
            "North Somerset",
            "Reading",
            "Rochdale",
            "Somerset",
            "South Tyneside",
            "Southend-on-Sea",
            "Swindon",
            "Windsor and Maidenhead",
            "Worcestershire",
        ],
        {
            "Cheshire West and Chester": "'significant delays in children being initially visited' and, for children in unregistered homes, 'expectations regarding the expected minimum frequency of visiting are not always clear'",
            "Tower Hamlets": "'children's records did not always detail this sufficiently to evidence that children are visited regularly enough': the records",
            "Slough": "placements not approved by panel 'lack the subsequent senior management oversight and any necessary increased visiting or support'",
            "Wokingham": "'it is not always clear that supervising social workers have spoken with children during their visits to foster carers'",
            "Central Bedfordshire": "'children are not always visited by social workers at night or at weekends when such support might be helpful': out of hours",
        },
        "every sentence holding a pattern was read (most praise regular visits and children seen alone; many are about personal advisers' visits to care leavers, which are not counted). Counted: children (in need, on child protection plans, in care, disabled, living in unregistered homes or out of area) not visited as often as their needs or plans require, visits not increased when risk rises, gaps in statutory visiting, or children not seen alone, including Barking and Dagenham's and Knowsley's 'social work visiting ... not sufficiently robust' for children in unregistered homes. Liverpool and Middlesbrough: their 2023 reports, not their 2026 ones. Not counted: delays before the first visit of an assessment, purposeless visits, care leavers (178 sentences in 93 reports of 89 councils)",
    ),
    (
        "list10-core-groups-criticised",
        "Which councils were criticised because core group or child-in-need meetings were irregular, poorly attended or failed to review children's progress, in inspections since 2023?",
        "dev",
        [
            r"core[- ]groups?",
            r"(child[- ]in[- ]need|CIN) (review |planning )?(meetings?|reviews?)|multi-agency (review )?meetings?",
        ],
        "2023",
        "2026",
        [
            "Barnsley",
            "Blackpool",
            "Bradford",
            "Gateshead",
            "Gloucestershire",
            "Havering",
            "Liverpool",
            "Middlesbrough",
            "North Somerset",
        ],
        {
            "Devon": "'Actions from core groups also often lack clarity about how outcomes are measured': the plans' actions, not the meetings",
        },
        "every sentence holding a pattern was read (nearly all praise regular, well-attended meetings). Counted: core group or child-in-need meetings that do not take place, are not held at the required frequency or promptly, have variable partner attendance, or do not review progress or challenge drift, including Barnsley ('attendance from partners is variable'), Gateshead ('some variability in the frequency of child protection core groups') and Gloucestershire (child-in-need meetings 'do not always take place promptly' after step-down). Liverpool and Middlesbrough: their 2023 reports, not their 2026 ones, which praise the meetings (166 sentences in 121 reports of 116 councils)",
    ),
    (
        "list10-transition-to-adult-services-weak",
        "Which councils' reports since 2023 say disabled young people or those with ongoing care needs face delays or poor planning in their transition to adult services?",
        "dev",
        [
            r"transition(s|ing|al)?[^.]{0,100}adult|adult (social care|services?|health|care)[^.]{0,100}transition|preparing for adulthood|adult social care",
            r"Care Act|(disab|additional needs|complex needs)[^.]{0,150}(adult|turn 18|age of 18)|(adult|turn 18|age of 18)[^.]{0,150}(disab|additional needs|complex needs)",
            r"(disab|additional needs|complex needs)[^.]{0,100}transition|transition[^.]{0,100}(disab|additional needs|complex needs)",
        ],
        "2023",
        "2026",
        [
            "Bath and North East Somerset",
            "Bradford",
            "Bristol",
            "Buckinghamshire",
            "Liverpool",
            "Medway",
            "Plymouth",
            "South Tyneside",
            "Stoke-on-Trent",
            "Walsall",
            "Wirral",
        ],
        {
            "Luton": "'Disabled care leavers are mostly supported well. However, the transitions into adulthood can depend on the expertise of the social worker involved'",
            "West Sussex": "'The effectiveness of mental health support for care leavers as they transition from child to adult services is inconsistent': adult mental health services",
        },
        "every sentence holding a pattern was read (most praise early, joint transition planning with adult services). Counted: disabled young people, or children and care leavers who will need adult social care, whose move to adult services is late, not timely, not seamless or poorly planned, including delays in Care Act or adult eligibility assessments (Bristol, Liverpool 2023), late allocation of an adult services worker (Stoke-on-Trent), late referral (Bradford 2026, although it also finds transition planning for disabled children 'mostly timely and effective'), and 'what needs to improve' items (Buckinghamshire, Plymouth, Stoke-on-Trent). South Tyneside: its 2026 report. Not counted: care leavers' transition to adulthood in general, or improvements (185 sentences in 106 reports of 103 councils)",
    ),
    (
        "list10-police-referrals-criticised",
        "In which councils did inspectors report that referrals or information from the police to children's social care were late or of poor quality, in inspections since 2023?",
        "dev",
        [
            r"police[^.]{0,150}(referr|contact|notification|information|triag|screen|front door|MASH|MACH|hub|IFD|SPA|co-locat)|(referr|contact|notification|information|triag|screen|front door|MASH|MACH|hub|IFD|SPA|co-locat)[^.]{0,150}police",
            r"police[^.]{0,150}(delay|late\b|\bnot\b|variab|inconsisten|insufficient|poor|weak|volume|lack)|(delay|late\b|\bnot\b|variab|inconsisten|insufficient|poor|weak|volume|lack)[^.]{0,150}police",
            r"(referrals?|contacts?|information) from (the )?(police|partners?|partner agencies)|Operation Encompass",
        ],
        "2023",
        "2026",
        [
            "Barnsley",
            "Bedford",
            "Central Bedfordshire",
            "Cheshire West and Chester",
            "Halton",
            "North Somerset",
            "Rochdale",
            "Sefton",
            "Tameside",
            "Wigan",
        ],
        {
            "Birmingham": "domestic abuse incidents 'triaged by the police acting as a single agency, before being referred to social care. Police make decisions on next steps without full consideration of partners' information'",
            "Sheffield": "'The police do not pre-triage their contacts before sending them into the safeguarding hub': volume, not lateness or content",
            "Bristol": "'some areas of joint practice with the police in the MASH ... are not consistently good enough'",
            "South Tyneside": "'the relationship with the police is not strong enough to ensure that there is a shared understanding of children's services thresholds' (2023)",
            "Dorset": "'the lack of timely information and attendance at some meetings by the police' about allegations against professionals (LADO)",
        },
        "every sentence holding a pattern was read (most praise joint working with the police at the front door; delays to strategy meetings for lack of police availability are not counted). Counted: police referrals, contacts or notifications to children's social care stated to be late, delayed, missing or lacking information, only where the police are named, including Halton (police using powers of protection 'do not always inform children's services'), Tameside ('Police do not always refer children quickly') and Wigan ('some delays in the police referring incidents that require an immediate safeguarding response') (124 sentences in 72 reports of 69 councils)",
    ),
]
EXCLUDED["list10-children-not-visited-enough"] = {
    "Surrey": "'short delays in children being visited and an assessment starting': the first visit of an assessment, not visiting frequency",
    "Staffordshire": "'a short delay before social workers make a first visit' to unaccompanied children: first visit; 'Social workers visit children regularly'",
    "East Sussex": "privately fostered children 'not all ... visited swiftly' as part of the assessment: first visit",
    "Bexley": "private fostering 'gaps in practice in respect of timely initial visits': first visit",
    "Harrow": "'Visits are not in line with their needs': care leavers",
    "Solihull": "'visiting is not always proportionate to their needs': care leavers' PAs",
    "Plymouth": "'Others do not get any visits': care leavers in custody",
    "Westmorland and Furness": "'not seen regularly enough by their PAs': care leavers",
    "Croydon": "emergency duty team 'not always able to visit children ... in custody overnight': out-of-hours capacity",
    "Stockport": "'most children are seen regularly'; 'visits lack purpose': purpose, not frequency",
    "Suffolk": "recording system means no assurance 'that children are visited as required': data",
    "Peterborough": "'The focused visit in March 2023 found ... delays ... in children being visited': an earlier visit's finding",
    "Haringey": "'a lack of focused and meaningful visits': purpose",
    "Kent": "'children are seen alone regularly': praise",
}
EXCLUDED["list10-core-groups-criticised"] = {
    "Reading": "'Core group meetings are mostly regular' and 'Most ... are well attended': praise",
    "Slough": "'Most core groups are purposeful and regular': praise",
    "Knowsley": "plans 'regularly reviewed through well-attended multi-agency meetings'; the criticism is of IROs' escalation",
    "Barking and Dagenham": "'Permanence planning meetings are not held frequently enough': children in care, not core group or child-in-need meetings",
    "Haringey": "minutes of weekly multi-agency missing meetings 'not always recorded on children's files': not plan reviews",
    "Lambeth": "'presentation at the daily multi-agency meeting' causing delay: the front door",
}
EXCLUDED["list10-transition-to-adult-services-weak"] = {
    "Cheshire East": "'Transition planning into adulthood for most care leavers is variable': leaving care generally, not adult services",
    "Rochdale": "care-experienced young people's 'transition to adulthood': leaving care generally",
    "Stockport": "'The quality of transition planning for children as they approach adulthood is inconsistent': pathway plans, leaving care generally",
    "Halton": "'transition planning starts too late' for young people leaving care: pathway planning, not adult services",
    "Knowsley": "pathway plans 'lack clear actions to support young people to transition to adulthood': leaving care generally",
    "Devon": "care leavers without stable housing to 'transition to adulthood': housing",
    "Tameside": "'A dedicated transitions social worker is improving transition planning': improving",
    "Sandwell": "'improved transition arrangements for disabled children': improved",
    "Leeds": "'experiences of transitioning between children and adults' services have significantly improved'",
    "Bolton": "'Progress has been made on ... transitional planning for disabled children': improved",
    "Wigan": "'Transition planning is effective for most children, with clear actions in place to address any delays in adulthood assessments': praise",
    "Solihull": "'most referrals are progressed early enough to support effective transitions': praise",
}
EXCLUDED["list10-police-referrals-criticised"] = {
    "Derbyshire": "'A high volume of domestic abuse referrals are received ... from the police': volume, no fault stated",
    "Liverpool": "'the response from agencies, including the police, to children who experience sexual harm is sometimes poor': not referrals",
    "West Sussex": "joint investigations delayed 'due to police availability': not referrals",
    "Reading": "'Relationships with some agencies, for example the police ... are not as strong': no finding on referrals",
    "Slough": "'The quality of referrals from partner agencies is variable': police not named",
    "Trafford": "'The quality of contacts from partner agencies is variable': police not named",
    "Bury": "'timely police referrals to the MASH': praise",
    "Middlesbrough": "'Police referrals are mostly timely' (2026): praise",
}

# Five dev lists written blind (eleventh pass): every report in scope was searched with the patterns
# and each hit sentence read in context; their ids keep the 'list11-' prefix.
REVIEWED += [
    (
        "list11-placement-with-parents-criticised",
        "Which councils were criticised for their work with children in care living at home with their parents on care orders (placement with parents), such as poor assessment or oversight of the arrangements or delays in discharging the care orders, in inspections since 2023?",
        "dev",
        [
            r"placement with parents|placed (at home )?with (their )?(birth )?parents?|(placed|living|live|lives|remain|return(ed)?|home) (at home )?(under|on|subject to|with) (a |their )?(full )?care orders?|care orders? (at home|for children (placed|living) at home)|at home (on|under|subject to) (a |their )?care orders?|discharg(e|ed|ing) (of )?(their |the )?care orders?|revoc|revok",
            r"care orders?[^.]{0,120}(parents?|at home|home\b|family)|(parents?|at home|home\b)[^.]{0,120}care orders?|\bPWP\b|placement with parent|discharg(e|ed|ing)[^.]{0,40}orders?|(ending|end|ended) (their |the )?care orders?",
        ],
        "2023",
        "2026",
        [
            "Birmingham",
            "Blackburn with Darwen",
            "Bolton",
            "Cambridgeshire",
            "Camden",
            "Cheshire East",
            "Cheshire West and Chester",
            "Cornwall",
            "Halton",
            "Hammersmith and Fulham",
            "Havering",
            "Lewisham",
            "Liverpool",
            "Rochdale",
            "Sandwell",
            "Slough",
            "Solihull",
            "South Tyneside",
            "Stockport",
            "Tameside",
        ],
        {
            "Knowsley": "'others have remained in care for too long due to delays in securing special guardianship orders or discharging their care orders': parents not named, and 'When children return to the care of their parents, decisions are mostly appropriate'",
            "Wirral": "'Some children experience delay in the discharge of care orders and the securing of special guardianship orders': parents not named",
        },
        "every sentence holding a pattern was read (most praise thorough placement with parents assessments, senior oversight and timely discharge of care orders). Counted: children in care placed at home with their parents whose assessments, agreements, visits or oversight under the placement with parents regulations are late, missing or inconsistent, or who stay on care orders too long because discharge is delayed, including 'what needs to improve' items (Blackburn with Darwen, Havering, Lewisham, Slough), Cambridgeshire ('some of these children have been living in these arrangements for too long'), Cheshire East ('subject to statutory intervention for longer than they need to be ... due to delays in the discharge of care orders', after children return home), Cornwall (no placement with parent agreements for a small number) and Sandwell (unplanned returns home without swift safeguarding checks; discharge taking too long). Liverpool: its 2023 report, not its 2026 one, which praises revocations. Not counted: special guardianship delays for connected carers, or improvements since an earlier inspection (102 sentences in 73 reports of 72 councils)",
    ),
    (
        "list11-long-term-fostering-matching-delays",
        "Where did Ofsted find children in long-term foster care waiting too long to be formally matched with their carers or to have their permanence confirmed, in inspections since 2023?",
        "dev",
        [
            r"long[- ]term (match|foster|arrangement|placement|home|carer)[^.]{0,150}(delay|drift|slow|wait|not (yet |always )?(been )?(formal|ratif|match|confirm|progress|secur)|too long|timely|late)|(delay|drift|slow|wait|too long|timely|late)[^.]{0,150}long[- ]term (match|foster|arrangement|placement|home|carer)",
            r"ratif|(formal(ly|ise|ised|ising)?|confirm(ed|ing)?)[^.]{0,60}(match|permanen|long[- ]term)|match(es|ed|ing)?[^.]{0,60}(foster|carers?)[^.]{0,80}(delay|drift|slow|wait|not|too long|timely|late)|permanence (panel|meeting)",
            r"(not (yet |been |formally )*|un)matched|matching[^.]{0,80}(delay|drift|slow|wait|not|too long|late|backlog)|(delay|drift|slow|wait|backlog)[^.]{0,80}matching|permanen(ce|t|cy)[^.]{0,120}(foster)[^.]{0,120}(delay|drift|wait|too long|not (yet )?(been )?(secured|achieved|progressed|confirmed|agreed))|(delay|drift|wait|too long)[^.]{0,120}permanen(ce|t|cy)[^.]{0,120}foster|(stay|remain)[^.]{0,40}(foster carers?|with their carers)[^.]{0,80}(uncertain|not (been )?(confirmed|agreed|formal))|uncertain(ty)? about (their|where)",
            r"foster(ing|ed| care| carers?)?[^.]{0,120}permanen(ce|cy|t)[^.]{0,100}(delay|\bnot\b|wait|too long|slow|drift|uncertain)|(delay|wait|too long|slow|drift)[^.]{0,100}(formal|permanen)[^.]{0,60}(foster|carers?)",
        ],
        "2023",
        "2026",
        [
            "Bury",
            "Cambridgeshire",
            "Central Bedfordshire",
            "Croydon",
            "Derbyshire",
            "Halton",
            "Haringey",
            "Kirklees",
            "Leicestershire",
            "Liverpool",
            "Luton",
            "Merton",
            "Peterborough",
            "Plymouth",
            "Rochdale",
            "Rutland",
            "Sandwell",
            "Stockport",
            "Stockton-on-Tees",
            "Swindon",
            "Tameside",
        ],
        {
            "Salford": "'a small number of applications for special guardianship orders or long-term fostering matches could be tracked and progressed more efficiently', after 'The majority of children do not experience delay'",
            "North East Lincolnshire": "'A significant number of children in care now have a ratified plan of permanence, but this is not the case for all children': an improvement, no delay stated",
            "Southend-on-Sea": "'Some children are waiting far too long to be matched with permanent carers and adopters', in a paragraph on early permanence: long-term foster carers not named",
        },
        "every sentence holding a pattern was read (most praise timely matching and ratification at permanence panels). Counted: children living in, or planned for, long-term foster care whose formal matching, approval or ratification as their permanent home is delayed, not prioritised or inconsistently done, leaving them uncertain about their future, including Kirklees ('certainty about their permanence plan is not achieved at the earliest opportunity'), Peterborough ('delays in securing permanence for ... those who are being fostered long term'), Rutland (systems to formally recognise long-term fostering 'not as clear as they could be', so a few children live with uncertainty), Stockport ('long-term matching ... is not consistently prioritised') and Swindon ('Children are not matched with permanent carers quickly enough'; children 'not always given the reassurance of knowing that this is their permanent home'). Liverpool: its 2023 report. Not counted: special guardianship or care order delays (Knowsley, Birmingham), matching quality rather than delay (Havering), section 20 planning (Wirral) (73 sentences in 56 reports of 56 councils)",
    ),
    (
        "list11-staying-close-praised",
        "Which councils did Ofsted praise for their 'Staying Close' support for care leavers, in inspections since 2023?",
        "dev",
        [
            r"staying close|stay close",
        ],
        "2023",
        "2026",
        [
            "Blackpool",
            "Central Bedfordshire",
            "Coventry",
            "Darlington",
            "Dorset",
            "Durham",
            "Hartlepool",
            "Herefordshire",
            "Newcastle upon Tyne",
            "North Northamptonshire",
            "Portsmouth",
            "Sheffield",
            "Stockport",
            "Suffolk",
            "West Northamptonshire",
            "York",
        ],
        {
            "Southampton": "'There has been a recent growth in housing options, including a new ‘staying close to home’ arrangement': new, no judgement of it",
            "Gateshead": "'Gateshead is part of the Staying Close pilot': stated, not judged",
        },
        "every sentence holding a pattern was read. Counted: a Staying Close offer, programme, team, flat or arrangements described as supporting care leavers well, effective, well developed or positive, including Durham (each care leaver 'assigned a PA from the Staying Close programme', which 'helps to ensure that young people are as prepared as possible'), Hartlepool ('provides intensive support'), Newcastle upon Tyne ('It is positive that some care leavers are living in ‘staying close’ arrangements') and Stockport ('providing an additional layer of support'). Not counted: schemes too new to judge or still being embedded, and 'stay close' in other senses (managers staying close to practice, children staying close to friends) (26 sentences in 23 reports of 23 councils)",
    ),
    (
        "list11-sdq-use-praised",
        "Which councils did Ofsted praise for using strengths and difficulties questionnaires (SDQs) to understand and meet the emotional health needs of children in care, in inspections since 2023?",
        "dev",
        [
            r"SDQs?\b|strengths? and difficulties",
        ],
        "2023",
        "2026",
        [
            "Barking and Dagenham",
            "Barnet",
            "Bradford",
            "Bromley",
            "Cambridgeshire",
            "Derby",
            "Ealing",
            "East Sussex",
            "Gloucestershire",
            "Havering",
            "Hillingdon",
            "Lincolnshire",
            "Northumberland",
            "Rutland",
        ],
        {},
        "every sentence holding a pattern was read, with its paragraph. Counted: strengths and difficulties questionnaires stated to be completed routinely or on time and used to identify children's emotional health needs, inform plans or services, or show improvement, including Barking and Dagenham ('lower scores on the strengths and difficulties questionnaire'), Cambridgeshire and Rutland ('the increasing use of strengths and difficulties questionnaires' helping to meet children's needs), East Sussex (completed with health assessments and 'The findings are used to identify and plan for children’s health and therapeutic care needs') and Northumberland ('most children have strengths and difficulties questionnaires completed. This results in children’s health and emotional needs being identified early'). Not counted: questionnaires completed but not used in planning (16 sentences in 16 reports of 16 councils)",
    ),
    (
        "list11-senior-leadership-instability",
        "Which councils' reports since 2023 say instability or frequent changes in senior leadership held back improvement or harmed services for children?",
        "dev",
        [
            r"(instability|unstable|changes?|turnover|churn|several|succession|number of)[^.]{0,80}(senior (leader|leadership|manage)|leadership team|directors? of children|\bDCSs?\b|chief executives?|leadership\b)|(senior (leaders|leadership|management)|leadership team|directors? of children|\bDCS\b)[^.]{0,80}(instability|unstable|changes|turnover|churn)|interim (director|DCS|leader|leadership|senior|chief|executive|arrangements)|(leadership|leaders)[^.]{0,40}(instability|churn)|(stable|stability)[^.]{0,60}(leadership|leaders)",
            r"(two|three|four|five|six|seven|several|multiple|successive|\d+) (different |permanent |interim )?(directors\b|DCSs|chief executives|assistant directors|heads of service)|(lack of|without|no) (a )?permanent (senior |leadership|DCS|director)|leadership (vacanc|gaps?\b|fragil|capacity)|fragility",
        ],
        "2023",
        "2026",
        [
            "Barnsley",
            "Devon",
            "Halton",
            "Harrow",
            "Knowsley",
            "Middlesbrough",
            "North East Lincolnshire",
            "North Somerset",
            "Plymouth",
            "Rochdale",
            "Sefton",
            "Tameside",
        ],
        {
            "Slough": "'continuous and significant change ... including ... changes of senior leadership in both Slough Children First and the council. The overall quality of practice remains unchanged': the link is implied, not stated",
            "Sheffield": "'After a period of senior leadership churn, the now stable and permanent leadership team is taking action to address this' (the reduced range of services for care leavers): the link is implied",
            "North Northamptonshire": "'After a number of years of instability, leadership changes over the past 18 months have significantly increased the pace of improvement': past instability, the finding is the improvement",
            "Cambridgeshire": "'Staff have experienced instability in both leadership and clarity of vision', and 'changes in the leadership of the [fostering] service': leadership level not stated",
            "Bury": "'Changes in the leadership team over time have hampered this work' (relationships with schools): whose leadership team is not stated",
        },
        "every sentence holding a pattern was read (most praise a stable leadership team; 'interim safety plans' and interim workers are not about leaders). Counted: the report states that turnover, churn, instability or several changes of director of children's services or senior leaders caused a decline, slowed or stalled improvement, or left improvements fragile, including Barnsley ('A high turnover of staff, managers and senior leaders ... has resulted in the slight decline'), Devon ('ongoing turbulence in senior leadership' until 2023 and 'further instability' after the DCS left), North East Lincolnshire ('Several interim leadership arrangements meant the path to improvement was slow'), North Somerset (turnover in 'the senior leadership team' contributed to 'a pace of improvement that has been too slow') and Rochdale (changes in the senior leadership team 'have hindered a sufficient line of sight to frontline practice'). Middlesbrough: its 2026 report (four DCSs; its 2023 report also finds 'a level of fragility'). Not counted: changes managed smoothly or with progress despite them, past turnover with no effect stated, changes of political leadership, and turnover of managers and social workers rather than senior leaders (191 sentences in 99 reports of 93 councils)",
    ),
]
EXCLUDED["list11-placement-with-parents-criticised"] = {
    "Barking and Dagenham": "leaders 'have addressed some of the areas for improvement identified at the last inspection, including ... planning for children placed with their parents under a care order': improved",
    "Oldham": "'there has been an increase in the discharge of care orders for children placed at home with their parents': improving",
    "Worcestershire": "'drift and delay in securing legal permanence through an SGO ... unnecessary statutory intervention': special guardianship, not children at home",
    "Southwark": "'A small number of children return to their families in the absence of timely, well-informed decisions' after police powers of protection: not children in care on care orders",
}
EXCLUDED["list11-long-term-fostering-matching-delays"] = {
    "Knowsley": "'While some children achieve permanence through long-term matching with foster carers, others have remained in care for too long due to delays in securing special guardianship orders or discharging their care orders': not long-term fostering",
    "Birmingham": "'delays in progressing special guardianship applications and the discharge of care orders ... stable long-term placements': special guardianship and care orders",
    "Havering": "'Children’s matching to permanent placements is not consistently informed by learning from their previous placement breakdowns': quality of matching, not delay",
    "Wirral": "'Planning for children subject to section 20 arrangements is not as robust ... delays in securing permanence for some children': section 20",
    "Slough": "'Records of permanence panels ... lack analysis': recording, not delay",
}
EXCLUDED["list11-staying-close-praised"] = {
    "Cheshire East": "'securing funding to develop a ‘staying close’ initiative, although it is too soon to see the impact of this'",
    "Wirral": "'work is underway to embed the staying close approach', in a paragraph on the lack of accommodation choice",
    "Brighton and Hove": "'helps managers to stay close to frontline practice': another sense",
    "North East Lincolnshire": "'helped to stay close to their friends, previous carers and extended family': another sense",
    "Wakefield": "'enabled young people to stay close and maintain important relationships': another sense",
}
EXCLUDED["list11-sdq-use-praised"] = {
    "Halton": "'Strengths and difficulties questionnaires (SDQs) are also completed ... While this is positive, the outcomes of these are not then translated into planning': criticism",
    "West Sussex": "'there is evidence of strengths and difficulties questionnaires being completed but there is limited consideration of these in subsequent planning' (2023): criticism",
}
EXCLUDED["list11-senior-leadership-instability"] = {
    "Cornwall": "'there have been four directors of children’s services ... Leaders have successfully achieved continuity'",
    "Oxfordshire": "'significant and substantial turnover in the senior leadership ... The stability provided by some longer-standing operational and middle-managers has helped to maintain and improve services'",
    "Reading": "'Following several years of turnover at senior leadership level, there has now been a stable senior leadership team': no effect stated",
    "Stoke-on-Trent": "'Despite several changes in the senior leadership team since the last inspection in 2022, some incremental improvements have been made': progress despite the changes",
    "South Tyneside": "'Despite the challenges of the COVID-19 pandemic and the complexities of senior leadership change, there has been progress in a few areas' (2023): progress despite the changes",
    "Sunderland": "'commendable against the backdrop of significant senior leadership changes in the past year'",
    "Suffolk": "'This period of change has in part been ameliorated by a consistent leadership team at assistant director level and below': no harm stated",
    "Liverpool": "'There have been recent changes at both senior leadership and manager level ... there were gaps in the senior leadership team during this inspection' (2023): stated, no effect given",
    "Southend-on-Sea": "'changes at both management and practitioner levels ... reduced the effectiveness of senior management oversight': workforce turnover, not senior leaders",
    "Bristol": "'Despite several recent changes of leadership and structure, there is a strong and clear vision'",
    "Northumberland": "instability in the wider council; 'children’s services leaders maintained a relentless focus on improving'",
    "Bath and North East Somerset": "'recent changes in the ... senior leadership team'; 'clear and effective interim leadership arrangements are in place'",
}

# Five dev lists written blind (twelfth pass): every report in scope was searched with the patterns
# and each hit sentence read in context; their ids keep the 'list12-' prefix.
REVIEWED += [
    (
        "list12-unregistered-homes-oversight-weak",
        "Where have inspectors said that children living in unregistered children's homes were not overseen, monitored or visited closely enough, or that such arrangements were not recognised as unregistered, in inspections since 2023?",
        "dev",
        [
            r"unregistered|unlawful (provision|homes?|arrangements?|settings?|placements?)|illegal(ly)? (placed|children|homes?|arrangements?|placements?|settings?)|not registered with Ofsted",
        ],
        "2023",
        "2026",
        [
            "Barking and Dagenham",
            "Bedford",
            "Bristol",
            "Cheshire West and Chester",
            "Cornwall",
            "Derbyshire",
            "Devon",
            "Ealing",
            "Hackney",
            "Knowsley",
            "Lancashire",
            "Leicester",
            "Liverpool",
            "Middlesbrough",
            "North Somerset",
            "Nottinghamshire",
            "South Tyneside",
            "Southend-on-Sea",
            "Suffolk",
            "Swindon",
            "Warwickshire",
        ],
        {
            "Somerset": "'Children are frequently placed to live in unlawful, unregistered children’s homes. Senior managers have oversight of most of these vulnerable children': 'most' implies a gap, but no shortfall in oversight is stated (the criticism is reliance on such homes and placement moves)",
        },
        "every sentence holding a pattern was read with the two sentences either side, since the judgement on oversight often follows the sentence naming the homes (most reports say only that a small number of children live in unregistered homes, or praise strong senior oversight and increased visiting). Counted: oversight, monitoring, scrutiny, visiting or recording of decisions for children in unregistered children’s homes stated to be not robust, not rigorous, inconsistent or not evident, including 'what needs to improve' items (Barking and Dagenham, Cornwall 'The day-to-day monitoring of arrangements', Lancashire, Warwickshire), Bedford (a clear oversight policy 'is not consistently applied'), Cheshire West and Chester ('expectations regarding the expected minimum frequency of visiting are not always clear'), Derbyshire (leaders 'need to evidence this consistently in children’s files and ensure that social workers are visiting these most vulnerable children with greater frequency'), Ealing and Hackney (shortfalls put right while inspectors were on site), Middlesbrough (tracking 'identified shortfalls in the frequency of visits'), Nottinghamshire and Suffolk (IRO oversight not evident or not recorded), South Tyneside (decisions 'without clear and recorded management oversight') and, for arrangements not recognised as unregistered homes, Bristol, Devon, North Somerset and Swindon. Liverpool: its 2023 report, not its 2026 one; Middlesbrough: its 2026 report; South Tyneside: its 2023 report, not its 2026 one. Not counted: the number or over-use of unregistered homes alone, sufficiency, and improvements since an earlier inspection (242 sentences in 140 reports of 136 councils)",
    ),
    (
        "list12-help-protection-plans-vague",
        "Which councils' inspection reports from 2023 and 2024 criticise child-in-need or child protection plans as vague or unspecific, without clear actions, responsibilities or timescales?",
        "dev",
        [
            r"\bplans?\b[^.]{0,200}\b(vague|generic|not (sufficiently |always |consistently |yet )*(specific|SMART|clear|focused|timebound|time-bound|measurable|outcome)|lack\w* (of )?(clarity|specific|focus|detail|timescales|measurable|clear)|unclear|too many actions|timescales|who is (doing|going to do|responsible)|variable|inconsistent|not of a consistent|vary|varies|too broad|task[- ]focused|list of|generic)",
            r"\b(vague|generic|SMART|unclear|not specific|lack(ing)? (clarity|specificity|focus)|not timebound|not time-bound|measurable|not clear)\b[^.]{0,120}\bplan|quality of (child[- ]in[- ]need |child protection |written )?plans|plans are (of )?(variable|inconsistent|poor|weak)",
        ],
        "2023",
        "2024",
        [
            "Birmingham",
            "Bolton",
            "Cambridgeshire",
            "Cheshire West and Chester",
            "Gateshead",
            "Halton",
            "Haringey",
            "Havering",
            "Hertfordshire",
            "Leicester",
            "Lincolnshire",
            "Liverpool",
            "Middlesbrough",
            "North Somerset",
            "Northumberland",
            "Reading",
            "Slough",
            "Stockton-on-Tees",
            "Warrington",
            "Westmorland and Furness",
            "Wokingham",
        ],
        {
            "East Sussex": "'What needs to improve? • The quality of plans for children and care leavers so that they are all specific, measurable and timebound': plans in general, child-in-need or child protection plans not named",
            "Knowsley": "'Assessments and plans are limited and are not sufficiently focused on meeting the needs of these children' (disabled children), and 'Safety planning is weak. It is not always clear what the plan is': limited rather than vague; safety plans",
            "Cheshire East": "'The quality of child protection plans is inconsistent. Some are outcome focused, although some lack purpose and urgency': purpose, not clarity of actions",
            "Peterborough": "'the written plans to monitor and support children while risks are being assessed sometimes lack detail about how potential risks will be managed': interim safety plans during enquiries",
        },
        "every sentence holding a pattern was read with the two sentences either side (the patterns also hit care plans, pathway plans and early help plans, which are not counted, and many reports praise clear, specific and timebound plans). Counted: child-in-need or child protection plans, or plans for children in need of help and protection, stated to be vague, generic, not specific, unclear about who does what by when, lacking timescales or measurable actions, or lacking detail, including Birmingham ('actions are not always timebound'), Bolton ('weaker plans are too generic, or not sufficiently specific'), Cambridgeshire ('a minority of children’s plans are too vague'), Gateshead, Halton ('Most plans lack detail and purpose'), Hertfordshire (written plans after pre-proceedings meetings, and plans from joint housing assessments, 'not always specific enough'), Lincolnshire (child in need plans: 'Not all have clear timescales'), Liverpool ('lack specificity'), Middlesbrough ('Many do not give clear direction'), Northumberland ('For a very small number of children, actions in plans do not have specific timescales'), Reading ('Weaker plans lack detail'), Slough ('too broad and lack sufficient depth') and Wokingham ('the most important concerns are not sufficiently clear'). Liverpool and Middlesbrough: their 2023 reports. Not counted: plans only said to be variable, adult-focused or over-optimistic (Barking and Dagenham, Cumberland, Rochdale, Tameside, West Sussex), contingency planning alone (Greenwich, North Tyneside, Tower Hamlets), and care or pathway plans (142 sentences in 52 reports of 52 councils)",
    ),
    (
        "list12-lifelong-links-praised",
        "In which areas were inspectors positive about the Lifelong Links service helping children in care or care leavers to find and keep relationships with people important to them, in inspections since 2023?",
        "dev",
        [
            r"lifelong links|life-long links",
        ],
        "2023",
        "2026",
        [
            "Bath and North East Somerset",
            "Blackburn with Darwen",
            "Camden",
            "Coventry",
            "Hertfordshire",
            "Islington",
            "Kent",
            "Lancashire",
            "Norfolk",
            "North East Lincolnshire",
            "Portsmouth",
            "Stockport",
            "Stoke-on-Trent",
            "Tower Hamlets",
            "Wandsworth",
            "Warrington",
            "Wigan",
        ],
        {
            "Devon": "'Some care leavers have personal advisers who maintain contact with them after the age of 25 under a lifelong links scheme': described, not judged, and a local scheme of PA contact",
            "Redcar and Cleveland": "'Plans have a focus on lifelong links and relationships that are important to young people': the phrase in its ordinary sense, praising plans",
            "Walsall": "'young people are supported in maintaining lifelong links with people who can help them understand their identity': the phrase in its ordinary sense, no service named",
        },
        "every sentence holding a pattern was read with the sentence either side. Counted: the Lifelong Links service, team, workers or work described as effective, embedded, a strength or as helping children and care leavers reconnect with or keep important people, including Blackburn with Darwen ('well embedded in assessment practice'; relationships 'continue into adulthood, through Lifelong Links'), Islington ('an impressive array of support ... and the lifelong links team'), Kent ('Care leavers are supported to maintain links with people who are important to them, through the lifelong links service'), North East Lincolnshire ('recently developed', with 'positive impact' already seen), Stoke-on-Trent ('Positively, some young people are being helped to reconnect') and Warrington ('firmly embedded'). Not counted: 'lifelong links' in its ordinary sense with no service meant (Doncaster, Durham, West Sussex) (36 sentences in 23 reports of 23 councils)",
    ),
    (
        "list12-mockingbird-praised",
        "Which councils has Ofsted praised for the Mockingbird model of peer support for foster carers, in any of its inspection reports?",
        "dev",
        [
            r"mockingbird|fostering constellations?|constellations? of foster|hub homes?",
        ],
        "2013",
        "2026",
        [
            "Barking and Dagenham",
            "Bradford",
            "Doncaster",
            "Gateshead",
            "Greenwich",
            "Hackney",
            "Leeds",
            "Liverpool",
            "Newcastle upon Tyne",
            "Slough",
            "South Tyneside",
            "Stockport",
            "Tower Hamlets",
            "Wakefield",
            "Wigan",
        ],
        {
            "Staffordshire": "'These include the launch of Mockingbird foster placements and the expanded capacity of the virtual school' (2023): listed among achievements against the council's promises, its effect not judged",
            "Dorset": "'The growing fostering constellations for carers, including kinship carers, living in close proximity and emulating extended family support, are having a positive impact' (2025): praised, but Mockingbird not named",
        },
        "every sentence holding a pattern was read with the sentence either side, over inspection reports of every year. Counted: the Mockingbird model, programme, project, hubs or constellations described as supporting foster carers, promoting placement stability, well established, a strength or having a positive impact, including Doncaster 2017 ('Recent innovations, such as the ‘mockingbird’ model ... help to promote placement stability'), Hackney 2019 ('provides a network of ready support when placements are under pressure'), Liverpool 2026 ('The introduction of the first constellation of foster carers in Liverpool is providing valuable support'), Newcastle upon Tyne 2025 (hubs 'providing a wraparound support service'), Slough 2019 ('helping to support foster carers'), Stockport 2022 (extended so 'the success of the first cohort can be replicated') and Wakefield 2021 ('creating support networks between foster carers'). Leeds: 2018 and 2022; Tower Hamlets: 2017 and 2019; Wigan: 2022 (its 2017 report only plans to adopt the model). Not counted: plans to introduce it (Plymouth 2024, Wigan 2017) and Wakefield's 2025 'fostering hub home', which is not named as Mockingbird (29 sentences in 22 reports of 18 councils)",
    ),
    (
        "list12-exclusions-children-in-care-low",
        "In which areas did inspectors report that school exclusions or suspensions of children in care were rare, falling or being successfully prevented, in inspections since 2023?",
        "dev",
        [
            r"\b(suspensions?|suspended|exclusions?|excluded)\b",
        ],
        "2023",
        "2026",
        [
            "Barking and Dagenham",
            "Blackpool",
            "Brent",
            "Cambridgeshire",
            "Coventry",
            "Haringey",
            "Hertfordshire",
            "Kensington and Chelsea",
            "Oxfordshire",
            "Portsmouth",
            "Redcar and Cleveland",
            "Somerset",
            "St Helens",
            "Waltham Forest",
        ],
        {
            "Bexley": "the virtual school team 'is not afraid to pester and challenge ... when children are not getting full-time education or are at risk of exclusion': effort, no outcome stated",
            "Wakefield": "'When concerns are raised linked to achievement, attendance or suspensions, the virtual school is working effectively with other stakeholders to improve outcomes': no effect on suspensions stated",
            "Middlesbrough": "'Staff respond promptly to any concerns identified, such as reduced attendance, lower educational outcomes or suspensions' (2026): prompt response, no outcome stated",
            "Warrington": "'A small number of children are accessing wraparound support from an unregistered alternative provision to prevent permanent exclusion from education': prevention by an unregistered provision, not praised as such",
        },
        "every sentence holding a pattern was read with the two sentences either side (most hits are about other children or other senses of 'excluded'). Counted: exclusions or suspensions of children in care stated to be reducing, very rare or absent, or children in care stated to be helped to stay in school when at risk of exclusion, including Barking and Dagenham ('the virtual school works effectively to avoid exclusions'), Brent ('No children in care are permanently excluded from school'), Haringey ('a reduction in suspensions from school', 2023), Hertfordshire ('no permanent exclusions of children looked after for over five years'), Kensington and Chelsea ('Children are promptly supported by social workers to remain in school when they are at risk of suspension or exclusion'), Portsmouth ('slowly reducing'), Redcar and Cleveland ('effective work to reduce suspensions, which show signs of improvement') and Somerset (collaboration 'has reduced exclusions', in the children in care section). Not counted: all children or children in need rather than children in care (Bath and North East Somerset, Bristol, Ealing, Enfield, Haringey 2026, Wokingham), aims or tracking only (Hillingdon, Nottinghamshire), and high or rising exclusions (Bury, Calderdale, Cornwall, Plymouth, Staffordshire) (38 sentences in 33 reports of 32 councils)",
    ),
]
EXCLUDED["list12-unregistered-homes-oversight-weak"] = {
    "Tameside": "'increased management oversight of pre-proceedings and of vulnerable children in unregistered children’s homes' (2023): an improvement",
    "North Northamptonshire": "'The use of illegal, unregistered children’s homes was highlighted in the last inspection as not having sufficient senior management oversight. There is now comprehensive strategic and operational oversight' (2026): improved",
    "Torbay": "'care planning often reflects a long-term normalisation of these illegal arrangements' but 'Senior leaders and practitioners maintain regular and comprehensive oversight of these arrangements' (2026): planning and length of stay, not oversight",
    "Plymouth": "'too many children remain living in such arrangements', with 'oversight by senior leaders and independent reviewing officers' (2024): numbers, not oversight",
    "Redcar and Cleveland": "'an increased, and relatively high, use of unregistered settings', with 'robust oversight and monitoring' (2025): use, not oversight",
}
EXCLUDED["list12-help-protection-plans-vague"] = {
    "Tameside": "'weak planning that is too adult-focused and a lack of focus on progressing the plan' (2023): adult focus and progress, not clarity",
    "Cumberland": "'for some children, plans are adult-focused, with an emphasis on support to parents' (2024)",
    "Rochdale": "'The quality of assessments and plans is inconsistent ... these plans are less effective and do not fully consider how children’s needs will be met' (2023): follows weak assessments, not vagueness",
    "Greenwich": "'contingency planning in child protection plans needs to be more explicit' (2024): contingency planning only",
    "Tower Hamlets": "'A few plans lack clear written contingencies' (2024): contingency planning only",
    "West Sussex": "'Assessments and plans are of variable quality and impact', then child protection plans 'ended prematurely' (2023): no lack of clarity stated",
    "Barking and Dagenham": "'the quality of child-in-need and child protection plans is variable. The range of interventions they involve, regularity of review and their impact for children are inconsistent' (2023)",
}
EXCLUDED["list12-lifelong-links-praised"] = {
    "Durham": "'Care leavers benefit from enduring and, in some instances, lifelong links with workers': ordinary sense",
    "Doncaster": "'PAs encourage young people ... to make lifelong links so that young people have continued support into adulthood': ordinary sense",
    "West Sussex": "'inspectors saw evidence of lifelong links between young people and carers' (2023): ordinary sense",
}
EXCLUDED["list12-mockingbird-praised"] = {
    "Plymouth": "'planned improvements, such as the ‘mockingbird’ model ... are moving ahead at pace' (2024): planned",
}
EXCLUDED["list12-exclusions-children-in-care-low"] = {
    "Bristol": "'The programme has helped ensure that fewer children experience school moves, suspensions and exclusions' (2023): the weapons in schools programme, all children",
    "Ealing": "'there has been a reduction in suspensions' (2024): therapeutic schools initiative for all children",
    "Bath and North East Somerset": "'effective work by the virtual school to reduce the number of exclusions and suspensions for vulnerable children in need' (2025): children in need",
    "Bury": "'Rates of suspensions are high for children in care' (2025): criticism",
    "Plymouth": "'Suspensions and exclusions, part-time timetables and rates of severe absence are all far too high' (2024): criticism",
}

# Five dev lists written blind (thirteenth pass): every report in scope was searched with the patterns
# and each hit sentence read in context; their ids keep the 'list13-' prefix.
REVIEWED += [
    (
        "list13-personal-advisers-allocated-late",
        "Which councils were told that children in care weren't given a personal adviser early enough to get to know them before leaving care, in inspections since 2024?",
        "dev",
        [
            r"\b(personal advis[eo]rs?|PAs?|young person.s advis[eo]rs?|after-?care workers?|leaving care workers?)\b[^.]{0,160}\b(17|18|eighteen|seventeen)(th)?\b",
            r"\b(17|18|eighteenth|seventeenth)(th)? birthday[^.]{0,120}\b(personal advis[eo]rs?|PAs?|advis[eo]rs?)\b",
            r"\b(personal advis[eo]rs?|PAs?|advis[eo]rs?|leaving care (team|service|workers?))\b[^.]{0,200}\b(late|early enough|soon enough|timely|in good time|too late|prior to|before (they|turning|leaving|reaching|the age))",
            r"\b(late|early enough|soon enough|timely|in good time|too late)\b[^.]{0,120}\b(personal advis[eo]rs?|PAs?)\b|\b(introduc\w+|allocat\w+|transition\w*|transfer\w*) (to|of) (a |their )?(personal advis|PA\b)",
        ],
        "2024",
        "2026",
        [
            "Bath and North East Somerset",
            "Bedford",
            "Buckinghamshire",
            "Cambridgeshire",
            "Cheshire East",
            "Cheshire West and Chester",
            "Croydon",
            "Hartlepool",
            "Kent",
            "Knowsley",
            "Luton",
            "Middlesbrough",
            "Oldham",
            "Oxfordshire",
            "South Gloucestershire",
            "South Tyneside",
            "Southend-on-Sea",
            "Southwark",
            "Stoke-on-Trent",
            "Sunderland",
            "Walsall",
            "Warwickshire",
        ],
        {
            "Halton": "'Personal advisers (PAs) are routinely allocated at a time that is right for the child, but the extent of their involvement with children is limited until they reach the age of 18. This is not supporting children to develop and learn the skills that they need' (2024): allocated in time; the shortfall is involvement and independence skills, not getting to know the PA",
            "Manchester": "'Most care leavers meet their PAs at a time that meets their needs well ... For unaccompanied asylum-seeking young people, however, PAs are not allocated in a timely way' (2025): one group only, and 'timely' is not said to mean before leaving care",
        },
        "every sentence holding a pattern was read with the sentence either side (most hits praise PAs allocated or introduced in good time, or are about pathway plans, PA caseloads or timely support after 18). Counted: children in care or care leavers stated not to be allocated or introduced to a personal adviser early enough, or not to get to know or build a relationship with their PA before they leave care or turn 18, including Bedford ('PAs are not consistently allocated within a timescale that helps young people to develop purposeful and close relationships with them before they leave care'), Croydon ('not benefited from being allocated a personal adviser (PA) early enough'), Hartlepool ('Capacity constraints have impacted on the ability to allocate PAs before a child reaches 18'), Kent ('the transition to PAs often takes place close to, or shortly after, a young person’s 18th birthday'), Knowsley ('While PAs are allocated before children reach 18, contact is too infrequent to help children and workers get to know each other before the children leave care'), Luton ('not all care leavers are allocated a PA before they leave care'), Oldham ('a small number of children do not meet their PA early enough'), Oxfordshire ('PAs start direct work with care leavers around their 18th birthdays. However, this is too late'), South Gloucestershire ('too often young people do not meet their personal advisers sufficiently early'), South Tyneside 2026 (a very small number of disabled children), Southwark ('care leavers do not always have the opportunity to build a relationship with their PA before turning 18', with social workers staying involved), Stoke-on-Trent ('PAs are not introduced to young people in a timely way') and Sunderland ('the workload of PAs means that many children do not get to meet or build a relationship with their PA before leaving care'). Not counted: a late move to a PA described as deliberate and well managed (Brighton and Hove), PAs now allocated earlier (Bournemouth, Christchurch and Poole), most meeting their PA in good time (Torbay 2026) and timeliness of PA support after 18 (105 sentences in 75 reports of 75 councils)",
    ),
    (
        "list13-early-help-waits",
        "In inspections since 2023, which councils were found to have families waiting too long, or facing delays, before they got early help?",
        "dev",
        [
            r"early help[^.]{0,200}\b(wait\w*|delay\w*|backlog|queue|awaiting)|\b(wait\w*|delay\w*|backlog|awaiting allocation)\b[^.]{0,150}\bearly help",
            r"waiting lists?|awaiting allocation|waiting (for|to be) allocat|delays? in (the )?allocat|wait(ing)? too long (for|to receive) (help|support)",
            r"\b(wait\w*|delay\w*)\b[^.]{0,150}\b(family support|targeted (support|help|services)|family help|family hubs?|support services?|intervention)\b|(family support|targeted support|family help|early intervention)[^.]{0,150}\b(wait\w*|delay\w*)|(wait\w*|delay\w*) (for|in) (a |an )?(service|support|help)\b",
        ],
        "2023",
        "2026",
        [
            "Barnet",
            "Brighton and Hove",
            "Croydon",
            "Devon",
            "East Sussex",
            "Havering",
            "Lambeth",
            "Plymouth",
            "Slough",
            "Southwark",
            "Stockton-on-Tees",
            "Trafford",
            "Worcestershire",
        ],
        {
            "Harrow": "'most children receive the right help at the right time, with some minor delays to allocation in a few children’s cases' (2025): delays stated but minimised",
            "Leeds": "'While some children requiring an early help assessment experience a short delay before an early help worker is allocated, practitioners at the front door maintain contact with families ... which helps to mitigate the delay' (2025)",
            "Blackpool": "'Additional staff have now been recruited and are being onboarded to reduce wait times, following a small number of families having to wait for targeted early help services' (2026): a past wait, being put right",
            "Portsmouth": "'Leaders responded quickly and robustly to a recent increase in demand and staff sickness that affected access to targeted early help in the 3 months before the inspection', with additional practitioners allocated to 'the remaining families waiting' (2026): praised response to a short-lived wait",
        },
        "every sentence holding a pattern was read with the sentence either side (most waiting lists are for CAMHS, other health services, independent visitors, housing or solicitors, and most delays are in statutory work). Counted: children or families stated to wait too long, or to experience delay, before early help (including targeted early help or the family support service) is allocated or starts, including Barnet ('a short delay in workers being allocated, and therefore they do not receive services expeditiously'), Brighton and Hove ('waiting times for early help for some families are too long'), Croydon ('Waiting time for early help support' to improve; children stepped down to early help who 'quickly step back up'), Devon (families with less urgent needs 'had to wait for this targeted support' in 2024, waiting lists since reduced), East Sussex ('an increase in demand has led to delays in allocation for a small number of families'), Havering ('A small number of children wait too long for support to be provided'), Lambeth ('Delays in the allocation of support have reduced the effectiveness of early intervention for a small number of children'), Plymouth (children judged better supported by early help 'can wait too long for a service or not receive one at all'), Slough, Southwark ('overly complex processes that are leading to a small number of children experiencing delays in accessing early help'), Stockton-on-Tees (families referred to partner services 'can wait several weeks'), Trafford 2026 ('long waiting lists' for the family support service) and Worcestershire 2023 ('some children experience delay in their assessment starting'). Not counted: a waiting list that affects few and is short (Leicester), delays in stepping up from early help to statutory services (Cheshire East, Ealing) and delays in statutory assessment (North Somerset, Middlesbrough) (59 sentences in 38 reports of 37 councils)",
    ),
    (
        "list13-care-leavers-records-access-supported",
        "In which councils did inspectors find that care leavers were supported to see their own care records, or knew how to get them, in inspections since 2021?",
        "dev",
        [
            r"\baccess\w*[^.]{0,80}\b(their|own|care|social care|personal|case|children.s) (care |social care |personal |case )?(records|files|history files)\b",
            r"\b(records|files)\b[^.]{0,60}\b(access\w*|request\w*|redact\w*|viewing|to view|to read)\b|subject access|access to records|read their (care )?(records|files)",
        ],
        "2021",
        "2026",
        [
            "Bradford",
            "Hartlepool",
            "North East Lincolnshire",
            "North Lincolnshire",
            "Oxfordshire",
            "Shropshire",
            "South Gloucestershire",
            "Sunderland",
            "Wakefield",
            "Walsall",
            "Waltham Forest",
            "Westminster",
            "Wirral",
            "York",
        ],
        {
            "Warwickshire": "'Care-experienced young people understand how to access their records, but there are long delays in these being provided' (2025): they know how, but the finding is the delay",
            "Bedford": "'Some young people receive support to explore and gain access to their records, but this support is not consistently offered to all young people who might benefit from it' (2025): mainly a criticism",
        },
        "every sentence holding a pattern was read with the sentence either side (most hits are about children’s records being written so that a child reading them later would understand decisions, or the quality and timeliness of recording, which are not counted). Counted: care leavers or care-experienced young people stated to be supported, advised or helped to access their social care records, or to know how to access them, including Bradford 2026 ('encouraged to access their records with appropriate support and when the time is right for them'), Oxfordshire ('Care leavers are routinely advised about how they can see their records'), Shropshire ('with clear communication to manage expectations around the redaction of sensitive third-party information'), Waltham Forest ('Young people told inspectors that they knew how to access their records'), Wirral ('advice and support from PAs about accessing their care records') and York 2025 (advocacy offered for 'sensitive situations, such as having access to their records after they reach 18'). Not counted: care leavers waiting too long for their records (Devon 2025), health records or health histories (Birmingham, Coventry, Durham, Newcastle upon Tyne), and a general guide for care leavers outside the scope (Torbay 2018) (59 sentences in 53 reports of 50 councils)",
    ),
    (
        "list13-early-permanence-praised",
        "Which councils did Ofsted praise for early permanence, such as placing babies with foster-to-adopt carers, in inspections since 2025?",
        "dev",
        [
            r"early[- ]permanence|foster(ing)? (for|to) adopt|foster(ing)?-(for|to)-adopt|concurrent (planning|carers?|placements?)|\bFfA\b",
        ],
        "2025",
        "2026",
        [
            "Bracknell Forest",
            "Buckinghamshire",
            "Bury",
            "Darlington",
            "Dorset",
            "Durham",
            "Haringey",
            "Kingston upon Hull",
            "Lancashire",
            "Leeds",
            "Luton",
            "Merton",
            "North Lincolnshire",
            "North Northamptonshire",
            "Rotherham",
            "Sefton",
            "Somerset",
            "Wandsworth",
            "Wigan",
            "York",
        ],
        {
            "Harrow": "'Early permanence is considered effectively for most children. For a small number of children, fostering to adopt options are not always reviewed at the earliest opportunity. This means that some babies experience multiple moves and broken attachments' (2025): praise and criticism together",
            "Camden": "'Monthly tracking meetings bring teams together to discuss all children allocated for family finding, including early permanence. This works well to address issues and prevent delays' (2025): the tracking meetings are praised, early permanence only named",
        },
        "every sentence holding a pattern was read with the sentence either side. Counted: early permanence, fostering for adoption or foster to adopt stated to be a strength, a focus, embedded, well considered, prioritised, or benefiting children, including Bracknell Forest ('Adoptive carers and children have pathways to facilitate early permanence, and children’s attachment needs are met effectively'), Darlington ('Early permanence is prioritised by social workers'), Durham ('foster to adopt is well established'), Haringey 2026 (strong relationships with the regional adoption agency informing 'thoughtful matching, including for early permanence', and adopters valuing 'the preparation for early permanence'), Kingston upon Hull 2026 (adoption support 'underpinned by early permanence planning'), Leeds (more families 'willing to consider early permanence, which has reduced delay for children'), Luton 2026 ('children benefit from considerations for early permanence'), North Lincolnshire ('Increasing numbers of children are achieving permanence at the earliest possible point through foster to adopt placements'), Wigan ('including early permanence (foster to adopt) for very young children', considered promptly) and York ('some children have benefited from permanence at the earliest opportunity by living in foster for adoption homes'). Not counted: early permanence not achieved, not considered or delayed (Bradford 2026, Lambeth 2026, Newham 2025, Southwark 2026) and concurrent planning for asylum claims (Bradford) (33 sentences in 26 reports of 26 councils)",
    ),
    (
        "list13-section-20-drift",
        "Which councils has Ofsted criticised for leaving children in voluntary 'section 20' care for too long, or for delay in securing permanence for children accommodated voluntarily, in any of its inspection reports?",
        "dev",
        [
            r"section 20\b|\bs20\b|voluntar(il)?y (accommodat\w*|arrangements?|care|basis|looked after|agreements?|placements?)|(looked after|accommodated|in care) (voluntarily|on a voluntary)|voluntary (status|legal status|episodes?)",
        ],
        "2013",
        "2026",
        [
            "Blackburn with Darwen",
            "Bromley",
            "Darlington",
            "Dudley",
            "Durham",
            "Havering",
            "Herefordshire",
            "Lambeth",
            "Medway",
            "Milton Keynes",
            "Norfolk",
            "Northumberland",
            "Sandwell",
            "Sefton",
            "Stockport",
            "Sunderland",
            "Telford and Wrekin",
            "Torbay",
            "Wiltshire",
            "Wirral",
        ],
        {
            "Hounslow": "'a high proportion of looked after children accommodated under section 20 ... In some cases seen by inspectors, an interim care order should have been considered as an alternative', and it was 'not sufficiently clear that other, more legally permanent, alternatives ... had been fully considered' (2014): inappropriate use and permanence options not considered, but no drift or delay stated",
            "Reading": "improved permanence tracking 'for voluntary care arrangements', but 'in a minority of cases seen, delays in implementing actions adversely affected the timeliness of permanence planning' (2016): delay not tied to children in voluntary care",
            "Devon": "'some cases are still presented to the CARP with a recommendation for Section 20 accommodation where a care order might be more appropriate', and cases 'change into care proceedings without sufficient planning' (2015): inappropriate use, not length of stay",
            "Gloucestershire": "'a legacy of poor practice in a number of areas, namely frequent, or inappropriate, use of section 20 ... poor early permanency planning' that the council is addressing (2017): past practice",
        },
        "every sentence holding a pattern was read with the sentence either side, over inspection reports of every year (most hits are about homeless 16- and 17-year-olds’ right to section 20 accommodation, reviews of section 20 cases, proportions of children in voluntary care, or 'section 20 of the Children Act 2004' in joint LSCB reviews). Counted: children looked after under section 20 or voluntary arrangements stated to remain so for too long, or their permanence or court applications stated to be delayed, including Blackburn with Darwen 2025 (management oversight 'less strong' for children in section 20 care; 'timely decision-making to secure permanence is not always evidenced'), Bromley 2016 (70 of 101 arrangements over six months; cases reviewed during the inspection 'when it was identified that there was drift and delay'), Darlington 2015 ('children left subject to section 20 arrangements for too long'), Dudley 2016 and Norfolk 2015 (reviews that found children 'looked after under section 20 ... for too long' or 'for far too long'), Havering 2016 (section 20 'adversely impacted on the timeliness and quality of permanence planning'), Herefordshire 2018 ('several children have remained subject to these arrangements for too long'), Lambeth 2015 (neglect cases 'coming to court after the child has been accommodated voluntarily for some time ... confirmed in cases seen by inspectors'), Medway 2015 (children in voluntary arrangements for 'a considerable period', some for more than two years without permanence secured), Milton Keynes 2016 ('some examples of delay in progressing plans for a very small minority'), Northumberland 2016 ('Too many children spend long periods being looked after under voluntary agreements before proceedings are commenced'), Sandwell 2017, Sefton 2022 ('When children have experienced long periods of accommodation under Section 20, there are delays in securing their legal permanence'), Stockport 2025 (children 'living in Section 20 arrangements who could return to their parents'), Sunderland 2015 (audits showing 'significant delay in securing permanence'), Telford and Wrekin 2016, Torbay 2015 ('children’s permanency is not sufficiently considered for this cohort'), Wiltshire 2015 (proceedings 'initiated too late, thus delaying subsequent permanence planning') and Wirral 2023. Not counted: improvements or completed reviews (Darlington 2018, Sunderland 2018, Swindon 2023, Rotherham, Southend-on-Sea, West Berkshire 2017, York), reviews not yet done with no delay stated (Worcestershire 2016), an unclear rationale or recording (Lancashire 2018, Blackpool 2018, Wakefield 2016), unplanned endings or returns home (Nottinghamshire 2019, Stoke-on-Trent 2015), delegated authority (Newcastle upon Tyne 2017), parents misinformed (Harrow 2025), too little use of section 20 (Stoke-on-Trent 2019) and homeless 16- and 17-year-olds (200 sentences in 111 reports of 92 councils)",
    ),
]
EXCLUDED["list13-personal-advisers-allocated-late"] = {
    "Brighton and Hove": "'The move from a social worker to a personal adviser (PA) takes place at a relatively late stage. This is in recognition of the well-established and long-standing relationships between children in care and their workers' (2024): deliberate and praised",
    "Torbay": "'While most children in care meet their personal adviser (PA) in good time before turning 18, the purposefulness and impact of this work is variable' (2026): the timing is praised",
    "Bournemouth, Christchurch and Poole": "'Children in care are now benefiting from the earlier allocation of personal advisers (PAs)' (2024): improved",
    "Calderdale": "'Care leavers are ... allocated their PA at the age of 17 and a half ... However, PAs are able to ... start building relationships with care leavers in advance of their 18th birthday' (2024): praised",
}
EXCLUDED["list13-early-help-waits"] = {
    "Leicester": "'While there is a waiting list for early help, this affects only a few children, and they do not have to wait long for support' (2024)",
    "Cheshire East": "'For some children and families, there is a delay in the step up from early help services to statutory services' (2024): stepping up, not waiting for early help",
    "Ealing": "'A small number of families who receive early help support experience minor delays when their level of need escalates, and they require statutory support' (2024): stepping up",
    "Middlesbrough": "'The risks linked to absenteeism are not always recognised, leading to delays in early intervention and potential safeguarding responses' (2026): children missing from care, not a wait for early help",
    "North Somerset": "'for some children there are delays in the timely allocation of assessments due to high staff turnover' (2023): statutory assessments",
}
EXCLUDED["list13-care-leavers-records-access-supported"] = {
    "Devon": "'most care leavers are waiting too long to access their records once requested' (2025): criticism",
    "Coventry": "'Care leavers are provided with their health records' (2022): health records",
    "Durham": "'Care leavers are provided with their health records' (2025): health records",
    "Newcastle upon Tyne": "'Care leavers are provided with their health records' (2025): health records",
    "Birmingham": "'Most young people have good access to their health records' (2023): health records",
    "Wolverhampton": "'Should they wish to read their records at a later stage, children would understand why decisions were made about their care' (2022): quality of recording, not access",
}
EXCLUDED["list13-early-permanence-praised"] = {
    "Bradford": "'Early permanence is considered for unborn babies, but some delays in planning mean that a small number of babies experience unnecessary temporary placements' (2026): criticism",
    "Lambeth": "'While early permanence is not consistently achieved for very young children, adoption placements are otherwise timely' (2026): criticism of early permanence",
    "Newham": "'The effectiveness of permanence planning, particularly early permanence through foster to adopt' needs to improve (2025)",
    "Southwark": "'Some young children who are in care from birth have not benefited from early permanence being considered' (2026)",
}
EXCLUDED["list13-section-20-drift"] = {
    "Swindon": "'for the small number of children living in care on a voluntary basis, the level of management oversight has recently improved to ensure that children return home within a reasonable timescale' (2023): improved",
    "Worcestershire": "'The local authority has yet to review the arrangements for all children who are looked after under a voluntary arrangement' (2016): no drift stated",
    "Lancashire": "'When children become looked after at the request of their parents, using Section 20 ... the rationale for this is not always clear' (2018): rationale, not length",
    "Nottinghamshire": "'a small number of children leave s20 accommodation in an unplanned way' (2019): endings",
    "Stoke-on-Trent": "'There is a widespread lack of understanding and use of s20' with 'Only 8%' of children in care so accommodated (2019): too little use",
    "Harrow": "'parents were seen to have been misinformed about their parental responsibility when voluntary care arrangements were put in place' (2025): consent, not drift",
    "Hackney": "the council 'has only recently started to conduct a comprehensive review of children looked after under voluntary agreements', with 'appropriate decision making as a result' (2016): no drift stated",
}

# Five dev lists written blind (fourteenth pass): every report in scope was searched with the patterns
# and each hit sentence read in context; their ids keep the 'list14-' prefix.
REVIEWED += [
    (
        "list14-strategy-meetings-partners-missing",
        "Where did inspectors find that child protection strategy meetings went ahead without all the agencies or professionals who should have been there, such as health, the police or the wider network around the child, in inspections since 2020?",
        "dev",
        [
            r"strategy (meetings?|discussions?)[^.]{0,250}\b(not (always |consistently |routinely )?(attend\w*|invit\w*|involv\w*|includ\w*|present)|absent|absence|quorate|poor(ly)? attend\w*|without (the )?(police|health|partner|education|school)\w*|lack (of )?(police|health|partner)\w* (attendance|involvement|participation))",
            r"\b(police|health|partners?|agencies|education|schools?|GPs?)\b[^.]{0,150}\b(not (always |consistently |routinely )?(able to )?(attend\w*|invited|present|involved|included|represented)|absent|do not attend|rarely attend)\b[^.]{0,150}strategy (meetings?|discussions?)",
            r"\b(attendance|participation|involvement|inclusion)\b[^.]{0,80}\b(at|in|of)\b[^.]{0,40}strategy (meetings?|discussions?)",
            r"only (the )?police and (children.s )?social care (participate|attend|are involved)|strategy (meetings?|discussions?)[^.]{0,150}\bonly (involve|include)",
            r"strategy (meetings?|discussions?)\b[^.]*\.(?:[^.]*\.)?[^.]{0,250}\b(not (always |routinely |consistently )?(able to )?(attend\w*|present|invited)|lack of (attendance|participation))",
        ],
        "2020",
        "2026",
        [
            "Doncaster",
            "Hammersmith and Fulham",
            "Hampshire",
            "Isle of Wight",
            "Lambeth",
            "Liverpool",
            "Rochdale",
            "Solihull",
            "Westminster",
            "Windsor and Maidenhead",
        ],
        {
            "Wandsworth": "'The attendance of key partner agencies has improved since the last inspection, although senior managers are working with police and health partners to ensure more consistent engagement' (2022): improved, with work still going on",
        },
        "every sentence holding a pattern was read with the sentence either side, and every other sentence since 2020 naming a strategy meeting or discussion together with attendance, invitation, involvement, participation or presence was read as well (84 more sentences in 72 councils, nearly all praising well-attended strategy meetings). Counted: strategy meetings or discussions stated not to include, invite or be attended by all the relevant agencies or professionals, including Doncaster 2025 ('Key partners, particularly health professionals, are not always able to attend', with improving 'their attendance at strategy meetings' to improve), Hammersmith and Fulham 2024 ('For some children, only the police and children’s social care participate'), Hampshire 2024 (police and health attend but 'professionals from the wider network for children are not routinely invited'), Isle of Wight 2023 ('relevant multi-agency partners are not routinely invited to attend strategy meetings'), Lambeth 2022 ('For some disabled children, strategy discussions are not quorate and lack health attendance'), Liverpool 2023 (those held outside the MASH 'are not always well attended by partners, with key agencies, especially health services, absent'), Rochdale 2023 ('For a small number of children, health partners provide written information but are not always present for discussions'), Solihull 2022 ('A lack of attendance, participation and contribution by key safeguarding partners hinders effective information-sharing'), Westminster 2024 ('A small number of child protection strategy meetings do not include health partners') and Windsor and Maidenhead 2020 ('community health partners are not always present'; their attendance to improve). Not counted: strategy meetings delayed by a lack of police availability (a timeliness finding: Blackburn with Darwen 2022, West Sussex 2023, Brent 2023, Rutland 2024, Halton 2024, Middlesbrough 2026), attendance already put right (Islington 2020, Bracknell Forest 2022, Leeds 2022, Shropshire 2022) and the cases in excluded; a last pattern joins a strategy meeting to the next two sentences, after reading every sentence since 2020 on attendance that follows one naming a strategy meeting; reports from 2018 and 2019, outside the scope, often say the same (18 sentences in 16 reports of 16 councils hold a pattern)",
    ),
    (
        "list14-family-group-conferences-praised",
        "Which councils were praised by Ofsted for bringing the wider family together through family group conferences or family network meetings, in inspections carried out in 2026?",
        "dev",
        [
            r"family group (conferenc\w*|decision[- ]making|meetings?)|\bFGCs?\b|family network (meetings?|conferenc\w*|discussions?)|family (led |-led )?(decision[- ]making|conferenc\w*)",
            r"\b(network|family|families) meetings?\b|family-led|wider family[^.]{0,60}(meeting|conferenc)|(meeting|conferenc)\w*[^.]{0,60}wider family",
        ],
        "2026",
        "2026",
        [
            "Bradford",
            "Brent",
            "Coventry",
            "Haringey",
            "Kingston upon Hull",
            "Lambeth",
            "Liverpool",
            "Luton",
            "Norfolk",
            "Portsmouth",
            "Somerset",
            "South Tyneside",
            "Southwark",
            "Trafford",
            "Wandsworth",
            "West Northamptonshire",
            "Wolverhampton",
        ],
        {},
        "every sentence holding a pattern was read with the sentence either side; every report whose inspection ended in 2026 and names family group conferences, family group decision-making or family network (or family-led decision-making) meetings describes them positively, so every hit is counted: family group conferences or family group decision-making used well, early, promptly or routinely (Bradford, Haringey, Lambeth, Liverpool 'held promptly' and resulting in 'impactful support', Norfolk, Portsmouth 'early and systematic use', South Tyneside, Southwark, Trafford, Wandsworth, Wolverhampton supporting families 'where reunification is being considered') and family network or family-led decision-making meetings used effectively or routinely (Brent, Coventry, Kingston upon Hull 'increasingly used ... used effectively', Luton 'an integral part of the work with families', Somerset 'routinely offered at an early stage', West Northamptonshire). The 2025 reports hold a few criticisms (Buckinghamshire, Stoke-on-Trent, West Berkshire), outside the scope (33 sentences in 17 reports of 17 councils)",
    ),
    (
        "list14-council-apprenticeships-care-leavers",
        "How many councils offer care leavers apprenticeships or jobs inside the council itself, according to Ofsted inspections since 2025?",
        "dev",
        [
            r"apprentice\w*",
            r"ring-?fenced[^.]{0,100}\b(jobs?|posts?|roles?|employment|work placements?|traineeships?|internships?)|\b(jobs?|posts?|roles?|traineeships?|internships?|work experience)[^.]{0,80}ring-?fenced|guaranteed (interview|job|employment)|supported internships?|traineeships?",
            r"(within|in|across|by) the (council|local authority|trust)\b[^.]{0,60}\b(jobs?|employment|work experience|opportunit\w+|placements?|posts?|roles?)|\b(jobs?|employment|work experience|work placements?|opportunit\w+|posts?|roles?|internships?)\b[^.]{0,60}\b(within|in|across|with|by) the (council|local authority)\b|council (jobs|vacancies|posts|roles|employment|work experience)|(employ\w*|recruit\w*) (care leavers|care-experienced)",
        ],
        "2025",
        "2026",
        [
            "Bradford",
            "Bury",
            "Central Bedfordshire",
            "Devon",
            "Kent",
            "Kingston upon Hull",
            "Lambeth",
            "North Lincolnshire",
            "Portsmouth",
            "Redcar and Cleveland",
            "Shropshire",
            "Southwark",
            "Wandsworth",
            "West Northamptonshire",
        ],
        {
            "Dorset": "'Leaders and managers work well with other organisations to successfully increase employment opportunities, in addition to the 10 apprentices working within the council' (2025): in the paragraph on children in care's futures, but not said to be care-experienced",
            "Warwickshire": "'care leaver’ status as a protected characteristic. This is part of a whole-council approach to supporting care-experienced young people into apprenticeships and other employment opportunities' (2025): not said to be in the council",
            "Camden": "'Opportunities for internships and apprenticeships are numerous and increasing. Leaders work proactively across the council and have harnessed the commitment of local businesses' (2025): not said to be in the council",
            "Coventry": "'Social care leaders work closely with others in the local authority and a range of local partners to provide work experience opportunities for care leavers, including apprenticeships' (2026): not said to be in the council",
            "Bracknell Forest": "'A growing number of partnerships between Bracknell Forest council, local businesses and national companies provide work experience, apprenticeships and employability programmes to care leavers' (2025): partnerships, not said to be in the council",
            "North Northamptonshire": "'Pro-active outreach into local businesses and across all parts of North Northamptonshire Council is identifying work experience, apprenticeship and employment opportunities' (2026): opportunities being identified",
        },
        "every sentence holding a pattern was read with the sentence either side (most hits are social work apprenticeships for staff or care leavers helped to apply for apprenticeships in general). Counted: care leavers or older children in care stated to have apprenticeships, ring-fenced apprenticeships or jobs within the council (or, in Bradford, the trust and council), or priority for them, including Bradford 2026 ('Apprenticeships within the trust and council have increased'), Bury ('an increasing number of council apprenticeships'), Central Bedfordshire ('The council has developed a limited number of apprenticeships for care leavers', though not all PAs know of them), Devon ('Senior leaders have created a small number of apprenticeship roles for care leavers'), Kent ('apprenticeships offered by the council'), Kingston upon Hull 2026 ('including opportunities within the council'), Lambeth 2026 (the council's revised apprenticeship offer for care leavers), North Lincolnshire 2026 ('in-house opportunities such as apprenticeships and work experience opportunities within the council' for older children), Portsmouth 2026 and Redcar and Cleveland ('ring-fenced apprenticeships'), Shropshire ('priority access to housing and employment opportunities within the council'), Southwark 2026 (an employment pathway with 'council services' and ring-fenced apprenticeships being secured), Wandsworth 2026 ('apprenticeships, including within the council') and West Northamptonshire 2026 ('the local authority directly employs a number of care experienced apprentices'). Not counted: help to find apprenticeships without saying where (Blackburn with Darwen, Durham, Merton, Newham, North East Lincolnshire, South Tyneside, Wigan, Wolverhampton, Bath and North East Somerset), social work apprenticeships for staff (Buckinghamshire, Haringey, Newcastle upon Tyne, Norfolk, Richmond upon Thames, Sefton, Stoke-on-Trent, Torbay, Wakefield) and the cases in excluded (57 sentences in 42 reports of 42 councils)",
    ),
    (
        "list14-fathers-not-involved",
        "In which areas did Ofsted criticise social workers for not involving fathers, or parents who don't live with the child, in assessments, plans or decisions, in inspections from 2018 onwards?",
        "dev",
        [
            r"\b(fathers?|dads?|male carers?|adult males|male partners|(non-resident|absent|separated) (parents?|fathers?))\b[^.]{0,150}\b(not|insufficient\w*|too variable|variable|absent|lack\w*|limited|rarely|overlook\w*|but not all)\b",
            r"\b(not|insufficient\w*|absence of|lack of|limited|rarely|overlook\w*)\b[^.]{0,120}\b(fathers?|dads?|male carers?|adult males|male partners|(non-resident|absent) (parents?|fathers?))\b",
        ],
        "2018",
        "2026",
        [
            "Haringey",
            "Harrow",
            "Knowsley",
            "Lambeth",
            "Nottinghamshire",
            "Slough",
            "Southampton",
            "West Sussex",
        ],
        {
            "Barnsley": "'repeated attempts are made to contact parents, although this is not always evident in records of screening information for fathers' (2023): recording at screening",
            "Middlesbrough": "'Fathers and absent parents are routinely included in children’s assessments' but 'contingency plans do not always reflect the engagement of non-resident parents or extended family members' (2026)",
            "Lewisham": "'Risks presented by male partners in relation to current and ongoing domestic abuse are not always fully assessed, analysed or addressed' (2019): risk from abusive partners, not involving fathers",
        },
        "every sentence holding a pattern was read with the sentence either side, and every other sentence since 2018 naming fathers, dads, absent, non-resident or separated parents, or male carers, partners or adults was read as well (86 more sentences in 57 councils, most praising efforts to engage fathers and absent parents). Counted: fathers or non-resident parents stated not to be (consistently) involved, engaged, considered, consulted or heard in assessments, plans or decisions, including Haringey 2018 ('insufficient involvement of fathers in the assessment process'), Harrow 2025 ('fathers were not always consulted' when voluntary care arrangements were made), Knowsley 2021 ('Assessments do not always include enough attention to adult males'), Lambeth 2018 ('fathers’ roles ... are not consistently considered or fully understood') and 2022 ('information is not always gathered from non-resident parents'), Nottinghamshire 2024 ('engagement of fathers is not always sufficiently detailed'), Slough 2023 ('consideration and involvement of fathers are often absent'), Southampton 2019 ('Efforts to engage fathers are apparent in some, but not all, assessments') and West Sussex 2023 ('other assessments do not capture the views of non-resident parents'). Not counted: a weakness found earlier and since put right (Suffolk 2024, Warrington 2024), Kingston upon Hull 2019 (efforts 'starting to be evident'), support for care leavers who are fathers (Doncaster 2025, Herefordshire 2022) and praise (Hertfordshire 2018, Sheffield 2019) (20 sentences in 18 reports of 17 councils hold a pattern)",
    ),
    (
        "list14-newly-qualified-social-workers-supported",
        "Which councils did inspectors say give newly qualified social workers good support in their first years in the job, in inspections since 2025?",
        "dev",
        [
            r"newly[- ]qualified|\bASYEs?\b|assessed and supported year|early[- ]career (social )?(workers?|practitioners?)|first year (in|of) (practice|employment)|\bNQSWs?\b",
            r"recently qualified|new to (the )?(profession|social work|practice|the role)|new(ly)? (starters?|recruits?|recruited (social )?workers?)|less experienced (social )?workers?|inexperienced (social )?workers?|protected caseloads?|social work (academy|academies)|\bacademy\b|step up to social work|frontline programme",
        ],
        "2025",
        "2026",
        [
            "Bedford",
            "Buckinghamshire",
            "Bury",
            "Doncaster",
            "Haringey",
            "Herefordshire",
            "Luton",
            "Newcastle upon Tyne",
            "Norfolk",
            "Richmond upon Thames",
            "Shropshire",
            "Solihull",
            "South Tyneside",
            "Stoke-on-Trent",
            "Wakefield",
            "Walsall",
            "Wandsworth",
            "West Berkshire",
            "West Northamptonshire",
            "Wigan",
        ],
        {
            "Kingston upon Hull": "'The Social Work Academy has become a significant strength, supporting apprentices, new starters and the wider workforce' (2026): new starters, not said to be newly qualified",
            "Redcar and Cleveland": "''Graduates’ from the academy are supported to become part of the workforce' (2025): not said to be newly qualified social workers",
            "Bracknell Forest": "'a highly effective social work academy that provides tailored support to practitioners at every stage of their career' (2025): not about newly qualified workers",
        },
        "every sentence holding a pattern was read with the sentence either side; no report in scope criticises the support for newly qualified workers. Counted: newly qualified social workers or those in their assessed and supported year in employment (ASYE) stated to be well supported, or to have a structured, dedicated or comprehensive programme or lower caseloads, including Bedford ('well supported by the social work academy'), Bury ('Newly qualified workers now benefit from a two-year supported programme'), Doncaster ('ASYE workers spoke highly of the support'), Haringey 2026 (the academy’s ‘grow your own’ approach including 'assessed and supported year in employment progression'), Newcastle upon Tyne ('an ASYE academy is facilitating a strong ‘grow your own’ culture'), Norfolk 2026 ('dedicated support to newly qualified social workers'), Shropshire (ASYE programmes that 'equip practitioners with the skills needed'), Wakefield (newly qualified workers 'joining the effective assessed and supported year in employment'), Walsall ('an impressive offer ... for newly qualified social workers'), West Berkshire (an academy supporting 'particularly those who are newly qualified') and Wigan ('ASYE and second-year programmes' in a comprehensive strategy). Not counted: academies or training praised without naming newly qualified workers (Devon, Durham’s leadership academy, Gloucestershire, Lambeth, Newham, Sandwell) and the cases in excluded (41 sentences in 29 reports of 29 councils)",
    ),
]
EXCLUDED["list14-strategy-meetings-partners-missing"] = {
    "Cheshire West and Chester": "'Challenge to partners has resulted in improved attendance at strategy meetings by the police' (2024): improved",
    "Stockport": "'Challenge to partners has led to improvements in health attendance at strategy meetings' (2025): improved",
    "North Somerset": "'increasing partner agencies’ attendance at strategy meetings' (2023): improved",
    "Tameside": "'escalation processes for strategy meetings is ensuring that the right professionals are now attending' (2023): improved",
    "Barking and Dagenham": "'Senior leaders have challenged partners to address the need for more timely police attendance at strategy meetings' (2023): timeliness",
    "Durham": "'good attendance and information-sharing at strategy meetings' (2022): praise",
}
EXCLUDED["list14-council-apprenticeships-care-leavers"] = {
    "Harrow": "'There are no specific apprenticeship schemes for care leavers. In the absence of these, leaders are providing them with work experience within the council' (2025): work experience only",
    "Stockport": "'The council has secured access to local apprenticeships and employment opportunities, capitalising on their strong relationships with local businesses' (2025): local businesses",
    "Solihull": "a 'community parenting board' of local businesses offering 'work experience, apprenticeships' (2025): businesses, not the council",
    "Middlesbrough": "'opportunities for children and young people are limited, both in the council and in their communities' (2026): criticism",
}
EXCLUDED["list14-fathers-not-involved"] = {
    "Suffolk": "'Leaders had identified that, previously, social workers were not consistently involving fathers in assessments. Recent assessments show this has improved' (2024): past",
    "Warrington": "'through auditing it was established that fathers and absent parents were not consistently engaged in assessments. In response, senior leaders took effective action' (2024): found by the council's audit and acted on",
    "Doncaster": "'Some care leavers who are fathers do not receive the same level of support' (2025): care leavers as fathers",
    "Herefordshire": "care leavers who are parents lack 'tailored work to support them to become successful mothers and fathers' (2022): care leavers as parents",
    "Hertfordshire": "'They work hard to try to engage fathers ... often with considerable success' (2018): praise",
    "Sheffield": "'improvements in identifying fathers who are absent or living separately from their families, who are now engaged wherever possible' (2019): improved",
}
EXCLUDED["list14-newly-qualified-social-workers-supported"] = {
    "Devon": "'The creation and ongoing development of the Children’s Social Care Academy are impressive' (2025): not about newly qualified workers",
    "Durham": "'Durham’s leadership academy ... provides high-quality training for operational managers' (2025): managers",
    "Gloucestershire": "'The Social Work Academy is a real strength' (2025): not about newly qualified workers",
    "Lambeth": "'a social work academy supporting career progression' (2026): not about newly qualified workers",
    "Newham": "'Investment in the social work academy ... has greatly strengthened practice' (2025): not about newly qualified workers",
    "Sandwell": "'The learning hub, trust academy and principal social worker play pivotal roles' (2025): not about newly qualified workers",
}

# Five dev lists written blind (fifteenth pass): every report in scope was searched with the patterns
# and each hit sentence read in context; their ids keep the 'list15-' prefix.
REVIEWED += [
    (
        "list15-children-held-overnight-in-police-cells",
        "Where did inspectors find children left in police cells overnight, since 2013?",
        "dev",
        [
            r"overnight[^.]{0,80}(custody|police cells?|police stations?)|(custody|police cells?|police stations?)[^.]{0,80}overnight",
        ],
        "2013",
        "2026",
        [
            "Herefordshire",
            "Kingston upon Hull",
            "Lambeth",
            "Middlesbrough",
            "Nottingham",
            "Surrey",
            "Tower Hamlets",
            "Warwickshire",
        ],
        {
            "Cornwall": "'Three children have been detained in police custody overnight between January 2016 and April 2016. The local authority is undertaking work with the police to understand the reasons for this' (2016): stated, not said to be wrong",
            "Croydon": "out-of-hours workers 'are not always able to visit children, for example when children are in custody overnight', and leaders to 'strengthen recording and oversight of children who have been held in police stations overnight' (2024): the oversight of them, not that they were held",
        },
        "every sentence holding a pattern was read with the sentence either side (32 sentences in 22 reports of 18 councils), and every other sentence in any report naming police custody, police cells or stations, PACE beds or the concordat, or children in custody with emergency or alternative accommodation, was read as well (about 45 more, most about care leavers in prison or young offenders). Counted: children stated to be held, kept, detained or left in police cells, stations or custody overnight as a failing (inappropriately, unnecessarily, too many, for want of emergency accommodation, or unknown to leaders): Herefordshire 2014 ('young people being detained in police cells overnight unnecessarily'), Kingston upon Hull 2014 ('some young people being held inappropriately in custody overnight') and 2022 ('children unacceptably having to remain in police cells overnight'), Lambeth 2018 ('too many children being held in police stations overnight') and 2022 ('children remaining in unsuitable arrangements overnight, such as in a police station'), Middlesbrough 2019 ('The local authority was not aware of the number of children held overnight in police custody', 'this weakness in practice'), Nottingham 2018 ('too many children are inappropriately kept in police cells overnight'), Surrey 2018 (children charged 'are regularly detained overnight in police stations because of a shortage of suitable emergency local authority accommodation'), Tower Hamlets 2017 ('Three very young children had remained in a police station overnight, as there was no placement available') and Warwickshire 2017 ('some young people are remaining in police custody overnight inappropriately'). Not counted: numbers reducing or the practice stopped (Cheshire West and Chester 2015 and 2019, Staffordshire 2019, Somerset 2015 'This practice has now stopped', Bath and North East Somerset 2017), beds or carers that keep children out of police cells (Blackpool 2014, Leeds 2015, Norfolk 2015, North East Lincolnshire 2017, Hackney 2019, Haringey 2023, Swindon 2014), a safeguarding board's dashboard (Worcestershire 2016), Somerset 2017 (children kept in police custody not identified, with no word of a night), Redbridge 2019 (the out-of-hours service challenges when a child is held inappropriately), care leavers in prison (Stoke-on-Trent 2025, Tower Hamlets 2024) and the cases in ambiguous",
    ),
    (
        "list15-family-safeguarding-praised",
        "Which councils got praise from Ofsted for their Family Safeguarding teams since 2022?",
        "dev",
        [r"family safeguarding"],
        "2022",
        "2026",
        [
            "Bury",
            "Hertfordshire",
            "Lancashire",
            "Luton",
            "Portsmouth",
            "Surrey",
            "Wigan",
        ],
        {
            "Leicestershire": "leaders 'have recently introduced a well-considered family safeguarding and family help model' (2024): introduced, its work not yet judged",
            "Peterborough": "'Children in need of protection, and those with more complex needs, receive appropriate support from the family safeguarding teams' (2023): adequate rather than praised",
            "West Berkshire": "'The family safeguarding teams have also experienced increased demand, compounded by some vacant posts', with 'the quality of some recording' suffering, though funding for more staff in them 'secured improvement in the judgement' (2022): mixed",
        },
        "every sentence holding the pattern was read with the sentence either side (26 sentences in 13 reports of 12 councils). Counted: family safeguarding teams or the family safeguarding model stated to work well, effectively or strongly, including Bury 2025 ('Most children subject to child protection and child-in-need plans receive effective support from practitioners in the family safeguarding teams', though its implementation was once paused), Hertfordshire 2023 ('The multidisciplinary work in the family safeguarding teams is strong'), Lancashire 2022 ('Multidisciplinary family safeguarding teams work skilfully with families'; their supervision 'a strength'), Luton 2022 ('carefully considered and effective support from family safeguarding teams'), Portsmouth 2023 (early help and family safeguarding teams 'stand out as areas of strong practice'), Surrey 2022 ('highly effective for many families') and 2025 (a good example of partnership working) and Wigan 2025 ('effective support from social workers in the family safeguarding teams'). Not counted: Nottinghamshire 2024 (leaders 'investing in the development of the family safeguarding team'), West Sussex 2023 ('inconsistencies in children’s experiences, particularly in the assessment and intervention teams and family safeguarding service'), reports before 2022, outside the scope (Bracknell Forest 2017, Hertfordshire 2015 and 2018, Luton 2020, Peterborough 2018, West Berkshire 2017), and the cases in ambiguous",
    ),
    (
        "list15-care-leavers-wifi-criticised",
        "How many councils were criticised for not helping care leavers get wifi or internet access since 2023?",
        "dev",
        [r"wi-?fi|broadband|\binternet\b|digital poverty"],
        "2023",
        "2026",
        [
            "Bedford",
            "Brent",
            "Hertfordshire",
            "Leicester",
            "Peterborough",
            "Portsmouth",
            "Rochdale",
            "Sheffield",
            "Slough",
            "Staffordshire",
            "Stoke-on-Trent",
            "West Sussex",
            "Wirral",
            "Worcestershire",
        ],
        {
            "Swindon": "'While internet and laptop provision are offered to young people, for a few, there were delays in these being made available' (2023): offered, late for a few",
        },
        "every sentence holding the pattern was read with the sentence either side (32 sentences in 30 reports of 30 councils), and every other sentence since 2023 naming laptops, phones, tablets, computers, data or digital access was read as well. Counted: care leavers' help with Wi-Fi, broadband or internet access stated to be missing from, unclear in or discretionary in the local offer, or care leavers stated to go without it: Bedford 2025 (support to access Wi-Fi 'not explicit or sufficiently specific'), Brent 2023 (Wi-Fi not 'made explicit in the offer'), Hertfordshire 2023 ('Care leavers do not automatically qualify for financial support to access Wi-Fi'), Leicester 2024 ('access to Wi-Fi ... is not explicit in the offer'), Peterborough 2023 ('financial support to access Wi-Fi is not routinely provided'), Portsmouth 2023 (essentials 'such as access to Wi-Fi ... are not included'), Rochdale 2023 (the offer 'open to interpretation ... for example access to the internet'), Sheffield 2023 ('not sufficiently clear in respect of ... the Wi-Fi offer'), Slough 2023 (young people 'do not always have access to the internet in their accommodation'), Staffordshire 2023 ('The offer does not include broadband or Wi-Fi access'), Stoke-on-Trent 2025 ('A lack of help with ... broadband'), West Sussex 2023 (Wi-Fi discretionary and 'not open to all'), Wirral 2023 ('does not ensure that care leavers have access to Wi-Fi') and Worcestershire 2023 (the offer 'could be improved by more clearly addressing young people’s access to the internet'). Not counted: Wi-Fi, broadband or internet in the offer, praised (Barnsley, Bolton, Bury, Ealing, Gloucestershire, North Somerset, Salford, Warrington, Wiltshire, Windsor and Maidenhead 'ensuring that care leavers avoid digital poverty', Wolverhampton 'free internet dongles'), Newham 2025 (digital poverty raised by care leavers and 'In response, the offer was changed and it now includes free Wi-Fi'), children's internet safety (Calderdale, Hounslow, Richmond upon Thames), laptops alone (Southampton 2023: only 'on a case-by-case basis' for those not in education, employment or training) and the case in ambiguous",
    ),
    (
        "list15-nrm-referrals-praised",
        "In which areas did Ofsted say exploited or trafficked children are properly referred to the NRM, since 2018?",
        "dev",
        [r"national referral mechanism|\bNRM\b"],
        "2018",
        "2026",
        [
            "Bromley",
            "Derby",
            "East Riding of Yorkshire",
            "Essex",
            "Kent",
            "Luton",
            "Redcar and Cleveland",
            "Salford",
            "Somerset",
            "Telford and Wrekin",
            "Wiltshire",
        ],
        {},
        "every sentence holding the pattern was read with the sentence either side (12 sentences in 11 reports of 11 councils), and every other sentence since 2018 naming modern slavery or trafficking with a referral was read as well (all but Leicestershire 2019 name the mechanism too); no report in scope criticises its use. Counted: children who may be exploited or trafficked stated to be referred, appropriately or routinely, to the national referral mechanism (NRM): Bromley 2023 ('Social workers make appropriate referrals'), Derby 2025 ('routinely referred'), East Riding of Yorkshire 2023 ('appropriate use of the NRM to try and prevent children who are being exploited from being criminalised'), Essex 2018 ('Staff use the national referral mechanism appropriately'), Kent 2025 ('concerns are appropriately escalated through multi-agency forums, such as the National Referral Mechanism'), Luton 2022 ('Concerns about children who may have been trafficked result in referrals'), Redcar and Cleveland 2022 ('referral to the national referral mechanism where appropriate'), Salford 2023 ('Appropriate use is made of the National Referral Mechanism'), Somerset 2022 ('Children are appropriately referred'), Telford and Wrekin 2024 (workers who 'skilfully build relationships ... This includes disruption activity and referral to the National Referral Mechanism') and Wiltshire 2023 ('Appropriate and timely referrals'). Not counted: Leicestershire 2019 (a modern slavery and human trafficking team aligned with the exploitation team, no referral named)",
    ),
    (
        "list15-culture-identity-overlooked",
        "Which councils were criticised for overlooking children's culture or identity in assessments and plans since 2023?",
        "dev",
        [
            r"\b(identity|identities|cultur(e|es|al)|heritage|ethnicity|religio\w*|diversity)\b[^.]{0,160}\b(not (always |consistently |routinely |sufficiently |fully |often |thoroughly |explicitly |meaningfully )?(be |been )?(explored|considered|covered|addressed|recorded|reflected|understood|acknowledged?|set out|stated?|given|described)|less well developed|not routinely taking place|do not sufficiently address)",
            r"\b(not|insufficient|lack of)\b[^.]{0,80}\b(address|consider\w*|explor\w*|acknowledge|reflect\w*|stat\w+|understand\w*|curious|curiosity)\b[^.]{0,80}\b(identity|identities|cultur(e|es|al)|heritage|ethnicity|religio\w*)\b",
            r"understanding of the impact of family culture",
            r"\b(identity|cultur\w*|heritage|ethnicity|diversity)\b[^.]{0,100}\.\s*However, these are not always explored",
        ],
        "2023",
        "2026",
        [
            "Brent",
            "Cheshire East",
            "East Riding of Yorkshire",
            "Knowsley",
            "Luton",
            "Manchester",
            "Middlesbrough",
            "North Yorkshire",
            "Northumberland",
            "South Tyneside",
            "Suffolk",
            "Tower Hamlets",
        ],
        {
            "West Berkshire": "'While PAs understand and promote the identity needs of care leavers, these are not often explicitly recorded in pathway plans' (2025): understood, not written down",
            "West Northamptonshire": "'PAs understand their young people’s identity, cultural and religious needs. However, written plans do not consistently reflect these' (2026): understood, not written down",
            "York": "'The sections relating to children’s identity did not always address the uniqueness of being a disabled child' (2025): disability as identity",
            "Leicester": "'Stronger plans ... reflecting their religious and cultural needs. Weaker plans lack this level of detail and specificity' (2024): implied only",
        },
        "every sentence holding a pattern was read with the sentence either side (16 sentences in 14 reports of 14 councils), and every other sentence since 2023 naming identity, culture, heritage, ethnicity, religion, faith, diversity or race with a negative word in it or either side of it was read as well (about 90 more, most praising culturally sensitive assessments and matching). Counted: children's or care leavers' culture, heritage, ethnicity or identity stated not to be (consistently) explored, considered, understood or set out in assessments, plans or decisions: Brent 2023 (care leavers' 'identity is not covered thoroughly in plans'), Cheshire East 2024 (plans for unaccompanied care leavers 'do not consistently acknowledge their unique cultural heritage'), East Riding of Yorkshire 2023 ('children’s identities are not always explored in depth within assessments'), Knowsley 2024 ('Children’s identities are not routinely explored'), Luton 2026 ('children’s care plans do not always state how their cultural needs will be met'), Manchester 2025 (in early help, 'Children’s ethnicity and identity are not always considered in decision-making and used to inform plans'), Middlesbrough 2023 ('Children’s identity needs are not consistently well understood'), North Yorkshire 2023 (ethnicity not recorded at screening, 'meaning that issues of culture and identity may not be sufficiently informing decision-making'), Northumberland 2024 (plans that 'do not sufficiently address cultural, identity or emotional health needs'), South Tyneside 2026 ('Children’s cultures and identities are not given sufficient consideration in assessments of their needs, care plans or pathway plans'), Suffolk 2024 (identity needs 'not always explored in the matching and care planning processes') and Tower Hamlets 2024 ('relevant cultural issues are not always sufficiently explored'; a 'What needs to improve' point). Not counted: identity and life-story work not done (Cambridgeshire 2024, Tameside 2023, Barking and Dagenham 2023, Haringey 2023, Slough 2023: a separate finding), unaccompanied children's journeys and histories not explored (Essex 2023, Bury 2025), care leavers who are fathers (Doncaster 2025), plans not translated (Sandwell 2025) and the cases in ambiguous",
    ),
]
EXCLUDED["list15-children-held-overnight-in-police-cells"] = {
    "Cheshire West and Chester": "'the number of children detained in custody overnight is reducing' (2019): improving",
    "Staffordshire": "'the number of children remaining in custody overnight has reduced' (2019): improving",
    "Somerset": "'have been challenged over young people being held in police custody overnight. This practice has now stopped' (2015): past",
    "Blackpool": "'Young people who are at risk of being held in police cells overnight ... can be placed in suitable accommodation in the community instead' (2014): praise",
    "North East Lincolnshire": "'Effective use is made of an emergency bed ... for children at risk of being held overnight in custody' (2017): praise",
    "Leeds": "accommodation 'aimed at preventing overnight detention in police cells' (2015): praise",
    "Norfolk": "carers recruited 'for young people who would otherwise be held overnight in police cells' (2015): praise",
    "Worcestershire": "the safeguarding board's dashboard 'includes oversight of children held in police custody overnight' (2016): oversight, no finding",
}
EXCLUDED["list15-family-safeguarding-praised"] = {
    "Nottinghamshire": "'Leaders are investing in the development of the family safeguarding team' (2024): investment, no judgement of its work",
    "West Sussex": "'There remain inconsistencies in children’s experiences, particularly in the assessment and intervention teams and family safeguarding service' (2023): criticism",
}
EXCLUDED["list15-care-leavers-wifi-criticised"] = {
    "Newham": "'A key issue raised by care leavers was digital poverty. In response, the offer was changed and it now includes free Wi-Fi' (2025): put right",
    "Barnsley": "'bespoke requests are frequently met ... including financial support to access private housing and Wi-Fi' (2023): praise",
    "Windsor and Maidenhead": "'ensuring that care leavers avoid digital poverty' (2024): praise",
    "Calderdale": "'support around internet safety' (2024): children's online safety",
    "Richmond upon Thames": "'careful monitoring of internet access and apps' (2025): children's online safety",
}
EXCLUDED["list15-culture-identity-overlooked"] = {
    "Cambridgeshire": "'some children in care wait too long to receive their life-story books. As a result, children are not always helped to understand their identity' (2024): life-story work",
    "Tameside": "'Some children are not supported to understand their family identity and experiences as life-story work is not completed' (2023): life-story work",
    "Essex": "'social workers are not consistently exploring their life experiences to understand their journeys to the UK' (2023): histories, not culture",
}

REVIEWED += [
    (
        "list16-life-story-work-missing",
        "Which councils did Ofsted pick up for children in care missing out on life-story work, in inspections in 2025 and 2026?",
        "dev",
        [r"life[- ]?story|later[- ]life letters?"],
        "2025",
        "2026",
        [
            "Bedford",
            "Bradford",
            "Brent",
            "Bury",
            "Devon",
            "Middlesbrough",
            "North East Lincolnshire",
            "Somerset",
            "Southwark",
            "Stockport",
            "Torbay",
            "Trafford",
            "West Berkshire",
        ],
        {
            "Buckinghamshire": "'Children who are placed for adoption, and some children in long-term care, receive high-quality life-story work' (2025): praise; that others do not is only implied",
        },
        "every sentence holding the pattern was read with the sentence either side (94 sentences in 52 reports of 52 councils), and every other sentence in a 2025 or 2026 report naming life journey work, memory boxes, story books or helping children understand their histories, past or journey into care was read as well (none adds a council). Counted: life-story work (or life-story books and later life letters) stated to be missing, delayed, not embedded or inconsistent for some or many children: Bedford 2025 ('for others this has been delayed'), Bradford 2026 ('Too many children lack age-appropriate life-story work'; a 'What needs to improve' point), Brent 2026 ('Life-story work remains underdeveloped for children in long-term foster care'), Bury 2025 ('For most children in care, there is an absence of effective life-story work'), Devon 2025 (direct and life-story work 'not yet embedded for all children'), Middlesbrough 2026 ('Not all children or their adopters benefit from life-story work', and 'an absence of life-story work' for care leavers), North East Lincolnshire 2025 (a new life-story model 'very recent, and not all children in care benefit from understanding their life story'), Somerset 2026 ('For other children, there is a delay in them receiving their life-story books'), Southwark 2026 ('life-story work is not consistently embedded'), Stockport 2025 ('Not all children benefit from life-story work'), Torbay 2026 (adopters describe 'inconsistencies in the quality and timeliness of life-story work and later life letters'), Trafford 2026 ('For some children who have been in care for longer periods of time, life-story work has not always been completed') and West Berkshire 2025 ('Not all children living in long-term foster care have the benefit of life-story work'). Not counted: life-story work praised (among them Blackburn with Darwen, Blackpool, Bracknell Forest, Coventry, Derby, Gloucestershire, Haringey, Harrow, Kingston upon Hull, Lancashire, Luton, North Lincolnshire, Shropshire, Solihull, South Tyneside, Sunderland, Surrey, Wakefield, Wandsworth, Warwickshire, West Northamptonshire, York), Bath and North East Somerset 2025 (records that 'do not always support children in later life', while its life-story work is praised), Dorset 2025 (plans to prioritise it further, no shortfall), Norfolk 2026 (practitioners value clinicians' input when planning it) and the case in ambiguous",
    ),
    (
        "list16-cases-closed-too-early",
        "Since 2023, where did inspectors find children's cases being closed, or child protection plans ended, too early?",
        "dev",
        [
            r"(\bclos\w+|stepped down|step(ped|ping|s)? down|\bended\b|\bending\b|interventions? end\w*)[^.]{0,100}(too (early|soon|quickly)|prematurely)",
            r"premature(ly)? (clos|step|end)\w*",
            r"(\bclos(ed|ure)\b|step(ped|ping|s)? down)[^.]{0,100}\b(before|without)\b[^.]{0,80}(changes?|sustain\w*|necessary support|support they need|appropriate intervention)",
            r"(sustained|tested|embedded)\W[^.]{0,30}(prior to|before)[^.]{0,40}(step(ped|ping)? down|clos\w+|end\w*)",
        ],
        "2023",
        "2026",
        [
            "Bolton",
            "Bradford",
            "Bury",
            "Devon",
            "Doncaster",
            "Halton",
            "Isle of Wight",
            "Kirklees",
            "Knowsley",
            "Lambeth",
            "Leicester",
            "Liverpool",
            "Stockport",
            "Stockton-on-Tees",
            "Tameside",
            "West Sussex",
            "Wigan",
        ],
        {
            "Barnsley": "'a small number of children for whom a previous lack of professional curiosity has led to the premature ending of support before positive change has embedded. More recently ...' (2023): past, put right",
            "Lincolnshire": "'A small number of contacts are therefore received and subsequently closed without ensuring that parents and children are directed to appropriate sources of support' (2023): closed below the threshold without signposting, not too early",
        },
        "every sentence holding a pattern was read with the sentence either side (the patterns hit 22 councils), and every other sentence since 2023 naming a step-down, closure, de-escalation or ended plan with a negative word in it was read as well (about 20 more). Counted: children's cases, contacts, assessments or interventions stated to be closed or ended too early, or children stepped down from child protection plans too soon or before change was sustained: Bolton 2023 ('Some children are stepped down from child protection planning prematurely'), Bradford 2026 ('some children’s cases are closed too soon, reflecting overly optimistic decisions'), Bury 2025 (a small number step down from a child protection plan 'at the first review ... prematurely'), Devon 2025 ('stepped down ... before changes have been fully tested or sustained'), Doncaster 2025 ('improvements in their situation are not sustained prior to decisions to step down from a protection plan'), Halton 2024 ('children’s cases are being closed prematurely'), Isle of Wight 2023 ('the assessments are being closed too quickly'), Kirklees 2024 (cases 'stepping down from child protection plans too quickly'; 'interventions ending too early'), Knowsley 2024 ('children’s cases are closed without the necessary support being provided'), Lambeth 2026 ('the premature closure of contacts' at the front door), Leicester 2024 ('stepped down from child protection plans too soon'), Liverpool 2023 ('Child protection plans are ended too soon for some children'), Stockport 2025 ('some children step down from child protection planning too soon'), Stockton-on-Tees 2023 ('stepped down prematurely to early help'), Tameside 2023 ('children’s cases are being prematurely closed'), West Sussex 2023 ('child protection plans are ended prematurely') and Wigan 2025 ('some children’s cases are closed prematurely'). Not counted: care leavers closed to the service too early (Blackburn with Darwen 2025, Harrow 2025, Knowsley 2024 as well as its children, Somerset 2026, Suffolk 2024, Torbay 2026 'now offered continuing support'), Wandsworth 2026 and Sunderland 2025 (referrals 'not closed prematurely', contacts 'closed or stepped down appropriately': praise), Cheshire East 2024 ('too soon to see the impact'), Gloucestershire 2025 (child in need meetings late after a step-down), Isles of Scilly 2023 (requests closed without evidence of conversations with referrers: recording, not timing), Barking and Dagenham 2023 (early help thresholds after step-down from the MASH), reports before 2023 and the cases in ambiguous",
    ),
    (
        "list16-judges-cafcass-praise-court-work",
        "Where did family court judges or Cafcass speak well of the council's court work, in inspections in 2025 and 2026?",
        "dev",
        [
            r"judiciary|\bjudges?\b|family courts?\b(?! Advisory)|Cafcass(?!\), schools)|Court Advisory (and )?Support Service(?! \(Cafcass\), schools)",
        ],
        "2025",
        "2026",
        [
            "Blackburn with Darwen",
            "Blackpool",
            "Bradford",
            "Bury",
            "Coventry",
            "Derby",
            "Doncaster",
            "Gloucestershire",
            "Kingston upon Hull",
            "Lambeth",
            "Liverpool",
            "Manchester",
            "Merton",
            "Middlesbrough",
            "Newham",
            "North East Lincolnshire",
            "North Lincolnshire",
            "Southwark",
            "Stockport",
            "Sunderland",
            "Sutton",
            "Warwickshire",
            "Wigan",
            "York",
        ],
        {
            "Bath and North East Somerset": "'Strong constructive relationships with the judiciary and Cafcass have improved the response to children and families who are subject to legal processes' (2025): the relationship, no word from them on the work",
            "Bedford": "'There are positive relationships with the judiciary and the Family Court Advisory and Support Service (Cafcass) which have impacted the quality of work and intervention for children within the PLO and proceedings' (2025): the relationship, no word from them on the work",
            "Camden": "'Partners, including ... (Cafcass), the judiciary, school leaders and the independent scrutineer, all describe the local authority as responsive, ahead of trends and always keen to be part of a solution' (2025): the council in general, not its court work",
        },
        "every sentence holding the pattern was read with the sentence either side (48 sentences in 37 reports of 37 councils; the pattern leaves out the closing paragraph of every report, in which Ofsted says it inspects Cafcass). Counted: the judiciary, a family or district judge, the family court or Cafcass stated to speak well of, commend, be confident in or recognise the improvement of the council's work in care proceedings, pre-proceedings or the family court: 2025: Blackburn with Darwen ('speak positively about improvements in the quality of social work practice and performance in the court arena'), Bury ('positive about the quality of practice'), Derby (strong court evidence 'confirmed by both' Cafcass and the designated family judge), Doncaster ('The local judiciary report positively on the quality of care applications and evidence'), Gloucestershire ('very positive'), Manchester (Cafcass 'speaks highly of the work'), Merton ('particularly positive about Merton’s work in the family justice arena'), Newham ('practice has improved greatly'), North East Lincolnshire ('vastly improved practice'), Stockport ('highly complimentary of the good-quality work for children in court proceedings'), Sunderland ('very positive'), Sutton (the family court and Cafcass 'report positively'), Warwickshire (the designated family judge and Cafcass 'reflected on the quality of work within the Public Law Outline'), Wigan ('a trend recognised by Cafcass and the district judge') and York (Cafcass feedback 'was positive'); 2026: Blackpool ('have recognised Blackpool’s increasing strengths'), Bradford ('increasingly confident in the quality of social work practice'), Coventry ('highly effective practice'), Kingston upon Hull ('exemplary feedback from the family courts'), Lambeth ('commending the quality, timeliness and responsiveness of practice'), Liverpool ('extremely positive feedback'), Middlesbrough ('a recent improvement in the quality of social work practice'), North Lincolnshire ('highly complimentary about the quality and impact of court work') and Southwark ('positive feedback ... on appropriate timing of court applications and high quality of social work evidence'). Not counted: Ofsted's own view of court work with no word from judges or Cafcass (Devon, Dorset, Herefordshire, Newcastle upon Tyne, Surrey, Wakefield), partnerships and protocols (Bracknell Forest, Central Bedfordshire, Solihull), Stoke-on-Trent 2025 (liaison with the judiciary reduced delays, but 'the quality of reports presented to the family court is variable'), a judge commending one care leaver's support (Derby, counted for its court work) and the cases in ambiguous",
    ),
    (
        "list16-care-leavers-driving-lessons",
        "Which councils help care leavers pay for driving lessons, according to Ofsted since 2023?",
        "dev",
        [r"driving (lessons?|tuition|tests?)|learn(ing)? to drive"],
        "2023",
        "2026",
        [
            "Bury",
            "Cumberland",
            "Darlington",
            "Essex",
            "Gateshead",
            "Hampshire",
            "Herefordshire",
            "Oldham",
            "Redbridge",
            "Shropshire",
            "South Tyneside",
            "Surrey",
            "Wakefield",
            "Warrington",
            "Wiltshire",
            "Windsor and Maidenhead",
            "Worcestershire",
        ],
        {
            "Dorset": "'PAs often have to be creative to get the services or support that care leavers need, such as driving lessons' (2025): not in the offer, sometimes got case by case",
            "Staffordshire": "PAs use the leisure funding 'to supplement the driving lessons offer, which would only pay for a couple of driving lessons at most' (2023): offered, criticised as too little",
        },
        "every sentence holding the pattern was read with the sentence either side (22 sentences in 22 reports of 22 councils), and every other sentence since 2023 naming driving was read as well (the rest are driving licences among identity documents, or leaders driving improvement). Counted: the local offer or the council stated to fund, match-fund or pay for care leavers' driving lessons or tests, including case by case: Bury 2025, Cumberland 2024 ('financial support for driving lessons'), Darlington 2026 ('funded driving lessons and tests'), Essex 2023, Gateshead 2024 ('some have been supported with driving lessons'), Hampshire 2024, Herefordshire 2025, Oldham 2024 ('matched funding'), Redbridge 2024 ('Driving lessons and tests are paid for'), Shropshire 2025 ('provided based on individual need'), South Tyneside 2026, Surrey 2025 ('many care leavers taking advantage of driving lessons'), Wakefield 2025 (a discretionary payment when agreed in the pathway plan), Warrington 2024, Wiltshire 2023 ('support with learning to drive'), Windsor and Maidenhead 2024 and Worcestershire 2023 ('matched funding'). Not counted: driving lessons stated to be left out of the offer (Brent 2023 'but not driving lessons', Portsmouth 2023 'not included', Stoke-on-Trent 2025 'A lack of help with ... driving lesson costs'), driving licences as identity documents (Cambridgeshire, Central Bedfordshire, Gloucestershire, Kensington and Chelsea, Slough, Southend-on-Sea, Westmorland and Furness) and the cases in ambiguous",
    ),
    (
        "list16-family-drug-alcohol-court-praised",
        "How many councils did Ofsted praise for their work with a family drug and alcohol court (FDAC), since 2018?",
        "dev",
        [r"drug and alcohol court|\bFDAC\b"],
        "2018",
        "2026",
        [
            "Coventry",
            "East Sussex",
            "Kent",
            "Leeds",
            "Liverpool",
            "Milton Keynes",
            "North Northamptonshire",
            "Redbridge",
            "Stockport",
            "Walsall",
            "Wandsworth",
            "West Northamptonshire",
        ],
        {
            "Southampton": "the edge-of-care service 'also delivers long-term support to families who have been through the family drug and alcohol court' (2023): the follow-on service praised, not the court work",
        },
        "every sentence holding the pattern was read with the sentence either side (21 sentences in 17 reports of 14 councils), and every sentence of any report naming a family drug court in other words ('drug & alcohol', 'family drug') was checked (none since 2018 adds a council). Counted: the council's family drug and alcohol court work stated to help families or be valued, effective or commended: Coventry 2026 ('Strong practice in the Family Drug and Alcohol Court was particularly recognised by the judiciary'), East Sussex 2018 ('an enhanced family drug and alcohol court (FDAC)' among 'highly regarded specialist services') and 2023 ('The highly valued and effective FDAC service'), Kent 2022 (in pre-proceedings and the FDAC 'families receive intensive support'), Leeds 2018 ('leaders have maintained investment in the family drug and alcohol court (FDAC) to support this work'), Liverpool 2026 (services 'including the family drug and alcohol court (FDAC) team, are successfully improving their circumstances'), Milton Keynes 2021 (parents call its support 'brilliant') and 2024 ('higher numbers of children returning to the care of parents'), North Northamptonshire 2026 ('Positive outcomes were evident for families who engaged'), Redbridge 2024 (collaborative work 'actively supports families to engage with the East London family drug and alcohol court'), Stockport 2022 ('highly valued by the courts') and 2025 ('particularly impactful for children'), Walsall 2021 ('The judge spoke positively about Walsall’s work in the Family Drug and Alcohol Court'), Wandsworth 2018 ('An increasing number of families ... benefit') and West Northamptonshire 2026 ('have made an impact, with positive outcomes seen for families'). Not counted: Solihull 2019 (plans 'to develop a Family Drug and Alcohol Court (FDAC)'), reports before 2018 (Buckinghamshire, Coventry, Herefordshire, Leeds, Merton, Milton Keynes, Sefton, Sutton, Wakefield, Westminster, York) and the case in ambiguous",
    ),
]
EXCLUDED["list16-life-story-work-missing"] = {
    "Bath and North East Somerset": "'Records do not always support children in later life to understand their experience of care', beside 'Children benefit from creative and engaging direct work and life-story work' (2025): records, life-story work praised",
    "Dorset": "'proposed plans for additional family workers ... will allow life-story work to be prioritised further' (2025): no shortfall stated",
    "Lambeth": "'Life-story work and other direct work are prioritised at times, appropriate to the child' (2026): praise",
    "Norfolk": "practitioners 'value their input when planning life-story work' (2026): no finding on the work",
}
EXCLUDED["list16-cases-closed-too-early"] = {
    "Blackburn with Darwen": "'some younger care leavers have been closed to the service prematurely' (2025): care leavers, not children's cases",
    "Torbay": "'a small number have needed to seek help from the service after their support was ended too soon, young people are now offered continuing support after the age of 21' (2026): care leavers, past",
    "Wandsworth": "'helps to ensure that referrals about children are not closed prematurely' (2026): praise",
    "Cheshire East": "'it is too soon to see the impact of this' (2024): about a staying close initiative",
}
EXCLUDED["list16-judges-cafcass-praise-court-work"] = {
    "Stoke-on-Trent": "liaison with the judiciary and Cafcass 'have reduced delays for children in proceedings', but 'the quality of reports presented to the family court is variable' (2025): no praise from them",
    "Central Bedfordshire": "'Partnership work with the Children and Family Court Advisory and Support Service (Cafcass) and the Local Family Justice Board is strong' (2025): partnership, no feedback",
    "Bracknell Forest": "leaders 'strengthen mature and cohesive partnerships with police, schools, Cafcass, the family courts' (2025): partnership, no feedback",
    "Wakefield": "'matters are presented to the family court in a timely way, and practice is strong' (2025): Ofsted's own view",
    "Surrey": "'the quality of family court work is mostly strong' (2025): Ofsted's own view",
    "Solihull": "'fast-track' protocols with Cafcass 'are accelerating safe discharge' of care orders (2025): a protocol, no feedback",
}
EXCLUDED["list16-care-leavers-driving-lessons"] = {
    "Brent": "'This includes council tax relief and help towards transport costs, but not driving lessons' (2023): left out",
    "Portsmouth": "'essentials, such as access to Wi-Fi and driving lessons, are not included' (2023): left out",
    "Stoke-on-Trent": "'A lack of help with public transport, broadband and driving lesson costs' (2025): left out",
}
EXCLUDED["list16-family-drug-alcohol-court-praised"] = {
    "Solihull": "'Well-resourced plans are in place ... to develop a Family Drug and Alcohol Court (FDAC)' (2019): planned, not yet working",
}

REVIEWED += [
    (
        "list17-care-leavers-id-documents",
        "Which councils did Ofsted commend for making sure young people leaving care have their passport, birth certificate and other ID, in inspections in 2024?",
        "dev",
        [
            r"passports?(?<!health passport)(?<!health passports)|birth certificates?|national insurance (numbers?|cards?)|driving licen[cs]es?|proof of (identity|ID)|\bID\b",
            r"(identity|identification|ID|personal|key|important|essential|necessary|relevant|vital|official|legal|appropriate|salient) (documents?|documentation|paperwork)|documents? (that )?(they|young people|care leavers) (will )?need",
        ],
        "2024",
        "2024",
        [
            "Barnet",
            "Brighton and Hove",
            "Calderdale",
            "Cambridgeshire",
            "City of London",
            "Cornwall",
            "Croydon",
            "Ealing",
            "Greenwich",
            "Hackney",
            "Halton",
            "Hammersmith and Fulham",
            "Hampshire",
            "Hartlepool",
            "Kensington and Chelsea",
            "Kirklees",
            "Knowsley",
            "Milton Keynes",
            "Northumberland",
            "Nottinghamshire",
            "Oldham",
            "South Gloucestershire",
            "Southend-on-Sea",
            "Tower Hamlets",
            "Waltham Forest",
            "Westminster",
            "Westmorland and Furness",
            "Windsor and Maidenhead",
        ],
        {},
        "every sentence holding a pattern was read with the sentence either side (36 sentences in 31 reports of 31 councils), and every other sentence of a 2024 report naming documents, documentation, paperwork, passports, certificates, licences or bank accounts was read as well (it added Halton, Oldham and Waltham Forest, whose wording the second pattern was then widened to hold). Counted: care leavers, or children about to leave care, stated to have, be given or be helped to get their identity or other key documents (passports, birth certificates, National Insurance numbers, driving licences): Barnet ('provided with all the necessary documents they need as they move into adulthood'), Brighton and Hove ('helped to obtain important documents, such as birth certificates and a range of identification documents'), Calderdale ('helped to obtain relevant identity documents'), Cambridgeshire ('one form of identity documentation, such as a passport or provisional driving licence'), City of London ('Social workers ensure that care leavers have identity documents'), Cornwall ('have all the relevant documents they need'), Croydon (social workers in the 16+ teams ensure that children 'access important documents'), Ealing ('can readily access key documents such as passports and birth certificates'), Greenwich ('provided with important documents as they reach adulthood. When these are missing, strenuous efforts are made to help young people access them'), Hackney ('essential documents, such as passports, national insurance numbers and identity cards'), Halton ('most children are provided with the documents they need as adults', beside transition planning that starts too late), Hammersmith and Fulham ('essential identification documents'), Hampshire ('PAs ensure that care leavers have all their important documents'), Hartlepool ('access to key documents'), Kensington and Chelsea ('quickly helped to obtain the relevant documents ... such as passports and provisional driving licences'), Kirklees ('key documents, such as passports and National Insurance numbers'), Knowsley ('young people receive the key documents that they need', beside health histories not always given), Milton Keynes (social workers 'help children apply for passports and driving licences'), Northumberland ('the key documents, including their National Insurance number, birth certificate and passport'), Nottinghamshire (the achievement team ensures access to 'important documents such as their health passport, driving licence and National Insurance number'), Oldham ('Most children leave care with bank accounts and the appropriate documentation that they need'), South Gloucestershire ('passports, birth certificates and National Insurance numbers'), Southend-on-Sea ('identity documentation, such as passports or provisional driving licences'), Tower Hamlets ('assisted to obtain their identity documents'), Waltham Forest ('leave care with the appropriate documentation that they need'), Westminster ('driving licences, passports, birth certificates and national insurance numbers'), Westmorland and Furness ('supported to secure appropriate identity documents') and Windsor and Maidenhead ('provided with the key documents that they need'). Not counted: health passports and health histories alone (Gateshead; Warrington and Reading in the wider reading), young carers' passports (Leicester), documentation translated for separated migrant children (North Tyneside), and reports of other years (among them the shortfalls in Blackburn with Darwen 2022, Stoke-on-Trent 2022, Slough 2023 and Middlesbrough 2026)",
    ),
    (
        "list17-repeat-removals-support-praised",
        "Which councils has Ofsted praised for helping mothers who have already had children taken into care so that it doesn't happen again, such as through the Pause project?",
        "dev",
        [
            r"\bPause\b",
            r"(mothers|women|parents|fathers|families)[^.]{0,15} (who|that|whose|where)[^.]{0,60}(removed|taken into care|previous (care )?proceedings|court (proceedings|intervention)|lost (children|a child|their)|previous children)",
            r"(repeat|repeated|recurrent|serial|further|subsequent) (removals?|pregnanc\w+|care proceedings|proceedings)",
            r"cycle of (repeat|removal|children being|serial)",
            r"(repeatedly|previously) (had|been) [^.]{0,30}(removed|taken into care)",
        ],
        "2013",
        "2026",
        [
            "Brighton and Hove",
            "Devon",
            "Doncaster",
            "East Sussex",
            "Greenwich",
            "Hackney",
            "Hammersmith and Fulham",
            "Islington",
            "Kensington and Chelsea",
            "Kirklees",
            "Lambeth",
            "Lincolnshire",
            "Newcastle upon Tyne",
            "Newham",
            "Norfolk",
            "Salford",
            "Sheffield",
            "Southwark",
            "St Helens",
            "Suffolk",
            "Telford and Wrekin",
            "Walsall",
            "Warrington",
            "West Sussex",
            "Westminster",
            "Wiltshire",
        ],
        {},
        "every sentence holding a pattern was read with the sentence either side (61 sentences in 45 reports of 41 councils; 'Pause' also holds 'pause and reflect' and the like), and every other sentence of any report naming parents whose children had been removed or adopted, support to birth parents, 'breaking the cycle' or the named local programmes was read as well (none adds a council). Counted: a service or practice for parents (mostly mothers) who have had children removed through care proceedings, to prevent further removals or help them care for later children, stated to work or be effective, valued, innovative or successful: Brighton and Hove 2015 ('Looking Forward', a programme 'to help mothers who have had children removed and adopted to plan and care for subsequent children'), Devon 2025 ('Some parents whose children have been removed from their care previously are now being successfully supported to care for their children'), Doncaster 2015 (Pause among 'innovative projects' with 'some evidence of early impact'), East Sussex 2018 (Foundations among 'highly regarded specialist services'), Greenwich 2016 (the Pause project among 'innovative services'), Hackney 2016 (PAUSE: 'only one of 20 parents having had a further pregnancy'), Hammersmith and Fulham 2016 (in all cases seen, mothers 'were offered referrals to commissioned services to avoid repeat pregnancies'), Islington 2017 ('the Pause team carries out highly effective work'), Kensington and Chelsea 2016 (Action for Change 'working successfully ... to break the cycle of children being repeatedly removed'), Kirklees 2024 (parents who have previously had children removed are assessed early in a new pregnancy and 'more children have safely remained in their parents’ care'), Lambeth 2022 and 2026 (the Flourish team's 'compassionate, comprehensive support'), Lincolnshire 2023 ('life-changing' support from the Time team 'to break the cycle of repeat removals'), Newcastle upon Tyne 2025 ('The Pre-Birth Team works effectively with parents where children have been removed from their care'), Newham 2019 ('supported well by the Pause team'), Norfolk 2015 ('Look Forward'), Salford 2015 (the Strengthening Families Programme 'is having a significant impact') and 2018 (a parenting programme for parents with repeat removals, outcomes 'very positive'), Sheffield 2019 ('fresh start' among specialist services effectively put in place), Southwark 2017 (the 'award-winning' Pause project), St Helens 2019 ('effectively supported through the PAUSE programme'), Suffolk 2015 and 2019 (Positive Choices), Telford and Wrekin 2016 ('Changing Futures', 'demonstrating its effectiveness'), Walsall 2021 (the Daisy Project within 'effective multi-agency collaboration'), Warrington 2024 (the Restore project 'successfully supports parents who had children previously removed'), West Sussex 2023 ('exceptional and tenacious interventions and support'), Westminster 2016 (Action for Change: 'only one child has since been born and has remained with its mother') and Wiltshire 2019 ('The PAUSE project ... is proving successful'). Not counted: no such support (Gloucestershire 2022, Richmond upon Thames 2017: criticised), plans not yet working (Leicestershire 2016), court evidence where parents had children removed (Blackburn with Darwen 2017), support to birth parents after adoption (several reports), Calderdale 2018 ('positive choices' for vulnerable parents, not those who had children removed), Blackpool 2026 (how mothers of newborns experience removal), Lambeth 2022's repeat care proceedings and 'pause' in other senses (Bath and North East Somerset, Bury, Durham, Gateshead, Middlesbrough, Rotherham, Southend-on-Sea)",
    ),
    (
        "list17-care-leavers-lost-touch",
        "Which councils were found to have lost touch with too many of their care leavers, in inspections between 2015 and 2018?",
        "dev",
        [
            r"\b(lost|lose|loses|losing|out of) (touch|contact) with",
            r"\bnot (been )?(in|kept in|keeping in|stayed in|staying in|maintained) (touch|contact) with|no longer (in )?(touch|contact) with",
            r"(touch|contact) with only \d|keep in touch with all (care leavers|young people)",
            r"(no|any) meaningful contact with|rather than (maintain|keep)[^.]{0,30}(contact|touch)",
            r"(does not|did not|do not) know where[^.]{0,40}(living|are)",
        ],
        "2015",
        "2018",
        [
            "Devon",
            "Gloucestershire",
            "Lancashire",
            "Manchester",
            "Norfolk",
            "Sunderland",
            "Sutton",
            "Wirral",
        ],
        {
            "Slough": "'Inspectors saw a number of cases where care leavers had not had any meaningful contact with a personal adviser or social worker for lengthy periods of up to 10 months' (2015): contact too rare, not said to be lost",
            "Wiltshire": "'the local authority has chosen to close the cases of 10 care leavers (5%) whom they consider to be settled ... rather than maintain periodic written contact with them' (2015): contact ended by choice",
        },
        "every sentence holding a pattern was read with the sentence either side (41 sentences in 29 reports of 28 councils), and every other sentence of a 2015 to 2018 report on being in touch or in contact with care leavers, or on their whereabouts, was read as well (about 350 sentences in 117 councils, nearly all praise or a figure given without criticism; none adds a council). Counted: the council stated to have lost touch, or not to keep in touch, with too many of its care leavers, or criticised for not trying to: Devon 2015 ('the local authority has lost touch with too many care leavers'; it 'cannot evidence that it is in touch with approximately half'), Gloucestershire 2017 ('the local authority has not made sustained efforts to contact and keep in touch with all care leavers', and a recommendation), Lancashire 2015 ('Too many are not in touch with their support workers'), Manchester 2017 ('The numbers of care leavers whom the local authority is not in touch with is consistently higher than its own performance target'), Norfolk 2015 ('The local authority had lost touch with a quarter (190) of its care leavers'), Sunderland 2015 ('Sunderland is currently in contact with only 30% of care leavers ... a very serious failing'), Sutton 2016 ('insufficient action is taken to re-engage young people when they lose touch', and a recommendation) and Wirral 2016 ('It has lost touch with too many care leavers and has made little or no effort to contact most of them'). Not counted: a share or number not in touch given without criticism, or with persistent efforts to reach them (among them Brent, Brighton and Hove, Enfield, Hartlepool, Kent, Kingston upon Thames, Leeds, Lewisham, North East Lincolnshire, Nottinghamshire, Solihull, Somerset, Tameside, Wandsworth, Warwickshire, West Sussex, Worcestershire), Doncaster 2015 and Milton Keynes 2016 (lost touch in an earlier year, since put right), contact with care leavers in custody (Kent 2017, Westminster 2016), Greenwich 2016 (care leavers out of contact named among those not in suitable accommodation), children losing touch with their culture (Croydon) and the cases in ambiguous",
    ),
    (
        "list17-part-time-timetables-criticised",
        "Since 2019, which councils were criticised over children stuck on part-time school timetables or going without a full-time education?",
        "dev",
        [
            r"(part[- ]time|reduced|shortened|modified)[- ](school |education |learning )?timetables?",
            r"part[- ]time (education|schooling|provision|basis|attendance|programmes?)",
            r"(out of|without) (full[- ]time )?(school|education|schooling)\b(?!,? employment| or training)",
            r"(without|awaiting|waiting for|allocated) (a )?school places?",
            r"not (currently )?(educated|placed) full[- ]time|(do not|does not|not) attend school (on )?(a )?full[- ]time",
            r"\b(not|no) (in|accessing|attending|receiving|getting|in receipt of) (appropriate |suitable |any |a )?(full[- ]time )?(education|school|schooling)\b(?!,? employment| or training|, training| or employment)",
            r"(do not|does not) have (arrangements for )?education",
            r"(delay|delays|delayed|wait\w*)[^.]{0,30}(accessing |access to )?(suitable |appropriate )?education(al)? provision|(delay|delays|delayed)[^.]{0,30}(accessing|access to) (suitable |appropriate )?(education|school)",
            r"missing out on (their )?(education|educational entitlement|schooling)|not on roll at a school",
            r"full[- ]time (school|education|schooling)\b(?!,? employment| or (employment|training)|, training)",
        ],
        "2019",
        "2026",
        [
            "Bedford",
            "Cheshire West and Chester",
            "Devon",
            "Hackney",
            "Harrow",
            "Medway",
            "Norfolk",
            "North East Lincolnshire",
            "North Somerset",
            "Nottingham",
            "Plymouth",
            "Reading",
            "Slough",
            "Swindon",
            "West Sussex",
            "Wokingham",
        ],
        {
            "Bury": "'The numbers of school-aged children who are missing out on their educational entitlement, or who are not on roll at a school, are rising in Bury. The local authority has arrangements in place to be informed about these children' (2025): a rise stated, not criticised as such",
            "Hounslow": "'Leaders are aware that a small number of vulnerable children with complex needs who live outside the borough are not in education and have plans in place to ensure such children can access appropriate provision' (2023)",
            "Nottinghamshire": "'At the same time, the number of pupils on part-time timetables is rising', beside pupils reviewed 'sometimes weekly' to get them back into full-time education (2019)",
            "West Northamptonshire": "'Some children have, until recently, been on part-time timetables for too long. Renewed leadership is quickly improving this situation' (2022): past, improving",
        },
        "every sentence holding a pattern was read with the sentence either side (103 sentences in 81 reports of 73 councils), and every other sentence of a report since 2019 naming alternative provision, tuition, school rolls, access to education, exclusions or timetables with a negative word in it was read as well (it added Bedford and Bury, for whose wording a pattern was then added). Counted: children (often children in care) stated to be on part-time or reduced timetables, without a school place, or out of full-time education for too long or in too great numbers, or the council's oversight of such children stated to be weak: Bedford 2025 ('A minority of children have experienced delays in accessing suitable education due to insufficient provision'), Cheshire West and Chester 2024 ('too many children in care at secondary school do not receive full-time education'), Devon 2025 ('Too many children in care are not accessing full-time schooling'), Hackney 2019 (children with complex needs 'experience delay in accessing suitable education provision, leaving them spending significant amounts of time at home'), Harrow 2020 (pupils who 'remain on reduced timetables for too long'; six 'without a school place for several months'), Medway 2019 (no 'accurate oversight of children who are not currently educated full time in a school'; some waiting for a school place 'do not have access to alternative education'), Norfolk 2026 ('delays in being allocated school places and receiving full-time education'), North East Lincolnshire 2021 ('insufficient management oversight for those who are not in full-time education'), North Somerset 2023 (children not receiving full-time education 'still a key area the virtual school knows it needs to address'), Nottingham 2022 ('Staff are unclear about the whereabouts of young people when attending part-time timetables'), Plymouth 2024 ('part-time timetables ... are all far too high'; 'too many older children in care who are not in full-time education'), Reading 2024 ('some children are out of full-time education for too long'), Slough 2023 ('a lack of clear information ... about ... those pupils who are on part-time timetables'), Swindon 2023 (children who move often 'do not have arrangements for education in place'), West Sussex 2019 ('it takes longer than is desirable to place children in appropriate provision') and 2023 ('A minority of children are not accessing appropriate education provision') and Wokingham 2019 ('information about those on part-time timetables is not being used to best effect to ensure that all children and young people are getting the full-time education to which they are legally entitled'). Not counted: the tracking of these children or the fall in part-time timetables praised (among them Brighton and Hove, Coventry, Derby, Doncaster, Lincolnshire, Middlesbrough 2023, Telford and Wrekin, Tower Hamlets, Waltham Forest, West Berkshire, Wirral, Wokingham 2023), Kent 2022 (a high number that 'partly reflects the thorough approach taken'), Hertfordshire 2023 (rising numbers not attending school, with 'successful engagement'), exclusions and persistent absence (Middlesbrough 2019, Southwark 2022), the quality of alternative provision (Derbyshire 2023, North and West Northamptonshire 2022), care leavers' education, employment or training, Stockton-on-Tees 2023 (care leavers' accommodation delaying their education) and the cases in ambiguous",
    ),
    (
        "list17-waiting-for-social-worker",
        "Which councils left children waiting for a social worker to be assigned to them, in inspections between 2019 and 2022?",
        "dev",
        [
            r"unallocated",
            r"\bnot (yet |being |been |always |immediately |quickly |promptly )*(re-?)?allocat(ed|ing)\b",
            r"without (an? )?allocated (social )?worker|(do not|did not|does not|not) (yet )?(have|having) an? (allocated )?(social )?worker|(do not|did not|does not) have a social worker allocated",
            r"(delay|delays|delayed)[^.]{0,30}\b(allocation|allocating)\b|\ballocat\w+[^.]{0,30}\b(is|was|are|were) (sometimes |often )?delayed",
            r"(waiting|wait|awaiting)[^.]{0,30}(allocation|to be allocated|for a social worker)",
            r"allocated in managers. names|held (on duty|by (a |team )?managers?|with managers)|(remain\w*|held|kept) in (the )?duty teams?",
        ],
        "2019",
        "2022",
        [
            "Bradford",
            "Ealing",
            "East Riding of Yorkshire",
            "Herefordshire",
            "Leicestershire",
            "Milton Keynes",
            "North East Lincolnshire",
            "North Somerset",
            "Solihull",
            "West Sussex",
        ],
        {
            "Sandwell": "'the loss of agency social workers ... has resulted in a period when allocation to a social worker was delayed for some children' (2022): a past period, a workforce plan since",
            "Rutland": "'On occasion, this causes a short delay in allocation. Once allocated, social workers see and respond to children’s needs' (2020)",
            "St Helens": "'Delayed transfer between teams following an assessment results in some families remaining in the duty teams for too long' (2019): held by duty workers while waiting for a long-term team",
        },
        "every sentence holding a pattern was read with the sentence either side (32 sentences in 20 reports of 20 councils), and every other sentence of a 2019 to 2022 report naming allocation, duty work, a named social worker, waiting lists or waiting times with a negative word in it was read as well (it added Ealing's and West Sussex's wordings, for which patterns were then added). Counted: children or families needing a social work service stated to wait for a social worker, to be left unallocated or held by managers or on duty, or to face delays in allocation: Bradford 2022 ('many children not having an allocated worker for periods of time'; 'some children are not allocated to a social worker when their assessed need clearly indicates this is necessary'), Ealing 2019 ('some statutory work not being allocated to social workers'), East Riding of Yorkshire 2019 ('a high number of unallocated cases in these teams over the last few months, contributing to drift and delay'), Herefordshire 2022 ('delays in allocation of work'), Leicestershire 2019 ('Sometimes there is a delay in allocating to a worker'), Milton Keynes 2021 ('some delays in allocating social workers to families'), North East Lincolnshire 2021 ('Some families are on a waiting list for allocation'; 'periods without an allocated worker'), North Somerset 2020 ('there continues to be delay in the allocation of social workers'), Solihull 2022 ('A significant number of cases remain unallocated or are held on duty or with managers') and West Sussex 2019 ('Some children’s cases are allocated in managers’ names rather than to social workers'; 'Children do not always have a named social worker'). Not counted: personal advisers allocated late to care leavers (Bradford, Dudley, Gloucestershire, Sandwell, Solihull, Tameside, Trafford, Worcestershire), supervising social workers for foster carers (Dudley, Stoke-on-Trent), waits for early help (Hammersmith and Fulham, Lewisham, Medway, Somerset, Surrey, Warrington, Worcestershire), backlogs of other work (LADO enquiries, home education visits, reviews of care packages, court work, placement orders, police notifications), referrals passed slowly from the front door to assessment teams (Nottingham, North Northamptonshire and West Northamptonshire 2022), Somerset 2022 (children who do not have a social worker, not waiting for one) and the cases in ambiguous",
    ),
]
EXCLUDED["list17-care-leavers-id-documents"] = {
    "Gateshead": "'They are in receipt of salient documents, such as health histories through the health passport' (2024): health histories, not identity documents",
    "Leicester": "'young carer passports provide children with support, fun and access to sport and cultural activities' (2024): young carers' passports",
    "North Tyneside": "'great care is taken to ensure that key documentation is not only translated into their own language, but their own regional dialect' (2024): documents translated for separated migrant children, not identity documents",
}
EXCLUDED["list17-repeat-removals-support-praised"] = {
    "Gloucestershire": "'mothers who have experienced removals of children from their care do not receive a structured programme of support to help prevent the likelihood of repeated removals' (2022): criticism",
    "Richmond upon Thames": "'a small number of vulnerable parents who have complex needs are not engaged in work to break the cycle to prevent further babies being removed from their care' (2017): criticism",
    "Leicestershire": "'currently developing the implementation of the Cafcass Plus scheme ... with unborn children whose mothers have previously had children removed' (2016): planned, not yet working",
    "Blackburn with Darwen": "Cafcass and the judiciary 'are complimentary about the quality of evidence ... where parents have previously had children removed' (2017): court evidence, not support to the parents",
}
EXCLUDED["list17-care-leavers-lost-touch"] = {
    "Kingston upon Thames": "'The local authority is in touch with 83% of care leavers. Some of those with whom it has lost contact are unaccompanied asylum-seekers who have exhausted their right of appeal', and workers 'are persistent in their attempts ... to re-establish contact' (2015): a figure, no criticism",
    "Milton Keynes": "'This compares well to 2014−15, when the local authority was not in touch with nearly a quarter (22%) of care leavers' (2016): past, put right",
    "Warwickshire": "'it was not in contact with only 14 young people (4.2%) ... Clear records are kept on these young people, including evidence of attempts to maintain and renew contact' (2017): no criticism",
    "Kent": "'When young people lose touch with the 18-plus service, personal advisers make persistent efforts to engage them' (2017): praise; its criticism is of contact with care leavers in custody",
    "Croydon": "'a small minority of less well-matched children are losing touch with their culture or language' (2017): culture, not care leavers",
}
EXCLUDED["list17-part-time-timetables-criticised"] = {
    "Kent": "'The number of pupils identified as not in full-time education in Kent is higher than the national average. This partly reflects the thorough approach taken' (2022): explained, its approaches 'suitably rigorous'",
    "Middlesbrough": "'Too many children are fixed-term excluded from school, are not attending school or are frequently absent from school' (2019): exclusions and absence, not part-time timetables or a missing school place",
    "Southwark": "'not enough has been done to help a small group of young people who are persistently absent to access education on a regular basis' (2022): persistent absence",
    "Hertfordshire": "'While numbers of children who are not attending school are increasing, successful engagement with more families has enabled children to re-enter education' (2023): praise",
    "Wirral": "'This has led to more effective multi-agency working in relation to exploitation risks for pupils on part-time timetables' (2023): praise",
}
EXCLUDED["list17-waiting-for-social-worker"] = {
    "Hammersmith and Fulham": "'some children are experiencing delays in receiving support. An effective triage system ensures that cases are risk-assessed and monitored while they wait to be allocated' (2019): early help family support, not a social worker",
    "Surrey": "'some families experience a short delay in allocation before they receive the right support' (2022): early help",
    "Somerset": "'it is not clear how many children benefit from such conversations, especially those who do not have a social worker' (2022): not a wait for one",
    "Dudley": "'Many care leavers are not allocated a young person’s adviser (YPA) soon enough' (2022): personal advisers for care leavers",
}

REVIEWED += [
    (
        "list18-parental-consent-mishandled",
        "Which councils did Ofsted fault over how parents' consent was sought or recorded when concerns about a child came in, for example families' details being checked or shared without asking them, in inspections between 2019 and 2022?",
        "dev",
        [
            r"\bconsent\w*",
            r"\bdispens\w* with|\boverrid(e|es|den|ing)\b",
            r"(parents|families|carers)(’|')? (knowledge|permission|agreement)",
            r"(not|being) (made )?aware that (their|a referral|information|children’s social care)",
        ],
        "2019",
        "2022",
        [
            "Blackburn with Darwen",
            "Bradford",
            "Cheshire East",
            "Coventry",
            "Durham",
            "East Riding of Yorkshire",
            "Halton",
            "Kingston upon Hull",
            "Lancashire",
            "Leeds",
            "Newham",
            "Northumberland",
            "Nottingham",
            "Richmond upon Thames",
            "Sandwell",
            "Sefton",
            "Stoke-on-Trent",
            "Wolverhampton",
        ],
        {
            "Rotherham": "'In the main, partner agencies gain consent from families when contacting the front door. However, some of the written referrals, in particular those received from South Yorkshire Police, are not always clear regarding whether the families have been made aware that children’s social care would be informed' (2022): the referrals' clarity, beside 'Social workers appropriately dispense with consent when necessary'",
        },
        "every sentence holding a pattern was read with the sentence either side (116 sentences in 91 reports of 87 councils, nearly all a line of praise in the front-door paragraph), and every other sentence of a 2019 to 2022 report on families' knowledge, agreement or awareness of a referral, or on information shared without it, and on consent to accommodate a child, was read as well (none adds a council). Counted: parents' consent to a referral, to checks with other agencies or to information-sharing stated not to be sought, not understood, not embedded, or dispensed with or overridden without a recorded reason, by the council's front door or social workers or by the partners referring to it: Blackburn with Darwen 2022 ('parental consent is not always appropriately sought or dispensed with during these informal single-agency investigations', and an area for improvement), Bradford 2022 ('Parental consent is considered, but the reasons to dispense with consent are not always well recorded'), Cheshire East 2019 ('Parental consent issues are well understood, but are not always well recorded'), Coventry 2022 ('Some referring agencies do not always seek consent to referrals ... This means that some families are not aware that their information is being shared'), Durham 2022 ('informed consent from parents is not always sought. This means that sometimes enquiries are made and recorded without full discussion with families'), East Riding of Yorkshire 2019 (referrals 'inappropriately classified as child protection, bypassing parental consent', and an area for improvement), Halton 2020 ('information is sought and shared by iCART with agencies without informed parental consent'), Kingston upon Hull 2019 ('It is not always clearly recorded when consent can be appropriately dispensed with'), Lancashire 2022 ('The obtaining and understanding of consent are not consistently embedded in the MASH'), Leeds 2022 (partners' referrals: 'consent from parents is not consistently sought from them'), Newham 2019 ('Consent is not routinely obtained before checks are made, and too often consent is dispensed with, without a clear rationale being given'; 2022: 'it is not always clear what agency checks parents or carers have agreed to'), Northumberland 2020 ('the rationale for overriding the need for consent is not always clearly recorded'), Nottingham 2022 ('Parental consent is not consistently obtained by partners'), Richmond upon Thames 2022 ('Parental consent is usually considered, although it is not always clearly recorded'), Sandwell 2022 ('consent is appropriately overridden by managers, but the rationale for this is not well recorded'), Sefton 2022 ('Parental consent is not always sought when needed', and an area for improvement), Stoke-on-Trent 2019 ('contacts and referrals are made to children’s social care and then inappropriately actioned without families’ knowledge', and an area for improvement) and Wolverhampton 2022 ('the gaining of parental consent or the rationale for overriding of consent are not consistently recorded'). Not counted: consent praised as sought, recorded or overridden appropriately (most hits), children's consent to return home interviews, Rotherham's 2022 lesson on consent in exploitation work, placements with parents' agreement (Solihull, Wirral) and reports of other years",
    ),
    (
        "list18-foster-carers-delegated-authority",
        "Between 2014 and 2018, which councils left foster carers unsure whether they could make everyday decisions for the children they look after, such as agreeing a sleepover, or without the written go-ahead to make them?",
        "dev",
        [
            r"delegat(ed|ion|ing)\b|delegate (authority|responsibilit)",
            r"day[- ]to[- ]day decisions?|everyday (decisions|activities)",
            r"sleep[- ]?overs?|overnight stays?|stay(ing)? overnight (with|at) (a )?friend",
        ],
        "2014",
        "2018",
        [
            "Bromley",
            "Cheshire East",
            "Croydon",
            "Darlington",
            "Dudley",
            "Haringey",
            "Herefordshire",
            "Isle of Wight",
            "Lambeth",
            "Leicester",
            "Luton",
            "Manchester",
            "Newcastle upon Tyne",
            "Newham",
            "Portsmouth",
            "Redbridge",
            "Sandwell",
            "Slough",
            "South Gloucestershire",
            "South Tyneside",
            "Southampton",
            "Southend-on-Sea",
            "Southwark",
            "Sunderland",
            "Thurrock",
            "Tower Hamlets",
            "Wiltshire",
        ],
        {
            "Doncaster": "'Foster carers are provided with clear written guidance about delegated authority ... Some children spoken to felt that delegated authority should be managed better' (2015): children's view, beside praise",
            "Norfolk": "'Foster carers have appropriate delegated authority ... they are not always sure that social workers understand the process, particularly around overnight stays' (2015)",
            "Surrey": "'Foster carers have an appropriate understanding of their delegated authority to make decisions for children, though friends and family carers spoken to were less clear about this' (2014)",
        },
        "every sentence holding a pattern was read with the sentence either side (133 sentences in 94 reports of 89 councils; 'delegated' also holds functions delegated to trusts and providers, and 'delegates' at training events), and every other sentence of a 2014 to 2018 report on carers needing permission, being able or unable to make decisions, or seeking authority for children's activities was read as well (none adds a council). Counted: delegated authority for foster carers (the decisions about a child's daily life a carer may take without asking the social worker or parents) stated not to be in place, not given in writing, given late, not recorded, not updated, or not understood by carers or children: Bromley 2016 ('delegated authority was not explained or recorded in any placement plans seen by inspectors'), Cheshire East 2015 (children 'waiting too long for decisions to be made about their day-to-day lives because the local authority is not sufficiently clear about decisions that can be delegated to foster carers', and a recommendation), Croydon 2017 ('delegated authority is not consistently in place'), Darlington 2018 ('delegated authority arrangements are not always clear'), Dudley 2016 ('Delegated authority is not in place for all children and young people'), Haringey 2014 ('children, young people and foster carers seen by inspectors were not clear about the decisions that they could make'), Herefordshire 2018 ('The authority’s arrangements for delegating authority to carers is not sufficiently clear and has not been for some time'), Isle of Wight 2014 ('not all foster carers being provided with clear written delegated authority', and a recommendation), Lambeth 2018 ('staff do not routinely consider and record delegation of authority'), Leicester 2017 ('Not all foster carers have written delegated authority'), Luton 2016 ('the terms of this are not consistently updated to reflect changing circumstances'), Manchester 2014 ('Some foster carers spoken to stated that they did not have delegated authority') and 2017 ('the delegation of authority to enable carers to make day-to-day decisions on behalf of children is not sufficiently clear'), Newcastle upon Tyne 2017 (for children under section 20 'delegated authority was not in place in the majority of cases', and a recommendation), Newham 2014 ('It is not always clear, however, what delegated authority is available or in place for carers'), Portsmouth 2014 ('a comprehensive scheme of delegated responsibility has yet to be formalised in writing. The absence of clear written guidance is causing uncertainty for some carers'), Redbridge 2016 ('a lack of clarity, however, for some children about their carers’ level of delegated authority'), Sandwell 2017 (foster carers 'were unclear about the use of delegated authority'), Slough 2015 ('delegated authority for arrangements for individual children are not always evident on foster carer files'), South Gloucestershire 2016 ('delegated authority often takes too long, and only one of the six carers ... said that they had a written delegated authority agreement'), South Tyneside 2017 ('not all carers are provided with timely delegated authority', and a recommendation), Southampton 2014 ('not all foster carers understand this well enough'), Southend-on-Sea 2016 ('some carers said that they remained unclear about what they can and cannot do'), Southwark 2017 ('not all foster carers are aware of their delegated authority to sanction activities'), Sunderland 2015 ('foster carers do not receive formal written confirmation of delegated authority'), Thurrock 2016 ('while the local authority has a formal scheme of delegation, it is not being used. In practice, foster carers contact social workers for permission'), Tower Hamlets 2017 ('delegated authority is not in place for all carers') and Wiltshire 2015 ('Delegated authority to foster carers was not well recorded in cases seen by inspectors'). Not counted: delegated authority praised as clear and in place (most hits), other senses of delegation (functions delegated to trusts and providers, emergency duty staff's powers, social workers' budgets, panels' and managers' authority, managers' oversight of day-to-day decisions in Hackney, unqualified workers' day-to-day decisions in Plymouth), overnight stays in police custody (Warwickshire) and the cases in ambiguous",
    ),
    (
        "list18-child-protection-plans-too-long",
        "Since 2019, where did Ofsted find children left on child protection plans for too long without things getting better for them?",
        "dev",
        [
            r"(child protection|\bCP|protection)( and PLO)? (plans?|planning)[^.]{0,100}(too long|longer than|extended period|lengthy|protracted|prolonged|over (two|2) years|more than (two|2|18|a year|12|one)|long periods?|long time|drift)",
            r"(too long|longer than (necessary|needed|required|they need)|extended periods?|lengthy( periods?)?|long periods?|protracted|prolonged|drift)[^.]{0,100}(child protection|\bCP|protection) (plans?|planning)",
            r"(remain|remains|stay|stays|stayed|remained|remaining|staying|kept|continue|continued|been) (to be )?(subject to|on|under) (a |their |the )?(child protection |CP |protection )?(plans?|planning)\b",
            r"long-term child protection",
        ],
        "2019",
        "2026",
        [
            "City of London",
            "Croydon",
            "Darlington",
            "Devon",
            "Hackney",
            "Kingston upon Hull",
            "Lewisham",
            "Middlesbrough",
            "North Northamptonshire",
            "Oldham",
            "Sandwell",
            "St Helens",
            "Staffordshire",
            "Trafford",
            "Waltham Forest",
            "Wandsworth",
            "Warrington",
            "West Northamptonshire",
        ],
        {
            "Derby": "'A small number of children subject to child protection planning for lengthy periods of time move into the pre-proceedings stage without the necessary assessments being undertaken' (2025): the fault found is the late assessments",
            "Coventry": "'for a small minority of children who have experienced neglect for a prolonged period, plans are not effective in improving their experiences in a timely way' (2026): the plans' effect, not their length",
            "South Tyneside": "'A very small number of children have been subject to child protection and PLO planning for an extended period. Strengthened management oversight is now ensuring that appropriate action is being taken' (2026)",
            "Nottinghamshire": "'For a small number of disabled children, there is evidence of drift and a lack of decisive action in progressing their child protection plans' (2019): drift, not said to be too long on a plan",
            "Stoke-on-Trent": "'The effectiveness of child protection chairs in escalating concerns about drift and delay in child protection planning is limited' (2022)",
            "Bury": "'too many children experience repeated episodes of child protection planning and lengthy social care involvement, without change being sustained' (2021): repeat plans and long involvement",
        },
        "every sentence holding a pattern was read with the sentence either side (40 sentences in 37 reports of 32 councils), and every other sentence of a report since 2019 naming a plan with 'too long', 'longer than', 'drift', 'lengthy', 'prolonged', 'extended' or 'long periods', or child protection work lasting over months or years, was read as well (167 sentences in 82 councils, most about care plans, pathway plans, pre-proceedings or plans written at length; it added Darlington's 'long-term child protection planning', for which a pattern was then added). Counted: children stated to stay on child protection plans, or under child protection planning, for too long or for long periods without enough change: City of London 2024 ('child protection planning is less effective and children have been left experiencing abusive situations for too long'), Croydon 2024 ('A small number of children have been the subject of child protection plans for too long without their experiences improving'), Darlington 2026 ('A small number of children experience repeated and prolonged interventions', with 'The response to children subject to long-term child protection planning' an area for improvement), Devon 2020 ('some children on a child protection plan continue to live in circumstances of harm for too long'), Hackney 2019 (escalation to pre-proceedings 'follows lengthy periods of child protection planning, which has not improved children’s circumstances'), Kingston upon Hull 2022 ('child protection planning goes on for too long'), Lewisham 2019 (child protection and child in need plans: 'some children make insufficient progress and remain on plans for too long'), Middlesbrough 2023 ('they remain subject to child protection plans for too long without their outcomes improving'), North Northamptonshire and West Northamptonshire 2022 (children in neglect 'have remained on a child protection plan for a prolonged period'; West Northamptonshire 2026: 'a small number of children who have been the subject of lengthy child protection plans'), Oldham 2024 ('A small number of children remain on child protection plans for longer than they need to be'), Sandwell 2022 ('a small number of children who experience neglect are on child protection plans for too long'), St Helens 2023 ('Some children suffering neglect have repeated or lengthy child protection plans'), Staffordshire 2019 ('a very small cohort of children remain on a child protection plan for too long', and an area for improvement) and 2023 ('A very small cohort of children stay on a plan for too long'), Trafford 2019 ('A minority of children spend too long subject to child in need or child protection plans') and 2022 ('A small number of children have been subject to child protection plans for too long'), Waltham Forest 2024 ('remain on child protection plans for a long period of time without positive change being achieved'), Wandsworth 2022 ('For a small number of children who have been subject to lengthy child protection planning arrangements, intervention has not been sufficiently robust') and Warrington 2019 (an area for improvement: 'children on child protection plans who experience neglectful parenting for extended periods') and 2024 ('children who were the subject of child protection plans for too long'). Not counted: plans over a set length reviewed by panels or mid-point reviews to prevent drift (Bexley, Newham 2022, Wakefield), numbers on long plans brought down or legacy cases dealt with (Thurrock 2019, West Berkshire 2025, Windsor and Maidenhead 2020, Buckinghamshire 2021, Durham 2019), child in need plans alone (Newham 2019), drift in deciding whether a plan is needed (Leicestershire 2024), children in harm for too long under pre-proceedings or care orders (Bradford 2022, Sefton 2025, Wirral 2023), Halton 2020 (children in chronic neglect for too long, no plan named) and the cases in ambiguous",
    ),
    (
        "list18-home-education-oversight-weak",
        "Which councils has Ofsted faulted since 2019 for how they keep an eye on children being home-schooled?",
        "dev",
        [
            r"elective(ly)?[- ]home[- ]educat|home[- ]educat|home education|\bEHE\b",
            r"educat\w* (their )?(children |child |pupils )?at home",
        ],
        "2019",
        "2026",
        [
            "Barnsley",
            "Brighton and Hove",
            "Bristol",
            "Bury",
            "Coventry",
            "Derby",
            "Devon",
            "Doncaster",
            "Durham",
            "Hackney",
            "Isles of Scilly",
            "Lancashire",
            "Leicester",
            "Milton Keynes",
            "North Somerset",
            "Nottingham",
            "Peterborough",
            "Rochdale",
            "Solihull",
            "South Tyneside",
            "Southampton",
            "Staffordshire",
            "Stockport",
            "Swindon",
            "West Northamptonshire",
            "Wigan",
            "Wokingham",
            "Worcestershire",
        ],
        {
            "Sefton": "'There are basic checks in place for children electively home educated. Support is provided and has successfully re-engaged children back into school-based learning' (2022)",
            "South Gloucestershire": "'The number of children educated at home has increased substantially ... while capacity has increased, the impact of this has yet to be fully realised' (2019)",
            "Torbay": "'There is a robust system for the oversight of children who are electively home educated ... However, the voice of the child is not consistently apparent in these discussions' (2022)",
        },
        "every sentence holding a pattern was read with the sentence either side (372 sentences in 258 reports of 150 councils: elective home education has its own paragraph in nearly every report since 2019, most of them praise), and every other sentence naming home schooling, off-rolling or removal from a school roll was read as well (none adds a council). Counted: the council's identification, tracking, visits, safeguarding checks, records, capacity or strategic understanding for children educated at home stated to be weak, inconsistent, stretched or incomplete: Barnsley 2023 ('some gaps in records for those children electively home educated, which does not assist managers with overall oversight'), Brighton and Hove 2024 (resources 'continue to be outweighed by the growing number of children being educated at home'), Bristol 2023 ('arrangements to ensure the welfare and safety of children who are electively home educated are not strong enough'), Bury 2021 (monitoring 'slow and inefficient'; visits 'have not routinely taken place') and 2025 ('The oversight of electively home-educated children is not as consistent as it should be'), Coventry 2026 ('leaders have reduced capacity to retain oversight of the service to monitor trends'), Derby 2022 ('Service capacity has not kept up with the increasing numbers of children educated at home'), Devon 2025 (risk assessments 'not audited'; 'the local authority is over-reliant on other agencies to report any safeguarding concerns'), Doncaster 2022 ('the data does not accurately ensure that children in receipt of statutory or early help support and those with education, health and care plans are identified'), Durham 2019 ('tracking and monitoring is not sufficiently robust, and managers cannot be assured that all children receive visits'), Hackney 2019 ('there is a backlog of cases, and the local authority has been too slow to establish whether these children are being safeguarded', and an area for improvement), Isles of Scilly 2023 ('leaders do not use the information they hold to proactively identify all children who are EHE'), Lancashire 2022 (it 'meets the minimum statutory standards ... Beyond this, however, the local authority is reliant on concerns being raised by partner agencies'), Leicester 2024 ('systems and procedures do not always help the EHE team to have close enough oversight of this group'), Milton Keynes 2021 ('Children subject to children in need plans who are EHE are not monitored through education services'), North Somerset 2020 ('some families have little contact with professionals after that point') and 2023 ('Arrangements to identify safeguarding concerns for electively home educated children are weak'), Nottingham 2022 (an area for improvement; 'for some children, risks are not fully understood'), Peterborough 2023 (capacity 'stretched', which 'delays the reviewing of some children’s circumstances', and an area for improvement), Rochdale 2023 (systems 'do not provide a sufficiently holistic overview'), Solihull 2019 ('There is a backlog of visits still to be made'), South Tyneside 2023 ('the recording is not sufficiently linked with information from other services, and this can delay some actions'), Southampton 2019 ('planned visits to check arrangements for electively home educated children have not taken place during the autumn term'), Staffordshire 2019 ('There is very limited challenge or checking of the vulnerability of those children educated at home', and an area for improvement), Stockport 2022 ('there is a group of children who have not been contacted recently'), Swindon 2019 ('insufficient evidence of a strategic analysis') and 2023 ('the mechanism to monitor vulnerable children who are home educated is not effective'), West Northamptonshire 2022 ('The local authority’s oversight of all children who are missing from education and children who are electively home educated is not good enough'), Wigan 2022 ('the procedures are not fully embedded in the practice of all relevant staff'), Wokingham 2019 ('senior leaders do not have a clear understanding of those factors that may have led to children becoming EHE') and Worcestershire 2019 ('the local authority is not meeting its own target due to staff workload and capacity'). Not counted: oversight praised (most hits), rising numbers stated without a fault (among them Gloucestershire, Kirklees 2019, Medway, Richmond upon Thames), weaknesses stated as past (Croydon 2020: 'Historically, oversight of these arrangements has been weak'), children missing education, part-time timetables or school places (Harrow 2020, Norfolk 2026, Reading 2024, Somerset 2026), Blackpool 2022 (children home educated while waiting for specialist provision, 'regularly monitored'), Plymouth 2024 (parents opting for home education 'even when this is not necessarily the right choice') and the cases in ambiguous",
    ),
    (
        "list18-care-experience-protected-characteristic",
        "Which councils did Ofsted credit in 2024 for treating care leavers as a protected group in council policy, the way race or disability are?",
        "dev",
        [
            r"protected (characteristics?|status)",
            r"(care[- ]experience\w*|care[- ]leavers?|leaving care)[^.]{0,80}(equalit\w+|discriminat\w+)|(equalit\w+|discriminat\w+)[^.]{0,80}(care[- ]experience\w*|care[- ]leavers?|leaving care)",
        ],
        "2024",
        "2024",
        [
            "Brighton and Hove",
            "Calderdale",
            "Cambridgeshire",
            "City of London",
            "Cornwall",
            "Ealing",
            "Enfield",
            "Greenwich",
            "Hammersmith and Fulham",
            "Islington",
            "Kingston upon Thames",
            "Nottinghamshire",
            "Oldham",
            "Redbridge",
            "Rutland",
            "Telford and Wrekin",
            "Thurrock",
            "Tower Hamlets",
            "Waltham Forest",
            "Westmorland and Furness",
            "Windsor and Maidenhead",
        ],
        {
            "Reading": "'It is positive that ‘care experienced’ has become a protected characteristic within the council, but the impact of this remains limited, with a draft local offer which is not yet published' (2024)",
        },
        "every sentence holding a pattern was read with the sentence either side (27 sentences in 22 reports of 22 councils), and every other sentence of a 2024 report naming a care leaver's or care-experienced status or characteristics, a care leavers' covenant or a pledge was read as well (none adds a council). Counted: the council stated, in a favourable passage, to have made being a care leaver or care experienced a protected characteristic: Brighton and Hove ('care leavers are afforded the same protection against discrimination as individuals with statutory protected characteristics'), Calderdale ('The support needs of care leavers have been recognised by the council, with ‘care leaver’ becoming a protected characteristic'), Cambridgeshire ('This shows corporate commitment, but it is too early to see its impact'), City of London ('leaving care status now a protected characteristic'), Cornwall ('care experience now being a protected characteristic in the council'), Ealing ('The authority has also taken the decision to recognise ‘care experienced’ as a protected characteristic'), Enfield ('Being care experienced is now a protected characteristic in Enfield'), Greenwich (care leavers 'have recently been awarded protected characteristic status'), Hammersmith and Fulham ('has bolstered the approach of the council as corporate parents'), Islington ('This is more than just words'), Kingston upon Thames ('Young people are also benefiting from having protected characteristic status'), Nottinghamshire ('Leaders in Nottinghamshire pioneered and secured care leaver status as a protected characteristic'), Oldham ('For some care leavers, this has had an immediate and positive impact on their lives'), Redbridge ('enhancing care leavers’ rights and entitlements'), Rutland ('the recent unanimous council endorsement'), Telford and Wrekin ('which is improving opportunities for care leavers'), Thurrock (care leavers advocated for it, and 'care leaver status becoming a protected characteristic'), Tower Hamlets ('which positively influences decisions for young people'), Waltham Forest (corporate parenting responsibilities taken seriously, 'demonstrated by care leavers now having protected characteristic status'), Westmorland and Furness ('care experience has been made a protected characteristic in the council') and Windsor and Maidenhead (care leavers' 'So what?' led to 'a clear and tangible document that explains the meaning of the protected characteristic in real terms'). Not counted: reports of other years (Bolton 2023, Salford 2023, and in 2025 and 2026 Bracknell Forest, Camden, Central Bedfordshire, Coventry, Doncaster, Dorset, Lambeth, Leeds, Liverpool, Redcar and Cleveland, Shropshire, Solihull, Southwark, Sutton, Torbay, Warwickshire and Wigan), protected characteristics of children in general (Derby 2025, Kensington and Chelsea 2019) and the case in ambiguous",
    ),
]
EXCLUDED["list18-parental-consent-mishandled"] = {
    "Redcar and Cleveland": "'Parental consent is correctly obtained by the referrer for the vast majority of children. Where consent has been unable to be secured, social workers are proactive in seeking consent' (2022): praise",
    "Manchester": "'Parental consent to seek and share information about children is appropriately confirmed ... However, for some children, decisions are not made quickly enough' (2022): the fault is the pace of decisions",
    "Wirral": "'Plans of support and placement with parents’ agreements are not of a consistently good quality' (2019): placements with parents, not consent",
    "Solihull": "'when they return to the care of their parents under a placement with parents’ agreement, it is the right decision for them' (2022): placements with parents",
    "Isles of Scilly": "'In situations of potential harm to a child, and where appropriate, social workers dispense with parental consent' (2019): praise",
}
EXCLUDED["list18-foster-carers-delegated-authority"] = {
    "Hackney": "'Managers do not always maintain a good enough oversight of day-to-day decisions for children' (2016): managers' oversight of casework, not carers' authority",
    "Plymouth": "'unqualified workers in the gateway service have been making day-to-day decisions regarding contacts' (2018): the front door",
    "Hounslow": "'EDT staff have delegated powers to make a wide range of decisions about Hounslow children' (2014): emergency duty staff",
    "Wakefield": "'Arrangements for delegated authority are becoming embedded and they are ensuring that decisions for children are made in a timely way' (2016): praise",
    "Warwickshire": "'reduce the incidence of overnight stays in police custody for young people' (2017): police custody",
}
EXCLUDED["list18-child-protection-plans-too-long"] = {
    "West Berkshire": "'Managers have better oversight of child protection planning, which has contributed to a reduction in the number of children remaining on child protection plans for extended periods' (2025): improved",
    "Windsor and Maidenhead": "'Managers have now tackled the legacy issues for children who had been on plans for too long' (2020): past",
    "Thurrock": "'close monitoring of children’s cases where child protection plans have been in place for more than a year have resulted in the number of plans appropriately reducing' (2019): praise",
    "Buckinghamshire": "practice on CP plans 'which redressed previously entrenched patterns of drift and delay' (2021): past",
    "Newham": "a panel 'reviews the progress and planning for children who have been on a plan for over 18 months' (2022), and child in need plans 'remaining open for too long' (2019)",
    "Leicestershire": "'drift in multi-agency decision-making regarding whether a child protection plan is necessary' (2024): conferences delayed, not plans too long",
}
EXCLUDED["list18-home-education-oversight-weak"] = {
    "Croydon": "'Historically, oversight of these arrangements has been weak ... Effective systems are now in place' (2020): past",
    "Plymouth": "'Increasing numbers of parents opt for home education, even when this is not necessarily the right choice for their children' (2024): no fault of the council's oversight stated",
    "Kirklees": "'Stronger actions are currently being taken to respond to the significant growth in the number of pupils receiving elective home education' (2019): no fault stated",
    "Blackpool": "'A very small number of children who are subject to child in need or child protection planning are electively home educated due to delays in accessing specialist provision. These children are regularly monitored' (2022)",
    "Somerset": "'this has not led to a precise understanding of the numbers of children missing education ... Elective home education is appropriately explored and challenged' (2026): children missing education",
}

# Gold councils whose sentence no pattern matches: found by the scan on the dev split, then read.
FOUND_BY_READING = {"Peterborough"}


def reviewed_questions(docs: list[dict]) -> list[dict]:
    out = []
    for qid, question, split, patterns, since, until, gold, ambiguous, how in REVIEWED:
        qid = (
            qid
            if qid.startswith(
                (
                    "list9-",
                    "list10-",
                    "list11-",
                    "list12-",
                    "list13-",
                    "list14-",
                    "list15-",
                    "list16-",
                    "list17-",
                    "list18-",
                )
            )
            else f"list-{qid}"
        )
        hits = search(docs, patterns, since, until)
        assert set(gold) - set(hits) <= FOUND_BY_READING, sorted(set(gold) - set(hits))
        note = {
            "scope": f"inspection reports whose inspection ended {since}-{until}",
            "patterns": patterns,
            "hits": len(hits),
            "read": how,
            "ambiguous": ambiguous,
            **({"excluded": EXCLUDED[qid]} if qid in EXCLUDED else {}),
        }
        out.append(
            {
                "id": qid,
                "question": question,
                "kind": "list",
                "route": "findings",
                "gold_councils": sorted(gold),
                "ambiguous": sorted(ambiguous),
                "gold_search": note,
                "split": split,
            }
        )
    return out


def finding_questions(docs: list[dict]) -> list[dict]:
    out = []
    for qid, question, split, patterns, since, until, excluded, ambiguous in FINDINGS:
        hits = search(docs, patterns, since, until)
        gold = sorted(c for c in hits if c not in excluded and c not in ambiguous)
        search_note = {
            "scope": f"inspection reports whose inspection ended {since}-{until}",
            "patterns": patterns,
            "hits": len(hits),
            "excluded": excluded,
            "ambiguous": ambiguous,
        }
        base = {"kind": "list", "route": "findings", "gold_councils": gold, "ambiguous": sorted(ambiguous)}
        out.append(
            {"id": f"list-{qid}", "question": question, **base, "gold_search": search_note, "split": split}
        )
        count_q = HOW_MANY[qid]
        out.append(
            {
                "id": f"count-{qid}",
                "question": count_q,
                **base,
                "kind": "list",
                "answer_number": len(gold),
                "gold_search": {"same_as": f"list-{qid}"},
                "split": split,
            }
        )
    return out


HOW_MANY = {
    "caseloads-too-high": "How many councils were criticised for high caseloads in inspections since 2023?",
    "caseloads-manageable": "How many councils did Ofsted praise for manageable caseloads in inspections since 2023?",
    "bed-and-breakfast": "In how many councils did Ofsted find care leavers living in bed and breakfast accommodation since 2023?",
    "changes-of-social-worker": "How many councils' reports since 2023 say children experience too many changes of social worker?",
    "pre-proceedings-delay": "How many councils were criticised for drift or delay before or during pre-proceedings under the Public Law Outline, in inspections since 2024?",
    "records-written-to-child": "How many councils did Ofsted praise for writing children's records, plans or review letters directly to the child, in inspections since 2025?",
    "thresholds-inconsistent": "How many councils were criticised for inconsistent or poor application of thresholds in inspections between 2019 and 2022?",
    "iro-challenge-weak": "How many councils were criticised for weak challenge or oversight by independent reviewing officers in inspections carried out in 2019?",
    "repeat-referrals": "How many councils' reports between 2019 and 2022 criticise repeat referrals or repeat child protection plans, with children coming back to children's social care for the same concerns?",
    "care-leavers-neet-high": "How many councils' reports between 2019 and 2022 say too many care leavers are not in education, employment or training?",
    "care-leavers-council-tax": "How many councils give care leavers council tax exemption, according to Ofsted inspections in 2024?",
    "supervision-not-reflective": "How many councils' reports since 2023 say social workers' supervision lacks reflection or challenge?",
    "sibling-assessments-criticised": "How many councils were criticised for their assessments of whether brothers and sisters should live together or apart, in inspections between 2014 and 2018?",
    "audits-over-optimistic": "How many councils' own case audits did Ofsted find over-optimistic about the quality of practice, in inspections between 2014 and 2022?",
    "children-in-care-council-praised": "How many councils did Ofsted praise for their children in care council in 2024?",
}


# (id, question, split, csv column, grade, year, date column)
COUNTS = [
    (
        "inadequate-2019",
        "How many councils were judged inadequate overall in inspections that ended in 2019?",
        "dev",
        "overall_effectiveness_grade",
        "inadequate",
        "2019",
        "inspection_end_date",
    ),
    (
        "inadequate-2019-published",
        "How many councils were judged inadequate overall in reports published in 2019?",
        "test",
        "overall_effectiveness_grade",
        "inadequate",
        "2019",
        "publication_date",
    ),
    (
        "leavers-outstanding-2024",
        "How many councils were rated outstanding for care leavers in 2024?",
        "test",
        "care_leavers_grade",
        "outstanding",
        "2024",
        "inspection_end_date",
    ),
    (
        "ri-2023",
        "How many councils were judged requires improvement to be good overall in inspections that ended in 2023?",
        "test",
        "overall_effectiveness_grade",
        "requires improvement",
        "2023",
        "inspection_end_date",
    ),
    (
        "hp-inadequate-2022",
        "How many councils had help and protection judged inadequate in 2022?",
        "dev",
        "help_and_protection_grade",
        "inadequate",
        "2022",
        "inspection_end_date",
    ),
    (
        "leaders-outstanding-2025",
        "How many councils were judged outstanding for the impact of leaders in 2025?",
        "test",
        "impact_of_leaders_grade",
        "outstanding",
        "2025",
        "inspection_end_date",
    ),
    (
        "good-2023-published",
        "How many councils were rated good overall in inspection reports published in 2023?",
        "test",
        "overall_effectiveness_grade",
        "good",
        "2023",
        "publication_date",
    ),
    (
        "outstanding-2021",
        "How many councils were judged outstanding overall in 2021?",
        "dev",
        "overall_effectiveness_grade",
        "outstanding",
        "2021",
        "inspection_end_date",
    ),
]


def count_questions(rows: list[dict], docs: list[dict]) -> list[dict]:
    """Counts from the CSV's grades. Where the CSV has no inspection end date (a few rows),
    the report's own "Inspection dates" line gives it; those rows are named in ``gold_notes``."""
    end_of = {d["doc"]: d["end"] for d in docs}
    out = []
    for qid, question, split, column, grade, year, date_column in COUNTS:
        chosen, notes = [], []
        for r in rows:
            day = r[date_column]
            name = GAZETTEER.resolve(r["local_authority"]) or r["local_authority"]
            if not day and date_column == "inspection_end_date":
                iso = end_of.get(f"reports/{r['urn']}_{r['local_authority']}/{r['pdf_filename']}", "")
                day = "/".join(reversed(iso.split("-")))
                if r[column] == grade and _year(day) == year if day else False:
                    notes.append(f"{name}: the CSV has no inspection end date; the report's is {iso}")
            if r[column] == grade and day and _year(day) == year:
                chosen.append(name)
        out.append(
            {
                "id": f"count-{qid}",
                "question": question,
                "kind": "count",
                "route": "grades",
                "answer_number": len(chosen),
                "gold_councils": sorted(chosen),
                "gold_source": f"CSV rows with {column} == {grade!r} and {date_column} in {year}",
                "gold_notes": notes,
                "split": split,
            }
        )
    return out


# (id, question, split, councils)
COMPARISONS = [
    ("devon-cornwall-leavers", "Compare Devon and Cornwall on care leavers", "dev", ["Devon", "Cornwall"]),
    (
        "leeds-bradford-front-door",
        "Leeds vs Bradford: the front door and early help",
        "test",
        ["Leeds", "Bradford"],
    ),
    (
        "stoke-derby-supervision",
        "How does Stoke-on-Trent's supervision of social workers differ from Derby's?",
        "test",
        ["Stoke-on-Trent", "Derby"],
    ),
    (
        "three-disabled",
        "Compare Kent, Essex and Surrey on disabled children",
        "test",
        ["Kent", "Essex", "Surrey"],
    ),
    (
        "liverpool-manchester-caseloads",
        "Compare Liverpool and Manchester on caseloads",
        "dev",
        ["Liverpool", "Manchester"],
    ),
    (
        "norfolk-suffolk-pf",
        "Compare Norfolk and Suffolk on private fostering",
        "test",
        ["Norfolk", "Suffolk"],
    ),
    (
        "four-london",
        "Compare Camden, Hackney, Islington and Haringey on children in care",
        "test",
        ["Camden", "Hackney", "Islington", "Haringey"],
    ),
    (
        "birmingham-sandwell-missing",
        "Birmingham vs Sandwell on children who go missing",
        "test",
        ["Birmingham", "Sandwell"],
    ),
    (
        "five-north-east",
        "Compare Sunderland, Gateshead, Durham, Newcastle upon Tyne and North Tyneside on leadership",
        "test",
        ["Sunderland", "Gateshead", "Durham", "Newcastle upon Tyne", "North Tyneside"],
    ),
    (
        "hull-york-adoption",
        "How do Hull and York compare on adoption?",
        "dev",
        ["Kingston upon Hull", "York"],
    ),
]


def _year(day: str) -> str:
    """The CSV's "21/03/2025" or "09/05/25" -> "2025"."""
    y = day.rsplit("/", 1)[-1]
    return y if len(y) == 4 else f"20{y}"


def comparison_questions(docs: list[dict]) -> list[dict]:
    newest: dict[str, dict] = {}
    for d in docs:
        if d["council"] not in newest or d["end"] > newest[d["council"]]["end"]:
            newest[d["council"]] = d
    return [
        {
            "id": f"compare-{qid}",
            "question": question,
            "kind": "compare",
            "route": "compare",
            "councils": councils,
            "expected_docs": {c: newest[c]["doc"] for c in councils if c in newest},
            "split": split,
        }
        for qid, question, split, councils in COMPARISONS
    ]


# Routing only: grade and findings questions that share words. (question, route, split)
ROUTING = [
    ("Which councils were judged inadequate in 2019?", "grades", "dev"),
    (
        "Which councils did Ofsted find were not supporting care leavers well enough from 2018?",
        "findings",
        "dev",
    ),
    ("Which councils have caseloads that are too high?", "findings", "dev"),
    ("Which councils improved from inadequate to good?", "grades", "dev"),
    ("How has Leeds's rating changed?", "grades", "dev"),
    ("Why was Leeds judged outstanding?", "passages", "dev"),
    ("What did Ofsted say about Stoke-on-Trent's care leavers?", "passages", "dev"),
    ("Which councils were judged good for help and protection in 2022?", "grades", "dev"),
    ("In which councils did inspectors find that management oversight was inadequate?", "findings", "dev"),
    ("Which councils' care leavers services were rated outstanding?", "grades", "dev"),
    ("What was Devon rated at its latest inspection?", "grades", "dev"),
    ("Which councils had good early help according to Ofsted since 2023?", "findings", "dev"),
    ("How many councils got an inadequate judgement in 2018?", "grades", "test"),
    ("Which councils were judged to have inadequate leadership in 2019?", "grades", "test"),
    ("Which councils' judgements went down?", "grades", "test"),
    ("Which councils did Ofsted criticise for weak management oversight since 2023?", "findings", "test"),
    ("How many councils were found to have good quality supervision in 2024?", "findings", "test"),
    (
        "Which councils were rated requires improvement to be good for children in care in 2023?",
        "grades",
        "test",
    ),
    ("Where did Ofsted find that children in care were not seen regularly?", "findings", "test"),
    (
        "Which councils' reports said care leavers were not well supported into employment?",
        "findings",
        "test",
    ),
    ("Which councils were graded outstanding overall in inspections that ended in 2024?", "grades", "test"),
    ("How many councils were rated good in 2022?", "grades", "test"),
    ("Which councils had improved help and protection, as found by Ofsted since 2023?", "findings", "test"),
    ("Which councils were judged inadequate for help and protection since 2023?", "grades", "test"),
    ("What did Ofsted find about Essex's adoption work?", "passages", "test"),
    ("Compare Leeds and Kirklees on supervision", "compare", "test"),
    ("Which lead inspector inspected Doncaster?", "grades", "test"),
    ("Which councils' inspections found that leaders do not know their services well?", "findings", "test"),
    # Stop 23: which inspections or visits there were, not what they found (dev).
    ("Which councils did Ofsted inspect in 2023?", "grades", "dev"),
    ("How many councils were inspected in 2024?", "grades", "dev"),
    ("Where did Ofsted go in 2023?", "grades", "dev"),
    ("Which councils had an inspection that ended in 2025?", "grades", "dev"),
    ("Which councils inspected in 2023 had high caseloads?", "findings", "dev"),
    ("Which councils had a focused visit in 2023?", "visits", "dev"),
    ("How many focused visits looked at care leavers since 2024?", "visits", "dev"),
    ("List Ofsted's monitoring visits in 2019", "visits", "dev"),
    ("Which councils did Ofsted visit in March 2023?", "visits", "dev"),
    ("Which councils were praised in focused visits for their front door?", "findings", "dev"),
    ("What did the focused visit to Leeds find about supervision?", "passages", "dev"),
]


def routing_questions() -> list[dict]:
    return [
        {"id": f"route-{n:02d}", "question": q, "kind": "route", "route": route, "split": split}
        for n, (q, route, split) in enumerate(ROUTING, start=1)
    ]


def main(texts: str, csv_path: str) -> None:
    docs = reports(Path(texts))
    with open(csv_path, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    questions = (
        finding_questions(docs)
        + reviewed_questions(docs)
        + count_questions(rows, docs)
        + comparison_questions(docs)
        + routing_questions()
    )
    OUT.write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in questions), encoding="utf-8")
    print(f"wrote {len(questions)} questions to {OUT}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
