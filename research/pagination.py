from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator

SUMMARIES_PER_PAGE = 12
# No listing comes near a million pages. A longer number is simply past the end, and is
# never handed to int(): Python refuses to read one of over 4,300 digits (a ValueError
# from deep inside a template), and reading one of a few thousand is already slow.
LAST_PAGE_NUMBER = 999_999


def page_number(params) -> int:
    """The page `?page=` asks for (params: a QueryDict or dict): 1 for anything that is
    not a whole number of at least 1, at most LAST_PAGE_NUMBER."""
    raw = params.get("page", "")
    raw = raw.strip() if isinstance(raw, str) else ""
    if not (raw.isascii() and raw.isdigit()):
        return 1
    if len(raw) > len(str(LAST_PAGE_NUMBER)):
        return LAST_PAGE_NUMBER
    return min(max(int(raw), 1), LAST_PAGE_NUMBER)


class CountedPaginator(Paginator):
    """A paginator told how many items there are (a count kept elsewhere), rather than
    counting them with a query of its own."""

    def __init__(self, object_list, per_page, count: int):
        super().__init__(object_list, per_page)
        self.known_count = count

    @property
    def count(self) -> int:
        return self.known_count


def paginate(request, items, per_page: int, count: int | None = None) -> PaginatorPage:
    """A page of `items` for `?page=`: anything that is not a page number shows the
    first page, and a number past the end (however long) shows the last, so a stale or
    mistyped link still lands on a list instead of an error. `count`, when known, is
    how many items there are: the paginator then does not count them."""
    if count is None:
        paginator = Paginator(items, per_page)
    else:
        paginator = CountedPaginator(items, per_page, count)
    return paginator.page(min(page_number(request.GET), paginator.num_pages))
