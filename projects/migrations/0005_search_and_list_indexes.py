"""Indexes for the lists and searches at the large size (issue 16).

The ordering index works everywhere. On PostgreSQL only: the trigram extension, GIN full-text
indexes per language for the ideas' texts (``sern_portal.search``), and trigram indexes for the
substring matches of names, titles and identifiers (members, ideas, calls, news).
"""

from django.db import migrations, models

from sern_portal.search import CONFIGURATIONS, vector_index_sql

IDEA_TEXTS = ("title", "summary", "description")
TRIGRAM_INDEXES = {
    # index name: (table, column)
    "members_org_name_trgm": ("members_organisation", "name"),
    "members_org_town_trgm": ("members_organisation", "town"),
    "information_call_identifier_trgm": ("information_eucall", "identifier"),
    "information_call_title_trgm": ("information_eucall", "title"),
    "information_news_title_trgm": ("information_newsitem", "title"),
    **{f"projects_idea_title_{code}_trgm": ("projects_projectidea", f"title_{code}") for code in CONFIGURATIONS},
}


def statements() -> list[tuple[str, str]]:
    """(create, drop) pairs."""
    pairs = [("CREATE EXTENSION IF NOT EXISTS pg_trgm", "SELECT 1")]
    for code in CONFIGURATIONS:
        name = f"projects_idea_search_{code}"
        pairs.append((vector_index_sql("projects_projectidea", name, IDEA_TEXTS, code), f"DROP INDEX IF EXISTS {name}"))
    for name, (table, column) in TRIGRAM_INDEXES.items():
        pairs.append(
            (
                # UPPER(…::text): the expression Django's icontains compares on PostgreSQL.
                f'CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin ((UPPER("{column}"::text)) gin_trgm_ops)',
                f"DROP INDEX IF EXISTS {name}",
            )
        )
    return pairs


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for sql, _drop in statements():
            schema_editor.execute(sql)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for _sql, sql in reversed(statements()):
            schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [
        ("projects", "0004_merge_target_call_and_matching"),
        ("members", "0004_merge_applications_and_expertise"),
        ("information", "0002_digest_ideas"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="projectidea",
            index=models.Index(fields=["-created_at", "-id"], name="projects_idea_newest_idx"),
        ),
        migrations.AddIndex(
            model_name="projectidea",
            index=models.Index(fields=["phase", "-created_at"], name="projects_idea_phase_idx"),
        ),
        migrations.AddIndex(
            model_name="projectidea",
            index=models.Index(fields=["target_programme", "-created_at"], name="projects_idea_programme_idx"),
        ),
        migrations.RunPython(create, drop),
    ]
