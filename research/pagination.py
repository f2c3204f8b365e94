from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator

SUMMARIES_PER_PAGE = 12


def paginate(request, items, per_page: int) -> PaginatorPage:
    """A page of `items` for `?page=`: anything that is not a page number shows the
    first page, and a number past the end shows the last, so a stale or mistyped link
    still lands on a list instead of an error."""
    paginator = Paginator(items, per_page)
    raw = request.GET.get("page", "1")
    try:
        number = int(raw)
    except (TypeError, ValueError):
        number = 1
    number = min(max(number, 1), paginator.num_pages)
    return paginator.page(number)
