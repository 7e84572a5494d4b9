"""Stored full-text vectors of the ideas, one per language (issue 16; PostgreSQL only).

The expression indexes of migration 0005 find the matching ideas, but every row a list reads is
matched again by computing its vectors (three languages, the whole description): a search for a
common word cost 0.2 ms per idea, 200 ms for the capped count of 1,000. A stored generated column
is computed when the idea is written and only read afterwards; its GIN index replaces the
expression index. The columns are not model fields: Django never writes them, PostgreSQL keeps
them up to date (``sern_portal.search.stored_vector_column`` names them).
"""

from django.db import migrations

from sern_portal.search import CONFIGURATIONS, stored_vector_column, vector_index_sql, vector_sql

TABLE = "projects_projectidea"
IDEA_TEXTS = ("title", "summary", "description")


def statements() -> list[tuple[str, str]]:
    """(forward, backward) pairs."""
    pairs = []
    for code in CONFIGURATIONS:
        column = stored_vector_column(code)
        old_index = f"projects_idea_search_{code}"
        pairs += [
            (
                f"ALTER TABLE {TABLE} ADD COLUMN IF NOT EXISTS {column} tsvector "
                f"GENERATED ALWAYS AS ({vector_sql(IDEA_TEXTS, code)}) STORED",
                f"ALTER TABLE {TABLE} DROP COLUMN IF EXISTS {column}",
            ),
            (
                f"CREATE INDEX IF NOT EXISTS projects_idea_stored_{code} ON {TABLE} USING gin ({column})",
                f"DROP INDEX IF EXISTS projects_idea_stored_{code}",
            ),
            (f"DROP INDEX IF EXISTS {old_index}", vector_index_sql(TABLE, old_index, IDEA_TEXTS, code)),
        ]
    # Adding the columns rewrote the table: fresh statistics, or the planner misjudges every list
    # of ideas until autovacuum comes by (measured: ideas per priority 30 ms -> 290 ms).
    pairs.append((f"ANALYZE {TABLE}", "SELECT 1"))
    return pairs


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for sql, _backward in statements():
            schema_editor.execute(sql)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for _forward, sql in reversed(statements()):
            schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("projects", "0008_partnership_rules")]

    operations = [migrations.RunPython(forward, backward)]
