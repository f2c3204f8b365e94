"""Demo summaries in the category "walking-and-standing". See the package docstring."""

import datetime

SUMMARIES = [
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
        "title": (
            "Implanted spinal cord stimulation and training: two of four people walked with aids"
        ),
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
            "pulses on, two of them learned to walk over ground. They still needed walking aids. "
            "All four learned to stand on their own."
        ),
        "study_duration": "Up to 85 weeks of training, depending on the person",
        "participants": "4 people with a motor complete SCI, injured 2.5 to 3.3 years before",
        "evidence_level": "case_series",
        "key_findings": [
            "Two of the four people walked over ground, not only on a treadmill. They used "
            "walking aids, and the device was switched on. One, with a "
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
            "Two of the four people reached the point where they could walk over ground. They "
            "used walking aids to do so, with the device switched on. All four gained the "
            "ability to stand on their own and to control their upper body. One person broke a "
            "hip during training."
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
]
