"""The evidence scale shown to readers, strongest first.

It follows the usual hierarchy of evidence for treatment questions (as in the
Oxford CEBM levels and the NHMRC scale): pooled studies above single trials,
trials above observational studies, studies in people above animal and
laboratory work. Qualitative studies answer a different question (what living
with something is like) and sit beside observational work rather than below it.
Each level carries a plain label and one sentence a reader can understand
without knowing research terms.
"""

from dataclasses import dataclass

from django.db import models


class EvidenceLevel(models.TextChoices):
    SYSTEMATIC_REVIEW = "systematic_review", "Systematic review or meta-analysis"
    RCT = "rct", "Randomised controlled trial"
    CONTROLLED_STUDY = "controlled_study", "Controlled or cohort study"
    CROSS_SECTIONAL = "cross_sectional", "Survey or cross-sectional study"
    CASE_SERIES = "case_series", "Case series or single-group study"
    QUALITATIVE = "qualitative", "Qualitative study (interviews)"
    NARRATIVE_REVIEW = "narrative_review", "Review of research"
    EXPERT_OPINION = "expert_opinion", "Expert opinion or guideline"
    ANIMAL_LAB = "animal_lab", "Animal or laboratory study"


@dataclass(frozen=True)
class EvidenceDescription:
    strength: str
    explanation: str


EVIDENCE_DESCRIPTIONS = {
    EvidenceLevel.SYSTEMATIC_REVIEW: EvidenceDescription(
        "Strongest",
        "Researchers searched for all the good studies on a question and combined their results.",
    ),
    EvidenceLevel.RCT: EvidenceDescription(
        "Strong",
        "People were put into groups by chance, so the groups can be fairly compared.",
    ),
    EvidenceLevel.CONTROLLED_STUDY: EvidenceDescription(
        "Moderate",
        "Groups of people were followed and compared, but they were not put into groups by chance.",
    ),
    EvidenceLevel.CROSS_SECTIONAL: EvidenceDescription(
        "Moderate to weak",
        "People answered questions or were measured once. This shows links, not causes.",
    ),
    EvidenceLevel.CASE_SERIES: EvidenceDescription(
        "Weak",
        "A small group of people was treated or watched, with no comparison group.",
    ),
    EvidenceLevel.QUALITATIVE: EvidenceDescription(
        "Describes experience",
        "Researchers talked with people about their lives. It shows what matters to them, "
        "not how well a treatment works.",
    ),
    EvidenceLevel.NARRATIVE_REVIEW: EvidenceDescription(
        "Weak to moderate",
        "Experts described what other studies have found, without a set method for choosing them.",
    ),
    EvidenceLevel.EXPERT_OPINION: EvidenceDescription(
        "Weak",
        "Experts agreed on advice based on their experience and the research they know.",
    ),
    EvidenceLevel.ANIMAL_LAB: EvidenceDescription(
        "Early stage",
        "The work was done in animals or cells. Results often change when tested in people.",
    ),
}


def describe_evidence(level: str) -> EvidenceDescription | None:
    try:
        return EVIDENCE_DESCRIPTIONS[EvidenceLevel(level)]
    except ValueError:
        return None


# Levels that are one study of people: readers are told what one study can and cannot show.
SINGLE_STUDIES = frozenset(
    {
        EvidenceLevel.RCT,
        EvidenceLevel.CONTROLLED_STUDY,
        EvidenceLevel.CROSS_SECTIONAL,
        EvidenceLevel.CASE_SERIES,
        EvidenceLevel.QUALITATIVE,
    }
)


@dataclass(frozen=True)
class EvidenceCaution:
    heading: str
    text: str


def evidence_caution(level: str) -> EvidenceCaution | None:
    """What a reader should keep in mind before the findings, for evidence that is early
    (animals or cells) or one study alone."""
    if level == EvidenceLevel.ANIMAL_LAB:
        return EvidenceCaution(
            "A study in animals or cells",
            "Results in animals or cells often do not carry over to people. This is an early "
            "step: it cannot tell us whether the treatment would help people, or is safe for them.",
        )
    if level in SINGLE_STUDIES:
        return EvidenceCaution(
            "One study",
            f"This summary is about one study. {describe_evidence(level).explanation} One "
            "study alone rarely settles a question: later studies may find something different.",
        )
    return None
