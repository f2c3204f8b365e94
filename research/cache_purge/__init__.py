"""The page cache in front of the site (Varnish, or a CDN) forgets what a change makes
stale: `paths` says which addresses each change touches, `receivers` listens for the
changes (publish, unpublish, move, delete, a page or a document collection made private
or public again, a document replaced, settings), `tasks` sends the purges in the
background and `varnish` is how they reach deploy/varnish/default.vcl.

Nothing happens unless WAGTAILFRONTENDCACHE names a cache (PAGE_CACHE_PURGE_URL)."""
