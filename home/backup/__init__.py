"""Backing up and restoring the whole site: the database and the media files, in one
archive with a manifest (`manage.py backup`, `manage.py restore`).

The database goes in in its own vendor's native form, so it restores exactly, page tree,
sequences and all, with no model code in between:

- SQLite: a copy made by SQLite's online backup API, consistent while the site runs;
- PostgreSQL: `pg_dump --format=custom`, taken in the same snapshot as the row counts.

Why not `dumpdata`/`loaddata`: it goes through the models, so it loads on top of the rows
that migrations create (Wagtail's root page, default site, locale, collection), which
leaves an extra page and a tree whose `path`/`numchild` disagree; natural keys fail on
Wagtail's models. A native copy replaces the database whole instead.

This package reads every app's tables through the database connection and never imports
the apps, so it sits above all of them without knowing any.
"""
