"""The member directory's filters; its text search is `members.search.search_organisations`."""

import django_filters
from django.utils.translation import gettext_lazy as _

from sern_portal.filters import ValidatedFilterSet
from strategy.models import Priority

from .models import Country, Organisation, OrganisationKind
from .search import search_organisations

__all__ = ["OrganisationFilter", "search_organisations"]


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
