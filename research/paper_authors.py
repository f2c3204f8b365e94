"""A paper's authors as the summary stores them: one name a line, as the paper lists them.

One name a line, because names and organisations can hold commas ("University of X,
Department of Y"), and so a comma-separated line could not be split back into names for
the structured data. Long author lists are cut the way medical journals cite (AMA
style): up to six names in full; more than six, the first three and "et al.".
"""

ET_AL = "et al."
# AMA style: list all authors when there are six or fewer; otherwise the first three.
MOST_LISTED_IN_FULL = 6
LISTED_BEFORE_ET_AL = 3


def authors_text(names: list[str]) -> str:
    """What "Fill from DOI" puts in the field for this list of names."""
    names = [name for name in (" ".join(name.split()) for name in names) if name]
    if len(names) > MOST_LISTED_IN_FULL:
        names = [*names[:LISTED_BEFORE_ET_AL], ET_AL]
    return "\n".join(names)


def author_lines(text: str) -> list[str]:
    """The field's lines as readers see them, blank lines dropped."""
    return [line for line in (" ".join(line.split()) for line in (text or "").splitlines()) if line]


def author_names(text: str) -> list[str]:
    """The names alone, for the structured data: "et al." is not an author."""
    return [line for line in author_lines(text) if line.lower() != ET_AL]


def authors_for_reading(text: str) -> str:
    """One line for the page: "Claudia A. Angeli, Maxwell Boakye, Rebekah A. Morton, et al."."""
    return ", ".join(author_lines(text))
