"""Demo content for the SPR compliance tracker: a fictional force, Midshire Police.

Plain Python data used to seed a demonstration deployment. It describes the evidence,
threat assessments (against the 2015 Strategic Policing Requirement), actions,
departures, metrics and board paper texts for two reporting periods, 2018/19 and
2019/20, of "Midshire Police" and the "Midshire Police and Crime Commissioner".

Everything here is fictional demo material written for this project. National
documents are modelled on real publications, but their page locators, the force-level
documents and all figures about Midshire are invented for demonstration.

Narrative fields are Markdown. Blank lines separate numbered paragraphs; citations
use ``[@EV-012, p8-10]`` or ``[@EV-012]``; explanatory notes use ``[^text]``; context
texts may use ``### Heading`` lines. Dates are ISO strings (YYYY-MM-DD). The module
imports nothing, so it can be loaded without Django.
"""

# Evidence register: refs EV-001 onwards, in order.
EVIDENCE = [
    {
        "ref": "EV-001",
        "title": "The Strategic Policing Requirement",
        "kind": "national_document",
        "source": "Home Office",
        "source_reference": "March 2015 edition, issued under section 37A of the Police Act 1996",
        "url": "https://www.gov.uk/government/publications/strategic-policing-requirement",
        "summary": (
            "The Home Secretary's statement of the national threats that need a response beyond a "
            "single force, and of the capacity, contribution, capability, consistency and "
            "connectivity that forces must have regard to. Adds child sexual abuse to the threats "
            "listed in the 2012 edition."
        ),
        "evidence_date": "2015-03-01",
        "covers_from": None,
        "covers_to": None,
        "review_by": "2021-03-31",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-002",
        "title": "Midshire Police and Crime Plan 2016-2020 (2018 variation)",
        "kind": "other",
        "source": "Midshire Police and Crime Commissioner",
        "source_reference": "Variation approved March 2018",
        "url": "",
        "summary": (
            "The commissioner's police and crime plan as varied in 2018. Its section on national "
            "and regional threats records that the commissioner has had regard to the Strategic "
            "Policing Requirement in setting the plan's priorities."
        ),
        "evidence_date": "2018-03-29",
        "covers_from": "2018-04-01",
        "covers_to": "2020-03-31",
        "review_by": "2020-05-31",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-003",
        "title": "Force management statement 2018",
        "kind": "other",
        "source": "Midshire Police",
        "source_reference": "FMS1, submitted to HMICFRS May 2018",
        "url": "",
        "summary": (
            "The force's first statement to the inspectorate of the demand it expects over four "
            "years, the condition of its workforce and assets, and its plans. Includes chapters "
            "on armed policing, public order, serious and organised crime and protecting children."
        ),
        "evidence_date": "2018-05-31",
        "covers_from": "2018-04-01",
        "covers_to": "2019-03-31",
        "review_by": "2020-05-31",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-004",
        "title": "Force management statement 2019",
        "kind": "other",
        "source": "Midshire Police",
        "source_reference": "FMS2, submitted to HMICFRS May 2019",
        "url": "",
        "summary": (
            "Second annual force management statement. Updates demand projections, notably for "
            "online child sexual exploitation and cyber-dependent crime, and records the "
            "financial risk from time-limited national funding streams."
        ),
        "evidence_date": "2019-05-31",
        "covers_from": "2019-04-01",
        "covers_to": "2020-03-31",
        "review_by": "2020-05-31",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-005",
        "title": "PEEL: police effectiveness 2017 - an inspection of Midshire Police",
        "kind": "inspection_report",
        "source": "HMICFRS",
        "source_reference": "PEEL effectiveness 2017, force report",
        "url": "",
        "summary": (
            "Judged the force good at tackling serious and organised crime, noting a rate of "
            "disruptions per 100 organised crime groups almost double the national rate. Set an "
            "area for improvement on the force's capability to investigate cyber-dependent crime."
        ),
        "evidence_date": "2018-03-22",
        "covers_from": "2017-04-01",
        "covers_to": "2018-03-31",
        "review_by": "2020-04-30",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-006",
        "title": "PEEL 2018/19: an inspection of Midshire Police",
        "kind": "inspection_report",
        "source": "HMICFRS",
        "source_reference": "PEEL integrated inspection 2018/19, force report",
        "url": "",
        "summary": (
            "Integrated PEEL assessment of effectiveness, efficiency and legitimacy. Confirms the "
            "force's arrangements for national threats and its response to serious and organised "
            "crime, and asks the force to improve timeliness in online child abuse investigations."
        ),
        "evidence_date": "2019-05-02",
        "covers_from": "2018-04-01",
        "covers_to": "2019-03-31",
        "review_by": "2021-03-31",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-007",
        "title": "Force strategic risk register: extract for national threats, quarter 3 2019/20",
        "kind": "risk_register",
        "source": "Midshire Police Strategic Planning",
        "source_reference": "Version 19.3",
        "url": "",
        "summary": (
            "Extract of the strategic risks that bear on the Strategic Policing Requirement, "
            "including the end of armed uplift and ROCU transformation funding, officer "
            "recruitment, and the Emergency Services Network timetable."
        ),
        "evidence_date": "2019-12-10",
        "covers_from": "2019-10-01",
        "covers_to": "2019-12-31",
        "review_by": "2020-06-30",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-008",
        "title": "CONTEST: the United Kingdom's strategy for countering terrorism",
        "kind": "national_document",
        "source": "HM Government",
        "source_reference": "Cm 9608, June 2018",
        "url": (
            "https://www.gov.uk/government/publications/counter-terrorism-strategy-contest-2018"
        ),
        "summary": (
            "The national counter-terrorism strategy, organised under Pursue, Prevent, Protect "
            "and Prepare. Describes the threat after the 2017 attacks and the outcomes expected "
            "of policing and partners."
        ),
        "evidence_date": "2018-06-04",
        "covers_from": None,
        "covers_to": None,
        "review_by": "2021-06-30",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-009",
        "title": "Counter terrorism policing: national threat briefing to chief officers and PCCs",
        "kind": "letter",
        "source": "Counter Terrorism Policing Headquarters",
        "source_reference": "Briefing note, February 2019",
        "url": "",
        "summary": (
            "Summarises the national threat picture. Reports that 18 attack plots have been "
            "stopped since March 2017, 14 Islamist and 4 extreme right wing, and that the threat "
            "level has stood at SEVERE since August 2014 apart from two brief periods at CRITICAL."
        ),
        "evidence_date": "2019-02-26",
        "covers_from": "2017-03-01",
        "covers_to": "2019-02-28",
        "review_by": "2020-08-31",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-010",
        "title": "Counter terrorism local profile: Midshire 2018",
        "kind": "other",
        "source": "Central Counter Terrorism Unit (CTU) and Midshire Police",
        "source_reference": "CTLP 2018",
        "url": "",
        "summary": (
            "Local assessment of the terrorism and extremism threat in Midshire, shared with "
            "partners in a redacted form. Identifies priority places and themes for Prevent and "
            "Protect activity."
        ),
        "evidence_date": "2018-11-30",
        "covers_from": "2017-10-01",
        "covers_to": "2018-09-30",
        "review_by": "2020-05-31",
        "classification": "OFFICIAL-SENSITIVE",
    },
    {
        "ref": "EV-011",
        "title": "Counter terrorism local profile: Midshire 2019",
        "kind": "other",
        "source": "Central Counter Terrorism Unit (CTU) and Midshire Police",
        "source_reference": "CTLP 2019",
        "url": "",
        "summary": (
            "Refreshed local profile. Records a rise in referrals linked to extreme right-wing "
            "ideology, continuing Islamist-inspired activity, and early security considerations "
            "for the 2022 Commonwealth Games."
        ),
        "evidence_date": "2019-11-29",
        "covers_from": "2018-10-01",
        "covers_to": "2019-09-30",
        "review_by": "2020-11-30",
        "classification": "OFFICIAL-SENSITIVE",
    },
    {
        "ref": "EV-012",
        "title": "Force CONTEST board: minutes of the meeting of 5 December 2018",
        "kind": "minutes",
        "source": "Midshire Police, force CONTEST board",
        "source_reference": "Quarterly board, Q3 2018/19",
        "url": "",
        "summary": (
            "Quarterly board chaired by the assistant chief constable. Reviews delivery against "
            "the local CONTEST plan, progress of the armed uplift, and the proposal from British "
            "Transport Police for a memorandum on its firearms hub."
        ),
        "evidence_date": "2018-12-05",
        "covers_from": "2018-09-01",
        "covers_to": "2018-11-30",
        "review_by": "2020-12-31",
        "classification": "OFFICIAL-SENSITIVE",
    },
    {
        "ref": "EV-013",
        "title": "Force CONTEST board: minutes of the meeting of 4 December 2019 (open version)",
        "kind": "minutes",
        "source": "Midshire Police, force CONTEST board",
        "source_reference": "Quarterly board, Q3 2019/20",
        "url": "",
        "summary": (
            "Open version of the quarterly board minutes. Notes the change of national threat "
            "level in November 2019, the refreshed local profile, and the remaining steps to "
            "complete the specialist firearms uplift."
        ),
        "evidence_date": "2019-12-04",
        "covers_from": "2019-09-01",
        "covers_to": "2019-11-30",
        "review_by": "2020-12-31",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-014",
        "title": "Armed policing uplift: grant allocation and indicative funding to March 2021",
        "kind": "funding_letter",
        "source": "Home Office, Counter-Terrorism Policing armed uplift programme",
        "source_reference": "Grant letter 2018/19",
        "url": "",
        "summary": (
            "Confirms the force's grant for the armed policing uplift and states that central "
            "funding is committed only until 31 March 2021, after which costs fall to the force."
        ),
        "evidence_date": "2018-04-20",
        "covers_from": "2018-04-01",
        "covers_to": "2021-03-31",
        "review_by": "2021-03-31",
        "dependency_ends_on": "2021-03-31",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-015",
        "title": "Armed policing uplift: progress report to the chief officer group, January 2019",
        "kind": "internal_message",
        "source": "Head of Firearms Operations, Midshire Police",
        "source_reference": "COG paper 2019/04",
        "url": "",
        "summary": (
            "Reports the counter terrorism specialist firearms officer uplift at 88% of the "
            "force's target, with two further courses booked before the end of March 2019."
        ),
        "evidence_date": "2019-01-18",
        "covers_from": "2016-04-01",
        "covers_to": "2018-12-31",
        "review_by": "2020-04-30",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-016",
        "title": (
            "Counter terrorism specialist firearms officers: year-end uplift position, April 2019"
        ),
        "kind": "training_record",
        "source": "Midshire Police Firearms Training Unit",
        "source_reference": "Accreditation return 2018/19",
        "url": "",
        "summary": (
            "Year-end accreditation record. The force reached 92% of its uplift target by 31 "
            "March 2019; the shortfall reflects course failures and transfers to other armed "
            "roles."
        ),
        "evidence_date": "2019-04-05",
        "covers_from": "2016-04-01",
        "covers_to": "2019-03-31",
        "review_by": "2019-10-31",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-017",
        "title": (
            "Letter from British Transport Police on the opening of its regional firearms hub"
        ),
        "kind": "letter",
        "source": "British Transport Police",
        "source_reference": "",
        "url": "",
        "summary": (
            "Announces the opening of the firearms hub in May 2018 and proposes a memorandum of "
            "understanding on mutual support, command and deployment on the rail network."
        ),
        "evidence_date": "2018-06-11",
        "covers_from": "2018-05-01",
        "covers_to": None,
        "review_by": "2020-06-30",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-018",
        "title": (
            "Memorandum of understanding between British Transport Police and Midshire Police: "
            "armed support (draft)"
        ),
        "kind": "agreement",
        "source": "British Transport Police and Midshire Police",
        "source_reference": "Draft version 0.4",
        "url": "",
        "summary": (
            "Draft agreement on joint armed deployments, command protocols and information "
            "sharing. Legal review remains outstanding."
        ),
        "evidence_date": "2019-09-16",
        "covers_from": None,
        "covers_to": None,
        "review_by": "2020-03-16",
        "classification": "OFFICIAL-SENSITIVE",
    },
    {
        "ref": "EV-019",
        "title": "Exercise Stone Bridge: debrief report (marauding terrorist attack, live play)",
        "kind": "exercise_debrief",
        "source": "Central Counter Terrorism Unit (CTU)",
        "source_reference": "Debrief ref CTU/EX/19/02",
        "url": "",
        "summary": (
            "Debrief of a two-day multi-agency exercise testing the response to a marauding "
            "terrorist attack at a city-centre venue, with fire, ambulance and the local "
            "authority."
        ),
        "evidence_date": "2019-07-19",
        "covers_from": "2019-06-25",
        "covers_to": "2019-06-26",
        "review_by": "2021-07-31",
        "classification": "OFFICIAL-SENSITIVE",
    },
    {
        "ref": "EV-020",
        "title": "Prevent and Protect activity return, April to December 2019",
        "kind": "performance_data",
        "source": "Midshire Police Counter Terrorism Liaison",
        "source_reference": "Quarterly return Q3 2019/20",
        "url": "",
        "summary": (
            "Counts Prevent referrals and Channel panel cases, counter terrorism security adviser "
            "visits to crowded places, and staff awareness sessions delivered."
        ),
        "evidence_date": "2020-01-24",
        "covers_from": "2019-04-01",
        "covers_to": "2019-12-31",
        "review_by": "2020-07-31",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-021",
        "title": "Public order and public safety: national policing requirement",
        "kind": "national_document",
        "source": "National Police Chiefs' Council",
        "source_reference": "2018 revision",
        "url": "",
        "summary": (
            "Sets the aggregate number of police support units the country needs and each force's "
            "share, with the standards for mobilisation timings, training and equipment."
        ),
        "evidence_date": "2018-02-12",
        "covers_from": None,
        "covers_to": None,
        "review_by": "2021-02-28",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-022",
        "title": "National mobilisation and mutual aid guidance",
        "kind": "national_document",
        "source": "National Police Coordination Centre (NPoCC)",
        "source_reference": "Version 3, October 2017",
        "url": "",
        "summary": (
            "Explains how forces request and provide mutual aid, the mobilisation timings tested "
            "at 10%, 40%, 60% and 100% of the requirement, and the standard information a "
            "deploying force must supply."
        ),
        "evidence_date": "2017-10-02",
        "covers_from": None,
        "covers_to": None,
        "review_by": "2020-10-31",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-023",
        "title": "Public order strategic threat and risk assessment 2018",
        "kind": "other",
        "source": "Midshire Police Public Order and Public Safety",
        "source_reference": "STRA 2018",
        "url": "",
        "summary": (
            "Annual assessment of public order threats, covering protest, football, night-time "
            "economy and community tension, and the resources the force needs to meet them."
        ),
        "evidence_date": "2018-06-29",
        "covers_from": "2018-07-01",
        "covers_to": "2019-06-30",
        "review_by": "2019-06-30",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-024",
        "title": "Public order strategic threat and risk assessment 2019",
        "kind": "other",
        "source": "Midshire Police Public Order and Public Safety",
        "source_reference": "STRA 2019",
        "url": "",
        "summary": (
            "Refreshed annual assessment. Adds early planning assumptions for the 2022 "
            "Commonwealth Games and notes increased protest activity linked to climate change "
            "campaigns."
        ),
        "evidence_date": "2019-06-28",
        "covers_from": "2019-07-01",
        "covers_to": "2020-06-30",
        "review_by": "2020-06-30",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-025",
        "title": "Level 2 public order training record, as at 31 January 2019",
        "kind": "training_record",
        "source": "Midshire Police Learning and Development",
        "source_reference": "",
        "url": "",
        "summary": (
            "Shows 1,296 constables in date for Level 2 public order, with 80% of response "
            "officers trained, and the commander and medic numbers supporting them."
        ),
        "evidence_date": "2019-02-04",
        "covers_from": "2018-04-01",
        "covers_to": "2019-01-31",
        "review_by": "2020-04-30",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-026",
        "title": "Level 2 public order training record, as at 31 December 2019",
        "kind": "training_record",
        "source": "Midshire Police Learning and Development",
        "source_reference": "",
        "url": "",
        "summary": (
            "Shows 1,318 constables in date for Level 2 public order and 82% of response officers "
            "trained, after refresher courses were moved to reduce abstraction in the summer."
        ),
        "evidence_date": "2020-01-08",
        "covers_from": "2019-04-01",
        "covers_to": "2019-12-31",
        "review_by": "2021-01-31",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-027",
        "title": "Exercise Central Muster: regional mobilisation exercise debrief",
        "kind": "exercise_debrief",
        "source": "Central region forces and NPoCC",
        "source_reference": "Debrief report, October 2018",
        "url": "",
        "summary": (
            "Debrief of the September 2018 exercise that mobilised 33 police support units across "
            "the region. Mobilisation timings were met at 10%, 40%, 60% and 100%."
        ),
        "evidence_date": "2018-10-19",
        "covers_from": "2018-09-18",
        "covers_to": "2018-09-20",
        "review_by": "2020-09-30",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-028",
        "title": "Mutual aid debrief: July 2018 presidential visit",
        "kind": "exercise_debrief",
        "source": "Midshire Police Operations Planning",
        "source_reference": "Operational debrief",
        "url": "",
        "summary": (
            "Debrief of the force's largest mutual aid deployment of the year, in which it "
            "supplied 22 police support units over six days."
        ),
        "evidence_date": "2018-08-24",
        "covers_from": "2018-07-12",
        "covers_to": "2018-07-17",
        "review_by": "2020-08-31",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-029",
        "title": "Mutual aid feedback form from the host force: July 2018 presidential visit",
        "kind": "feedback_form",
        "source": "Host force mutual aid coordinator",
        "source_reference": "",
        "url": "",
        "summary": (
            "Feedback on the Midshire units deployed, rating briefing, equipment and conduct, "
            "with comments on welfare arrangements for long shifts."
        ),
        "evidence_date": "2018-07-31",
        "covers_from": "2018-07-12",
        "covers_to": "2018-07-17",
        "review_by": "2020-07-31",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-030",
        "title": (
            "Letter from the National Police Coordination Centre confirming the force's PSU "
            "commitment"
        ),
        "kind": "letter",
        "source": "National Police Coordination Centre (NPoCC)",
        "source_reference": "",
        "url": "",
        "summary": (
            "Confirms that the national requirement places a commitment of 21 police support "
            "units on Midshire Police, alongside a primary mobilisation of 3 units."
        ),
        "evidence_date": "2018-05-14",
        "covers_from": "2018-04-01",
        "covers_to": "2020-03-31",
        "review_by": "2020-05-31",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-031",
        "title": "Fleet services message: new public order carriers enter service",
        "kind": "internal_message",
        "source": "Midshire Police Fleet Services",
        "source_reference": "Force message 2019/0112",
        "url": "",
        "summary": (
            "Announces that 42 new public order carriers have been delivered and equipped to the "
            "national specification, replacing vehicles more than ten years old."
        ),
        "evidence_date": "2019-01-21",
        "covers_from": None,
        "covers_to": None,
        "review_by": "2020-12-31",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-032",
        "title": "Police support unit availability return, quarter 2 2019/20",
        "kind": "performance_data",
        "source": "Midshire Police Resource Management Unit",
        "source_reference": "Quarterly return to NPoCC",
        "url": "",
        "summary": (
            "Shows the number of fully crewed and equipped police support units available for "
            "national mobilisation at the end of each week of the quarter."
        ),
        "evidence_date": "2019-10-07",
        "covers_from": "2019-07-01",
        "covers_to": "2019-09-30",
        "review_by": "2020-06-30",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-033",
        "title": "Emergency Services Network: force programme update",
        "kind": "internal_message",
        "source": "Midshire Police ESN Programme Lead",
        "source_reference": "Force message 2019/1877",
        "url": "",
        "summary": (
            "Explains the national decision to extend Airwave and the force's planning assumption "
            "that transition to the Emergency Services Network will take place in 2023/24."
        ),
        "evidence_date": "2019-09-24",
        "covers_from": "2019-04-01",
        "covers_to": "2024-03-31",
        "review_by": "2020-09-30",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-034",
        "title": "Mutual aid feedback form: October 2019 protests in London",
        "kind": "feedback_form",
        "source": "Metropolitan Police Service mutual aid coordinator",
        "source_reference": "",
        "url": "",
        "summary": (
            "Feedback on the Midshire units sent to the protests in London in October 2019, "
            "noting good tactical discipline and a late arrival caused by a carrier defect."
        ),
        "evidence_date": "2019-11-04",
        "covers_from": "2019-10-07",
        "covers_to": "2019-10-18",
        "review_by": "2021-11-30",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-035",
        "title": "Serious and Organised Crime Strategy",
        "kind": "national_document",
        "source": "Home Office",
        "source_reference": "Cm 9718, November 2018",
        "url": (
            "https://www.gov.uk/government/publications/serious-and-organised-crime-strategy-2018"
        ),
        "summary": (
            "The national strategy for serious and organised crime. Sets out the 'whole system' "
            "approach, the role of regional organised crime units, and the outcomes expected "
            "under Pursue, Prevent, Protect and Prepare."
        ),
        "evidence_date": "2018-11-01",
        "covers_from": None,
        "covers_to": None,
        "review_by": "2021-11-01",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-036",
        "title": "National strategic assessment of serious and organised crime 2018",
        "kind": "national_document",
        "source": "National Crime Agency",
        "source_reference": "NSA 2018",
        "url": "",
        "summary": (
            "The agency's annual assessment of the scale and nature of serious and organised "
            "crime affecting the UK, including county lines, firearms and modern slavery."
        ),
        "evidence_date": "2018-05-14",
        "covers_from": "2017-04-01",
        "covers_to": "2018-03-31",
        "review_by": "2020-05-31",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-037",
        "title": "National strategic assessment of serious and organised crime 2019",
        "kind": "national_document",
        "source": "National Crime Agency",
        "source_reference": "NSA 2019",
        "url": "",
        "summary": (
            "Updated annual assessment. Highlights the growth of county lines, the use of "
            "violence by drug supply networks, and the scale of online child sexual abuse."
        ),
        "evidence_date": "2019-05-20",
        "covers_from": "2018-04-01",
        "covers_to": "2019-03-31",
        "review_by": "2020-05-31",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-038",
        "title": "Central ROCU collaboration agreement under section 22A of the Police Act 1996",
        "kind": "agreement",
        "source": "Chief constables and police and crime commissioners of the Central region",
        "source_reference": "Agreement dated 31 March 2017",
        "url": "",
        "summary": (
            "Sets the governance, hosting and funding of the Central regional organised crime "
            "unit. Midshire Police funds 57% of the unit's core budget."
        ),
        "evidence_date": "2017-03-31",
        "covers_from": "2017-04-01",
        "covers_to": "2022-03-31",
        "review_by": "2021-03-31",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-039",
        "title": "ROCU transformation funding: confirmation of allocations to April 2021",
        "kind": "funding_letter",
        "source": "Home Office",
        "source_reference": "",
        "url": "",
        "summary": (
            "Confirms national transformation funding for several Central ROCU capabilities, and "
            "that it ends in April 2021. Forces are asked to plan how to sustain the capabilities."
        ),
        "evidence_date": "2019-02-15",
        "covers_from": "2019-04-01",
        "covers_to": "2021-04-30",
        "review_by": "2020-09-30",
        "dependency_ends_on": "2021-04-30",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-040",
        "title": (
            "Organised crime group mapping and lead responsible officer return, December 2018"
        ),
        "kind": "performance_data",
        "source": "Midshire Police Force Intelligence Bureau",
        "source_reference": "",
        "url": "",
        "summary": (
            "Lists the number of mapped organised crime groups by threat band and confirms that "
            "each has a named lead responsible officer and a 4P plan."
        ),
        "evidence_date": "2018-12-14",
        "covers_from": "2018-04-01",
        "covers_to": "2018-11-30",
        "review_by": "2020-04-30",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-041",
        "title": "Central ROCU disruption and tasking return, quarter 3 2019/20",
        "kind": "performance_data",
        "source": "Central ROCU",
        "source_reference": "Regional tasking return",
        "url": "",
        "summary": (
            "Records disruptions by major, moderate and minor impact, ROCU taskings accepted from "
            "Midshire Police, and the use of specialist regional capabilities."
        ),
        "evidence_date": "2020-01-20",
        "covers_from": "2019-04-01",
        "covers_to": "2019-12-31",
        "review_by": "2020-07-31",
        "classification": "OFFICIAL-SENSITIVE",
    },
    {
        "ref": "EV-042",
        "title": "Audit of 4P plans held by lead responsible officers",
        "kind": "other",
        "source": "Midshire Police Organisational Assurance",
        "source_reference": "Audit report OA/19/07",
        "url": "",
        "summary": (
            "Internal audit of a sample of 4P plans. Most were current and well structured; some "
            "Prevent and Protect sections lacked partner actions."
        ),
        "evidence_date": "2019-08-30",
        "covers_from": "2019-04-01",
        "covers_to": "2019-07-31",
        "review_by": "2020-08-31",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-043",
        "title": "Central ROCU regional governance board: minutes, 15 October 2019",
        "kind": "minutes",
        "source": "Central ROCU regional governance board",
        "source_reference": "",
        "url": "",
        "summary": (
            "Regional chief officers and commissioners consider ROCU performance and the "
            "financial gap expected when transformation funding ends in April 2021."
        ),
        "evidence_date": "2019-10-15",
        "covers_from": "2019-07-01",
        "covers_to": "2019-09-30",
        "review_by": "2020-10-31",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-044",
        "title": "National Cyber Security Strategy 2016-2021: progress report",
        "kind": "national_document",
        "source": "HM Government",
        "source_reference": "May 2019",
        "url": "",
        "summary": (
            "Reports progress against the national cyber security strategy, including the growth "
            "of dedicated cyber crime units in every police force."
        ),
        "evidence_date": "2019-05-22",
        "covers_from": "2016-11-01",
        "covers_to": "2019-03-31",
        "review_by": "2021-03-31",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-045",
        "title": "National Cyber Security Centre annual review 2018",
        "kind": "national_document",
        "source": "National Cyber Security Centre",
        "source_reference": "",
        "url": "",
        "summary": (
            "Describes the incidents handled by the centre in its second year and assesses the "
            "threat to the UK from cyber attack as high and growing."
        ),
        "evidence_date": "2018-10-16",
        "covers_from": "2017-09-01",
        "covers_to": "2018-08-31",
        "review_by": "2019-10-31",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-046",
        "title": "National Cyber Security Centre annual review 2019",
        "kind": "national_document",
        "source": "National Cyber Security Centre",
        "source_reference": "",
        "url": "",
        "summary": (
            "Third annual review. Reports a further rise in incidents handled and sets out the "
            "centre's work with law enforcement on victims and attribution."
        ),
        "evidence_date": "2019-10-15",
        "covers_from": "2018-09-01",
        "covers_to": "2019-08-31",
        "review_by": "2020-10-31",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-047",
        "title": "Police Transformation Fund: cyber crime unit set-up grant",
        "kind": "funding_letter",
        "source": "Home Office, via the NPCC cyber crime programme",
        "source_reference": "",
        "url": "",
        "summary": (
            "Awards £64,600 to establish a dedicated cyber crime unit in Midshire Police during "
            "2017/18."
        ),
        "evidence_date": "2017-08-14",
        "covers_from": "2017-04-01",
        "covers_to": "2018-03-31",
        "review_by": "2020-04-30",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-048",
        "title": "Police Transformation Fund: cyber investigation tools grant",
        "kind": "funding_letter",
        "source": "Home Office, via the NPCC cyber crime programme",
        "source_reference": "",
        "url": "",
        "summary": (
            "Awards £24,740 for cyber investigation tools and associated licences for the force's "
            "cyber crime unit."
        ),
        "evidence_date": "2018-10-01",
        "covers_from": "2018-10-01",
        "covers_to": "2019-03-31",
        "review_by": "2020-04-30",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-049",
        "title": (
            "Cyber: Keep the light on - an inspection of the police response to cyber-dependent "
            "crime"
        ),
        "kind": "inspection_report",
        "source": "HMICFRS",
        "source_reference": "Thematic inspection, October 2019",
        "url": (
            "https://www.justiceinspectorates.gov.uk/hmicfrs/publication-html/"
            "keep-the-light-on-police-response-to-cyber-dependent-crime/"
        ),
        "summary": (
            "Thematic inspection with fieldwork from April to June 2019 in 11 forces, including "
            "Midshire. Found the response generally good but inconsistent, and questioned how "
            "local units will be sustained when central funding ends."
        ),
        "evidence_date": "2019-10-24",
        "covers_from": "2019-04-01",
        "covers_to": "2019-06-30",
        "review_by": "2021-10-31",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-050",
        "title": "Cyber-dependent crime reports for Midshire, April 2018 to December 2019",
        "kind": "performance_data",
        "source": "Midshire Police Performance and Insight, using NFIB data",
        "source_reference": "",
        "url": "",
        "summary": (
            "Analysis of Action Fraud reports disseminated to the force, showing volumes, offence "
            "types and outcomes for cyber-dependent crime."
        ),
        "evidence_date": "2020-01-15",
        "covers_from": "2018-04-01",
        "covers_to": "2019-12-31",
        "review_by": "2020-07-31",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-051",
        "title": "Cyber crime unit operating model and out-of-hours cover",
        "kind": "internal_message",
        "source": "Head of Economic and Cyber Crime, Midshire Police",
        "source_reference": "Force message 2019/2214",
        "url": "",
        "summary": (
            "Sets out the unit's hours of business, the on-call arrangement with the Central ROCU "
            "cyber team, and the first-response guidance issued to control room staff."
        ),
        "evidence_date": "2019-11-18",
        "covers_from": "2019-11-18",
        "covers_to": None,
        "review_by": "2020-05-31",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-052",
        "title": "National Risk Register of Civil Emergencies",
        "kind": "national_document",
        "source": "Cabinet Office",
        "source_reference": "2017 edition",
        "url": (
            "https://www.gov.uk/government/publications/"
            "national-risk-register-of-civil-emergencies-2017-edition"
        ),
        "summary": (
            "The public version of the national assessment of civil emergency risks, used by "
            "local resilience forums to prepare their own community risk registers."
        ),
        "evidence_date": "2017-09-14",
        "covers_from": None,
        "covers_to": None,
        "review_by": "2020-09-30",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-053",
        "title": "JESIP joint doctrine: the interoperability framework",
        "kind": "national_document",
        "source": "Joint Emergency Services Interoperability Programme (JESIP)",
        "source_reference": "Edition 2",
        "url": "",
        "summary": (
            "Sets out the principles for joint working, the joint decision model and the M/ETHANE "
            "reporting format used by police, fire and ambulance commanders."
        ),
        "evidence_date": "2016-07-01",
        "covers_from": None,
        "covers_to": None,
        "review_by": "2019-07-31",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-054",
        "title": "Midshire Local Resilience Forum community risk register, 2018 edition",
        "kind": "risk_register",
        "source": "Midshire Local Resilience Forum",
        "source_reference": "2018 edition",
        "url": "",
        "summary": (
            "The forum's assessment of the highest civil emergency risks for the county, with the "
            "lead agency and planning arrangements for each."
        ),
        "evidence_date": "2018-04-30",
        "covers_from": "2018-05-01",
        "covers_to": "2019-04-30",
        "review_by": "2019-06-30",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-055",
        "title": "Midshire Local Resilience Forum community risk register, 2019 edition",
        "kind": "risk_register",
        "source": "Midshire Local Resilience Forum",
        "source_reference": "2019 edition",
        "url": "",
        "summary": (
            "Refreshed register. The same seven highest risks are retained, with pandemic "
            "influenza still rated the most severe and flooding the most likely."
        ),
        "evidence_date": "2019-07-01",
        "covers_from": "2019-07-01",
        "covers_to": "2020-06-30",
        "review_by": "2020-06-30",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-056",
        "title": "Tactical adviser on-call rota for civil emergencies",
        "kind": "internal_message",
        "source": "Midshire Police Operations Planning",
        "source_reference": "Force message 2018/2401",
        "url": "",
        "summary": (
            "Confirms a pool of 11 tactical advisers providing 24-hour cover for public order, "
            "CBRN, search and disaster victim identification."
        ),
        "evidence_date": "2018-11-12",
        "covers_from": "2018-11-12",
        "covers_to": None,
        "review_by": "2020-11-30",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-057",
        "title": "Exercise Glass Lantern: CBRN initial response exercise debrief",
        "kind": "exercise_debrief",
        "source": "Midshire Police Emergency Planning",
        "source_reference": "Debrief report, November 2017",
        "url": "",
        "summary": (
            "Debrief of a single-day exercise of the initial operational response to a chemical "
            "incident. Found that some responders' refresher training had lapsed."
        ),
        "evidence_date": "2017-11-17",
        "covers_from": "2017-10-25",
        "covers_to": "2017-10-25",
        "review_by": "2018-11-30",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-058",
        "title": "CBRN responder training record, as at 30 September 2019",
        "kind": "training_record",
        "source": "Midshire Police Learning and Development",
        "source_reference": "",
        "url": "",
        "summary": (
            "Confirms 300 trained and in-date CBRN responders in the force, part of 525 across "
            "the Central region."
        ),
        "evidence_date": "2019-09-30",
        "covers_from": "2018-10-01",
        "covers_to": "2019-09-30",
        "review_by": "2020-09-30",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-059",
        "title": "JESIP commander training record",
        "kind": "training_record",
        "source": "Midshire Police Learning and Development",
        "source_reference": "",
        "url": "",
        "summary": (
            "Lists the strategic, tactical and operational commanders who have completed JESIP "
            "training, with refresher dates and multi-agency exercises attended."
        ),
        "evidence_date": "2019-10-31",
        "covers_from": "2017-04-01",
        "covers_to": "2019-10-31",
        "review_by": "2020-10-31",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-060",
        "title": "Exercise Riverbank: multi-agency flooding exercise debrief",
        "kind": "exercise_debrief",
        "source": "Midshire Local Resilience Forum",
        "source_reference": "Debrief report, December 2019",
        "url": "",
        "summary": (
            "Debrief of a tabletop and control room exercise on widespread river flooding, "
            "testing the strategic coordinating group and the warning and informing cascade."
        ),
        "evidence_date": "2019-12-06",
        "covers_from": "2019-11-13",
        "covers_to": "2019-11-13",
        "review_by": "2021-12-31",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-061",
        "title": "Working Together to Safeguard Children",
        "kind": "national_document",
        "source": "HM Government",
        "source_reference": "July 2018 edition",
        "url": (
            "https://www.gov.uk/government/publications/working-together-to-safeguard-children--2"
        ),
        "summary": (
            "Statutory guidance on inter-agency working to safeguard children, including the new "
            "local safeguarding partner arrangements led jointly by councils, police and health."
        ),
        "evidence_date": "2018-07-04",
        "covers_from": None,
        "covers_to": None,
        "review_by": "2021-07-31",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-062",
        "title": "Recorded child abuse offences in Midshire, 2014 to 2018",
        "kind": "performance_data",
        "source": "Midshire Police Performance and Insight",
        "source_reference": "",
        "url": "",
        "summary": (
            "Trend analysis showing recorded child abuse offences rose by 173% between 2014 and "
            "2018, driven by better recording and more victims coming forward."
        ),
        "evidence_date": "2019-01-25",
        "covers_from": "2014-01-01",
        "covers_to": "2018-12-31",
        "review_by": "2020-04-30",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-063",
        "title": "Online child sexual exploitation team: demand and tasking review",
        "kind": "performance_data",
        "source": "Midshire Police Public Protection",
        "source_reference": "",
        "url": "",
        "summary": (
            "Three-year review of referrals to the online team, most from NCA CEOP. Demand rose "
            "by 45% over the period, with a growing queue of lower-risk referrals."
        ),
        "evidence_date": "2019-02-22",
        "covers_from": "2016-02-01",
        "covers_to": "2019-01-31",
        "review_by": "2020-05-31",
        "classification": "OFFICIAL-SENSITIVE",
    },
    {
        "ref": "EV-064",
        "title": "National child protection inspection: Midshire Police",
        "kind": "inspection_report",
        "source": "HMICFRS",
        "source_reference": "Force report, June 2018",
        "url": "",
        "summary": (
            "Inspection of the force's child protection work from first contact to investigation. "
            "Recognised the strength of the multi-agency hubs and recommended faster action on "
            "online referrals."
        ),
        "evidence_date": "2018-06-28",
        "covers_from": "2017-10-01",
        "covers_to": "2018-03-31",
        "review_by": "2020-06-30",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-065",
        "title": "National child protection inspection: post-inspection review, Midshire Police",
        "kind": "inspection_report",
        "source": "HMICFRS",
        "source_reference": "Post-inspection review, September 2019",
        "url": "",
        "summary": (
            "Review of progress against the 2018 recommendations. Found clear progress on "
            "supervision and the multi-agency enquiry teams, and some remaining delay in the "
            "online team."
        ),
        "evidence_date": "2019-09-26",
        "covers_from": "2018-07-01",
        "covers_to": "2019-07-31",
        "review_by": "2021-03-31",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-066",
        "title": "Midshire Safeguarding Children Partnership: published safeguarding arrangements",
        "kind": "agreement",
        "source": (
            "Midshire County Council, Midshire Police and Midshire clinical commissioning groups"
        ),
        "source_reference": "Published June 2019",
        "url": "",
        "summary": (
            "The three safeguarding partners' arrangements replacing the local safeguarding "
            "children board from September 2019, including joint funding and scrutiny."
        ),
        "evidence_date": "2019-06-28",
        "covers_from": "2019-09-29",
        "covers_to": None,
        "review_by": "2020-09-30",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-067",
        "title": "Multi-agency enquiry teams: performance summary, April to October 2019",
        "kind": "performance_data",
        "source": "Midshire Police Public Protection",
        "source_reference": "",
        "url": "",
        "summary": (
            "Shows that the seven multi-agency enquiry teams handle up to 40% of child abuse "
            "incidents, with timeliness of strategy discussions and outcomes."
        ),
        "evidence_date": "2019-11-22",
        "covers_from": "2019-04-01",
        "covers_to": "2019-10-31",
        "review_by": "2020-05-31",
        "classification": "OFFICIAL",
    },
    {
        "ref": "EV-068",
        "title": "Specialist child abuse investigator development programme: training record",
        "kind": "training_record",
        "source": "Midshire Police Learning and Development",
        "source_reference": "",
        "url": "",
        "summary": (
            "Lists detectives trained on the national specialist child abuse investigator "
            "programme, by unit, with those awaiting a course."
        ),
        "evidence_date": "2019-12-13",
        "covers_from": "2018-04-01",
        "covers_to": "2019-11-30",
        "review_by": "2020-12-31",
        "classification": "OFFICIAL",
    },
]


