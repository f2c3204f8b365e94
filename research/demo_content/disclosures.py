"""Study funding and authors' conflicts of interest for the demo summaries.

For each demo summary (keyed by its slug in ``summaries/``) this records who paid for
the study and what conflicts of interest (competing interests) the authors declared,
as the paper itself states them, in plain words. ``checked_at`` lists the stored
pages that were read; PROVENANCE.md ("Funding and conflicts of interest") quotes the
words each value rests on.

Nothing here is inferred. The stored copies we could search show only the opening
part of each page (title, authors, abstract), while papers usually print funding and
conflicts near the end. So when a statement was not on any page we could see, the
value is ``NOT_FOUND``: that means "not seen", not "the paper has none". An editor
should fill it in from the full paper before relying on it.

This module is pure data so that seeding code, tests and fixtures can share it."""

NOT_FOUND = "Not stated in the pages we could check"

DISCLOSURES = {
    "stem-cell-therapies-review": {
        "study_funding": NOT_FOUND,
        "author_conflicts": NOT_FOUND,
        "checked_at": (
            "https://keio.elsevierpure.com/en/publications/"
            "stem-cell-therapies-for-spinal-cord-injury-in-humans-a-review-of-"
        ),
    },
    "early-surgery-neck-injury": {
        "study_funding": NOT_FOUND,
        "author_conflicts": NOT_FOUND,
        "checked_at": (
            "https://id.scribd.com/document/283007513/journal-pone-0032037-pdf ; "
            "https://m.moam.info/early-versus-delayed-decompression-for-traumatic-cervical-"
            "plos_5a46bad91723dd208c1ad994.html"
        ),
    },
    "methylprednisolone-review": {
        "study_funding": NOT_FOUND,
        "author_conflicts": NOT_FOUND,
        "checked_at": (
            "https://pmc.ncbi.nlm.nih.gov/articles/PMC4779323 ; "
            "https://zh.scribd.com/document/376045514/neu-2015-4192"
        ),
    },
    "exercise-guidelines-adults": {
        "study_funding": NOT_FOUND,
        "author_conflicts": NOT_FOUND,
        "checked_at": (
            "https://5dok.net/document/oy8k9p5y-evidence-scientific-exercise-guidelines-"
            "adults-spinal-injury-guideline.html ; "
            "https://sciguidelines.ubc.ca/developmentguidelines/"
        ),
    },
    "skin-stimulation-arm-hand": {
        "study_funding": NOT_FOUND,
        "author_conflicts": NOT_FOUND,
        "checked_at": (
            "https://experts.umn.edu/en/publications/"
            "non-invasive-spinal-cord-electrical-stimulation-for-arm-and-hand- ; "
            "http://www.nature.com:80/articles/s41591-024-02940-9"
        ),
    },
    "wise-exoskeleton-trial": {
        "study_funding": NOT_FOUND,
        "author_conflicts": NOT_FOUND,
        "checked_at": (
            "https://pmc.ncbi.nlm.nih.gov/articles/PMC9209325 ; "
            "https://www.scribd.com/document/692076115/Exoskeleton-SCI ; "
            "http://dx.doi.org/10.1038/s41393-022-00751-8"
        ),
    },
    "home-exoskeleton-veterans-trial": {
        "study_funding": NOT_FOUND,
        "author_conflicts": NOT_FOUND,
        "checked_at": "https://pmc.ncbi.nlm.nih.gov/articles/PMC11375472",
    },
    "hank-exoskeleton-trial": {
        "study_funding": NOT_FOUND,
        "author_conflicts": NOT_FOUND,
        "checked_at": (
            "https://jneuroengrehab.biomedcentral.com/articles/10.1186/s12984-023-01158-z ; "
            "https://link.springer.com/article/10.1186/s12984-023-01158-z"
        ),
    },
    "epidural-stimulation-walking": {
        "study_funding": (
            "The Leona M. and Harry B. Helmsley Charitable Trust and others paid for the study."
        ),
        "author_conflicts": NOT_FOUND,
        "checked_at": "https://www.ncbi.nlm.nih.gov/pubmed/?term=10.1056/nejmoa1803588",
    },
    "nerve-pain-medicines-compared": {
        "study_funding": NOT_FOUND,
        "author_conflicts": NOT_FOUND,
        "checked_at": (
            "https://frontiersin.org/articles/10.3389/fneur.2022.818522/full ; "
            "https://frontiersin.org/journals/neurology/articles/10.3389/fneur.2022.818522/text"
        ),
    },
    "exercise-nerve-pain-animal-studies": {
        "study_funding": NOT_FOUND,
        "author_conflicts": NOT_FOUND,
        "checked_at": (
            "https://www.e-neurospine.org/journal/view.php?number=1464 ; "
            "https://www.e-neurospine.org/journal/view.php?number=1464&viewtype=pubreader"
        ),
    },
    "bladder-botox-trial": {
        "study_funding": NOT_FOUND,
        "author_conflicts": NOT_FOUND,
        "checked_at": (
            "https://pubmed.ncbi.nlm.nih.gov/21798658/ ; "
            "https://read.qxmd.com/read/21798658/efficacy-and-safety-of-onabotulinumtoxina-in-"
            "patients-with-urinary-incontinence-due-to-neurogenic-detrusor-overactivity-a-"
            "randomised-double-blind-placebo-controlled-trial"
        ),
    },
    "transanal-irrigation-trial": {
        "study_funding": NOT_FOUND,
        "author_conflicts": NOT_FOUND,
        "checked_at": (
            "http://www.ncbi.nlm.nih.gov/pubmed/16952543 ; "
            "https://www.springermedizin.at/link?doi=10.1053/j.gastro.2006.06.004"
        ),
    },
    "bowel-management-review": {
        "study_funding": NOT_FOUND,
        "author_conflicts": NOT_FOUND,
        "checked_at": "https://pmc.ncbi.nlm.nih.gov/articles/PMC3118252",
    },
    "depression-after-sci": {
        "study_funding": NOT_FOUND,
        "author_conflicts": NOT_FOUND,
        "checked_at": (
            "https://www.archives-pmr.org/article/S0003-9993(14)01029-6/pdf ; "
            "https://www.scribd.com/document/549224586/Prevalen-of-D"
        ),
    },
    "family-caregiver-challenges": {
        "study_funding": NOT_FOUND,
        "author_conflicts": NOT_FOUND,
        "checked_at": (
            "https://pmc.ncbi.nlm.nih.gov/articles/PMC8110474 ; "
            "https://www.nature.com/articles/s41393-021-00618-4"
        ),
    },
    "return-to-work-review": {
        "study_funding": NOT_FOUND,
        "author_conflicts": NOT_FOUND,
        "checked_at": (
            "https://pubmed.ncbi.nlm.nih.gov/17729082/ ; "
            "https://fdocuments.us/document/return-to-work-following-spinal-cord-injury-a-review.html"
        ),
    },
    "blood-pressure-spikes-bladder-tests": {
        "study_funding": NOT_FOUND,
        "author_conflicts": NOT_FOUND,
        "checked_at": (
            "https://bmcmedicine.biomedcentral.com/articles/10.1186/s12916-018-1040-8 ; "
            "https://pmc.ncbi.nlm.nih.gov/articles/PMC5898013/"
        ),
    },
    "heart-rate-blood-pressure-veterans": {
        "study_funding": NOT_FOUND,
        "author_conflicts": NOT_FOUND,
        "checked_at": "https://pmc.ncbi.nlm.nih.gov/articles/PMC3739895",
    },
}

__all__ = ["DISCLOSURES", "NOT_FOUND"]
