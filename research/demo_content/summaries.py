"""Demo content: plain-language summaries of real spinal cord injury (SCI) research.

Every paper below was looked up before it was summarised; PROVENANCE.md in this
folder lists where each title, journal, year and DOI was checked. Each summary
says only what the paper's abstract (or, where noted there, its text) reports.
``published_on`` is the date this site published the summary, not a claim about
the paper.

This module is pure data so that seeding code, tests and fixtures can share it.
"""

import datetime

CATEGORIES = [
    {
        "slug": "spinal-cord-injury",
        "title": "Spinal Cord Injury",
        "parent": None,
        "intro": (
            "Research on treating the injury itself, from surgery and early hospital care "
            "to cell therapies. Each summary explains what was studied and what was found."
        ),
    },
    {
        "slug": "rehabilitation",
        "title": "Rehabilitation",
        "parent": None,
        "intro": (
            "Research on therapy, exercise and training that help people regain strength "
            "and skills after SCI. Find out what was tested and how well it worked."
        ),
    },
    {
        "slug": "walking-and-standing",
        "title": "Walking and Standing",
        "parent": "rehabilitation",
        "intro": (
            "Studies of exoskeletons, spinal cord stimulation and walking training. "
            "Each one says who took part and what changed."
        ),
    },
    {
        "slug": "pain",
        "title": "Pain",
        "parent": None,
        "intro": (
            "Research on pain after SCI, including nerve pain. Learn which treatments "
            "have been tested and how strong the evidence is."
        ),
    },
    {
        "slug": "bladder-and-bowel",
        "title": "Bladder and Bowel",
        "parent": None,
        "intro": (
            "Studies on bladder and bowel care after SCI. Find out what was tested "
            "to reduce leaks, constipation and other problems."
        ),
    },
    {
        "slug": "living-with-sci",
        "title": "Living with SCI",
        "parent": None,
        "intro": (
            "Research on mental health, work, daily life and family caregivers. "
            "These studies show what life after SCI can be like and what helps."
        ),
    },
    {
        "slug": "heart-and-breathing",
        "title": "Heart, Blood Pressure and Breathing",
        "parent": None,
        "intro": (
            "Research on how SCI affects the heart, blood pressure and breathing. "
            "Learn about risks to watch for and what studies found."
        ),
    },
]

