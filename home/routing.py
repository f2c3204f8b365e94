"""Finding the page a URL names in one query rather than two per level of the tree.

Wagtail's own routing walks down from the site's home page, asking the database for
each child by its slug and then for its specific type: seven queries for a summary at
/research/<category>/<summary>/. Every page along a URL has a `url_path` that is the URL
itself under the home page's, so all of them come in one query. The walk then happens
in memory, and hands over to a page's own `route()` wherever Wagtail's generic one would
not do (a routable page such as the research index, with /research/latest/): the result
is the same page, arguments and 404s as Wagtail's walk.
"""

from django.http import Http404

from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

# Deeper than any page of this site: a longer URL (a bot's, say) is walked the usual way,
# which stops at its first unknown slug, rather than asked for in one query whose size
# the URL would choose.
MAX_DIRECT_DEPTH = 12


class DirectRouteMixin:
    """For the site's home page: routes below it from one query for the pages named in
    the URL (plus one for the specific type of the page it ends at)."""

    def route(self, request, path_components):
        if not path_components or len(path_components) > MAX_DIRECT_DEPTH:
            return super().route(request, path_components)
        url_paths = []
        url_path = self.url_path
        for slug in path_components:
            url_path += slug + "/"
            url_paths.append(url_path)
        # The slug narrows the search through its index (url_path has none).
        along_the_way = {
            page.url_path: page
            for page in Page.objects.filter(slug__in=path_components, url_path__in=url_paths)
        }

        current, depth, remaining = self, self.depth, list(path_components)
        for url_path in url_paths:
            child = along_the_way.get(url_path)
            if child is None or child.depth != depth + 1:
                break
            # As Wagtail's walk does: the parent is known, get_parent() needs no query.
            child._cached_parent_obj = current
            current, depth, remaining = child, child.depth, remaining[1:]
            if not routes_to_children(child, remaining):
                break
        if current is self:
            if remaining:
                raise Http404
            return super().route(request, remaining)
        return current.specific.route(request, remaining)


def routes_to_children(page: Page, remaining: list[str]) -> bool:
    """Whether the page would hand `remaining` to its children exactly as Wagtail's Page
    does, so the walk may go on past it without asking the page itself: a plain page
    always; a routable page when none of its own routes takes the path (or it is not
    live, when it serves none of them)."""
    specific_class = page.specific_class
    if specific_class is None:
        return False
    if specific_class.route is Page.route:
        return True
    routable_then_page = (
        specific_class.route is RoutablePageMixin.route
        and super(RoutablePageMixin, specific_class).route is Page.route
    )
    if not routable_then_page or not remaining:
        return False
    if not page.live:
        return True
    try:
        specific_class.get_resolver().resolve("/" + "/".join(remaining) + "/")
    except Http404:
        return True
    return False