# Reporting periods. Threats and the five Cs appear in 2015 edition order.
PERIODS = {
    "2018/19": {
        "starts_on": "2018-04-01",
        "ends_on": "2019-03-31",
        "threats": {
            "terrorism": {
                "context": (
                    "The national threat level, set by the Joint Terrorism Analysis Centre, has "
                    "stood at SEVERE since August 2014, meaning an attack is highly likely. It "
                    "was raised to CRITICAL on two occasions in 2017, each time for a few days "
                    "after an attack [@EV-009]. The national strategy describes a threat that is "
                    "more varied and quicker to develop than before, with many plots now "
                    "involving lone individuals using simple weapons [@EV-008, p13-15].\n\n"
                    "Since March 2017 the police and security and intelligence agencies have "
                    "stopped 18 attack plots: 14 inspired by Islamist ideology and 4 by extreme "
                    "right-wing ideology [@EV-009]. Local assessment mirrors this picture. The "
                    "Midshire profile shows both ideologies present in the county, with online "
                    "radicalisation of young people a recurring theme [@EV-010].\n\n"
                    "### Pursue\n\n"
                    "Investigations into terrorism are led by the Central Counter Terrorism Unit "
                    "(CTU), which delivers CONTEST on behalf of the region's forces across "
                    "Pursue, Prevent, Protect and Prepare, supported by shared enabling services "
                    "[@EV-008, p31-33]. Midshire officers support CTU operations with arrests, "
                    "searches, surveillance support and community reassurance.[^The CTU is hosted "
                    "by a neighbouring force and funded by a national counter terrorism policing "
                    "grant.]\n\n"
                    "### Prevent\n\n"
                    "Prevent officers work with the county and district councils, schools, health "
                    "and the probation service. Referrals are assessed by the police and, where "
                    "there is a risk of radicalisation, discussed at Channel panels chaired by "
                    "the local authority [@EV-008, p39-41]. The 2018 local profile sets the "
                    "priority places and themes for this work [@EV-010].\n\n"
                    "### Protect\n\n"
                    "Counter terrorism security advisers give protective security advice to "
                    "owners of crowded places, transport hubs and major events. Their work is "
                    "prioritised against the local profile and national guidance on crowded "
                    "places [@EV-008, p53-55].\n\n"
                    "### Prepare\n\n"
                    "The force maintains plans for the first hour of a marauding terrorist "
                    "attack, tested with fire and ambulance colleagues. Commanders apply the "
                    "JESIP principles so that the three services share one picture of the "
                    "incident [@EV-053, p12-15].\n\n"
                    "### Counter terrorism firearms\n\n"
                    "Following the 2015 Paris attacks the government funded an uplift in armed "
                    "policing, including counter terrorism specialist firearms officers. The "
                    "force's share of that uplift is due to be complete by the end of March 2019, "
                    "and central funding for it is committed to March 2021 [@EV-014]. British "
                    "Transport Police opened a firearms hub in the region in May 2018, which adds "
                    "armed capacity on the rail network [@EV-017]."
                ),
                "dimensions": {
                    "capacity": {
                        "rating": "meets",
                        "state": "approved",
                        "narrative": (
                            "The Strategic Policing Requirement asks forces to have regard to the "
                            "national capacity needed to reduce the risk from terrorism, as set "
                            "out in CONTEST [@EV-001, p11]. The national outcomes under each "
                            "strand are reflected in the force's local CONTEST plan, which the "
                            "force CONTEST board reviews every quarter [@EV-012].\n\n"
                            "The force management statement sets out the staff the force expects "
                            "to need for counter terrorism work over four years, including the "
                            "armed uplift and Prevent posts [@EV-003, p41-43]. The commissioner "
                            "has had regard to the requirement in the police and crime plan, "
                            "which names terrorism as a national threat to which Midshire must "
                            "contribute [@EV-002, p18]."
                        ),
                        "gaps": "",
                    },
                    "contribution": {
                        "rating": "meets",
                        "state": "approved",
                        "narrative": (
                            "Midshire contributes detectives, intelligence staff and Prevent "
                            "officers to the Central CTU and to its local counter terrorism "
                            "liaison team. It also provides armed officers to the regional and "
                            "national pool of specialist firearms capacity [@EV-012].\n\n"
                            "The force has funded armed uplift posts from the national grant "
                            "since 2016. The grant letter confirms the force's allocation and "
                            "warns that central funding ends in March 2021 [@EV-014]. Progress "
                            "with the uplift is reported to the chief officer group every "
                            "quarter; in January 2019 the force had reached 88% of its target, "
                            "with two further courses booked before the end of March [@EV-015]."
                        ),
                        "gaps": "",
                    },
                    "capability": {
                        "rating": "meets",
                        "state": "approved",
                        "narrative": (
                            "The force can provide an armed response to a marauding terrorist "
                            "attack at any time, supported by specialist firearms officers, "
                            "firearms commanders and tactical advisers. Its plans for the first "
                            "hour of such an attack were reviewed by the force CONTEST board in "
                            "December 2018 [@EV-012].\n\n"
                            "Counter terrorism security advisers and Prevent officers are in post "
                            "and trained to national standards. The force's profile work and its "
                            "Prevent case management are rated by the CTU as effective, and "
                            "Channel referrals are dealt with promptly [@EV-010]."
                        ),
                        "gaps": "",
                    },
                    "consistency": {
                        "rating": "meets",
                        "state": "approved",
                        "narrative": (
                            "Armed officers are trained and accredited to the national curriculum "
                            "for armed policing, so that officers from different forces can be "
                            "deployed together under one command structure [@EV-001, p17]. "
                            "Specialist firearms officers follow the common tactics and equipment "
                            "set by the national counter terrorism policing network [@EV-015].\n\n"
                            "Commanders apply the JESIP joint decision model, which gives police, "
                            "fire and ambulance a shared way of deciding and acting at a "
                            "terrorist incident. The same model is used in joint exercises, so "
                            "commanders from different services are familiar with it before a "
                            "real attack [@EV-053, p21]."
                        ),
                        "gaps": "",
                    },
                    "connectivity": {
                        "rating": "partially-meets",
                        "state": "approved",
                        "narrative": (
                            "The CTU links local policing to the national counter terrorism "
                            "network and to the Security Service, so that intelligence and "
                            "tasking pass quickly between them [@EV-008, p80-81]. Armed resources "
                            "can be requested from neighbouring forces through the regional "
                            "arrangements and nationally through the National Police Coordination "
                            "Centre [@EV-022, s.4].\n\n"
                            "British Transport Police has proposed a memorandum of understanding "
                            "on how its new firearms hub and Midshire firearms officers will "
                            "support each other [@EV-017]. Work on the memorandum has not yet "
                            "started, so joint deployments rely on interim command protocols "
                            "agreed at the December 2018 board [@EV-012]."
                        ),
                        "gaps": (
                            "- There is no agreed memorandum of understanding with British "
                            "Transport Police for its firearms hub; interim command protocols are "
                            "in use."
                        ),
                    },
                },
            },
            "public-order": {
                "context": (
                    "The Strategic Policing Requirement expects forces to be able to respond to "
                    "public disorder that spreads across force boundaries, and to supply officers "
                    "to other forces when asked [@EV-001, p13]. The national requirement sets the "
                    "total number of police support units the country needs and each force's "
                    "share of that total [@EV-021, p4].\n\n"
                    "Locally, public order demand comes mainly from protest and counter-protest, "
                    "football, the night-time economy and occasional community tension. The "
                    "force's strategic threat and risk assessment is refreshed every 12 months "
                    "and sets the level of trained staff, commanders and equipment needed "
                    "[@EV-023].\n\n"
                    "Demand for mutual aid was high in 2018. The July 2018 presidential visit was "
                    "the largest national mobilisation of the year, and Midshire supplied 22 "
                    "police support units over six days [@EV-028]."
                ),
                "dimensions": {
                    "capacity": {
                        "rating": "meets",
                        "state": "approved",
                        "narrative": (
                            "The national requirement expresses national capacity as a number of "
                            "police support units, each made up of an inspector, three sergeants, "
                            "eighteen constables and drivers, able to mobilise within set times "
                            "[@EV-021, p7-8]. The force has regard to that requirement through "
                            "its strategic threat and risk assessment and its annual workforce "
                            "plan [@EV-023].\n\n"
                            "The force management statement shows that public order training and "
                            "equipment are planned over four years to keep the force within its "
                            "national share. It also sets out how officers lost through "
                            "retirement and promotion will be replaced on the Level 2 course "
                            "programme [@EV-003, p52]."
                        ),
                        "gaps": "",
                    },
                    "contribution": {
                        "rating": "meets",
                        "state": "approved",
                        "narrative": (
                            "The National Police Coordination Centre has confirmed a national "
                            "commitment of 21 police support units for Midshire, with a primary "
                            "mobilisation of 3 units available at short notice [@EV-030]. During "
                            "the July 2018 presidential visit the force supplied 22 units over "
                            "six days, above its commitment, while keeping local policing running "
                            "[@EV-028].\n\n"
                            "The host force's feedback rated Midshire units well for briefing, "
                            "equipment and conduct. It asked for better information on welfare "
                            "breaks for long shifts, which has been built into planning [@EV-029]."
                        ),
                        "gaps": "",
                    },
                    "capability": {
                        "rating": "meets",
                        "state": "approved",
                        "narrative": (
                            "About 1,300 constables are trained and in date to Level 2 public "
                            "order standard, and 80% of response officers hold the qualification, "
                            "giving resilience when officers are drawn from their normal duties "
                            "[@EV-025]. Public order commanders, tactical advisers and medics are "
                            "trained in numbers set by the threat assessment [@EV-023].\n\n"
                            "In January 2019 the force brought 42 new public order carriers into "
                            "service, built to the national specification and replacing vehicles "
                            "more than ten years old. The new fleet removes the shortage of "
                            "serviceable carriers found when the region tested full mobilisation "
                            "in September 2018 [@EV-031]."
                        ),
                        "gaps": "",
                    },
                    "consistency": {
                        "rating": "meets",
                        "state": "approved",
                        "narrative": (
                            "Level 2 training follows the national curriculum, so Midshire "
                            "officers use the same tactics, signals and equipment as units from "
                            "other forces [@EV-021, para 3.2]. The September 2018 regional "
                            "exercise showed that units from the four forces could be formed into "
                            "one command structure without difficulty [@EV-027]."
                        ),
                        "gaps": "",
                    },
                    "connectivity": {
                        "rating": "partially-meets",
                        "state": "approved",
                        "narrative": (
                            "Mutual aid is requested and coordinated through the National Police "
                            "Coordination Centre, which tracks the units available and allocates "
                            "them to requesting forces [@EV-022, s.2]. In September 2018 the "
                            "region mobilised 33 police support units in an exercise that met the "
                            "national timings at 10%, 40%, 60% and 100% mobilisation [@EV-027].\n"
                            "\nUnits communicate on Airwave, which works across all forces. The "
                            "national programme to replace Airwave with the Emergency Services "
                            "Network has been delayed, and there is not yet a confirmed date for "
                            "the force to move across [@EV-003, p88]."
                        ),
                        "gaps": (
                            "- The timetable for moving from Airwave to the Emergency Services "
                            "Network is not confirmed, so interoperability of future public order "
                            "communications cannot yet be assured."
                        ),
                    },
                },
            },
            "serious-organised-crime": {
                "context": (
                    "The National Crime Agency assesses that serious and organised crime affects "
                    "more people in the UK, more often, than any other national security threat. "
                    "Drug supply, including county lines, firearms, modern slavery and fraud are "
                    "the main harms [@EV-036, p10].\n\n"
                    "The new national strategy, published in November 2018, asks all agencies to "
                    "use their full range of powers against the most harmful offenders and to "
                    "build resilience in communities [@EV-035, p8-9]. In Midshire the main "
                    "threats are drug supply networks running lines into market towns, organised "
                    "acquisitive crime and the exploitation of vulnerable adults and children "
                    "[@EV-040]."
                ),
                "dimensions": {
                    "capacity": {
                        "rating": "meets",
                        "state": "approved",
                        "narrative": (
                            "The Strategic Policing Requirement asks forces to have regard to the "
                            "national capacity to identify, disrupt and dismantle organised crime "
                            "groups [@EV-001, p10]. The national strategy sets this out through "
                            "the four Ps of Pursue, Prevent, Protect and Prepare, which the force "
                            "has adopted as the structure for all its plans against organised "
                            "crime [@EV-035, p23].\n\n"
                            "The force management statement records current demand from organised "
                            "crime and projects the investigative and intelligence capacity "
                            "needed to meet it. It expects county lines and the exploitation of "
                            "vulnerable people to add to that demand over the next four years "
                            "[@EV-003, p60-62]."
                        ),
                        "gaps": "",
                    },
                    "contribution": {
                        "rating": "meets",
                        "state": "approved",
                        "narrative": (
                            "Midshire is the largest contributor to the Central ROCU, funding 57% "
                            "of its core budget under the regional collaboration agreement "
                            "[@EV-038].[^The ROCU is funded jointly by the four forces of the "
                            "Central region.] The force also seconds detectives, analysts and "
                            "specialist staff to the unit.\n\n"
                            "Every mapped organised crime group has a named lead responsible "
                            "officer, who owns a 4P plan setting out the action to be taken "
                            "against the group [@EV-040]. Inspectors judged the force good at "
                            "tackling serious and organised crime, with almost double the "
                            "national rate of disruptions per 100 groups [@EV-005, p24-26]."
                        ),
                        "gaps": "",
                    },
                    "capability": {
                        "rating": "meets",
                        "state": "approved",
                        "narrative": (
                            "The force has its own serious organised crime unit, covert "
                            "capability and financial investigators, and draws on ROCU "
                            "capabilities such as regional asset recovery, undercover policing "
                            "and specialist surveillance [@EV-038].\n\n"
                            "National transformation funding has allowed the ROCU to expand some "
                            "capabilities, including dark web and intelligence development teams. "
                            "That funding has been confirmed only until April 2021, and the "
                            "region has been asked to plan how the capabilities will be sustained "
                            "after that date [@EV-039]."
                        ),
                        "gaps": "",
                    },
                    "consistency": {
                        "rating": "meets",
                        "state": "approved",
                        "narrative": (
                            "Organised crime groups are mapped and scored using the national "
                            "methodology, so that threats can be compared across forces and with "
                            "national agencies [@EV-040]. The ROCU provides the core capabilities "
                            "that the national strategy expects every region to hold, to a common "
                            "standard [@EV-035, p52]."
                        ),
                        "gaps": "",
                    },
                    "connectivity": {
                        "rating": "meets",
                        "state": "approved",
                        "narrative": (
                            "The force takes part in the regional tasking and coordination group, "
                            "which decides how ROCU resources are used, and through it in the "
                            "national process led by the National Crime Agency [@EV-035, "
                            "p36-39].\n\n"
                            "Partners including local authorities, the immigration service and "
                            "the tax authorities share information through the regional "
                            "government agency intelligence network, which supports action "
                            "against groups that cannot be tackled by police powers alone "
                            "[@EV-036, p25]."
                        ),
                        "gaps": "",
                    },
                },
            },
            "cyber": {
                "context": (
                    "The National Cyber Security Centre assesses the threat to the UK from cyber "
                    "attack as high and growing. In its second year it dealt with more than 550 "
                    "significant incidents, most linked to hostile states or organised criminals "
                    "[@EV-045, p6].\n\n"
                    "The Strategic Policing Requirement asks forces to be ready to respond to a "
                    "national cyber security incident, which could disrupt essential services or "
                    "harm many victims at once [@EV-001, p14]. Most of the cyber-dependent crime "
                    "reported in Midshire is smaller in scale, such as hacking of social media "
                    "and email accounts, ransomware against small businesses and denial of "
                    "service attacks."
                ),
                "dimensions": {
                    "capacity": {
                        "rating": "partially-meets",
                        "state": "approved",
                        "narrative": (
                            "National capacity is built in three tiers: the National Crime "
                            "Agency's cyber crime unit, regional cyber crime units in each ROCU, "
                            "and local force units [@EV-001, p14]. The force set up its own cyber "
                            "crime unit in 2017/18 using £64,600 from the Police Transformation "
                            "Fund [@EV-047].\n\n"
                            "The unit is not yet at full strength. Two posts are vacant and "
                            "digital forensic support is shared with other crime types, which "
                            "limits how many cases the unit can take on [@EV-003, p71]."
                        ),
                        "gaps": (
                            "- The cyber crime unit has two vacant posts and relies on shared "
                            "digital forensic support."
                        ),
                    },
                    "contribution": {
                        "rating": "meets",
                        "state": "approved",
                        "narrative": (
                            "The force receives reports of cyber-dependent crime from Action "
                            "Fraud and investigates those allocated to it, passing more serious "
                            "cases to the Central ROCU cyber team. It also gives protect advice "
                            "to victims and to local businesses [@EV-047]."
                        ),
                        "gaps": "",
                    },
                    "capability": {
                        "rating": "does-not-meet",
                        "state": "approved",
                        "narrative": (
                            "Inspectors asked the force to improve its ability to investigate "
                            "cyber-dependent crime, finding that capability was limited and that "
                            "some officers lacked the skills to advise victims [@EV-005, p19]. A "
                            "further £24,740 from the Police Transformation Fund arrived in "
                            "October 2018 for investigation tools, but the tools are not yet "
                            "fully installed [@EV-048].\n\n"
                            "The unit works office hours only. Outside those hours there is no "
                            "specialist advice in the force, and control room staff have no "
                            "agreed guidance on first response to a cyber incident. The force "
                            "management statement identifies both as gaps to be closed in 2019/20 "
                            "[@EV-003, p71]."
                        ),
                        "gaps": (
                            "- Investigation tools funded in October 2018 are not yet fully "
                            "installed.\n"
                            "- No specialist cyber advice is available out of hours.\n"
                            "- Control room staff lack first-response guidance for cyber "
                            "incidents."
                        ),
                    },
                    "consistency": {
                        "rating": "partially-meets",
                        "state": "approved",
                        "narrative": (
                            "The national cyber crime programme has published minimum standards "
                            "for local cyber units, covering roles, training and protect "
                            "activity. The force meets the standards on structure but not yet on "
                            "training, because several staff are still completing the core "
                            "courses [@EV-003, p72]."
                        ),
                        "gaps": (
                            "- Not all cyber crime unit staff have completed the nationally "
                            "specified core training."
                        ),
                    },
                    "connectivity": {
                        "rating": "meets",
                        "state": "approved",
                        "narrative": (
                            "Cases are passed between the force, the ROCU cyber team and the "
                            "National Crime Agency through the national tasking process, and the "
                            "ROCU acts as the link to the National Cyber Security Centre for "
                            "significant incidents [@EV-045, p22-23]. These arrangements were "
                            "used successfully when a Midshire business was affected by "
                            "ransomware in 2018."
                        ),
                        "gaps": "",
                    },
                },
            },
            "civil-emergencies": {
                "context": (
                    "The Strategic Policing Requirement asks forces to plan for civil emergencies "
                    "that need a national response, such as pandemic disease, severe flooding or "
                    "a major industrial accident [@EV-001, p15]. The national risk register sets "
                    "out the likelihood and impact of these risks for the country [@EV-052, "
                    "p10].\n\n"
                    "The Midshire Local Resilience Forum keeps a community risk register, which "
                    "it reviews each year against the national register and local experience. The "
                    "seven highest risks for the county are:\n\n"
                    "- influenza-type pandemic disease\n"
                    "- flooding\n"
                    "- severe weather\n"
                    "- environmental pollution and industrial accidents\n"
                    "- loss of critical infrastructure\n"
                    "- fuel shortages\n"
                    "- transport accidents\n\n"
                    "Each risk has a lead agency and a plan. The police take the lead in "
                    "coordinating the response to most sudden-impact emergencies, such as a major "
                    "transport accident or an industrial fire, until the recovery phase begins "
                    "[@EV-054]."
                ),
                "dimensions": {
                    "capacity": {
                        "rating": "meets",
                        "state": "approved",
                        "narrative": (
                            "National capacity for civil emergencies rests on local resilience "
                            "forums, supported by national arrangements for mutual aid and "
                            "specialist capabilities [@EV-052, p22-25]. The force has regard to "
                            "this through its membership of the resilience forum and its own "
                            "contingency plans, which are reviewed against the community risk "
                            "register [@EV-054]."
                        ),
                        "gaps": "",
                    },
                    "contribution": {
                        "rating": "meets",
                        "state": "approved",
                        "narrative": (
                            "The force has 11 tactical advisers on call around the clock, "
                            "covering public order, chemical, biological, radiological and "
                            "nuclear (CBRN) incidents, search and disaster victim identification "
                            "[@EV-056]. It chairs the forum's tactical business group and "
                            "provides the strategic coordinating group chair for most "
                            "sudden-impact emergencies [@EV-054]."
                        ),
                        "gaps": "",
                    },
                    "capability": {
                        "rating": "partially-meets",
                        "state": "approved",
                        "narrative": (
                            "Trained CBRN responders form part of the region's initial "
                            "operational response to a chemical or radiological release. The 2017 "
                            "exercise found that some responders' refresher training had lapsed, "
                            "and the force has since been working through a recovery plan "
                            "[@EV-057].\n\n"
                            "Commanders at strategic, tactical and operational level are trained "
                            "in the JESIP principles, and the force holds plans for mass "
                            "fatalities, evacuation and shelter that have been tested with "
                            "partners [@EV-053, p6]."
                        ),
                        "gaps": (
                            "- Refresher training for a number of CBRN responders lapsed in 2017 "
                            "and has not yet been fully recovered."
                        ),
                    },
                    "consistency": {
                        "rating": "meets",
                        "state": "approved",
                        "narrative": (
                            "The force uses the JESIP joint doctrine with fire, ambulance and "
                            "local authorities, including the M/ETHANE format for first reports "
                            "and the joint decision model [@EV-053, p12-15]. CBRN equipment and "
                            "training follow the national specification, so responders can be "
                            "deployed alongside those of other forces [@EV-057]."
                        ),
                        "gaps": "",
                    },
                    "connectivity": {
                        "rating": "meets",
                        "state": "approved",
                        "narrative": (
                            "The force works through the resilience forum and, when an emergency "
                            "is declared, the strategic coordinating group, which brings together "
                            "all responding agencies. Mutual aid is requested through the "
                            "National Police Coordination Centre [@EV-022, annex B]."
                        ),
                        "gaps": "",
                    },
                },
            },
            "child-sexual-abuse": {
                "context": (
                    "The 2015 Strategic Policing Requirement added child sexual abuse to the "
                    "national threats, recognising that abuse often crosses force boundaries and "
                    "increasingly takes place online [@EV-001, p9]. The National Crime Agency "
                    "reports rising referrals of online abuse from industry, most passed to "
                    "forces through its CEOP command [@EV-036, p31].\n\n"
                    "Recorded child abuse offences in Midshire rose by 173% between 2014 and "
                    "2018. Much of the rise reflects better recording and more victims coming "
                    "forward, including survivors of non-recent abuse [@EV-062]. Demand on the "
                    "online child sexual exploitation team has risen by 45% over the last three "
                    "years [@EV-063]."
                ),
                "dimensions": {
                    "capacity": {
                        "rating": "partially-meets",
                        "state": "approved",
                        "narrative": (
                            "The requirement asks forces to have regard to the capacity needed to "
                            "protect children from abuse and to pursue offenders, including those "
                            "who offend online [@EV-001, p9]. The force has added officers to its "
                            "public protection teams, but demand has grown faster than capacity, "
                            "particularly for online referrals [@EV-063].\n\n"
                            "The force management statement forecasts further growth in online "
                            "demand and identifies the online team as an area where capacity "
                            "needs to increase. A review of the team's structure and staffing "
                            "will report to chief officers in 2019/20 [@EV-003, p33-35]."
                        ),
                        "gaps": (
                            "- The online child sexual exploitation team has a queue of "
                            "lower-risk referrals awaiting action.\n"
                            "- Growth in public protection capacity has not kept pace with demand."
                        ),
                    },
                    "contribution": {
                        "rating": "meets",
                        "state": "approved",
                        "narrative": (
                            "The force acts on referrals from NCA CEOP and shares intelligence on "
                            "offenders who use the internet to abuse children with other forces "
                            "and the National Crime Agency [@EV-063]. Victims' images identified "
                            "during investigations are uploaded to the national Child Abuse Image "
                            "Database."
                        ),
                        "gaps": "",
                    },
                    "capability": {
                        "rating": "meets",
                        "state": "approved",
                        "narrative": (
                            "The force works through 7 multi-agency safeguarding hubs and 7 "
                            "multi-agency enquiry teams, supported by 4 hubbed child abuse "
                            "investigation units and 4 complex investigation teams for the most "
                            "serious and non-recent cases [@EV-064, p9-11]. Inspectors found the "
                            "hubs effective at sharing information and deciding what should "
                            "happen next for children [@EV-064, p14]."
                        ),
                        "gaps": "",
                    },
                    "consistency": {
                        "rating": "meets",
                        "state": "approved",
                        "narrative": (
                            "The force follows the national statutory guidance on inter-agency "
                            "working to safeguard children, which sets common expectations for "
                            "all police forces and their partners [@EV-061, p19]. Investigations "
                            "follow national practice, and image categorisation uses the national "
                            "database so that results can be shared across forces [@EV-064, p22]."
                        ),
                        "gaps": "",
                    },
                    "connectivity": {
                        "rating": "meets",
                        "state": "approved",
                        "narrative": (
                            "The safeguarding hubs bring police, social care, health and "
                            "education together so decisions about a child are made jointly. The "
                            "three statutory partners are preparing new local safeguarding "
                            "arrangements required by the 2018 guidance [@EV-061, p73-77]."
                        ),
                        "gaps": "",
                    },
                },
            },
        },
    },
    "2019/20": {
        "starts_on": "2019-04-01",
        "ends_on": "2020-03-31",
        "threats": {
            "terrorism": {
                "context": (
                    "On 4 November 2019 the Joint Terrorism Analysis Centre lowered the national "
                    "threat level from SEVERE to SUBSTANTIAL, the first time it had stood below "
                    "SEVERE since August 2014. SUBSTANTIAL still means an attack is likely, and "
                    "the attacks in London at Fishmongers' Hall in November 2019 and in Streatham "
                    "in February 2020 show how real that risk remains [@EV-013].\n\n"
                    "The national strategy continues to frame the response under four strands, "
                    "with a stronger emphasis on sharing information with local partners and on "
                    "early intervention [@EV-008, p8]. The 2019 local profile records a rise in "
                    "Prevent referrals linked to extreme right-wing ideology alongside continuing "
                    "Islamist-inspired activity, with much radicalisation now taking place online "
                    "[@EV-011].\n\n"
                    "### Pursue\n\n"
                    "The Central Counter Terrorism Unit (CTU) continues to lead investigations "
                    "for the region. Midshire officers supported several CTU operations during "
                    "the year, including warrants and arrests, and neighbourhood teams gave "
                    "reassurance afterwards. The refreshed local profile has been briefed to "
                    "neighbourhood inspectors so they can recognise and report concerns "
                    "[@EV-011].\n\n"
                    "### Prevent\n\n"
                    "Between April and December 2019 Prevent referrals in Midshire rose compared "
                    "with the same period a year earlier, and more cases were adopted by Channel "
                    "panels [@EV-020]. Prevent officers also trained frontline staff in councils, "
                    "colleges and health services to recognise the signs of radicalisation "
                    "[@EV-008, p42-44].\n\n"
                    "### Protect\n\n"
                    "Counter terrorism security advisers made more visits to crowded places than "
                    "in 2018/19, concentrating on venues named in the local profile [@EV-020]. "
                    "Early protective security planning has begun for the 2022 Commonwealth "
                    "Games, which will bring large crowds to venues across the Central region "
                    "[@EV-011].\n\n"
                    "### Prepare\n\n"
                    "In June 2019 the CTU ran Exercise Stone Bridge, a two-day live exercise of "
                    "the response to a marauding terrorist attack with fire, ambulance and the "
                    "local authority [@EV-019]. The debrief found that the first response worked "
                    "well, and recommended changes to the way control rooms share early "
                    "information.\n\n"
                    "### Counter terrorism firearms\n\n"
                    "The force reached 92% of its specialist firearms uplift by the March 2019 "
                    "deadline. The commissioner approved a temporary departure on timing while "
                    "the remaining officers are trained [@EV-016]. Central funding for the uplift "
                    "is still due to end in March 2021 [@EV-014]. A draft memorandum with British "
                    "Transport Police on its firearms hub is awaiting legal review [@EV-018]."
                ),
                "dimensions": {
                    "capacity": {
                        "rating": "partially-meets",
                        "state": "submitted",
                        "narrative": (
                            "National capacity to counter terrorism rests on the outcomes in "
                            "CONTEST and on the armed uplift, which set a target number of "
                            "specialist firearms officers for each force [@EV-001, p12]. The "
                            "force did not reach its full target by 31 March 2019. Course "
                            "failures and transfers into other armed roles left it at 92% of the "
                            "target [@EV-016].\n\n"
                            "The force put a recovery plan in place, which was reported to the "
                            "force CONTEST board. By December 2019 the force had reached 97% of "
                            "its target, with a final course booked for March 2020 [@EV-013]. The "
                            "commissioner approved a temporary departure on the timing of the "
                            "uplift, which is recorded in the register of departures.[^See "
                            "departure DEP-001 in this paper.]\n\n"
                            "The uplift is paid for by a national grant committed only until "
                            "March 2021. The force strategic risk register rates the cost of "
                            "keeping the extra officers after that date as a high risk [@EV-007]."
                        ),
                        "gaps": (
                            "- Specialist firearms officer numbers are 3% below the uplift "
                            "target; the final course is due in March 2020.\n"
                            "- No central funding is confirmed for the uplift after March 2021."
                        ),
                    },
                    "contribution": {
                        "rating": "meets",
                        "state": "approved",
                        "narrative": (
                            "Midshire continues to provide detectives, analysts and Prevent "
                            "officers to the Central CTU, in line with the posts set out in the "
                            "force management statement [@EV-004, p44-46]. Its armed officers "
                            "contribute to the regional rota that supports national counter "
                            "terrorism operations.\n\n"
                            "Inspectors found that the force understands its role in tackling "
                            "national threats and works well with regional partners on counter "
                            "terrorism. They noted that local officers know how to pass "
                            "information about extremism to the CTU [@EV-006, p11]."
                        ),
                        "gaps": "",
                    },
                    "capability": {
                        "rating": "meets",
                        "state": "approved",
                        "narrative": (
                            "Exercise Stone Bridge tested armed response, casualty care and "
                            "command at a marauding terrorist attack. The three services met the "
                            "objectives for the first hour of the response [@EV-019]. The debrief "
                            "made six recommendations, the main one being a common channel for "
                            "the three control rooms during the first minutes of an attack.\n\n"
                            "Counter terrorism security advisers and Prevent officers are fully "
                            "staffed. The advisers completed more crowded-place visits this year "
                            "than last, and Prevent officers delivered awareness sessions to "
                            "frontline staff in councils, colleges and health services [@EV-020]."
                        ),
                        "gaps": "",
                    },
                    "consistency": {
                        "rating": "meets",
                        "state": "approved",
                        "narrative": (
                            "Specialist firearms officers are trained and accredited to the "
                            "national standard, so they can work alongside teams from other "
                            "forces and from British Transport Police under a single command "
                            "[@EV-016]. Commanders at every level have completed JESIP training, "
                            "so police, fire and ambulance use the same decision model at a "
                            "terrorist incident [@EV-059]."
                        ),
                        "gaps": "",
                    },
                    "connectivity": {
                        "rating": "partially-meets",
                        "state": "approved",
                        "narrative": (
                            "The CTU connects local policing with the national counter terrorism "
                            "network and the Security Service. Local profile findings are shared "
                            "with councils and other partners through the CONTEST partnership "
                            "[@EV-008, p81]. During Exercise Stone Bridge, tasking between the "
                            "CTU, the force and the other emergency services worked as intended "
                            "[@EV-019].\n\n"
                            "A draft memorandum of understanding with British Transport Police "
                            "sets out joint armed deployments, command and information sharing "
                            "[@EV-018]. Legal review of the draft has taken longer than planned, "
                            "so the interim protocols agreed in December 2018 remain in use "
                            "[@EV-013]."
                        ),
                        "gaps": (
                            "- The memorandum of understanding with British Transport Police is "
                            "still in draft; legal review is outstanding.\n"
                            "- Control room interoperability recommendations from Exercise Stone "
                            "Bridge are not yet implemented."
                        ),
                    },
                },
            },
            "public-order": {
                "context": (
                    "Protest activity rose nationally in 2019. The climate change protests in "
                    "London in April and October 2019 needed large mutual aid deployments from "
                    "forces across the country over several weeks [@EV-034]. The national "
                    "requirement for police support units and the mobilisation standards are "
                    "unchanged [@EV-021, p5].\n\n"
                    "The force refreshed its strategic threat and risk assessment in June 2019. "
                    "It identifies protest linked to climate change, football, and community "
                    "tension at protests and counter-protests as the main local threats "
                    "[@EV-024].\n\n"
                    "The 2022 Commonwealth Games will be the largest sporting event in the region "
                    "for many years. The assessment sets early planning assumptions for the "
                    "public order resources the Games will need, including mutual aid from other "
                    "forces [@EV-024]."
                ),
                "dimensions": {
                    "capacity": {
                        "rating": "meets",
                        "state": "approved",
                        "narrative": (
                            "The force continues to have regard to the national requirement for "
                            "police support units and to the mobilisation times it sets [@EV-021, "
                            "p7-8]. The 2019 force management statement plans Level 2 training, "
                            "commanders and vehicles to keep the force within its share of "
                            "national capacity up to 2023 [@EV-004, p53-55].\n\n"
                            "The 2019 threat assessment concludes that the force's current "
                            "establishment of trained officers is sufficient for forecast local "
                            "demand and its national commitment. It will be reviewed again in "
                            "June 2020, when the demands of the 2022 Commonwealth Games are "
                            "clearer [@EV-024]."
                        ),
                        "gaps": "",
                    },
                    "contribution": {
                        "rating": "meets",
                        "state": "approved",
                        "narrative": (
                            "At 30 September 2019 the force had 22 police support units available "
                            "for national mobilisation, one more than its commitment of 21, and "
                            "its primary mobilisation of 3 units was always available [@EV-032].\n"
                            "\nIn October 2019 the force sent units to the protests in London. "
                            "The host force's feedback praised their tactical discipline. It "
                            "noted that one unit arrived late because a carrier broke down, and "
                            "the fleet service has since changed its pre-deployment checks "
                            "[@EV-034]."
                        ),
                        "gaps": "",
                    },
                    "capability": {
                        "rating": "meets",
                        "state": "approved",
                        "narrative": (
                            "At the end of December 2019, 1,318 constables were in date for Level "
                            "2 public order, and 82% of response officers were trained. Refresher "
                            "courses were moved out of the summer months to reduce abstraction "
                            "[@EV-026].\n\n"
                            "The 42 carriers delivered in January 2019 are in service and have "
                            "been used on every mutual aid deployment this year. Public order "
                            "commanders, medics and tactical advisers are held at the numbers the "
                            "threat assessment recommends [@EV-031]."
                        ),
                        "gaps": "",
                    },
                    "consistency": {
                        "rating": "meets",
                        "state": "approved",
                        "narrative": (
                            "Training, tactics and equipment follow the national curriculum and "
                            "specification. During the October 2019 deployment Midshire units "
                            "worked within the host force's command structure without extra "
                            "briefing [@EV-034]. The force also runs joint Level 2 training days "
                            "with neighbouring forces to the standard set in the national "
                            "requirement [@EV-021, para 4.1]."
                        ),
                        "gaps": "",
                    },
                    "connectivity": {
                        "rating": "partially-meets",
                        "state": "submitted",
                        "narrative": (
                            "Mutual aid continues to be requested and coordinated through the "
                            "National Police Coordination Centre. The force's quarterly "
                            "availability returns feed directly into the national picture, so the "
                            "centre knows which Midshire units can be sent at short notice "
                            "[@EV-022, s.3].\n\n"
                            "The Emergency Services Network programme has been delayed again and "
                            "Airwave will be extended. The force's planning assumption is that it "
                            "will move to the new network in 2023/24, close to the 2022 "
                            "Commonwealth Games [@EV-033]. The strategic risk register rates the "
                            "transition timetable as a medium risk to interoperability [@EV-007]."
                        ),
                        "gaps": (
                            "- The move from Airwave to the Emergency Services Network is planned "
                            "for 2023/24, but the national timetable remains uncertain.\n"
                            "- A communications plan is needed so that mutual aid units at the "
                            "2022 Commonwealth Games can work together."
                        ),
                    },
                },
            },
            "serious-organised-crime": {
                "context": (
                    "The National Crime Agency's 2019 assessment reports continued growth in "
                    "county lines drug supply, more use of violence and weapons by supply "
                    "networks, and the exploitation of children and vulnerable adults to move "
                    "drugs and cash [@EV-037, p12-14]. The national strategy asks agencies to act "
                    "together against the most harmful offenders and to stop people being drawn "
                    "into organised crime [@EV-035, p15].\n\n"
                    "In Midshire, drug supply networks remain the most common type of organised "
                    "crime group, followed by organised acquisitive crime. The Central ROCU "
                    "recorded more disruptions against Midshire groups in the first three "
                    "quarters of 2019/20 than in the same period of 2018/19 [@EV-041].\n\n"
                    "Inspectors again found the force effective at tackling serious and organised "
                    "crime. They highlighted strong lead responsible officer arrangements and "
                    "good use of ancillary orders after conviction [@EV-006, p28]."
                ),
                "dimensions": {
                    "capacity": {
                        "rating": "partially-meets",
                        "state": "draft",
                        "narrative": (
                            "National capacity depends on regional units providing specialist "
                            "capabilities to a common standard [@EV-001, p10]. Several Central "
                            "ROCU capabilities, including intelligence development and online "
                            "investigation, are paid for by national transformation funding that "
                            "ends in April 2021 [@EV-039].\n\n"
                            "At its October 2019 meeting the regional governance board considered "
                            "the shortfall that will follow and asked for options to sustain the "
                            "capabilities. No decision has yet been taken [@EV-043]. The force "
                            "strategic risk register rates the loss of these capabilities as a "
                            "high risk to the national and regional response [@EV-007]."
                        ),
                        "gaps": (
                            "- There is no agreed plan to fund ROCU capabilities currently paid "
                            "for by transformation funding after April 2021.\n"
                            "- The force's share of any regional shortfall is not yet included in "
                            "the medium-term financial plan."
                        ),
                    },
                    "contribution": {
                        "rating": "meets",
                        "state": "approved",
                        "narrative": (
                            "Midshire still funds 57% of the Central ROCU's core budget under the "
                            "collaboration agreement, and seconds officers and staff to it "
                            "[@EV-038]. In 2019/20 the ROCU accepted a higher number of taskings "
                            "from Midshire than last year, most involving drug supply networks "
                            "[@EV-041].\n\n"
                            "Every mapped organised crime group continues to have a named lead "
                            "responsible officer and a 4P plan, and the force's disruption rate "
                            "remains well above the national average [@EV-006, p29]."
                        ),
                        "gaps": "",
                    },
                    "capability": {
                        "rating": "meets",
                        "state": "approved",
                        "narrative": (
                            "An internal audit of 4P plans in summer 2019 found most plans "
                            "current and well structured, with strong Pursue sections [@EV-042]. "
                            "Some Prevent and Protect sections did not include actions for "
                            "partners such as housing, education and licensing. The force has "
                            "issued new guidance and a template so that partner actions are "
                            "recorded [@EV-042].\n\n"
                            "The force's own serious organised crime unit, financial "
                            "investigators and covert teams are fully staffed. They are supported "
                            "by specialist ROCU capabilities, which Midshire used more often this "
                            "year than last, especially for surveillance and online investigation "
                            "[@EV-041]."
                        ),
                        "gaps": "",
                    },
                    "consistency": {
                        "rating": "meets",
                        "state": "approved",
                        "narrative": (
                            "Groups are mapped and scored using the national methodology, so that "
                            "Midshire, the ROCU and national agencies assess threats in the same "
                            "way [@EV-040]. The ROCU maintains the core capabilities that the "
                            "national strategy expects each region to hold, to a common standard "
                            "[@EV-035, p54]."
                        ),
                        "gaps": "",
                    },
                    "connectivity": {
                        "rating": "meets",
                        "state": "approved",
                        "narrative": (
                            "Regional tasking decides how ROCU resources are used. It links to "
                            "national tasking led by the National Crime Agency, so that the most "
                            "harmful groups receive the right level of attention [@EV-041]. The "
                            "regional governance board holds the chief constables and "
                            "commissioners of the region to account for the unit's performance "
                            "[@EV-043].\n\n"
                            "Partner agencies continue to share information through the regional "
                            "government agency intelligence network. This supports disruption "
                            "through immigration, tax and licensing powers where criminal charges "
                            "are not possible or would take too long [@EV-037, p40]."
                        ),
                        "gaps": "",
                    },
                },
            },
            "cyber": {
                "context": (
                    "The National Cyber Security Centre still assesses the cyber threat to the UK "
                    "as high and growing. Its 2019 review reported that it handled more incidents "
                    "than in the previous year, many involving ransomware and attempts to steal "
                    "data [@EV-046, p5].\n\n"
                    "The national strategy's progress report records that every police force now "
                    "has a dedicated cyber crime unit, a key step towards a consistent national "
                    "response [@EV-044, p36]. In Midshire, reports of cyber-dependent crime "
                    "passed on by Action Fraud rose during 2019, mainly hacking of personal "
                    "accounts and attacks on small businesses [@EV-050].\n\n"
                    "Between April and June 2019 the inspectorate examined the police response to "
                    "cyber-dependent crime in 11 forces, including Midshire. It found the "
                    "response generally good but inconsistent between forces, and doubted whether "
                    "local units could be sustained once central funding ends [@EV-049, p5]."
                ),
                "dimensions": {
                    "capacity": {
                        "rating": "meets",
                        "state": "approved",
                        "narrative": (
                            "National capacity continues to be built through the three tiers of "
                            "national, regional and local cyber units, now supported by national "
                            "performance measures [@EV-044, p18-19]. The Midshire cyber crime "
                            "unit reached its full establishment in June 2019. Its digital "
                            "forensic support is now a dedicated post rather than shared with "
                            "other crime types [@EV-004, p72].\n\n"
                            "The unit's caseload has stayed within its capacity despite the rise "
                            "in reports. This is because lower-risk cases, such as hacked social "
                            "media accounts, are now handled by trained local investigators with "
                            "advice from the unit [@EV-050]."
                        ),
                        "gaps": "",
                    },
                    "contribution": {
                        "rating": "meets",
                        "state": "approved",
                        "narrative": (
                            "The force investigates the Action Fraud reports allocated to it and "
                            "passes more complex cases to the ROCU cyber team. It also runs "
                            "protect events for businesses and community groups, in line with the "
                            "national protect campaign [@EV-050]. Inspectors described Midshire's "
                            "protect work with small businesses as effective [@EV-049, p28]."
                        ),
                        "gaps": "",
                    },
                    "capability": {
                        "rating": "partially-meets",
                        "state": "draft",
                        "narrative": (
                            "The investigation tools bought with Police Transformation Fund money "
                            "are now installed, and all unit staff have completed the national "
                            "core training [@EV-048]. Inspectors found that frontline officers' "
                            "knowledge of cyber-dependent crime still varies, and that first "
                            "advice to victims was not always right [@EV-049, p22-24].\n\n"
                            "The unit works during business hours. Out of hours, control room "
                            "staff follow new first-response guidance and can call on the ROCU "
                            "cyber team's on-call officer [@EV-051]. This differs from the "
                            "round-the-clock local specialist cover the national minimum "
                            "standards envisage. A departure has been proposed to the "
                            "commissioner while a regional on-call model is assessed.[^See "
                            "departure DEP-002 in this paper.]"
                        ),
                        "gaps": (
                            "- There is no local specialist cyber cover out of hours; reliance on "
                            "the ROCU on-call officer is subject to a proposed departure.\n"
                            "- Frontline officers' knowledge of cyber-dependent crime and victim "
                            "advice is inconsistent.\n"
                            "- The unit's funding after the Police Transformation Fund ends is "
                            "not yet secured in the force budget."
                        ),
                    },
                    "consistency": {
                        "rating": "meets",
                        "state": "approved",
                        "narrative": (
                            "The unit now meets the national minimum standards for local cyber "
                            "crime units on structure, training and protect activity, the last of "
                            "which it did not meet in 2018/19 [@EV-004, p73]. Cases are recorded "
                            "and reported against the national performance measures, so results "
                            "can be compared with other forces [@EV-049, p41]."
                        ),
                        "gaps": "",
                    },
                    "connectivity": {
                        "rating": "meets",
                        "state": "approved",
                        "narrative": (
                            "Cases pass between the force, the ROCU cyber team and the National "
                            "Crime Agency through the national tasking process. The ROCU links "
                            "the force to the National Cyber Security Centre for significant "
                            "incidents [@EV-046, p30]. The out-of-hours arrangement with the ROCU "
                            "gives control room staff a clear route to specialist advice "
                            "[@EV-051]."
                        ),
                        "gaps": "",
                    },
                },
            },
            "civil-emergencies": {
                "context": (
                    "The national risk register continues to rate pandemic influenza as the civil "
                    "emergency with the greatest potential impact, with widespread flooding and "
                    "severe weather also high [@EV-052, p12]. The Midshire Local Resilience Forum "
                    "refreshed its community risk register in July 2019 and kept the same seven "
                    "highest risks. Pandemic influenza remains the most severe and flooding the "
                    "most likely [@EV-055].\n\n"
                    "Storms in February 2020 caused flooding in parts of the Central region and "
                    "tested local plans for warning, evacuation and road closures. The force's "
                    "response was coordinated through the resilience forum's tactical "
                    "arrangements [@EV-060].\n\n"
                    "At the time of writing the resilience forum has started its pandemic "
                    "arrangements in response to the novel coronavirus (COVID-19). The force is "
                    "applying its pandemic influenza plans, including plans for high staff "
                    "absence [@EV-055]."
                ),
                "dimensions": {
                    "capacity": {
                        "rating": "meets",
                        "state": "approved",
                        "narrative": (
                            "National capacity rests on local resilience forums, supported by "
                            "national mutual aid and specialist capabilities such as CBRN "
                            "response [@EV-052, p22-25]. The force has regard to this through its "
                            "role in the resilience forum and its contingency plans, which were "
                            "reviewed against the 2019 community risk register [@EV-055].\n\n"
                            "The 2019 force management statement includes the staff needed for "
                            "emergency planning, tactical advice and CBRN response over the next "
                            "four years. It also notes the extra planning demand that the 2022 "
                            "Commonwealth Games will place on the emergency planning team "
                            "[@EV-004, p90]."
                        ),
                        "gaps": "",
                    },
                    "contribution": {
                        "rating": "meets",
                        "state": "approved",
                        "narrative": (
                            "The force maintains 11 tactical advisers on call around the clock "
                            "for public order, CBRN, search and disaster victim identification "
                            "[@EV-056]. It has 300 trained and in-date CBRN responders, which is "
                            "57% of the 525 responders across the Central region [@EV-058]."
                        ),
                        "gaps": "",
                    },
                    "capability": {
                        "rating": "meets",
                        "state": "approved",
                        "narrative": (
                            "The CBRN refresher training that lapsed in 2017 has been fully "
                            "recovered. All 300 responders were in date at 30 September 2019 "
                            "[@EV-058]. The force's plans for the initial response to a chemical "
                            "incident were updated to reflect the learning from the 2017 exercise "
                            "[@EV-057].\n\n"
                            "In November 2019 the resilience forum ran Exercise Riverbank to test "
                            "the response to widespread river flooding. The strategic "
                            "coordinating group worked well, but the warning and informing "
                            "cascade to smaller parishes was slow [@EV-060]."
                        ),
                        "gaps": "",
                    },
                    "consistency": {
                        "rating": "meets",
                        "state": "approved",
                        "narrative": (
                            "All strategic and tactical commanders, and most operational "
                            "commanders, are trained in JESIP and have refresher dates set "
                            "[@EV-059]. The force continues to use the joint doctrine with "
                            "partners. The national edition is due for review, and the force will "
                            "adopt any revised version when it is published [@EV-053, p21]."
                        ),
                        "gaps": "",
                    },
                    "connectivity": {
                        "rating": "meets",
                        "state": "approved",
                        "narrative": (
                            "The force works through the resilience forum and, when an emergency "
                            "is declared, through the strategic coordinating group, which met "
                            "during Exercise Riverbank and again in the February 2020 storms "
                            "[@EV-060].[^Strategic coordinating groups are convened under the "
                            "Civil Contingencies Act 2004.] Mutual aid and national specialist "
                            "assets are requested through the National Police Coordination Centre "
                            "[@EV-022, annex B]."
                        ),
                        "gaps": "",
                    },
                },
            },
            "child-sexual-abuse": {
                "context": (
                    "The National Crime Agency's 2019 assessment describes online child sexual "
                    "abuse as a growing threat in both scale and severity, with offenders using "
                    "encrypted and anonymous services [@EV-037, p30-32]. Referrals from industry "
                    "through NCA CEOP continue to rise, and each one must be assessed by the "
                    "receiving force [@EV-063].\n\n"
                    "Recorded child abuse offences in Midshire have continued to rise since the "
                    "173% growth reported last year, although the rate of growth has slowed "
                    "[@EV-062]. The inspectorate's 2019 review found clear progress since its "
                    "2018 child protection inspection, but it also found that some online "
                    "referrals were still delayed [@EV-065, p4].\n\n"
                    "New local safeguarding arrangements, led jointly by the county council, the "
                    "police and health, replaced the local safeguarding children board in "
                    "September 2019. The three partners now share responsibility for how well "
                    "agencies work together to protect children [@EV-066]."
                ),
                "dimensions": {
                    "capacity": {
                        "rating": "partially-meets",
                        "state": "submitted",
                        "narrative": (
                            "The force has regard to the national capacity to protect children "
                            "and pursue offenders, and has added posts to public protection in "
                            "each of the last three years [@EV-004, p34-36]. Demand on the online "
                            "child sexual exploitation team is still rising faster than its "
                            "capacity. There is a queue of lower-risk referrals, although it is "
                            "shorter than a year ago [@EV-065, p6].\n\n"
                            "A business case for six more investigators in the online team is "
                            "with the chief officer group. It has been built into the 2020/21 "
                            "budget proposals, subject to officer recruitment [@EV-007]."
                        ),
                        "gaps": (
                            "- Demand on the online child sexual exploitation team still exceeds "
                            "capacity; lower-risk referrals wait too long for action.\n"
                            "- The extra online team posts depend on the 2020/21 budget and on "
                            "officer recruitment."
                        ),
                    },
                    "contribution": {
                        "rating": "meets",
                        "state": "approved",
                        "narrative": (
                            "The force continues to act on all NCA CEOP referrals. Intelligence "
                            "on offenders is shared with other forces and with the National Crime "
                            "Agency, and images found in investigations are uploaded to the "
                            "national Child Abuse Image Database [@EV-063]. Inspectors noted the "
                            "force's good use of orders to restrict the behaviour of registered "
                            "sex offenders [@EV-006, p29-30]."
                        ),
                        "gaps": "",
                    },
                    "capability": {
                        "rating": "meets",
                        "state": "approved",
                        "narrative": (
                            "The 7 multi-agency safeguarding hubs and 7 multi-agency enquiry "
                            "teams remain in place, supported by 4 hubbed child abuse "
                            "investigation units and 4 complex investigation teams. The enquiry "
                            "teams handle up to 40% of child abuse incidents, which frees "
                            "specialist detectives for the most complex cases [@EV-067].\n\n"
                            "More detectives have completed the national specialist child abuse "
                            "investigator development programme this year, and the rest are "
                            "booked on courses [@EV-068]. The inspectorate's review recognised "
                            "better supervision of investigations since 2018 [@EV-065, p5]."
                        ),
                        "gaps": "",
                    },
                    "consistency": {
                        "rating": "meets",
                        "state": "approved",
                        "narrative": (
                            "Specialist investigators are trained on the national programme, so "
                            "that their practice matches that of other forces [@EV-068]. The "
                            "force follows the statutory guidance on working together, which sets "
                            "the same duties for safeguarding partners everywhere [@EV-061, p55]."
                        ),
                        "gaps": "",
                    },
                    "connectivity": {
                        "rating": "meets",
                        "state": "approved",
                        "narrative": (
                            "The new safeguarding arrangements bring police, the county council "
                            "and health together for joint planning, funding and independent "
                            "scrutiny [@EV-066]. The safeguarding hubs and enquiry teams continue "
                            "to give a single front door for concerns about children, and "
                            "strategy discussions are held promptly [@EV-067]."
                        ),
                        "gaps": "",
                    },
                },
            },
        },
    },
}


