"""The member directory's full-text search backed by an index (issue 16).

On PostgreSQL only: a GIN expression index over the organisations' descriptions in the three
languages, each with its own configuration, exactly the expression ``members.search`` builds
(``DESCRIPTION_VECTOR_SQL``), so the planner uses it instead of computing every profile's vector.
The names, towns and regions already have trigram indexes (projects 0005).
"""

from django.db import migrations

INDEX = "members_org_description_search"


def vector_sql() -> str:
    # Kept here as literal SQL, not imported: a migration must not change when the code does.
    parts = [
        f"to_tsvector('{config}'::regconfig, COALESCE(\"description_{code}\", ''))"
        for code, config in (("en", "english"), ("sv", "swedish"), ("it", "italian"))
    ]
    return " || ".join(parts)


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON members_organisation USING gin (({vector_sql()}))"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("members", "0009_merge_20261129_0929"), ("projects", "0005_search_and_list_indexes")]

    operations = [migrations.RunPython(create, drop)]
