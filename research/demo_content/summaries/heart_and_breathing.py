"""Demo summaries in the category "heart-and-breathing". See the package docstring."""

import datetime

SUMMARIES = [
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
