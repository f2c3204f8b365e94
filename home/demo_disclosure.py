"""Who runs the demo site and who works on it: said plainly, and said to be a demo.

No real organisation, funder or clinician is named: the people are fictional, and each
profile says so. Their credentials say "fictional" too, so that no reader takes a demo
review for a real one.
"""

from people.models import Role
from people.names import FICTIONAL_NOTE, NONE_DECLARED
from research.models import summary

RUN_BY = (
    "This demo site is run by its developers, to show how plain-language research "
    "summaries can be written, checked and published."
)
FUNDED_BY = "This demo site has no funding. Nobody pays for it and it carries no adverts."

# The value of a demo summary's funding and conflicts where nobody has yet read the
# paper's own statement (research/demo_content/PROVENANCE.md says which).
NOT_CHECKED = summary.NOT_CHECKED

# (username of the demo account, profile). Every demo account that signs off or writes
# demo summaries has one.
DEMO_PROFILES = {
    "writer": {
        "display_name": "Wren Writer",
        "role": Role.WRITER,
        "job_title": "Science writer (fictional)",
        "bio": f"{FICTIONAL_NOTE} Wren stands for the writers who turn papers into plain "
        "summaries on a real site.",
    },
    "reviewer": {
        "display_name": "Demo Reviewer",
        "role": Role.MEDICAL_REVIEWER,
        "credentials": "MD (fictional, for the demo)",
        "job_title": "Medical reviewer (fictional)",
        "specialty": "Spinal cord injury (fictional)",
        "bio": f"{FICTIONAL_NOTE} No real doctor has checked the demo summaries. On a real "
        "site, a medical reviewer with real qualifications would check each one.",
    },
    "editor": {
        "display_name": "Eden Editor",
        "role": Role.EDITOR,
        "job_title": "Editor (fictional)",
        "bio": f"{FICTIONAL_NOTE} Eden stands for the editors who run the site.",
    },
    "admin": {
        "display_name": "Ada Admin",
        "role": Role.EDITOR,
        "job_title": "Site administrator (fictional)",
        "bio": f"{FICTIONAL_NOTE} Ada stands for the people who look after the site.",
    },
}
for profile in DEMO_PROFILES.values():
    profile.setdefault("conflicts_of_interest", NONE_DECLARED)
    profile["is_fictional"] = True

EDITORIAL_POLICY = {
    "slug": "editorial-policy",
    "title": "Editorial policy",
    "intro": "How summaries are chosen, written and checked, and who is behind this site.",
    "body": (
        "<h2>This is a demo</h2>"
        "<p>This site is a demo. The summaries describe real papers, but the people named as "
        "their writer and medical reviewer are fictional. No real doctor has checked them. "
        "Do not use them to make health decisions.</p>"
        "<h2>Who runs this site</h2>"
        f"<p>{RUN_BY}</p>"
        "<h2>Who pays for it</h2>"
        f"<p>{FUNDED_BY}</p>"
        "<h2>How we choose studies</h2>"
        "<p>For the demo, the developers chose published papers on spinal cord injury, spread "
        "over the site's categories, such as walking, pain, and bladder and bowel care. We "
        "link every summary to its paper.</p>"
        "<h2>How a summary is written and checked</h2>"
        "<ol>"
        "<li><strong>Writing.</strong> A writer reads the paper and writes the summary in "
        "plain words. They record who paid for the study and what the paper's authors "
        "declare about their own interests, as the paper states them.</li>"
        "<li><strong>Plain-language check.</strong> When the writer sends the summary for "
        "review, the site checks it by itself: how hard each part is to read, hard words "
        "without an explanation, and problems such as images without a description. A "
        "summary that fails goes back to the writer with the reasons.</li>"
        "<li><strong>Claim check.</strong> The site also looks for words that claim more "
        "than the study can show, such as “cures” or “proves” for a small or early study. "
        "It flags them for the medical reviewer, who decides.</li>"
        "<li><strong>Medical review.</strong> A medical reviewer checks that the summary "
        "says only what the paper found. They approve it or ask for changes. Nobody "
        "approves words they wrote. A reviewer must list their qualifications on their "
        "profile before they can approve anything.</li>"
        "<li><strong>Overrides.</strong> Sometimes a hard word cannot be avoided. A "
        "reviewer may then approve the summary although the plain-language check fails, "
        "but only with a written reason. The reason is kept in the record.</li>"
        "<li><strong>Publishing.</strong> A summary goes live only as a medical reviewer "
        "approved it. If anything a reader sees changes later, it needs a new review.</li>"
        "</ol>"
        "<h2>Keeping summaries up to date</h2>"
        "<p>Each summary shows who checked it and when. Editors set how often summaries "
        "are checked again, and reviewers are reminded when a check falls due.</p>"
        "<h2>Who writes and checks</h2>"
        "<p>Each summary names its writer and its medical reviewer. Their names link to "
        "profiles that show their qualifications and any conflicts of interest.</p>"
        "<h2>Found a mistake?</h2>"
        "<p>Please tell us through the contact page. Say which summary and what is wrong. "
        "We will check it against the paper and correct it.</p>"
    ),
}
