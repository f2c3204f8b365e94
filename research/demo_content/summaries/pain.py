"""Demo summaries in the category "pain". See the package docstring."""

import datetime

SUMMARIES = [
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
            "Seven of the 11 medicines helped with nerve pain. Botulinum toxin A gave the most "
            "relief at 4 weeks. It is given by injection. Gabapentin and pregabalin were among "
            "the others that helped.",
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
            "Seven medicines worked better than a dummy treatment: botulinum toxin A, "
            "gabapentin, pregabalin, amitriptyline, ketamine, lamotrigine and duloxetine. "
            "Botulinum toxin A gave the "
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
]
