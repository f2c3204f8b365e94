"""One word, one term. Summaries mark each word with the one term the matching finds
(the last published wins), so a second term claiming a word another term has (as its
name or one of its other forms) would silently take it over on every summary, and the
first term's approved definition would no longer be shown there."""

from readability.core.terms import split_words

from .models import GlossaryTerm

TAKEN = (
    "“{form}” is already in the glossary, under “{owner}”: a word belongs to one term "
    "only, or readers would be shown one definition where they expect the other. "
    "Change “{owner}” instead, or leave the word out here."
)


def matching_key(form: str) -> tuple[str, ...]:
    """The words as the matching reads them: split at hyphens, any capitals."""
    return tuple(word.replace("’", "'").casefold() for word in split_words(form))


def words_taken(term: GlossaryTerm) -> dict[str, list[str]]:
    """Problems by field: each of `term`'s words (its name, its other forms) that another
    term, live or draft, already has."""
    owners: dict[tuple[str, ...], str] = {}
    for name, other_forms in GlossaryTerm.objects.exclude(pk=term.pk).values_list(
        "term", "other_forms"
    ):
        forms = (line.strip() for line in other_forms.splitlines())
        for form in (name, *(form for form in forms if form)):
            owners.setdefault(matching_key(form), name)
    problems: dict[str, list[str]] = {}
    own = [("term", term.term), *(("other_forms", form) for form in term.forms)]
    for field, form in own:
        owner = owners.get(matching_key(form)) if matching_key(form) else None
        if owner is not None:
            problems.setdefault(field, []).append(TAKEN.format(form=form, owner=owner))
    return problems