# Actions from inspections, debriefs, reviews and assessment gaps.
ACTIONS = [
    {
        "ref": "ACT-001",
        "title": "Improve capability to investigate cyber-dependent crime",
        "description": (
            "Respond to the inspectorate's finding on cyber capability: complete the cyber crime "
            "unit's establishment, install the funded investigation tools and train staff to the "
            "national core standard."
        ),
        "source_kind": "hmicfrs_afi",
        "source": "HMICFRS PEEL effectiveness 2017, area for improvement 4",
        "evidence": ["EV-005", "EV-048"],
        "owner": "Head of Economic and Cyber Crime",
        "threat": "cyber",
        "dimension": "capability",
        "raised_in": "2018/19",
        "due_on": "2019-09-30",
        "status": "completed",
        "completed_on": "2019-08-30",
    },
    {
        "ref": "ACT-002",
        "title": "Respond to the cyber-dependent crime thematic inspection",
        "description": (
            "Review the force's response against the inspectorate's October 2019 findings, in "
            "particular first advice to victims and frontline awareness, and report to the "
            "commissioner."
        ),
        "source_kind": "hmicfrs_afi",
        "source": "HMICFRS Cyber: Keep the light on (2019), areas for improvement 1 and 3",
        "evidence": ["EV-049"],
        "owner": "Head of Economic and Cyber Crime",
        "threat": "cyber",
        "dimension": "capability",
        "raised_in": "2019/20",
        "due_on": "2020-09-30",
        "status": "in_progress",
        "completed_on": None,
    },
    {
        "ref": "ACT-003",
        "title": "Agree out-of-hours specialist cyber cover",
        "description": (
            "Assess a regional on-call model with the Central ROCU and decide whether the interim "
            "arrangement can become permanent or needs local cover."
        ),
        "source_kind": "assessment_gap",
        "source": "SPR assessment 2019/20, cyber capability",
        "evidence": ["EV-051"],
        "owner": "Head of Economic and Cyber Crime",
        "threat": "cyber",
        "dimension": "capability",
        "raised_in": "2019/20",
        "due_on": "2020-10-31",
        "status": "open",
        "completed_on": None,
    },
    {
        "ref": "ACT-004",
        "title": (
            "Bring new public order carriers into service before the next mobilisation exercise"
        ),
        "description": (
            "Address the shortage of serviceable carriers found at 100% mobilisation by replacing "
            "older vehicles with carriers built to the national specification."
        ),
        "source_kind": "exercise_debrief",
        "source": "Exercise Central Muster debrief, recommendation 2",
        "evidence": ["EV-027", "EV-031"],
        "owner": "Head of Fleet Services",
        "threat": "public-order",
        "dimension": "capability",
        "raised_in": "2018/19",
        "due_on": "2019-03-31",
        "status": "completed",
        "completed_on": "2019-01-21",
    },
    {
        "ref": "ACT-005",
        "title": "Improve welfare planning for long mutual aid deployments",
        "description": (
            "Build rest breaks, feeding and accommodation standards into the force's mutual aid "
            "briefing pack, following host force feedback from the 2018 presidential visit."
        ),
        "source_kind": "exercise_debrief",
        "source": "July 2018 presidential visit debrief and host force feedback",
        "evidence": ["EV-028", "EV-029"],
        "owner": "Head of Operations Planning",
        "threat": "public-order",
        "dimension": "contribution",
        "raised_in": "2018/19",
        "due_on": "2018-12-31",
        "status": "completed",
        "completed_on": "2018-11-30",
    },
    {
        "ref": "ACT-006",
        "title": "Strengthen pre-deployment vehicle checks for mutual aid",
        "description": (
            "Introduce a pre-deployment inspection for every carrier sent on mutual aid, after a "
            "unit arrived late in London because of a defect."
        ),
        "source_kind": "internal_review",
        "source": "Mutual aid feedback, October 2019",
        "evidence": ["EV-034"],
        "owner": "Head of Fleet Services",
        "threat": "public-order",
        "dimension": "contribution",
        "raised_in": "2019/20",
        "due_on": "2020-01-31",
        "status": "completed",
        "completed_on": "2019-12-13",
    },
    {
        "ref": "ACT-007",
        "title": "Prepare a communications plan for the Emergency Services Network transition",
        "description": (
            "Set out how public order and firearms communications will stay interoperable with "
            "other forces during the move from Airwave, taking account of the 2022 Commonwealth "
            "Games."
        ),
        "source_kind": "assessment_gap",
        "source": "SPR assessment 2019/20, public order connectivity",
        "evidence": ["EV-033", "EV-007"],
        "owner": "ESN Programme Lead",
        "threat": "public-order",
        "dimension": "connectivity",
        "raised_in": "2019/20",
        "due_on": "2021-03-31",
        "status": "open",
        "completed_on": None,
    },
    {
        "ref": "ACT-008",
        "title": "Plan public order resourcing for the 2022 Commonwealth Games",
        "description": (
            "Agree the force's own public order commitment to the Games and the mutual aid it "
            "will need, with the regional forces and the National Police Coordination Centre."
        ),
        "source_kind": "other",
        "source": "Public order strategic threat and risk assessment 2019",
        "evidence": ["EV-024"],
        "owner": "Head of Public Order and Public Safety",
        "threat": "public-order",
        "dimension": "capacity",
        "raised_in": "2019/20",
        "due_on": "2021-03-31",
        "status": "open",
        "completed_on": None,
    },
    {
        "ref": "ACT-009",
        "title": "Complete the counter terrorism specialist firearms officer uplift",
        "description": (
            "Train and accredit the remaining officers needed to reach the uplift target, using "
            "the courses booked for 2019/20."
        ),
        "source_kind": "assessment_gap",
        "source": "SPR assessment 2019/20, terrorism capacity",
        "evidence": ["EV-016", "EV-013"],
        "owner": "Head of Firearms Operations",
        "threat": "terrorism",
        "dimension": "capacity",
        "raised_in": "2019/20",
        "due_on": "2020-06-30",
        "status": "in_progress",
        "completed_on": None,
    },
    {
        "ref": "ACT-010",
        "title": "Agree a memorandum of understanding with British Transport Police",
        "description": (
            "Finalise and sign the memorandum on joint armed deployments with British Transport "
            "Police, covering command, tactics and information sharing."
        ),
        "source_kind": "assessment_gap",
        "source": "SPR assessment 2018/19, terrorism connectivity",
        "evidence": ["EV-017", "EV-018"],
        "owner": "Head of Firearms Operations",
        "threat": "terrorism",
        "dimension": "connectivity",
        "raised_in": "2018/19",
        "due_on": "2019-12-31",
        "status": "in_progress",
        "completed_on": None,
    },
    {
        "ref": "ACT-011",
        "title": "Implement control room recommendations from Exercise Stone Bridge",
        "description": (
            "Agree a common channel and early information-sharing protocol for police, fire and "
            "ambulance control rooms in the first minutes of a marauding terrorist attack."
        ),
        "source_kind": "exercise_debrief",
        "source": "Exercise Stone Bridge debrief, recommendation 1",
        "evidence": ["EV-019"],
        "owner": "Head of Contact Management",
        "threat": "terrorism",
        "dimension": "capability",
        "raised_in": "2019/20",
        "due_on": "2020-09-30",
        "status": "in_progress",
        "completed_on": None,
    },
    {
        "ref": "ACT-012",
        "title": "Plan to sustain ROCU capabilities after April 2021",
        "description": (
            "With the other forces of the region, agree options and costs for keeping "
            "capabilities now funded by transformation money, and include Midshire's share in the "
            "financial plan."
        ),
        "source_kind": "assessment_gap",
        "source": "SPR assessment 2019/20, serious and organised crime capacity",
        "evidence": ["EV-039", "EV-043"],
        "owner": "Director of Finance",
        "threat": "serious-organised-crime",
        "dimension": "capacity",
        "raised_in": "2019/20",
        "due_on": "2020-09-30",
        "status": "open",
        "completed_on": None,
    },
    {
        "ref": "ACT-013",
        "title": "Record partner actions in 4P plans",
        "description": (
            "Issue guidance and a template so that Prevent and Protect sections of 4P plans "
            "include actions by partner agencies, and re-audit a sample."
        ),
        "source_kind": "internal_review",
        "source": "Audit of 4P plans, OA/19/07, recommendation 2",
        "evidence": ["EV-042"],
        "owner": "Head of Serious and Organised Crime",
        "threat": "serious-organised-crime",
        "dimension": "capability",
        "raised_in": "2019/20",
        "due_on": "2019-12-31",
        "status": "completed",
        "completed_on": "2019-12-20",
    },
    {
        "ref": "ACT-014",
        "title": "Recover CBRN responder refresher training",
        "description": (
            "Bring all CBRN responders back into date and set a refresher schedule that avoids "
            "further lapses."
        ),
        "source_kind": "exercise_debrief",
        "source": "Exercise Glass Lantern debrief, recommendation 3",
        "evidence": ["EV-057", "EV-058"],
        "owner": "Head of Emergency Planning",
        "threat": "civil-emergencies",
        "dimension": "capability",
        "raised_in": "2018/19",
        "due_on": "2019-09-30",
        "status": "completed",
        "completed_on": "2019-09-30",
    },
    {
        "ref": "ACT-015",
        "title": "Buy a force-owned CBRN decontamination vehicle",
        "description": (
            "Proposal to buy a dedicated vehicle. Withdrawn when the region agreed to share "
            "decontamination assets held by the fire and rescue services."
        ),
        "source_kind": "internal_review",
        "source": "CBRN capability review 2018",
        "evidence": [],
        "owner": "Head of Emergency Planning",
        "threat": "civil-emergencies",
        "dimension": "capability",
        "raised_in": "2018/19",
        "due_on": None,
        "status": "withdrawn",
        "completed_on": None,
    },
    {
        "ref": "ACT-016",
        "title": "Speed up the flood warning cascade to parish councils",
        "description": (
            "Update the resilience forum's warning and informing cascade so that smaller parishes "
            "receive flood warnings promptly, and test it before winter 2020."
        ),
        "source_kind": "exercise_debrief",
        "source": "Exercise Riverbank debrief, recommendation 4",
        "evidence": ["EV-060"],
        "owner": "Head of Emergency Planning",
        "threat": "civil-emergencies",
        "dimension": "connectivity",
        "raised_in": "2019/20",
        "due_on": "2020-10-31",
        "status": "in_progress",
        "completed_on": None,
    },
    {
        "ref": "ACT-017",
        "title": "Reduce delay in actioning online child sexual exploitation referrals",
        "description": (
            "Introduce risk-based triage of NCA CEOP referrals and set a maximum wait for "
            "lower-risk cases, in response to the national child protection inspection."
        ),
        "source_kind": "hmicfrs_recommendation",
        "source": "HMICFRS national child protection inspection 2018, recommendation 3",
        "evidence": ["EV-064", "EV-065"],
        "owner": "Head of Public Protection",
        "threat": "child-sexual-abuse",
        "dimension": "capacity",
        "raised_in": "2018/19",
        "due_on": "2020-01-31",
        "status": "in_progress",
        "completed_on": None,
    },
    {
        "ref": "ACT-018",
        "title": "Business case for additional online child sexual exploitation team posts",
        "description": (
            "Make the case for six more investigators in the online team, based on the three-year "
            "demand review."
        ),
        "source_kind": "assessment_gap",
        "source": "SPR assessment 2018/19, child sexual abuse capacity",
        "evidence": ["EV-063"],
        "owner": "Head of Public Protection",
        "threat": "child-sexual-abuse",
        "dimension": "capacity",
        "raised_in": "2018/19",
        "due_on": "2020-04-30",
        "status": "in_progress",
        "completed_on": None,
    },
    {
        "ref": "ACT-019",
        "title": "Train remaining detectives on the specialist child abuse investigator programme",
        "description": (
            "Make sure every detective in the child abuse investigation units has completed the "
            "national programme."
        ),
        "source_kind": "hmicfrs_afi",
        "source": "HMICFRS PEEL 2018/19, area for improvement 2",
        "evidence": ["EV-006", "EV-068"],
        "owner": "Head of Public Protection",
        "threat": "child-sexual-abuse",
        "dimension": "capability",
        "raised_in": "2019/20",
        "due_on": "2020-12-31",
        "status": "open",
        "completed_on": None,
    },
]


