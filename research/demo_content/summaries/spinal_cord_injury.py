"""Demo summaries in the category "spinal-cord-injury". See the package docstring."""

import datetime

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
            "Some studies report promising results in people treated a few weeks after injury. "
            "This was especially true in studies of MSCs. One example is a product called "
            "Stemirac. Even so, no treatment is widely seen as a proven breakthrough.",
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
            "The authors say promising results have been reported in people treated in the weeks "
            "after injury. This was especially true in studies of MSCs, such as Stemirac. Still, "
            "there has been no breakthrough that everyone accepts. The authors compare nerve "
            "stem cells from a donor with a person's own MSCs. They think the donor cells might "
            "be better in some ways. They may be able to stay in the spinal cord. They can also "
            "be ready to use right away. The authors also have hope for adult cells turned back "
            "into stem cells in the lab (iPS cells)."
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
]
