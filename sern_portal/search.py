"""Full-text search on PostgreSQL backed by indexes (issue 16), with the plain fallback elsewhere.

Each translated text is searched with its language's configuration. The GIN expression indexes
that make it fast are created by ``projects/migrations/0005_search_and_list_indexes.py``; their
expressions are exactly the ones ``language_vector`` builds, so the planner can use them.
"""

from django.db import connection
from django.db.models import BooleanField, Q, QuerySet
from django.db.models.expressions import RawSQL

# The text-search configuration of each of the portal's languages.
CONFIGURATIONS = {"en": "english", "sv": "swedish", "it": "italian"}


def language_vector(fields: tuple[str, ...], code: str):
    from django.contrib.postgres.search import SearchVector

    return SearchVector(*(f"{name}_{code}" for name in fields), config=CONFIGURATIONS[code])


def vector_sql(fields: tuple[str, ...], code: str) -> str:
    """The SQL of ``language_vector`` (same config, COALESCE and separators)."""
    columns = " || ' ' || ".join(f"COALESCE(\"{name}_{code}\", '')" for name in fields)
    return f"to_tsvector('{CONFIGURATIONS[code]}'::regconfig, {columns})"


def vector_index_sql(table: str, index: str, fields: tuple[str, ...], code: str) -> str:
    """The expression index matching ``language_vector``."""
    return f"CREATE INDEX IF NOT EXISTS {index} ON {table} USING gin ({vector_sql(fields, code)})"


def stored_vector_column(code: str) -> str:
    """The stored (generated) tsvector column of a language, where a table has one."""
    return f"search_vector_{code}"


def search_translations(
    queryset: QuerySet,
    fields: tuple[str, ...],
    text: str,
    *,
    partial: tuple[str, ...] = (),
    stored: bool = False,
):
    """Rows whose translated ``fields`` contain ``text``.

    PostgreSQL: full-text in each language (stemmed: "schools" finds "school"), plus a substring
    match of the ``partial`` fields (titles, trigram-indexed) so a part of a word still finds a
    row. With ``stored`` the table has the vectors in stored columns (``stored_vector_column``,
    made by a migration): they are read, not computed again for every row a list reads.
    Elsewhere: a case-insensitive substring match of every field in every language.
    """
    text = text.strip()
    if not text:
        return queryset
    if connection.vendor != "postgresql":
        condition = Q()
        for name in fields:
            for code in CONFIGURATIONS:
                condition |= Q(**{f"{name}_{code}__icontains": text})
        return queryset.filter(condition)
    from django.contrib.postgres.search import SearchQuery

    condition = Q()
    table = queryset.model._meta.db_table
    for code, config in CONFIGURATIONS.items():
        if stored:
            condition |= Q(
                RawSQL(
                    f'"{table}"."{stored_vector_column(code)}" @@ websearch_to_tsquery(%s::regconfig, %s)',
                    (config, text),
                    output_field=BooleanField(),
                )
            )
        else:
            alias = f"search_{code}"
            queryset = queryset.alias(**{alias: language_vector(fields, code)})
            condition |= Q(**{alias: SearchQuery(text, config=config, search_type="websearch")})
        for name in partial:
            condition |= Q(**{f"{name}_{code}__icontains": text})
    return queryset.filter(condition)
