"""A term's definition is held to the simple explanation's reading limit: readers meet
it on its own (in the term's pop-up, on the glossary page), with no other dictionary."""

from readability.core.policy import FieldThresholds
from readability.core.terms import TermIndex
from readability.simple_text import simple_text_problems


def definition_problems(
    term, *, terms: TermIndex | None = None, limits: FieldThresholds | None = None
) -> list[str]:
    """Why `term`'s definition is too hard for readers, or []. The definition may use the
    term itself and its other forms. `terms`: the term list to judge with (the site's by
    default); `limits`: the simple explanation's (the default site's by default)."""
    return simple_text_problems(
        term.definition or "",
        what="definition",
        allow=tuple(form for form in (term.term, *term.forms) if form.strip()),
        terms=terms,
        limits=limits,
    )
