"""Trigram indexes for the directory's substring matches of regions and descriptions (issue 16).

On PostgreSQL only (the trigram extension is created by projects 0005): the search unites the
organisations each match finds through its own index (``members.search``), so every field it
matches "as typed" needs one; names and towns have theirs already (projects 0005).
"""

from django.db import migrations

# index name: column. Literal SQL: a migration must not change when the code does.
INDEXES = {
    "members_org_region_trgm": "region",
    "members_org_description_en_trgm": "description_en",
    "members_org_description_sv_trgm": "description_sv",
    "members_org_description_it_trgm": "description_it",
}


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name, column in INDEXES.items():
            schema_editor.execute(
                f"CREATE INDEX IF NOT EXISTS {name} ON members_organisation "
                f'USING gin ((UPPER("{column}"::text)) gin_trgm_ops)'
            )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name in INDEXES:
            schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("members", "0015_audit_actions_of_new_apps"), ("projects", "0005_search_and_list_indexes")]

    operations = [migrations.RunPython(create, drop)]
