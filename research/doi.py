"""DOIs as readers and writers meet them, stored one way.

Writers paste DOIs in many shapes ("https://doi.org/10.1/x", "doi:10.1/x",
"DOI: 10.1/x"); we store the bare, case-preserved name so that uniqueness
checks compare like with like, and render it as a doi.org link.
"""

import re

from django.core.exceptions import ValidationError

# ASCII digits only: `\d` would also take other scripts' digits, which no DOI prefix has.
DOI_PATTERN = re.compile(r"^10\.[0-9]{4,9}/\S+$")
_PREFIXES = re.compile(
    r"^(?:https?://(?:dx\.)?doi\.org/|doi\.org/|doi:\s*)",
    re.IGNORECASE,
)


def normalise_doi(raw: str) -> str:
    value = (raw or "").strip()
    value = _PREFIXES.sub("", value).strip()
    return value


def validate_doi(value: str) -> None:
    if value and not DOI_PATTERN.match(value):
        raise ValidationError(
            "Enter a DOI like 10.1016/j.bas.2025.104207 (it starts with 10., then digits, "
            "a slash and the rest). You can paste it with or without https://doi.org/.",
            code="invalid_doi",
        )


def doi_url(doi: str) -> str:
    return f"https://doi.org/{doi}"
