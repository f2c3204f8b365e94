"""Demo summaries in the category "bladder-and-bowel". See the package docstring."""

import datetime

SUMMARIES = [
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
            "People who used irrigation had less constipation. On a scale from 0 to 30, where "
            "a higher score is worse, they scored 10.3. People with usual care scored 13.2.",
            "They also had fewer stool leaks and fewer bowel problems overall. Leak scores were "
            "5.0 against 7.3, on a scale up to 24. Overall scores were 10.4 against 13.3, on a "
            "scale up to 47.",
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
]
