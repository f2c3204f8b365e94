"""Does a sentence claim more than its study can show?

Words that claim certainty or cause ("cures", "proves", "works", "shows that", "causes")
are judged against the summary's evidence level with ``CLAIM_RULES``, a table readers of
the code (and the README) can check: each kind of claim names the levels of evidence
that may make it. A claim is not judged when it is negated ("does not cure", "no proof")
or hedged just before ("may work", "might reverse", "could help"): a hedged claim is what
weak evidence should say. Hype ("breakthrough", "miracle") is refused at every level,
hedged or not, since no study result is made plainer by it.

Evidence levels are the keys of the site's evidence scale (``research.evidence``); the
engine knows them only as strings, grouped here by what they can show:

- pooled: ``systematic_review`` (many trials combined)
- trial: ``rct`` (groups made by chance: can show cause)
- observational: ``controlled_study``, ``cross_sectional`` (links, not causes)
- uncontrolled: ``case_series`` (no comparison group)
- descriptive: ``qualitative``, ``narrative_review``, ``expert_opinion`` (no test of effect)
- preclinical: ``animal_lab`` (animals or cells: results often do not carry over)

An unknown level is judged as the weakest in people (uncontrolled), never as the
strongest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

POOLED = "pooled"
TRIAL = "trial"
OBSERVATIONAL = "observational"
UNCONTROLLED = "uncontrolled"
DESCRIPTIVE = "descriptive"
PRECLINICAL = "preclinical"

EVIDENCE_GROUPS: dict[str, str] = {
    "systematic_review": POOLED,
    "rct": TRIAL,
    "controlled_study": OBSERVATIONAL,
    "cross_sectional": OBSERVATIONAL,
    "case_series": UNCONTROLLED,
    "qualitative": DESCRIPTIVE,
    "narrative_review": DESCRIPTIVE,
    "expert_opinion": DESCRIPTIVE,
    "animal_lab": PRECLINICAL,
}

# What a reader should be told each group can show, used in the messages.
GROUP_LIMITS: dict[str, str] = {
    POOLED: "a review that combines many studies",
    TRIAL: "a single trial",
    OBSERVATIONAL: "a study of groups not formed by chance (it shows links, not causes)",
    UNCONTROLLED: "a study with no comparison group",
    DESCRIPTIVE: "a study that does not test whether a treatment works",
    PRECLINICAL: "a study in animals or cells (results often do not carry over to people)",
}

HYPE = "hype"
CURE = "cure"
PROOF = "proof"
CERTAIN_FUTURE = "certain_future"
WORKS = "works"
DEMONSTRATES = "demonstrates"
CAUSE = "cause"


@dataclass(frozen=True, slots=True)
class ClaimRule:
    label: str
    pattern: str  # a regular expression over the words of the claim, case-folded
    allowed_in: frozenset[str]  # evidence groups that may make this claim
    advice: str  # what to write instead
    hedge_allowed: bool = True  # "may …" makes it acceptable


_BENEFIT_VERBS = (
    r"(?:help|helps|improve|improves|cure|cures|heal|heals|work|works|restore|restores|"
    r"reverse|reverses|fix|fixes|stop|stops|prevent|prevents|end|ends|relieve|relieves|"
    r"reduce|reduces|walk|recover|get\s+better|make\s+\w+\s+better|give\s+back)"
)

# Subjects that make "works" a claim about a treatment ("she works as a nurse" is not).
_TREATMENT = (
    r"(?:it|this|treatments?|therap(?:y|ies)|drugs?|medicines?|medications?|pills?|"
    r"stimulation|surgery|operation|training|exercises?|programmes?|programs?|approach|"
    r"devices?|injections?|implants?|cells?)"
)

CLAIM_RULES: dict[str, ClaimRule] = {
    HYPE: ClaimRule(
        "hype",
        r"breakthroughs?|miracles?|miraculous|game[- ]?changers?|game[- ]?changing|"
        r"revolutionary|revolutionise[sd]?|revolutionize[sd]?|groundbreaking|"
        r"wonder\s+(?:drugs?|treatments?|cures?)|magic\s+bullets?",
        frozenset(),
        "Say what was found and how sure it is, without praise words.",
        hedge_allowed=False,
    ),
    CURE: ClaimRule(
        "a cure",
        r"cures|cured|curing|cure|curative|heals|healed",
        frozenset(),
        "Say what changed and for how many people, e.g. “pain was less for most people”.",
    ),
    PROOF: ClaimRule(
        "proof or a guarantee",
        r"proves|proved|proven|prove|proof|guarantees?|guaranteed|definitively|conclusively|"
        r"beyond\s+doubt|100\s*%\s+(?:safe|effective)|completely\s+safe|risk[- ]free",
        frozenset(),
        "Research adds evidence; it does not prove. Say “found” or “suggests”.",
    ),
    CERTAIN_FUTURE: ClaimRule(
        "a promise about the future",
        rf"will\s+(?:\w+\s+)?{_BENEFIT_VERBS}",
        frozenset({POOLED}),
        "Say what happened in the study, or “may help” for what might happen.",
    ),
    WORKS: ClaimRule(
        "that a treatment works",
        rf"{_TREATMENT}\s+(?:really\s+)?(?:works|worked)|{_TREATMENT}\s+(?:does|did)\s+work|"
        r"(?:is|are|was|were)\s+(?:very\s+|highly\s+)?effective|"
        r"effective\s+(?:treatments?|therap(?:y|ies)|ways?|cures?)",
        frozenset({POOLED, TRIAL}),
        "Say what changed in the study, e.g. “people in the study walked a little faster”.",
    ),
    DEMONSTRATES: ClaimRule(
        "that the study settles the question",
        r"shows\s+that|showed\s+that|shown\s+that|demonstrates|demonstrated|establishes|"
        r"established\s+that|confirms|confirmed\s+that",
        frozenset({POOLED, TRIAL, OBSERVATIONAL}),
        "Say “found” or “suggests” for a study like this.",
    ),
    CAUSE: ClaimRule(
        "cause and effect",
        r"causes|caused(?!\s+by)|causing|leads\s+to|led\s+to|reverses|reversed|reversing|reverse|"
        r"restores|restored|eliminates|eliminated|prevents|prevented",
        frozenset({POOLED, TRIAL}),
        "Say what went with what (“was linked to”), or “may” for what might happen.",
    ),
}

_NEGATIONS = frozenset(
    [
        "not",
        "no",
        "never",
        "cannot",
        "can't",
        "don't",
        "doesn't",
        "didn't",
        "isn't",
        "aren't",
        "wasn't",
        "weren't",
        "won't",
        "nothing",
        "neither",
        "nor",
        "without",
        "unlikely",
    ]
)
_HEDGES = frozenset(
    [
        "may",
        "might",
        "could",
        "possibly",
        "perhaps",
        "likely",
        "probably",
        "seems",
        "seem",
        "seemed",
        "appears",
        "appear",
        "appeared",
        "suggests",
        "suggest",
        "suggested",
        "hope",
        "hoped",
        "hopes",
    ]
)
# How many words before a claim a hedge still governs it (a negation governs its clause).
_REACH = 3

_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
_CLAUSE_END = re.compile(r"[.!?](?=\s|$)|[\n,;:–—]| - ")
_QUESTIONS = frozenset(["how", "whether", "if", "why", "what"])


def _compile(rules: dict[str, ClaimRule]) -> re.Pattern[str]:
    branches = [rf"(?P<{kind}>\b(?:{rule.pattern})\b)" for kind, rule in rules.items()]
    return re.compile("|".join(branches), re.IGNORECASE)


_CLAIMS = _compile(CLAIM_RULES)
_SINGLE_CLAIMS = {
    kind: re.compile(rf"\b(?:{rule.pattern})\b", re.IGNORECASE)
    for kind, rule in CLAIM_RULES.items()
}


@dataclass(frozen=True, slots=True)
class ClaimFinding:
    start: int  # offsets of the claim in the text
    end: int
    phrase: str  # as the writer wrote it
    claim: str  # a key of CLAIM_RULES
    evidence_group: str
    message: str
    advice: str


def evidence_group(level: str | None) -> str:
    return EVIDENCE_GROUPS.get(level or "", UNCONTROLLED)


def find_overclaims(text: str, evidence_level: str | None) -> list[ClaimFinding]:
    """Claims in ``text`` stronger than a study at ``evidence_level`` can support."""
    group = evidence_group(evidence_level)
    findings: list[ClaimFinding] = []
    for match in _CLAIMS.finditer(text):
        phrase = " ".join(match.group().split())
        claim = _strictest_refused(match.lastgroup, phrase, group)
        if claim is None:
            continue
        rule = CLAIM_RULES[claim]
        clause = _clause_before(text, match.start())
        if _NEGATIONS.intersection(clause) or _inside(phrase, _NEGATIONS):
            continue
        near = clause[-_REACH:]
        if near and near[-1] in _QUESTIONS:
            continue  # "how it works", "what causes pain": describing, not claiming
        if rule.hedge_allowed and (_HEDGES.intersection(near) or _inside(phrase, _HEDGES)):
            continue
        findings.append(
            ClaimFinding(
                start=match.start(),
                end=match.end(),
                phrase=phrase,
                claim=claim,
                evidence_group=group,
                message=_message(phrase, rule, group),
                advice=rule.advice,
            )
        )
    return findings


def _message(phrase: str, rule: ClaimRule, group: str) -> str:
    if not rule.allowed_in:
        return f"“{phrase}” claims {rule.label}, which no single summary should claim."
    return f"“{phrase}” claims {rule.label}, more than {GROUP_LIMITS[group]} can show."


def _clause_before(text: str, position: int) -> list[str]:
    """The words of the clause before ``position`` (back to the last comma, colon,
    semicolon, dash or sentence end), lower-cased: a negation there governs the claim
    ("no treatment is yet seen as a proven breakthrough")."""
    window = text[max(0, position - 200) : position]
    boundaries = list(_CLAUSE_END.finditer(window))
    if boundaries:
        window = window[boundaries[-1].end() :]
    return [word.lower().replace("’", "'") for word in _WORD.findall(window)]


def _inside(claim: str, cue_words: frozenset[str]) -> bool:
    """ "will not cure", "will probably help": the cue sits inside a multi-word claim."""
    return any(word.lower() in cue_words for word in _WORD.findall(claim))


def _strictest_refused(matched: str | None, phrase: str, group: str) -> str | None:
    """The first claim, in the table's order, that ``phrase`` makes and ``group`` may not:
    "will cure" is a promise and a cure, and a review may make only the first."""
    if matched is None:
        return None
    for claim, pattern in _SINGLE_CLAIMS.items():
        if (claim == matched or pattern.search(phrase)) and group not in CLAIM_RULES[
            claim
        ].allowed_in:
            return claim
    return None
