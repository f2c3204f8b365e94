"""Demo summaries in the category "rehabilitation". See the package docstring."""

import datetime

SUMMARIES = [
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
            "this injury. They based the advice on a planned review of the research. They "
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
            "twice a week. Aerobic exercise makes your heart beat faster. Also, 3 sets of "
            "strength exercises for each major muscle group, twice a week. This advice is strong.",
            "For heart and metabolic health: at least 30 minutes of moderate to hard aerobic "
            "exercise, three times a week. Metabolic health means how the body handles sugar and "
            "fat. This advice is weaker, or conditional.",
            "People living with spinal cord injury helped shape the guidelines. The team "
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
]
