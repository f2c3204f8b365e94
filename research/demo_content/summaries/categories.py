"""The demo category tree: `parent` is None or the slug of another category."""

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
        # Shows a category's own review interval (currency app): the site's is 12 months.
        "review_interval_months": 18,
    },
]
