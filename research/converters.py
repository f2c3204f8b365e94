"""Path converters for reader-facing URLs. Each matches only what can name something,
so anything else (a NUL byte, a control character, a number no database column holds)
is an ordinary 404 before a view or the database sees it. ResearchConfig.ready()
registers them, before any URLconf is read."""

# Primary keys are signed 64-bit integers on every database we support. A larger number
# makes SQLite's driver raise OverflowError before any query runs.
LARGEST_ID = 2**63 - 1


class PrimaryKeyConverter:
    """<pk:…>: a row's id, as <int:…> but never beyond what the database holds, and
    never a string of thousands of digits for int() to refuse."""

    regex = "[0-9]{1,19}"

    def to_python(self, value: str) -> int:
        number = int(value)
        if number > LARGEST_ID:
            raise ValueError("No row has an id this large.")  # Django answers 404
        return number

    def to_url(self, value) -> str:
        return str(int(value))


class CategoryPathConverter:
    """<category_path:…>: slugs joined by slashes ("sci/walking"), as Wagtail's own page
    route matches them (letters, digits, "-" and "_"). A dot never matches, so
    "…/atom.xml" cannot be read as a category."""

    regex = r"[-\w]+(?:/[-\w]+)*"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


PRIMARY_KEY = "pk"
CATEGORY_PATH = "category_path"
CONVERTERS = {PRIMARY_KEY: PrimaryKeyConverter, CATEGORY_PATH: CategoryPathConverter}
