"""Full-text search on PostgreSQL backed by indexes (issue 16), with the plain fallback elsewhere.

Each translated text is searched with its language's configuration. The GIN expression indexes
that make it fast are created by ``projects/migrations/0005_search_and_list_indexes.py``; their
expressions are exactly the ones ``language_vector`` builds, so the planner can use them.
"""

from django.db import connection
from django.db.models import Q, QuerySet

# The text-search configuration of each of the portal's languages.
CONFIGURATIONS = {"en": "english", "sv": "swedish", "it": "italian"}


def language_vector(fields: tuple[str, ...], code: str):
    from django.contrib.postgres.search import SearchVector

    return SearchVector(*(f"{name}_{code}" for name in fields), config=CONFIGURATIONS[code])


def vector_index_sql(table: str, index: str, fields: tuple[str, ...], code: str) -> str:
    """The expression index matching ``language_vector`` (same config, COALESCE and separators)."""
    columns = " || ' ' || ".join(f"COALESCE(\"{name}_{code}\", '')" for name in fields)
    config = CONFIGURATIONS[code]
    vector = f"to_tsvector('{config}'::regconfig, {columns})"
    return f"CREATE INDEX IF NOT EXISTS {index} ON {table} USING gin ({vector})"


def search_translations(
    queryset: QuerySet, fields: tuple[str, ...], text: str, *, partial: tuple[str, ...] = ()
):
    """Rows whose translated ``fields`` contain ``text``.

    PostgreSQL: full-text in each language (stemmed: "schools" finds "school"), plus a substring
    match of the ``partial`` fields (titles, trigram-indexed) so a part of a word still finds a
    row. Elsewhere: a case-insensitive substring match of every field in every language.
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
    for code, config in CONFIGURATIONS.items():
        alias = f"search_{code}"
        queryset = queryset.alias(**{alias: language_vector(fields, code)})
        condition |= Q(**{alias: SearchQuery(text, config=config, search_type="websearch")})
        for name in partial:
            condition |= Q(**{f"{name}_{code}__icontains": text})
    return queryset.filter(condition)
