"""The member directory's filters, and its text search.

On PostgreSQL the search is full-text, each translation of the description with its own
language's configuration (English, Swedish, Italian stemming), plus the name; on SQLite (the
embedded default) it falls back to a plain case-insensitive match of the same fields.
"""

import django_filters
from django.db import connection
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from sern_portal.filters import ValidatedFilterSet
from strategy.models import Priority

from .models import Country, Organisation, OrganisationKind

# The text-search configuration of each language the descriptions are written in.
SEARCH_CONFIGURATIONS = {"en": "english", "sv": "swedish", "it": "italian"}


def search_organisations(queryset, text: str):
    text = text.strip()
    if not text:
        return queryset
    plain = (
        Q(name__icontains=text)
        | Q(town__icontains=text)
        | Q(region__icontains=text)
        | Q(description_en__icontains=text)
        | Q(description_sv__icontains=text)
        | Q(description_it__icontains=text)
    )
    if connection.vendor != "postgresql":
        return queryset.filter(plain)
    from django.contrib.postgres.search import SearchQuery, SearchVector

    vector = SearchVector("name", "town", "region", config="simple")
    query = SearchQuery(text, config="simple", search_type="websearch")
    for lang, config in SEARCH_CONFIGURATIONS.items():
        vector += SearchVector(f"description_{lang}", config=config)
        query |= SearchQuery(text, config=config, search_type="websearch")
    # The name match keeps partial words ("Lule" finds Luleå), which full-text search does not.
    return queryset.annotate(search=vector).filter(Q(search=query) | Q(name__icontains=text))


class OrganisationFilter(ValidatedFilterSet):
    q = django_filters.CharFilter(method="search", label=_("Search"))
    country = django_filters.ChoiceFilter(
        choices=[(Country.SWEDEN, Country.SWEDEN.label), (Country.ITALY, Country.ITALY.label)],
        label=_("Country"),
        empty_label=_("All countries"),
    )
    region = django_filters.ChoiceFilter(label=_("Region"), empty_label=_("All regions"))
    kind = django_filters.ChoiceFilter(
        choices=OrganisationKind.choices, label=_("Kind"), empty_label=_("All kinds")
    )
    priority = django_filters.ModelChoiceFilter(
        field_name="priorities",
        queryset=Priority.objects.order_by("order"),
        to_field_name="code",
        label=_("Priority"),
        empty_label=_("All priorities"),
    )

    class Meta:
        model = Organisation
        fields = ["q", "country", "region", "kind", "priority"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        regions = (
            Organisation.objects.members()
            .exclude(region="")
            .order_by("region")
            .values_list("region", flat=True)
        )
        self.filters["region"].extra["choices"] = [(region, region) for region in regions.distinct()]

    def search(self, queryset, name, value):
        return search_organisations(queryset, value)
