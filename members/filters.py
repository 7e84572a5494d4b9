"""The member directory's filters; its text search is `members.search.search_organisations`."""

import django_filters
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sern_portal.filters import ValidatedFilterSet, cached_choices
from strategy.models import Priority

from .models import Country, Organisation, OrganisationKind
from .search import search_organisations

__all__ = ["OrganisationFilter", "search_organisations"]


class OrganisationFilter(ValidatedFilterSet):
    shared_form = True
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
        regions = cached_choices(
            f"member-regions:{timezone.localdate()}",  # members() depends on the day
            lambda: (
                Organisation.objects.members()
                .exclude(region="")
                .order_by("region")
                .values_list("region", flat=True)
                .distinct()
            ),
        )
        self.filters["region"].extra["choices"] = [(region, region) for region in regions]

    def search(self, queryset, name, value):
        return search_organisations(queryset, value)
