"""What a database holds, asked the same way of the live database, a copy, or a
snapshot: its tables with their row counts, and the migrations recorded in it."""

from collections import defaultdict

SQLITE = "sqlite"
POSTGRESQL = "postgresql"
VENDORS = {SQLITE: "SQLite", POSTGRESQL: "PostgreSQL"}

# Base tables only (no views); on PostgreSQL, those of the schema the site uses.
TABLES_SQL = {
    SQLITE: "SELECT name FROM sqlite_master WHERE type = 'table' "
    "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
    POSTGRESQL: "SELECT c.relname FROM pg_catalog.pg_class c "
    "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
    "WHERE c.relkind IN ('r', 'p') AND n.nspname = current_schema() ORDER BY c.relname",
}
MIGRATIONS_TABLE = "django_migrations"


def quote(name: str) -> str:
    """An identifier both vendors accept, whatever characters the table name holds."""
    return '"' + name.replace('"', '""') + '"'


def table_names(cursor, vendor: str) -> list[str]:
    cursor.execute(TABLES_SQL[vendor])
    return [row[0] for row in cursor.fetchall()]


def row_counts(cursor, vendor: str) -> dict[str, int]:
    counts = {}
    for table in table_names(cursor, vendor):
        cursor.execute(f"SELECT COUNT(*) FROM {quote(table)}")
        counts[table] = cursor.fetchone()[0]
    return counts


def applied_migrations(cursor, vendor: str) -> dict[str, list[str]]:
    if MIGRATIONS_TABLE not in table_names(cursor, vendor):
        return {}
    cursor.execute(f"SELECT app, name FROM {quote(MIGRATIONS_TABLE)}")
    applied: dict[str, list[str]] = defaultdict(list)
    for app, name in cursor.fetchall():
        applied[app].append(name)
    return {app: sorted(names) for app, names in sorted(applied.items())}


def count_differences(expected: dict[str, int], found: dict[str, int]) -> list[str]:
    """One line per table whose count differs, in words an operator can act on."""
    lines = []
    for table in sorted(set(expected) | set(found)):
        if table not in found:
            lines.append(f"{table}: missing (archive has {expected[table]} rows)")
        elif table not in expected:
            lines.append(f"{table}: not in the archive ({found[table]} rows here)")
        elif expected[table] != found[table]:
            lines.append(f"{table}: {found[table]} rows, archive has {expected[table]}")
    return lines


def describe(counts: dict[str, int], largest: int = 5) -> str:
    """'1,234 rows in 80 tables (wagtailcore_page 45, ...)', for confirmations."""
    total = sum(counts.values())
    if not counts:
        return "no tables"
    top = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:largest]
    detail = ", ".join(f"{table} {rows:,}" for table, rows in top if rows)
    return f"{total:,} rows in {len(counts)} tables" + (f" (largest: {detail})" if detail else "")
