"""Demo summaries in the category "living-with-sci". See the package docstring."""

import datetime

SUMMARIES = [
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
        "evidence_level": "narrative_review",
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
                "Getting back to work is often hard",
                "The review found that work rates after spinal cord injury were low. They did "
                "rise with time after injury. The authors say more research is needed on what "
                "helps people find and keep work.",
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
            "The review gives the range of results from different studies. It does not combine "
            "them into one overall figure.",
        ],
        "topics": ["Work and Employment"],
    },
]