# Departures from the requirement, each justified case by case.
DEPARTURES = [
    {
        "ref": "DEP-001",
        "period": "2019/20",
        "threat": "terrorism",
        "dimension": "capacity",
        "title": (
            "Timing of the counter terrorism specialist firearms officer uplift (due by 31 March "
            "2019)"
        ),
        "justification": (
            "The force reached 92% of its target for counter terrorism specialist firearms "
            "officers by the 31 March 2019 deadline. Several candidates failed the demanding "
            "selection and training course, and some accredited officers moved into other armed "
            "roles that the force also needs [@EV-016]. Lowering the course standard or moving "
            "officers back out of those roles would have weakened armed policing overall.\n\n"
            "The Chief Constable asked for more time, and the commissioner agreed a temporary "
            "departure until the final course in March 2020. Meanwhile the regional and national "
            "rota makes up the shortfall. Progress is reported to every force CONTEST board, and "
            "the position will be reviewed in July 2020 [@EV-013]."
        ),
        # Approved by the PCC office (the demo's PCC office staff) on this day.
        "approved_on": "2019-07-15",
        "review_on": "2020-07-15",
    },
    {
        "ref": "DEP-002",
        "period": "2019/20",
        "threat": "cyber",
        "dimension": "capability",
        "title": (
            "Out-of-hours specialist cyber cover provided through the Central ROCU rather than by "
            "the force"
        ),
        "justification": (
            "Demand for specialist cyber advice outside business hours in Midshire is very low. A "
            "round-the-clock local rota would take staff away from daytime investigations "
            "[@EV-050]. Under the interim arrangement, control room staff follow first-response "
            "guidance and can call the Central ROCU cyber team's on-call officer, who can "
            "escalate to national partners [@EV-051].\n\n"
            "The force proposes to keep this arrangement while the region assesses a shared "
            "on-call model. It will report the outcome to the commissioner by October 2020. The "
            "inspectorate's view that local units should be sustainable and consistent has been "
            "taken into account [@EV-049, p24]."
        ),
        "approved_on": None,
        "review_on": "2020-10-31",
    },
]