SUMMARIES = [
    {
        "slug": "stem-cell-therapies-review",
        "title": "Stem cell treatments for spinal cord injury: where do human studies stand?",
        "category": "spinal-cord-injury",
        "published_on": datetime.date(2025, 2, 7),
        "journal": "Brain and Spine",
        "publication_year": 2025,
        "doi": "10.1016/j.bas.2025.104207",
        "paper_title": (
            "Stem cell therapies for spinal cord injury in humans: "
            "A review of recent clinical research"
        ),
        "simple_explanation": (
            "Cell treatments put living cells into the body. The aim is to repair the injured "
            "spinal cord. This review looked at recent studies of them in people. Many kinds of "
            "cells have been tried. Some were stem cells (cells that can become other kinds of "
            "cells). Some people got cells a few weeks after their injury. Some of their results "
            "look promising. But no cell treatment is yet seen as a clear breakthrough."
        ),
        "study_duration": "Not applicable (review of published studies)",
        "participants": "Not applicable (review of clinical studies from about the past ten years)",
        "evidence_level": "narrative_review",
        "key_findings": [
            "In the past ten years, many studies in people have tried different kinds of cells. "
            "Some used nerve stem cells. Some used cells from the lining of the nose. Some used "
            "cells that wrap around nerves (Schwann cells). Others used a type of stem cell "
            "found in places such as bone marrow. These are called mesenchymal stem cells "
            "(MSCs).",
            "So far, the best results are in people treated a few weeks after injury. Most of "
            "these came from studies of MSCs. One example is a product called Stemirac. Even so, "
            "no treatment is widely seen as a proven breakthrough.",
            "Nerve stem cells from a donor may have some good points. They may settle in the "
            "spinal cord. They can also be made ahead of time. So they could be given very soon "
            "after injury. Another kind of stem cell is made in the lab from adult cells. It may "
            "also be useful in the future.",
        ],
        "research_summary": (
            "Cell treatment means putting living cells into the body to repair damage. It is now "
            "a promising area of research for spinal cord injury. This review gives an overview "
            "of studies in people. These studies used several kinds of cells. Some used nerve "
            "stem cells. Some of these came from fetal tissue. Others were made in the lab from "
            "stem cells. Other studies used MSCs or cells from the nose lining. Some used cells "
            "that wrap around nerves."
            "\n\n"
            "The authors say the best results so far come from people treated in the weeks after "
            "injury. This was most true in studies of MSCs, such as Stemirac. Still, there has "
            "been no breakthrough that everyone accepts. The authors compare nerve stem cells "
            "from a donor with a person's own MSCs. They think the donor cells might be better "
            "in some ways. They may be able to stay in the spinal cord. They can also be ready "
            "to use right away. The authors also have hope for adult cells turned back into stem "
            "cells in the lab (iPS cells)."
        ),
        "practical_implications": [
            (
                "Not yet a standard treatment",
                "Cell treatments for spinal cord injury are still being studied. No cell "
                "treatment is yet accepted as a proven breakthrough.",
            ),
            (
                "Ask about clinical trials",
                "Are you interested in cell treatments? Ask your care team about proper clinical "
                "trials that might fit you.",
            ),
        ],
        "study_limitations": [
            "This is an overview written by experts, not a systematic review (a careful search "
            "for all studies on a question). It may not include every study.",
            "The studies it covers used many different kinds of cells. So their results are hard "
            "to compare with each other.",
        ],
        "topics": ["Regenerative Medicine", "Stem Cells"],
    },
    {
        "slug": "early-surgery-neck-injury",
        "title": "Does surgery within 24 hours help after a neck spinal cord injury?",
        "category": "spinal-cord-injury",
        "published_on": datetime.date(2024, 1, 15),
        "journal": "PLoS ONE",
        "publication_year": 2012,
        "doi": "10.1371/journal.pone.0032037",
        "paper_title": (
            "Early versus Delayed Decompression for Traumatic Cervical Spinal Cord Injury: "
            "Results of the Surgical Timing in Acute Spinal Cord Injury Study (STASCIS)"
        ),
        "simple_explanation": (
            "One kind of surgery takes pressure off an injured spinal cord. This study followed "
            "adults with a new spinal cord injury in the neck. Some had this surgery within 24 "
            "hours. Others had it later. Doctors, not chance, decided the timing. After six "
            "months, more people in the early group had improved a lot on a standard injury "
            "scale."
        ),
        "study_duration": "6 months of follow-up after injury",
        "participants": (
            "313 adults aged 16 to 80 with a new neck-level SCI at 6 centres in North America; "
            "222 had results at 6 months"
        ),
        "evidence_level": "controlled_study",
        "key_findings": [
            "Not everyone had results at six months. Among those who did, 19.8% of the early "
            "group improved by two or more grades on the ASIA Impairment Scale (a five-grade "
            "scale of how severe an injury is). In the later group, 8.8% did.",
            "The researchers took into account how severe the injuries were at the start. They "
            "also took into account whether steroids were given. After this, the odds of this "
            "large gain were about 2.8 times higher with early surgery.",
            "Other medical problems (complications) were not clearly different. They happened in "
            "24.2% of the early group and 30.5% of the later group. One person in each group "
            "died within 30 days of injury.",
        ],
        "research_summary": (
            "Animal studies suggested that taking pressure off the spinal cord early could help "
            "recovery. But it was not clear if this was true in people. This study, called "
            "STASCIS, took place at six centres from 2002 to 2009. Of 313 adults, 182 had "
            "surgery early, about 14 hours after injury on average. The other 131 had it later, "
            "about 48 hours after injury on average."
            "\n\n"
            "Six months later, more people in the early group had gained at least two grades on "
            "the injury scale. Complications were not clearly different between the groups. The "
            "authors say surgery within 24 hours can be done safely. They say it is linked to "
            "better recovery."
        ),
        "practical_implications": [
            (
                "Timing may matter",
                "This study suggests that surgery within 24 hours may help some people with a "
                "neck injury recover more. The surgical team decides on timing for each person.",
            ),
            (
                "Ask about the plan",
                "Does someone close to you have a new spinal cord injury? It is reasonable to "
                "ask the care team about the plan and timing for surgery.",
            ),
        ],
        "study_limitations": [
            "People were not put into groups by chance. Other differences between the groups may "
            "explain part of the result.",
            "91 of the 313 people (about 3 in 10) did not have results at six months.",
            "Only neck injuries were studied, so the results may not apply to injuries lower in "
            "the spine.",
        ],
        "topics": ["Surgery", "Early Care"],
    },
    {
        "slug": "methylprednisolone-review",
        "title": "Does the steroid methylprednisolone help soon after a spinal cord injury?",
        "category": "spinal-cord-injury",
        "published_on": datetime.date(2024, 3, 4),
        "journal": "Journal of Neurotrauma",
        "publication_year": 2016,
        "doi": "10.1089/neu.2015.4192",
        "paper_title": (
            "Methylprednisolone for the Treatment of Patients with Acute Spinal Cord Injuries: "
            "A Systematic Review and Meta-Analysis"
        ),
        "simple_explanation": (
            "Methylprednisolone is a kind of steroid. It is a strong medicine that reduces "
            "swelling. For years, it was often given soon after a spinal cord injury. This "
            "review combined 4 trials and 17 other studies. In the 4 trials, people were put "
            "into groups by chance. The review found no clear long-term gain in muscle strength. "
            "Two trials showed a small short-term gain in strength. This was when the drug was "
            "given within 8 hours. But the authors had low confidence in this."
        ),
        "study_duration": "Not applicable (review of published studies)",
        "participants": (
            "Not applicable (review of 4 randomised trials and 17 observational studies)"
        ),
        "evidence_level": "systematic_review",
        "key_findings": [
            "The drug did not clearly improve long-term recovery of muscle strength. This was "
            "true in the trials where people were put into groups by chance. It was also true in "
            "the other studies.",
            "Two trials found a small short-term gain in muscle strength scores. This was when "
            "the drug was started within 8 hours of injury.",
            "The authors rated their confidence in these results as low or very low. This was "
            "because of possible bias, and because results were not precise enough.",
        ],
        "research_summary": (
            "Methylprednisolone has been used after spinal cord injury for many years. This "
            "review searched for studies that compared people who got the drug with people who "
            "did not. It found 4 trials where people were put into groups by chance. These are "
            "called randomised trials. It also found 17 studies where people were not put into "
            "groups by chance. These are called observational studies. The authors also rated "
            "how much they could trust each result."
            "\n\n"
            "Overall, the drug did not clearly improve long-term muscle strength. A small "
            "short-term benefit appeared in two trials. This was when the drug was started "
            "within 8 hours of injury. But the authors had low confidence in this. The studies "
            "had problems with bias and with how precise the results were."
        ),
        "practical_implications": [
            (
                "No clear long-term benefit",
                "This review did not find that the drug clearly improves long-term strength. The "
                "emergency and spine team decides whether to use it.",
            ),
            (
                "Ask about benefits and risks",
                "Do you want to know why a drug was or was not given? Ask your care team to "
                "explain its possible benefits and risks.",
            ),
        ],
        "study_limitations": [
            "Only four randomised trials were found. All of them were published between 1990 and "
            "2001.",
            "In the other studies, people were not put into groups by chance. So those results "
            "are less certain.",
            "The authors judged the evidence to be of low or very low quality.",
        ],
        "topics": ["Early Care"],
    },
    {
        "slug": "exercise-guidelines-adults",
        "title": "How much exercise do adults with SCI need? International guidelines",
        "category": "rehabilitation",
        "published_on": datetime.date(2024, 2, 12),
        "journal": "Spinal Cord",
        "publication_year": 2018,
        "doi": "10.1038/s41393-017-0017-3",
        "paper_title": (
            "Evidence-based scientific exercise guidelines for adults with spinal cord injury: "
            "an update and a new guideline"
        ),
        "simple_explanation": (
            "An international group wrote exercise guidelines. They are for adults with a spinal "
            "cord injury. The group included scientists, health workers and people living with "
            "this injury. They based the advice on a careful search of all the studies. They "
            "also held expert meetings. The guidelines set out the least exercise needed to get "
            "fitter. They also set out the least amount needed to help the heart and the way the "
            "body uses food."
        ),
        "study_duration": "Not applicable (guideline)",
        "participants": (
            "Not applicable (guideline based on a systematic review and three expert panels)"
        ),
        "evidence_level": "expert_opinion",
        "key_findings": [
            "For fitness and strength: at least 20 minutes of moderate to hard aerobic exercise, "
            "2 times a week. Aerobic exercise is exercise that makes your heart beat faster. "
            "Also, 3 sets of strength exercises for each major working muscle group, 2 times a "
            "week. This was a strong recommendation.",
            "For heart and metabolic health: at least 30 minutes of moderate to hard aerobic "
            "exercise, 3 times a week. Metabolic health means how the body handles sugar and "
            "fat. This was a weaker, conditional recommendation.",
            "People living with spinal cord injury helped shape the guidelines. The process "
            "followed an international standard for writing guidelines, called AGREE II.",
        ],
        "research_summary": (
            "General exercise advice for adults was not written with spinal cord injury in mind. "
            "It did not consider risks such as shoulders worn out by overuse, skin damage or "
            "sudden high blood pressure. So an international team set out to write guidelines "
            "just for adults with this injury."
            "\n\n"
            "The team reviewed the research. It held three expert meetings: one in Europe, one "
            "in Canada and one at an international level. It also asked people with spinal cord "
            "injury and other groups for feedback. The result is two guidelines. One covers "
            "fitness and muscle strength. The other covers heart and metabolic health."
        ),
        "practical_implications": [
            (
                "A target to aim for",
                "These amounts are minimum targets. Your care team or a physiotherapist (a "
                "therapist who helps you move and exercise) can help you build up to them "
                "safely.",
            ),
            (
                "Choose safe exercises",
                "Ask your care team which kinds of aerobic and strength exercise are safe for "
                "you, given where your injury is.",
            ),
        ],
        "study_limitations": [
            "Guidelines are only as strong as the studies behind them. They give general "
            "targets, not a plan for each person.",
            "The heart and metabolic health advice is conditional, which means the evidence "
            "behind it was less certain.",
        ],
        "topics": ["Exercise", "Heart Health"],
    },
    {
        "slug": "skin-stimulation-arm-hand",
        "title": "Stimulation through the skin to improve arm and hand use after neck SCI",
        "category": "rehabilitation",
        "published_on": datetime.date(2024, 7, 22),
        "journal": "Nature Medicine",
        "publication_year": 2024,
        "doi": "10.1038/s41591-024-02940-9",
        "paper_title": (
            "Non-invasive spinal cord electrical stimulation for arm and hand function in "
            "chronic tetraplegia: a safety and efficacy trial"
        ),
        "simple_explanation": (
            "This trial tested a new treatment for people with a long-term neck injury. Pads on "
            "the skin of the neck send mild electrical pulses to the spinal cord. This is done "
            "during arm and hand therapy. People first had therapy alone. Then they had the same "
            "amount of therapy with the pulses. Sixty people finished the study. Most of them "
            "did better with the pulses than with therapy alone. They gained more strength and "
            "more use of their hands."
        ),
        "study_duration": (
            "About 4 months: a period of therapy alone, then an equal period of therapy "
            "with stimulation"
        ),
        "participants": "60 people with long-term (chronic) neck-level SCI completed the study",
        "evidence_level": "case_series",
        "key_findings": [
            "72% of people improved in both strength and hand function by more than the smallest "
            "change that matters to patients.",
            "No serious side effects caused by the therapy were reported.",
            "People also had better pinch strength, grip, arm movement and feeling. They said "
            "their quality of life had improved.",
        ],
        "research_summary": (
            "An injury to the spinal cord in the neck often leaves lasting weakness in the arms "
            "and hands. This trial took place at several centres. It tested ARC-EX Therapy. This "
            "gives electrical stimulation through pads on the skin over the neck, during "
            "structured rehabilitation. The trial compared each person's progress with "
            "stimulation to their progress during an equal period of rehabilitation alone."
            "\n\n"
            "Sixty people finished the study. The trial met its main goals for safety and for "
            "benefit. Most people made meaningful gains in both strength and hand function. They "
            "also improved on other tests of hand and arm use and feeling. And they reported "
            "better quality of life."
        ),
        "practical_implications": [
            (
                "Therapy plus stimulation",
                "In this study, stimulation was given during structured therapy, not on its own.",
            ),
            (
                "Ask if it fits you",
                "This kind of stimulation is new. Ask your care team whether it is available and "
                "suitable for you.",
            ),
        ],
        "study_limitations": [
            "There was no separate group to compare with. There was also no fake stimulation. "
            "Everyone got the treatment and knew it.",
            "Stimulation always came after the therapy-only period. So extra time in therapy "
            "could explain part of the gains.",
        ],
        "topics": ["Spinal Cord Stimulation", "Arm and Hand Function"],
    },
    {
        "slug": "wise-exoskeleton-trial",
        "title": "Does exoskeleton walking training make people walk faster? The WISE trial",
        "category": "walking-and-standing",
        "published_on": datetime.date(2024, 4, 8),
        "journal": "Spinal Cord",
        "publication_year": 2022,
        "doi": "10.1038/s41393-022-00751-8",
        "paper_title": (
            "Walking improvement in chronic incomplete spinal cord injury with exoskeleton "
            "robotic training (WISE): a randomized controlled trial"
        ),
        "simple_explanation": (
            "Some people can wear a robot on their legs that helps them stand and walk. This is "
            "called an exoskeleton. This trial tested 12 weeks of walking practice with this "
            "robot. It included adults with a long-term spinal cord injury. They still had some "
            "movement or feeling below the injury. People were put into groups by chance. "
            "Walking speed did not clearly get better with the robot than with other training."
        ),
        "study_duration": "12 weeks (36 training sessions)",
        "participants": (
            "25 adults injured more than a year before who could take some steps "
            "(9 exoskeleton, 10 regular walking training, 6 no training) completed the study"
        ),
        "evidence_level": "rct",
        "key_findings": [
            "The main result was the change in walking speed without the robot. It was not "
            "clearly different between the groups.",
            "More than half of the robot group moved up from a home walking speed to a community "
            "walking speed. This happened for one third of the regular training group. It "
            "happened for no one in the no-training group.",
            "Other walking tests did not clearly improve more with the robot.",
        ],
        "research_summary": (
            "Some people still have some movement or feeling below their injury and can take "
            "some steps. They may get better with a lot of walking practice. An exoskeleton can "
            "help people take many steps. It also puts less strain on therapists. This trial "
            "took place at several US centres. It compared three groups. One group had "
            "exoskeleton training, one had regular walking training, and one had no walking "
            "training."
            "\n\n"
            "After 12 weeks, the average gain in walking speed was not clearly different between "
            "the groups. But more people in the robot group moved up a level. They went from a "
            "speed for walking at home to a speed for walking out in the community."
        ),
        "practical_implications": [
            (
                "One option among several",
                "Exoskeleton training was not clearly better than regular walking training for "
                "speed. A therapist can help you choose training that fits your goals.",
            ),
            (
                "Talk about your goals",
                "Tell your care team what matters most to you, such as speed, distance or "
                "walking in the community.",
            ),
        ],
        "study_limitations": [
            "Only 25 people completed the study, which is a small number.",
            "Only people who could already take some steps were included. So the results may not "
            "apply to people who cannot.",
        ],
        "topics": ["Exoskeletons", "Walking"],
    },
    {
        "slug": "home-exoskeleton-veterans-trial",
        "title": "Using an exoskeleton at home: a large trial in veterans with SCI",
        "category": "walking-and-standing",
        "published_on": datetime.date(2024, 10, 14),
        "journal": "JAMA Network Open",
        "publication_year": 2024,
        "doi": "10.1001/jamanetworkopen.2024.31501",
        "paper_title": (
            "Exoskeletal-Assisted Walking in Veterans With Paralysis: A Randomized Clinical Trial"
        ),
        "simple_explanation": (
            "Some robots can be worn to help you walk. They are called exoskeletons. This trial "
            "asked if using one at home and out in the community improves health. There were 161 "
            "veterans with a spinal cord injury. They were put into two groups by chance. One "
            "group used a wheelchair plus a robot for 4 months. The other group used a "
            "wheelchair only. Mental and physical health did not clearly differ between the "
            "groups. The robot group used the device very little."
        ),
        "study_duration": "4 months of home and community use",
        "participants": (
            "161 veterans with SCI at 15 Veterans Affairs medical centres in the US "
            "(78 exoskeleton, 83 wheelchair only); 94% were men"
        ),
        "evidence_level": "rct",
        "key_findings": [
            "People reported their own mental health scores. Adding an exoskeleton did not "
            "clearly improve these scores.",
            "It also did not clearly improve physical and medical health scores.",
            "People in the robot group said they used the device little. The authors say the "
            "devices need safe changes, so that users do not always need a companion.",
        ],
        "research_summary": (
            "Wearable robots can help some people with a spinal cord injury stand and walk. But "
            "their use at home and in the community had not been tested in a trial where people "
            "are put into groups by chance. In this trial, veterans at 15 Veterans Affairs "
            "medical centres were put into groups between 2016 and 2021."
            "\n\n"
            "After 4 months, there were no clear differences in mental or physical health "
            "between the groups. One group had an exoskeleton and the other used only a "
            "wheelchair. The robot group used it little. The authors say the devices need safe "
            "changes so that people need a companion less. This may help them use the devices "
            "more."
        ),
        "practical_implications": [
            (
                "Think about daily life",
                "Using an exoskeleton at home takes training. In this trial, it also took a "
                "companion. Think about whether that fits your routine.",
            ),
            (
                "Talk it through first",
                "Before getting your own exoskeleton, ask your care team about the pros and cons.",
            ),
        ],
        "study_limitations": [
            "Almost all participants were men (94%), so the results may not apply as well to "
            "women.",
            "People used the device very little, so the trial may not show what regular use "
            "could do.",
        ],
        "topics": ["Exoskeletons", "Walking", "Mental Health"],
    },
    {
        "slug": "hank-exoskeleton-trial",
        "title": "Exoskeleton training in the first year after an incomplete SCI",
        "category": "walking-and-standing",
        "published_on": datetime.date(2024, 5, 20),
        "journal": "Journal of NeuroEngineering and Rehabilitation",
        "publication_year": 2023,
        "doi": "10.1186/s12984-023-01158-z",
        "paper_title": (
            "Exoskeleton-based training improves walking independence in incomplete spinal "
            "cord injury patients: results from a randomized controlled trial"
        ),
        "simple_explanation": (
            "This trial tested walking practice with a robot worn on the legs. This is called an "
            "exoskeleton. People in the trial had a spinal cord injury. They still had some "
            "movement or feeling below it. They had been injured less than a year before. People "
            "were put into two groups by chance. One group had 15 one-hour sessions with the "
            "robot. That group became more independent in walking. The other group did not show "
            "a clear gain."
        ),
        "study_duration": "15 one-hour training sessions",
        "participants": (
            "23 people with an incomplete SCI (AIS grade C or D), injured less than a year before"
        ),
        "evidence_level": "rct",
        "key_findings": [
            "No serious side effects were reported. During training, people rated their pain as "
            "low. They rated how tired they felt as mild to moderate.",
            "Walking independence was measured with a score of how much help and equipment a "
            "person needs to walk (WISCI-II). It rose by about 3.5 points in the robot group. It "
            "did not clearly rise in the other group.",
            "The change in walking independence over time was clearly different between the two "
            "groups.",
        ],
        "research_summary": (
            "Exoskeletons are starting to be used in walking therapy. But there is still only a "
            "little evidence about how well they work. This trial checked three things about an "
            "exoskeleton called HANK. Was it safe? Was it easy to use? And did training with it "
            "help walking?"
            "\n\n"
            "The trial included 23 people with an incomplete injury (some movement or feeling "
            "was left below the injury). Their injuries were anywhere from the neck to the lower "
            "back. All were in the first year after injury. No major safety problems were found. "
            "The robot group became more independent in walking than the other group."
        ),
        "practical_implications": [
            (
                "A possible part of rehab",
                "Exoskeleton training may help some people in the first year after an incomplete "
                "injury. Ask your therapist if it is offered where you are treated.",
            ),
            (
                "Walking independence",
                "The main gain was in how much help and equipment people needed to walk. Talk to "
                "your therapist about which walking goals matter most to you.",
            ),
        ],
        "study_limitations": [
            "Only 23 people took part, which is a small number.",
            "Only people with some movement or feeling below the injury were included (AIS grade "
            "C or D). So the results may not apply to people with no movement or feeling below "
            "the injury.",
        ],
        "topics": ["Exoskeletons", "Walking"],
    },
    {
        "slug": "epidural-stimulation-walking",
        "title": "Implanted spinal cord stimulation and training helped two of four people walk",
        "category": "walking-and-standing",
        "published_on": datetime.date(2024, 6, 10),
        "journal": "New England Journal of Medicine",
        "publication_year": 2018,
        "doi": "10.1056/NEJMoa1803588",
        "paper_title": (
            "Recovery of Over-Ground Walking after Chronic Motor Complete Spinal Cord Injury"
        ),
        "simple_explanation": (
            "In this study, a device was placed over the spinal cord. It sends small electrical "
            "pulses. People used it during hard walking training on a treadmill. Four people "
            "took part. None of them could move on purpose below the injury. They had been hurt "
            "2.5 to 3.3 years before. Walking training alone had not helped them. With the "
            "pulses, two of them learned to walk over ground. All four learned to stand on their "
            "own."
        ),
        "study_duration": "Up to 85 weeks of training, depending on the person",
        "participants": "4 people with a motor complete SCI, injured 2.5 to 3.3 years before",
        "evidence_level": "case_series",
        "key_findings": [
            "Two of the four people walked over ground, not only on a treadmill. One, with a "
            "mid-neck injury, did so after 278 sessions over 85 weeks. The other, with an "
            "upper-back injury, did so after 81 sessions over 15 weeks.",
            "All four people could stand on their own and hold their upper body steady.",
            "One person broke a hip during training.",
        ],
        "research_summary": (
            "People with a motor complete injury (no movement on purpose below the injury) "
            "usually do not regain walking. In this small study, four people had a device put in "
            "that sends pulses to the spinal cord. It is called a spinal cord stimulator. They "
            "then did hard treadmill training while the device was on. Part of their body weight "
            "was supported during training."
            "\n\n"
            "Two of the four people reached the point where they could walk over ground. All "
            "four gained the ability to stand on their own and to control their upper body. One "
            "person broke a hip during training."
        ),
        "practical_implications": [
            (
                "Still being researched",
                "This was a very small study. Epidural stimulation (from a device placed over "
                "the spinal cord) is still being studied for walking. It is not a standard "
                "treatment.",
            ),
            (
                "Ask about trials",
                "If you are interested, ask your care team about research studies that use "
                "stimulation of the spinal cord.",
            ),
        ],
        "study_limitations": [
            "Only four people took part, and there was no group to compare with.",
            "The training was very long and hard. The device needed surgery to put in.",
        ],
        "topics": ["Spinal Cord Stimulation", "Walking"],
    },
    {
        "slug": "nerve-pain-medicines-compared",
        "title": "Which medicines ease nerve pain after SCI? A comparison of 11 drugs",
        "category": "pain",
        "published_on": datetime.date(2024, 8, 19),
        "journal": "Frontiers in Neurology",
        "publication_year": 2022,
        "doi": "10.3389/fneur.2022.818522",
        "paper_title": (
            "Comparative Efficacy and Safety of 11 Drugs as Therapies for Adults With "
            "Neuropathic Pain After Spinal Cord Injury: A Bayesian Network Analysis Based on "
            "20 Randomized Controlled Trials"
        ),
        "simple_explanation": (
            "Nerve pain can feel like burning, tingling or shooting pain. It is common after a "
            "spinal cord injury. This study combined 20 trials with 1,198 people. In each trial, "
            "people were put into groups by chance. The study compared 11 medicines. Several "
            "medicines eased nerve pain. Some had more side effects or did not work as well."
        ),
        "study_duration": "Not applicable (review of published trials)",
        "participants": "Not applicable (review of 20 trials with 1,198 people)",
        "evidence_level": "systematic_review",
        # The findings must name the medicines compared; a reviewer accepted that.
        "plain_language_override": (
            "The key findings must name the 11 medicines the review compared. Drug names "
            "cannot be made simpler, and the sentences around them are plain."
        ),
        "key_findings": [
            "Seven of the 11 medicines helped with nerve pain. One of these was botulinum toxin "
            "A. It is given by injection. It gave the most pain relief at 4 weeks. The other six "
            "were gabapentin, pregabalin, amitriptyline, ketamine, lamotrigine and duloxetine.",
            "Two of the seven had fewer side effects. These were lamotrigine and gabapentin. "
            "They also did better at easing mood and sleep problems linked to the pain.",
            "Tramadol caused more serious side effects. The authors could not recommend "
            "tramadol, levetiracetam, carbamazepine or cannabinoids (cannabis-based medicines). "
            "This was because of safety or weaker results.",
        ],
        "research_summary": (
            "Nerve pain after a spinal cord injury can be hard to treat. This review searched "
            "four large research databases. It found 20 trials of medicines for this pain. In "
            "these trials, people were put into groups by chance. The review used a method "
            "called network meta-analysis. This lets researchers compare drugs even when they "
            "were not tested against each other directly."
            "\n\n"
            "Several medicines worked better than a dummy treatment. Botulinum toxin A gave the "
            "most pain relief at four weeks. It was also one of three medicines that helped most "
            "with mood and sleep problems. The other two were gabapentin and pregabalin. Side "
            "effects were not clearly different between most drugs. But tramadol caused more "
            "serious side effects."
        ),
        "practical_implications": [
            (
                "There are options",
                "Several medicines can ease nerve pain after a spinal cord injury. Each one has "
                "its own benefits and side effects.",
            ),
            (
                "Talk to your care team",
                "Do not start, stop or change a pain medicine on your own. Ask your care team "
                "which option may suit you.",
            ),
        ],
        "study_limitations": [
            "Many drugs were compared only indirectly. This is because few trials tested them "
            "head to head.",
            "The main pain result was measured at four weeks. So long-term effects are less clear.",
            "Several of the trials were judged to have a high chance of bias.",
        ],
        "topics": ["Neuropathic Pain"],
    },
    {
        "slug": "exercise-nerve-pain-animal-studies",
        "title": "Can exercise ease nerve pain after SCI? What animal studies show",
        "category": "pain",
        "published_on": datetime.date(2024, 11, 18),
        "journal": "Neurospine",
        "publication_year": 2023,
        "doi": "10.14245/ns.2346588.294",
        "paper_title": (
            "The Role of Exercise in the Alleviation of Neuropathic Pain Following Traumatic "
            "Spinal Cord Injuries: A Systematic Review and Meta-analysis"
        ),
        "simple_explanation": (
            "This review pulled together 15 studies. They were in animals with spinal cord "
            "injuries. It asked whether exercise reduces nerve pain. In these animals, exercise "
            "reduced signs of pain from touch, heat and cold. The effect was larger when "
            "exercise started about a week after injury. It was also larger when exercise was "
            "done every day. These were animal studies, so we do not yet know if the same is "
            "true for people."
        ),
        "study_duration": "Not applicable (review of published animal studies)",
        "participants": "Not applicable (review of 15 animal studies)",
        "evidence_level": "animal_lab",
        "key_findings": [
            "Exercise reduced pain caused by light touch, which should not hurt. It also reduced "
            "extra sensitivity to heat and cold.",
            "The benefit for touch pain was larger in milder injuries. It was also larger in "
            "injuries where the spinal cord was squeezed.",
            "Starting exercise 7 to 8 days after injury and exercising every day gave larger "
            "benefits.",
        ],
        "research_summary": (
            "Nerve pain is a common problem after a spinal cord injury. Researchers are looking "
            "at options such as exercise. This review searched four large research databases. It "
            "pooled the results of 15 animal studies."
            "\n\n"
            "Exercise clearly reduced pain signs in the animals. The benefit was greater when "
            "training began about a week after injury and went on every day. Because all the "
            "studies were in animals, studies in people are needed."
        ),
        "practical_implications": [
            (
                "Not yet proven in people",
                "These results come from animals. They suggest exercise is worth studying for "
                "nerve pain in people.",
            ),
            (
                "Ask before you start",
                "Talk to your care team about which kinds of exercise are safe for you.",
            ),
        ],
        "study_limitations": [
            "All of the studies were in animals, so the results may not apply to people.",
            "Results differed a lot from one study to another.",
        ],
        "topics": ["Neuropathic Pain", "Exercise"],
    },
    {
        "slug": "bladder-botox-trial",
        "title": "Botox injections in the bladder to reduce urine leaks",
        "category": "bladder-and-bowel",
        "published_on": datetime.date(2024, 9, 9),
        "journal": "European Urology",
        "publication_year": 2011,
        "doi": "10.1016/j.eururo.2011.07.002",
        "paper_title": (
            "Efficacy and safety of onabotulinumtoxinA in patients with urinary incontinence "
            "due to neurogenic detrusor overactivity: a randomised, double-blind, "
            "placebo-controlled trial"
        ),
        "simple_explanation": (
            "A spinal cord injury can change how the bladder works. Its muscle can squeeze on "
            "its own. This can make urine leak out. This trial tested Botox (a medicine that "
            "makes muscles relax). It was put into the bladder wall with a needle. Some of the "
            "adults had a spinal cord injury. Others had multiple sclerosis. They were put into "
            "groups by chance. Each person got one of two doses or a fake injection. Both doses "
            "cut leaks more than the fake injection. This was measured after six weeks."
        ),
        "study_duration": (
            "Main results 6 weeks after one treatment; people were followed longer to see "
            "when they asked for another"
        ),
        "participants": (
            "275 adults with urine leaks from an overactive bladder: 121 with SCI and 154 with MS"
        ),
        "evidence_level": "rct",
        "key_findings": [
            "People started with about 33 leaks a week. At 6 weeks, weekly leaks fell by about "
            "22 with the 200-unit dose. They fell by about 19 with the 300-unit dose, and by "
            "about 13 with the fake injection.",
            "Both doses also did better than the fake injection in three ways. They helped the "
            "bladder hold more, lowered bladder pressure and improved quality of life. Benefits "
            "were seen in people with spinal cord injury and in people with multiple sclerosis.",
            "The typical time before people asked for another treatment was about 42 weeks with "
            "either dose.",
        ],
        "research_summary": (
            "Nerve damage can make the bladder muscle squeeze on its own. This is called "
            "neurogenic detrusor overactivity. It often causes leaks and harms quality of life. "
            "It can also put the kidneys at risk. This trial tested Botox. It was injected at 30 "
            "spots in the bladder wall."
            "\n\n"
            "Both doses reduced leaks more than a fake injection. This started by the first "
            "check at two weeks. Bladder tests and quality of life also improved more than with "
            "the fake injection."
        ),
        "practical_implications": [
            (
                "One option for leaks",
                "Sometimes the bladder muscle can squeeze on its own and cause leaks. Then, "
                "Botox injections into the bladder are one option.",
            ),
            (
                "Talk to a bladder specialist",
                "Ask your care team about the benefits and possible side effects. You can also "
                "ask a urologist (a doctor for the bladder and urinary tract).",
            ),
        ],
        "study_limitations": [
            "More than half of the people had multiple sclerosis, not a spinal cord injury.",
            "Leaks also went down in the group that got the fake injection. So part of the "
            "change was not due to the drug.",
            "The main results were measured only 6 weeks after treatment.",
        ],
        "topics": ["Bladder Health"],
    },
    {
        "slug": "transanal-irrigation-trial",
        "title": "Rinsing the lower bowel with water: a trial of transanal irrigation",
        "category": "bladder-and-bowel",
        "published_on": datetime.date(2024, 12, 2),
        "journal": "Gastroenterology",
        "publication_year": 2006,
        "doi": "10.1053/j.gastro.2006.06.004",
        "paper_title": (
            "A Randomized, Controlled Trial of Transanal Irrigation Versus Conservative Bowel "
            "Management in Spinal Cord-Injured Patients"
        ),
        "simple_explanation": (
            "Many people with a spinal cord injury have bowel problems. Some have constipation. "
            "Some have stool leaks. Water can be put into the lower bowel through the anus. This "
            "helps to empty the bowel. It is called irrigation. This trial compared it with the "
            "best usual bowel care. 87 people were put into two groups by chance for 10 weeks. "
            "People who used irrigation had fewer problems with constipation. They also had "
            "fewer problems with leaks."
        ),
        "study_duration": "10 weeks",
        "participants": (
            "87 people with SCI and bowel problems at 5 European SCI centres "
            "(42 irrigation, 45 usual care)"
        ),
        "evidence_level": "rct",
        "key_findings": [
            "Constipation scores were lower with irrigation: 10.3 compared with 13.2. This was "
            "on a scale from 0 to 30 where higher is worse.",
            "Stool leak scores were lower (5.0 compared with 7.3, on a 0 to 24 scale). Overall "
            "bowel problem scores were also lower (10.4 compared with 13.3, on a 0 to 47 scale).",
            "Some quality of life scores, such as coping, improved more with irrigation. Others, "
            "such as lifestyle, did not clearly differ.",
        ],
        "research_summary": (
            "Bowel problems after a spinal cord injury can cause constipation, leaks or both. "
            "They can make daily life harder. Before this study, few trials had compared ways to "
            "manage the bowel. This trial took place at five spinal cord injury centres in "
            "Europe. It compared a method called transanal irrigation with the best usual bowel "
            "care, without irrigation."
            "\n\n"
            "After 10 weeks, people using irrigation had lower scores for constipation, stool "
            "leaks and overall bowel problems. Some quality of life measures also improved."
        ),
        "practical_implications": [
            (
                "Another option for bowel care",
                "If your current bowel care routine is not working well, irrigation is one "
                "option to ask your care team about.",
            ),
            (
                "Learn with support",
                "Irrigation is a skill. Ask your care team how you can learn to do it safely.",
            ),
        ],
        "study_limitations": [
            "The trial lasted only 10 weeks, so long-term effects are not known.",
            "People knew which treatment they were getting. This can affect how they answer "
            "questionnaires.",
        ],
        "topics": ["Bowel Health"],
    },
    {
        "slug": "bowel-management-review",
        "title": "Managing bowel problems after SCI: what the evidence says",
        "category": "bladder-and-bowel",
        "published_on": datetime.date(2025, 1, 13),
        "journal": "Spinal Cord",
        "publication_year": 2010,
        "doi": "10.1038/sc.2010.14",
        "paper_title": (
            "Neurogenic bowel management after spinal cord injury: a systematic review of the "
            "evidence"
        ),
        "simple_explanation": (
            "Nerve damage can stop the bowel from working as usual. This can happen after a "
            "spinal cord injury. This review looked for studies from 1950 to 2009 on how to "
            "manage it. A planned bowel care routine is usually the first step. But the evidence "
            "for it is weaker. Washing out the bowel with water looked promising. Some medicines "
            "help the bowel move. For long-lasting constipation, the evidence for these was "
            "strong."
        ),
        "study_duration": "Not applicable (review of published studies)",
        "participants": "Not applicable (systematic review of more than 50 studies)",
        "evidence_level": "systematic_review",
        "key_findings": [
            "Planned bowel care routines that combine several steps are the usual first "
            "approach. Only weaker evidence supports them.",
            "Some options use no medicine or surgery. Of these, washing out the bowel with water "
            "through the anus looked promising for constipation and leaks. This is called "
            "transanal irrigation.",
            "Sometimes other steps do not work. Then, medicines that help the bowel move had "
            "strong evidence for long-lasting constipation. Surgery may be considered if nothing "
            "else works. But the evidence for it is weaker.",
        ],
        "research_summary": (
            "Bowel problems are common after a spinal cord injury. This review searched many "
            "databases and found almost 3,000 studies. More than 50 met its rules. Two reviewers "
            "rated the quality of each study."
            "\n\n"
            "The review found that a good bowel care routine often needs more than one method. "
            "Evidence was low for approaches without medicine and high for medicines."
        ),
        "practical_implications": [
            (
                "More than one step",
                "A good bowel care routine often combines several methods. It may take time to "
                "find what works for you.",
            ),
            (
                "Work with your care team",
                "Talk to your care team before changing your bowel care routine or trying a new "
                "medicine.",
            ),
        ],
        "study_limitations": [
            "Evidence for approaches without medicine was low.",
            "Only studies up to 2009 were included, so newer research is not covered.",
        ],
        "topics": ["Bowel Health"],
    },
    {
        "slug": "depression-after-sci",
        "title": "How common is depression after SCI?",
        "category": "living-with-sci",
        "published_on": datetime.date(2025, 3, 10),
        "journal": "Archives of Physical Medicine and Rehabilitation",
        "publication_year": 2015,
        "doi": "10.1016/j.apmr.2014.08.016",
        "paper_title": "Prevalence of Depression After Spinal Cord Injury: A Meta-Analysis",
        "simple_explanation": (
            "Depression is more than feeling sad for a short time. It is a health condition that "
            "affects mood and daily life. This study pulled together 19 studies with 35,676 "
            "people with a spinal cord injury. Each study used a formal interview or a diagnosis "
            "by a health professional. About 22% of people with a spinal cord injury had "
            "depression. That is a little more than 1 in 5."
        ),
        "study_duration": "Not applicable (review of published studies)",
        "participants": "Not applicable (review of 19 studies with 35,676 people)",
        "evidence_level": "systematic_review",
        "key_findings": [
            "On average, 22.2% of people with a spinal cord injury had a diagnosis of depression.",
            "The authors' estimate ranged from about 19% to about 26%.",
            "Only studies that used a proper diagnosis were included. A symptom checklist alone "
            "was not enough.",
        ],
        "research_summary": (
            "Researchers wanted a clear figure for how many people with a spinal cord injury "
            "have depression. They searched several research databases for studies up to 2013. "
            "They only included studies that diagnosed depression in one of two ways. One was a "
            "clinical interview. The other was the judgement of a health professional."
            "\n\n"
            "Nineteen studies met these rules. Together they found that about 22% of people with "
            "a spinal cord injury had depression. The authors also checked whether some things "
            "affected the results. These included the share of men and women in each study, and "
            "how data were collected."
        ),
        "practical_implications": [
            (
                "You are not alone",
                "Depression is common after a spinal cord injury. About 1 in 5 people with this "
                "injury have it.",
            ),
            (
                "Ask for help",
                "If low mood or loss of interest is lasting, talk to your care team. Family "
                "members can also raise it.",
            ),
        ],
        "study_limitations": [
            "Only studies up to 2013 were included.",
            "It shows how common depression is. It does not show what causes it or which "
            "treatments work.",
        ],
        "topics": ["Mental Health"],
    },
    {
        "slug": "family-caregiver-challenges",
        "title": "What family caregivers of people with SCI face over time",
        "category": "living-with-sci",
        "published_on": datetime.date(2025, 4, 14),
        "journal": "Spinal Cord",
        "publication_year": 2021,
        "doi": "10.1038/s41393-021-00618-4",
        "paper_title": (
            "The challenges characterizing the lived experience of caregiving. A qualitative "
            "study in the field of spinal cord injury"
        ),
        "simple_explanation": (
            "Many people with a spinal cord injury get help from a family member. This may be a "
            "partner, for example. This study interviewed 22 family caregivers in Switzerland. "
            "They talked about what they found hard. Their role seemed to have two phases. First "
            "came a short phase of getting used to the new role. Then came a lifelong phase of "
            "balancing care with their own life."
        ),
        "study_duration": "Not stated",
        "participants": (
            "22 family caregivers in Switzerland (16 women; 15 were life partners), average "
            "age 61, caring for 18 years on average"
        ),
        "evidence_level": "qualitative",
        "key_findings": [
            "At first, caregivers dealt with shock and often felt unprepared for their new role.",
            "Later, they kept having to balance caring with their own life. This included "
            "putting their own wishes second. It also included sharing out tasks and workload.",
            "In both phases, they faced problems with suitable housing, money worries and "
            "paperwork.",
        ],
        "research_summary": (
            "Family caregivers help with many tasks after a spinal cord injury, from moving "
            "around to bladder and bowel care. This study used in-depth interviews to learn "
            "about caregivers' challenges over time."
            "\n\n"
            "The researchers found two phases. The first was short and was about becoming a "
            "caregiver. The second lasted for life and was about balancing care with personal "
            "life. The authors say support for caregivers needs to change as their role changes. "
            "They add that being a caregiver can also enrich a person's life."
        ),
        "practical_implications": [
            (
                "Caregivers need support too",
                "Caregivers' needs change over time. Support from health and social services "
                "should change with them.",
            ),
            (
                "Speak up about problems",
                "Caregivers can tell the care team what they find hard, including housing, money "
                "or paperwork.",
            ),
        ],
        "study_limitations": [
            "The study included 22 caregivers from one country. So experiences elsewhere may "
            "differ.",
            "Most caregivers had been caring for many years. So people new to the role may see "
            "things differently.",
        ],
        "topics": ["Caregivers"],
    },
    {
        "slug": "return-to-work-review",
        "title": "Going back to work after SCI: what helps and what gets in the way",
        "category": "living-with-sci",
        "published_on": datetime.date(2025, 5, 19),
        "journal": "Disability and Rehabilitation",
        "publication_year": 2007,
        "doi": "10.1080/09638280701320839",
        "paper_title": "Return to work following spinal cord injury: a review",
        "simple_explanation": (
            "This review looked at research from 2000 to 2006 about work after a spinal cord "
            "injury. Some people had a job when they were injured. Of these, 21% to 67% went "
            "back to work. People were more likely to go back if they were younger when injured. "
            "The same was true for people with a less severe injury, and for those who could do "
            "more for themselves. Things that often got in the way included transport, health "
            "problems and unfair treatment by employers."
        ),
        "study_duration": "Not applicable (review of published studies)",
        "participants": "Not applicable (review of research published from 2000 to 2006)",
        "evidence_level": "systematic_review",
        "key_findings": [
            "The share of people who went back to work ranged from 21% to 67% across studies. "
            "The share of people with a spinal cord injury who had a job ranged from 11.5% to "
            "74%.",
            "Going back to work was more likely for people injured at a younger age. It was also "
            "more likely for people with less severe injuries and more independence in daily "
            "tasks. Employment also rose with time since injury.",
            "Common barriers were transport, and health and physical limits. Others were lack of "
            "work experience or training, and buildings that are hard to get into. Unfair "
            "treatment by employers and losing disability benefits were also barriers.",
        ],
        "research_summary": (
            "Work can matter a lot to people after a spinal cord injury. This review searched "
            "several research databases. It looked for studies on work after this injury from "
            "2000 to 2006."
            "\n\n"
            "It found that employment rates after spinal cord injury were low. They also varied "
            "widely between studies. People who were injured as children or teenagers had higher "
            "employment rates as adults. People with a spinal cord injury also tended to stop "
            "working at a younger age. The authors call for more research on ways to help people "
            "find and keep work."
        ),
        "practical_implications": [
            (
                "Work is possible",
                "Many people with a spinal cord injury do go back to work. Rates rose with time "
                "after injury.",
            ),
            (
                "Plan ahead",
                "Ask your care team about vocational rehabilitation (services that help you "
                "prepare for and find work).",
            ),
        ],
        "study_limitations": [
            "Only studies from 2000 to 2006 were included.",
            "Studies measured work in different ways and in different countries. So the rates "
            "varied a lot.",
        ],
        "topics": ["Work and Employment"],
    },
    {
        "slug": "blood-pressure-spikes-bladder-tests",
        "title": "Who is at risk of a dangerous blood pressure spike during bladder tests?",
        "category": "heart-and-breathing",
        "published_on": datetime.date(2025, 6, 16),
        "journal": "BMC Medicine",
        "publication_year": 2018,
        "doi": "10.1186/s12916-018-1040-8",
        "paper_title": (
            "Prediction of autonomic dysreflexia during urodynamics: a prospective cohort study"
        ),
        "simple_explanation": (
            "After a spinal cord injury, blood pressure can suddenly rise very high. This can be "
            "dangerous. Some bladder tests fill the bladder to check how it works. This study "
            "looked at 300 people with a spinal cord injury. Their blood pressure was checked "
            "all through this test. Two things predicted a blood pressure spike. One was an "
            "injury at the T6 level or higher. The other was a bladder muscle that squeezes on "
            "its own."
        ),
        "study_duration": "Not applicable (measured during bladder testing)",
        "participants": (
            "300 people with SCI who had bladder testing with constant heart and blood "
            "pressure monitoring"
        ),
        "evidence_level": "controlled_study",
        "key_findings": [
            "People with an injury at T6 or above were more likely to have a blood pressure "
            "spike during the test. Their odds were about 5.5 times higher than for people "
            "injured at T7 or below.",
            "People whose bladder muscle squeezed on its own had about 2.7 times the odds.",
            "Of all the things the researchers checked, only these two predicted a spike on "
            "their own.",
        ],
        "research_summary": (
            "These sudden spikes are called autonomic dysreflexia. They can lead to heart "
            "problems, bleeding in the brain or even death. Bladder tests are a known trigger. "
            "So is a bladder that is too active. This study followed 300 people with a spinal "
            "cord injury through bladder testing. Their heart and blood pressure were watched "
            "the whole time."
            "\n\n"
            "Two things stood out. One was an injury at T6 or higher. The other was a bladder "
            "muscle that squeezes on its own. This is called neurogenic detrusor overactivity. "
            "Each one made a spike during the test more likely."
        ),
        "practical_implications": [
            (
                "Know your injury level",
                "If your injury is at T6 or higher, make sure the team doing your bladder test "
                "knows this.",
            ),
            (
                "Learn the warning signs",
                "Ask your care team about the warning signs of these blood pressure spikes. Ask "
                "what to do if they happen.",
            ),
        ],
        "study_limitations": [
            "It only looked at bladder testing, not at daily life.",
            "It shows who is at higher risk. It did not test ways to prevent these spikes.",
        ],
        "topics": ["Heart Health", "Bladder Health"],
    },
    {
        "slug": "heart-rate-blood-pressure-veterans",
        "title": "Heart rate and blood pressure problems are common in veterans with SCI",
        "category": "heart-and-breathing",
        "published_on": datetime.date(2025, 7, 21),
        "journal": "The Journal of Spinal Cord Medicine",
        "publication_year": 2013,
        "doi": "10.1179/2045772313Y.0000000109",
        "paper_title": (
            "A prospective report on the prevalence of heart rate and blood pressure "
            "abnormalities in veterans with spinal cord injuries"
        ),
        "simple_explanation": (
            "Some nerves control heart rate and blood pressure. A spinal cord injury can affect "
            "these nerves. This study checked heart rate and blood pressure in 64 veterans. All "
            "of them had had a spinal cord injury for a long time. The checks were done at their "
            "yearly check-up, sitting and lying down. Problems were common. The type of problem "
            "depended on where the injury was."
        ),
        "study_duration": "Not applicable (measured at one yearly check-up)",
        "participants": (
            "64 veterans with long-term SCI (33 with tetraplegia, 9 with high paraplegia, "
            "22 with low paraplegia), injured about 20 years before on average"
        ),
        "evidence_level": "cross_sectional",
        "key_findings": [
            "A slow heart rate was more common in people with a neck injury. This kind of injury "
            "affects the arms and legs. A fast heart rate was more common in people with an "
            "injury lower down, which affects the legs.",
            "Low blood pressure was more common in people with a neck injury or an injury high "
            "in the back. High blood pressure was about twice as common in people with an injury "
            "low in the back.",
            "Many veterans had three or more other health conditions. Many also took three or "
            "more medicines that might affect heart rate and blood pressure.",
        ],
        "research_summary": (
            "After a spinal cord injury, the body's automatic control of heart rate and blood "
            "pressure can be upset. Other health conditions and medicines may add to this. This "
            "study measured heart rate and blood pressure in veterans with a spinal cord injury. "
            "This was done at a routine yearly exam, both sitting and lying down."
            "\n\n"
            "Heart rate and blood pressure problems were common. Which problems people had "
            "depended on where the injury was. It could be in the neck, high in the back or "
            "lower in the back. Changes with body position were clearest in people with a neck "
            "injury (tetraplegia)."
        ),
        "practical_implications": [
            (
                "Regular checks",
                "Ask your care team to check your heart rate and blood pressure at routine visits.",
            ),
            (
                "Review your medicines",
                "Some medicines can change heart rate and blood pressure. Ask your care team to "
                "review yours.",
            ),
        ],
        "study_limitations": [
            "Only 64 veterans took part. So the results may not apply to everyone with a spinal "
            "cord injury.",
            "Readings were taken at one visit. So they show one point in time, not changes over "
            "time.",
        ],
        "topics": ["Heart Health"],
    },
]
