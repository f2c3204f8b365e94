"""The site's own pages for the demo: written for this project, in plain language."""

from review.roles import EDITORS, MEDICAL_REVIEWERS, WRITERS

SITE_NAME = "Spinal Cord Research Help"
TAGLINE = "Spinal cord injury research, explained in plain language."

HOME_INTRO = (
    "We turn new research on spinal cord injury (SCI) into short summaries that anyone "
    "can read. Each summary says what a study did, what it found and how strong the "
    "evidence is. They are written for people with SCI, their families and carers, "
    "and anyone who is curious."
)

DEMO_NOTICE = (
    "This is a demo site. The summaries describe real papers, but no real medical "
    "reviewer has checked them. Do not use them to make health decisions."
)

RESEARCH_INTRO = (
    "Browse summaries by category, or see the newest first. Each one links to the original paper."
)

ABOUT = {
    "slug": "about",
    "title": "About",
    "intro": "Research about spinal cord injury is hard to read. We want to change that.",
    "body": (
        "<h2>What we do</h2>"
        "<p>Every month, new studies about spinal cord injury come out. Most are written "
        "for scientists. We pick studies that matter to people living with SCI and explain "
        "them in everyday words.</p>"
        "<h2>How a summary is made</h2>"
        "<ol>"
        "<li>A writer reads the paper and writes a plain summary of it.</li>"
        "<li>Our tools check that the summary is easy to read and that hard words are "
        "explained.</li>"
        "<li>A medical reviewer checks that the summary says only what the paper found.</li>"
        "<li>Only then is the summary published.</li>"
        "</ol>"
        "<h2>How to read the evidence level</h2>"
        "<p>Each summary shows how strong its evidence is. A review that combines many good "
        "studies is stronger than a single small study. A study done in animals is an early "
        "step: results often change when tested in people.</p>"
        "<h2>What we do not do</h2>"
        "<p>We do not give medical advice, and we do not sell treatments. If a summary raises "
        "a question for you, take it to your doctor or care team.</p>"
    ),
}

GLOSSARY = {
    "slug": "glossary",
    "title": "Glossary",
    "intro": (
        "What the medical and research words in our summaries mean, from A to Z. A medical "
        "reviewer has checked every explanation."
    ),
}

DISCLAIMER = {
    "slug": "disclaimer",
    "title": "Disclaimer",
    "intro": "Our summaries explain research. They are not medical advice.",
    "body": (
        "<p>The summaries on this site explain what research studies found. They are written "
        "to help you understand the research and talk about it with your care team.</p>"
        "<ul>"
        "<li>Do not start, stop or change a treatment because of something you read here. "
        "Talk to your doctor first.</li>"
        "<li>One study rarely settles a question. Later research may change what we know.</li>"
        "<li>A treatment that helped people in a study may not help everyone, and it may "
        "not be available where you live.</li>"
        "</ul>"
        "<p>We check each summary carefully, but mistakes can happen. Each summary links to "
        "the original paper so that you or your doctor can read it in full.</p>"
        "<p>If you think you have a medical emergency, call your local emergency number.</p>"
    ),
}

CONTACT = {
    "slug": "contact",
    "title": "Contact",
    "intro": (
        "Tell us what you think of the site, suggest a study for us to explain, or point out "
        "a mistake. We cannot answer questions about your own health."
    ),
    "thank_you_text": "We read every message and try to reply within two weeks.",
    "subject": "New message from the contact form",
    # (label, field type, required, help text)
    "fields": (
        ("Your name", "singleline", True, ""),
        ("Your e-mail address", "email", True, "So that we can reply to you."),
        ("Your message", "multiline", True, "Please do not include health details."),
    ),
}

DEMO_ACCOUNTS = (
    # (username, password, group name or None for a superuser, first name, last name)
    ("admin", "admin-demo-pass", None, "Ada", "Admin"),
    ("editor", "editor-demo-pass", EDITORS, "Eden", "Editor"),
    ("writer", "writer-demo-pass", WRITERS, "Wren", "Writer"),
    # A demo account, named as one: the stamp "Medically reviewed by Demo Reviewer" on demo
    # summaries must not suggest that a real clinician checked them.
    ("reviewer", "reviewer-demo-pass", MEDICAL_REVIEWERS, "Demo", "Reviewer"),
)
