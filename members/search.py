"""The member directory's text search: one function, so its implementation can be swapped.

A member is found by what its profile shows: its name, town and region; its description; its
priorities (names and descriptions); its pool of expertise: the expertise areas, names and job
titles of staff whose consent to be listed is recorded (never of staff without it), each in
English, Swedish and Italian, whatever the page's language.

Every word typed must be found somewhere in the profile (one in the name, another in an expertise
area is fine). On PostgreSQL the descriptions and the translated names are also matched
full-text with each language's stemming ("comune" finds "comuni"); on SQLite (the embedded
default) a word is matched as typed, case-insensitively, anywhere in those fields.
"""

from django.db import connection
from django.db.models import Q, QuerySet

from strategy.models import Priority

from .models import ExpertiseArea, Organisation, StaffExpert

LANGUAGES = ("en", "sv", "it")
# The text-search configuration of each language the profiles are written in.
SEARCH_CONFIGURATIONS = {"en": "english", "sv": "swedish", "it": "italian"}


def _any_language(field: str, word: str) -> Q:
    return Q(*(Q(**{f"{field}_{lang}__icontains": word}) for lang in LANGUAGES), _connector=Q.OR)


def _full_text(model, fields: tuple[str, ...], word: str):
    """The rows of `model` whose translated `fields` match `word` with each language's stemming."""
    from django.contrib.postgres.search import SearchQuery, SearchVector

    vector = None
    query = None
    for lang, config in SEARCH_CONFIGURATIONS.items():
        for field in fields:
            part = SearchVector(f"{field}_{lang}", config=config)
            vector = part if vector is None else vector + part
        part_query = SearchQuery(word, config=config)
        query = part_query if query is None else query | part_query
    return model.objects.annotate(search=vector).filter(search=query)


def _translated(model, fields: tuple[str, ...], word: str) -> Q:
    """`word` in any translation of `fields` of `model`: as typed, and on PostgreSQL also stemmed."""
    found = Q(*(_any_language(field, word) for field in fields), _connector=Q.OR)
    if connection.vendor == "postgresql":
        found |= Q(pk__in=_full_text(model, fields, word).values("pk"))
    return found


def _word_matches(word: str) -> Q:
    """Organisations whose profile contains `word` in any field and language."""
    areas = ExpertiseArea.objects.filter(_translated(ExpertiseArea, ("name",), word))
    listed_staff = StaffExpert.objects.consented().filter(
        Q(name__icontains=word) | Q(job_title__icontains=word) | Q(areas__in=areas)
    )
    priorities = Priority.objects.filter(_translated(Priority, ("name", "description"), word))
    with_priority = Organisation.priorities.through.objects.filter(priority__in=priorities)
    if connection.vendor == "postgresql":
        # Each way of matching through its own index (trigram indexes on the names, towns,
        # regions and descriptions, migration members 0016; the full-text index), the ids
        # united: one condition OR-ed with the others is tested row by row on every member,
        # the long descriptions in three languages included (issue 16: 120 ms at 10,000).
        organisations = Organisation.objects.order_by()
        ways = [
            organisations.filter(**{lookup: word})
            for lookup in (
                "name__icontains",
                "town__icontains",
                "region__icontains",
                *(f"description_{lang}__icontains" for lang in LANGUAGES),
            )
        ]
        ways.append(_full_text(Organisation, ("description",), word).order_by())
        ids = ways[0].values("pk").union(*(way.values("pk") for way in ways[1:]), all=True)
        return (
            Q(pk__in=ids)
            | Q(pk__in=listed_staff.values("organisation_id"))
            | Q(pk__in=with_priority.values("organisation_id"))
        )
    return (
        Q(name__icontains=word)
        | Q(town__icontains=word)
        | Q(region__icontains=word)
        | _translated(Organisation, ("description",), word)
        | Q(pk__in=listed_staff.values("organisation_id"))
        | Q(pk__in=with_priority.values("organisation_id"))
    )


def search_organisations(queryset: QuerySet[Organisation], text: str) -> QuerySet[Organisation]:
    """The organisations of `queryset` whose profile contains every word of `text`."""
    words = text.split()
    if not words:
        return queryset
    for word in words:
        queryset = queryset.filter(_word_matches(word))
    return queryset