# Measured values, some against a national commitment.
METRICS = [
    {
        "period": "2018/19",
        "threat": "public-order",
        "dimension": "contribution",
        "name": "Police support units available for national mobilisation",
        "value": "22",
        "unit": "PSUs",
        "national_commitment": "21",
        "as_at": "2018-12-31",
        "source": "EV-030",
    },
    {
        "period": "2019/20",
        "threat": "public-order",
        "dimension": "contribution",
        "name": "Police support units available for national mobilisation",
        "value": "22",
        "unit": "PSUs",
        "national_commitment": "21",
        "as_at": "2019-09-30",
        "source": "EV-032",
    },
    {
        "period": "2018/19",
        "threat": "public-order",
        "dimension": "contribution",
        "name": "Police support units supplied to the July 2018 presidential visit",
        "value": "22",
        "unit": "PSUs",
        "national_commitment": "21",
        "as_at": "2018-07-17",
        "source": "EV-028",
    },
    {
        "period": "2018/19",
        "threat": "public-order",
        "dimension": "capability",
        "name": "Constables trained to Level 2 public order",
        "value": "1296",
        "unit": "officers",
        "national_commitment": None,
        "as_at": "2019-01-31",
        "source": "EV-025",
    },
    {
        "period": "2019/20",
        "threat": "public-order",
        "dimension": "capability",
        "name": "Constables trained to Level 2 public order",
        "value": "1318",
        "unit": "officers",
        "national_commitment": None,
        "as_at": "2019-12-31",
        "source": "EV-026",
    },
    {
        "period": "2018/19",
        "threat": "public-order",
        "dimension": "capability",
        "name": "Response officers trained to Level 2",
        "value": "80",
        "unit": "%",
        "national_commitment": None,
        "as_at": "2019-01-31",
        "source": "EV-025",
    },
    {
        "period": "2019/20",
        "threat": "public-order",
        "dimension": "capability",
        "name": "Response officers trained to Level 2",
        "value": "82",
        "unit": "%",
        "national_commitment": None,
        "as_at": "2019-12-31",
        "source": "EV-026",
    },
    {
        "period": "2018/19",
        "threat": "terrorism",
        "dimension": "capacity",
        "name": "Counter terrorism specialist firearms officer uplift achieved",
        "value": "88",
        "unit": "% of target",
        "national_commitment": "100",
        "as_at": "2018-12-31",
        "source": "EV-015",
    },
    {
        "period": "2019/20",
        "threat": "terrorism",
        "dimension": "capacity",
        "name": "Counter terrorism specialist firearms officer uplift achieved",
        "value": "97",
        "unit": "% of target",
        "national_commitment": "100",
        "as_at": "2019-12-04",
        "source": "EV-013",
    },
    {
        "period": "2018/19",
        "threat": "serious-organised-crime",
        "dimension": "contribution",
        "name": "Share of Central ROCU core budget funded by the force",
        "value": "57",
        "unit": "%",
        "national_commitment": None,
        "as_at": "2019-03-31",
        "source": "EV-038",
    },
    {
        "period": "2019/20",
        "threat": "serious-organised-crime",
        "dimension": "contribution",
        "name": "Share of Central ROCU core budget funded by the force",
        "value": "57",
        "unit": "%",
        "national_commitment": None,
        "as_at": "2019-12-31",
        "source": "EV-038",
    },
    {
        "period": "2018/19",
        "threat": "cyber",
        "dimension": "capacity",
        "name": "Police Transformation Fund cyber grants received",
        "value": "89340",
        "unit": "GBP",
        "national_commitment": None,
        "as_at": "2018-10-01",
        "source": "EV-048",
    },
    {
        "period": "2018/19",
        "threat": "civil-emergencies",
        "dimension": "contribution",
        "name": "Tactical advisers on call 24 hours a day",
        "value": "11",
        "unit": "advisers",
        "national_commitment": None,
        "as_at": "2018-11-12",
        "source": "EV-056",
    },
    {
        "period": "2019/20",
        "threat": "civil-emergencies",
        "dimension": "contribution",
        "name": "Trained and in-date CBRN responders",
        "value": "300",
        "unit": "responders",
        "national_commitment": None,
        "as_at": "2019-09-30",
        "source": "EV-058",
    },
    {
        "period": "2018/19",
        "threat": "child-sexual-abuse",
        "dimension": "capacity",
        "name": "Change in recorded child abuse offences, 2014 to 2018",
        "value": "173",
        "unit": "%",
        "national_commitment": None,
        "as_at": "2018-12-31",
        "source": "EV-062",
    },
    {
        "period": "2018/19",
        "threat": "child-sexual-abuse",
        "dimension": "capacity",
        "name": "Change in online child sexual exploitation team demand over three years",
        "value": "45",
        "unit": "%",
        "national_commitment": None,
        "as_at": "2019-01-31",
        "source": "EV-063",
    },
    {
        "period": "2019/20",
        "threat": "child-sexual-abuse",
        "dimension": "capability",
        "name": "Child abuse incidents handled by multi-agency enquiry teams",
        "value": "40",
        "unit": "%",
        "national_commitment": None,
        "as_at": "2019-10-31",
        "source": "EV-067",
    },
]


