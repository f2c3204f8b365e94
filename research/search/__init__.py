"""Reader search over published summaries: reading the request, running it, the view."""