# The board paper's own texts, one per period.
PAPERS = {
    "2019/20": {
        "title": "Strategic Policing Requirement: annual compliance report 2019/20",
        "meeting": "Strategic Policing and Crime Board",
        "meeting_date": "2020-03-17",
        "presented_by": "Chief Constable and Police and Crime Commissioner",
        "author": "Strategic Planning Lead, Midshire Police",
        "purpose": (
            "This paper gives the board assurance that the Police and Crime Commissioner and the "
            "Chief Constable of Midshire Police are meeting their duties under the Strategic "
            "Policing Requirement for 2019/20.\n\n"
            "For each of the six national threats it sets out the current threat and the evidence "
            "for each of the five Cs. It also lists open actions and the two departures from the "
            "requirement recorded this year, and shows where the position has changed since the "
            "2018/19 report."
        ),
        "background": (
            "The Home Secretary has a statutory duty to set out the national threats that need a "
            "response beyond any single police force, and the policing capabilities needed to "
            "counter them. That statement is the Strategic Policing Requirement, issued under "
            "section 37A of the Police Act 1996 as inserted by the Police Reform and Social "
            "Responsibility Act 2011. It was first issued in 2012 and revised in 2015.\n\n"
            "This report applies the 2015 edition, which remains in force. It names six national "
            "threats [@EV-001, p5-6]:\n\n"
            "- terrorism\n"
            "- public order (public disorder)\n"
            "- serious and organised crime\n"
            "- a national cyber security incident\n"
            "- civil emergencies\n"
            "- child sexual exploitation and abuse\n\n"
            "For each threat the requirement describes five areas, known as the five Cs:\n\n"
            "- **Capacity**: the national capacity needed, expressed as outcomes from national "
            "strategies, which each force must have regard to.\n"
            "- **Contribution**: what this force provides towards that national capacity.\n"
            "- **Capability**: what the force, often with others, must maintain to achieve those "
            "outcomes.\n"
            "- **Consistency**: specialist capabilities that must be the same in every force, and "
            "sometimes in other emergency services, so that resources can be combined.\n"
            "- **Connectivity**: the arrangements that bring together and mobilise resources from "
            "several forces and national agencies.\n\n"
            "The Chief Constable must have regard to the requirement in exercising their "
            "functions. The commissioner must have regard to it when issuing or varying the "
            "police and crime plan, must keep the plan under review when the requirement changes, "
            "and holds the Chief Constable to account for meeting it [@EV-002, p18].\n\n"
            "Having regard means following the requirement unless there is good reason not to in "
            "particular circumstances. Any departure must be justified case by case. Departures "
            "are recorded in a register with the reasons, who approved them and when, and two are "
            "reported this year.\n\n"
            "Each of the five Cs is rated as meets, partially meets or does not meet the "
            "requirement. Ratings are proposed by analysts, checked by the senior lead for each "
            "threat and approved by the Chief Constable's delegate. Every finding is linked to a "
            "listed source, and the evidence register at the end of the paper shows the date and "
            "marking of each item."
        ),
        "recommendation": (
            "The board is asked to note the assessment for 2019/20 and the changes since 2018/19; "
            "to note the five ratings that are still submitted or in draft and will be confirmed "
            "at the next meeting; to note the approved and proposed departures; and to agree that "
            "the commissioner and Chief Constable continue to have due regard to the Strategic "
            "Policing Requirement."
        ),
        "conclusion": (
            "The force continues to meet most elements of the requirement. Cyber capacity and "
            "consistency, and civil emergencies capability, have improved since last year. "
            "Terrorism capacity and serious and organised crime capacity have declined, because "
            "of the delayed firearms uplift and the end of time-limited funding.\n\n"
            "The biggest risk is funding. Central grants for the armed uplift end in March 2021 "
            "and ROCU transformation funding ends in April 2021, and neither has a confirmed "
            "replacement [@EV-007]. The national programme to recruit more officers will help. "
            "But new recruits will take time to become firearms officers, public order officers "
            "or detectives.\n\n"
            "Planning for the 2022 Commonwealth Games has begun. The Games will need one of the "
            "largest policing operations the region has seen, supported by mutual aid from across "
            "the country [@EV-024]. The move to the Emergency Services Network in 2023/24 needs "
            "to be managed carefully around the Games.\n\n"
            "The force has shown it can send its full share of officers to national events and "
            "keep local policing running. A long mobilisation, however, would affect "
            "neighbourhood policing, investigations and response times. The same strain could "
            "follow the COVID-19 outbreak that was emerging at the time of writing."
        ),
        "sign_off_name": "Chief Executive, Office of the Police and Crime Commissioner",
    },
    "2018/19": {
        "title": "Strategic Policing Requirement: annual compliance report 2018/19",
        "meeting": "Strategic Policing and Crime Board",
        "meeting_date": "2019-03-19",
        "presented_by": "Chief Constable and Police and Crime Commissioner",
        "author": "Strategic Planning Lead, Midshire Police",
        "purpose": (
            "This paper shows the board how the Police and Crime Commissioner and the Chief "
            "Constable of Midshire Police meet their duties under the Strategic Policing "
            "Requirement. It covers the year to March 2019 and each of the six national threats "
            "the requirement sets out."
        ),
        "background": (
            "The Home Secretary has a statutory duty to set out the national threats that need a "
            "response beyond any single police force, and the policing capabilities needed to "
            "counter them. That statement is the Strategic Policing Requirement, issued under "
            "section 37A of the Police Act 1996 as inserted by the Police Reform and Social "
            "Responsibility Act 2011. It was first issued in 2012 and revised in 2015.\n\n"
            "The 2015 edition is applied in this report. It added child sexual abuse to the "
            "threats in the 2012 edition, giving six in total: terrorism, public order, serious "
            "and organised crime, a national cyber security incident, civil emergencies, and "
            "child sexual exploitation and abuse [@EV-001, p3].\n\n"
            "Forces must show how they meet five requirements for each threat. Capacity is the "
            "national capacity to which forces must have regard. Contribution is the force's "
            "share of it. Capability is what the force must be able to do. Consistency is the "
            "common standards that allow forces to work together. Connectivity is the "
            "arrangements that coordinate and mobilise resources across forces and national "
            "agencies [@EV-001, p4].\n\n"
            "The Chief Constable must have regard to the requirement. The commissioner must have "
            "regard to it when issuing or varying the police and crime plan, and must hold the "
            "Chief Constable to account for meeting it. The 2018 variation of the plan was made "
            "with the requirement in mind [@EV-002, p4].\n\n"
            "Both must follow the requirement unless there is good reason not to in particular "
            "circumstances, and any departure must be justified case by case. No departures were "
            "recorded in 2018/19."
        ),
        "recommendation": (
            "The board is asked to note the assessment for 2018/19, including the one area rated "
            "as not meeting the requirement (cyber capability) and the actions in hand, and to "
            "agree that the commissioner and Chief Constable have had due regard to the Strategic "
            "Policing Requirement."
        ),
        "conclusion": (
            "The force meets most elements of the requirement. The main exception is cyber "
            "capability, where new funding, tools and training are starting to close the gap "
            "[@EV-048].\n\n"
            "Future funding is uncertain. The armed uplift grant ends in March 2021 and ROCU "
            "transformation funding ends in April 2021 [@EV-014]. Recruitment and training of "
            "specialist officers take time, so decisions on funding are needed well ahead of "
            "those dates.\n\n"
            "The region will host the 2022 Commonwealth Games, and the force will start planning "
            "with partners in the coming year. The force can mobilise in response to a national "
            "threat, as shown by the 2018 presidential visit and the September 2018 regional "
            "exercise. However, a long mobilisation would reduce its ability to deliver everyday "
            "policing."
        ),
        "sign_off_name": "Chief Executive, Office of the Police and Crime Commissioner",
    },
}
