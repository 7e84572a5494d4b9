import django_filters
from django import forms
from django.conf import settings
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from information.models import EuCall
from members.models import Country, Organisation
from sern_portal.filters import ValidatedFilterSet, YearFilter
from strategy.models import Priority

from .models import PcmPhase, Programme, ProjectIdea, ProjectOutcome, ProjectRecord


class FilterQueryMixin:
    """Puts the filters of the current list in ``filter_query``, for the pagination's links."""

    def get_context_data(self, **kwargs):
        query = self.request.GET.copy()
        query.pop("page", None)
        return super().get_context_data(filter_query=query.urlencode(), **kwargs)


def search_in_every_language(queryset, names: tuple[str, ...], value: str):
    """Ideas are written in any of the three languages: search every translation."""
    condition = Q()
    for name in names:
        for code, _name in settings.LANGUAGES:
            condition |= Q(**{f"{name}_{code}__icontains": value})
    return queryset.filter(condition)


class IdeaFilter(ValidatedFilterSet):
    q = django_filters.CharFilter(
        label=_("Search"), method="search", widget=forms.TextInput(attrs={"type": "search"})
    )
    priority = django_filters.ModelChoiceFilter(
        label=_("Priority"), field_name="priorities", queryset=Priority.objects.all(), empty_label=_("All")
    )
    phase = django_filters.ChoiceFilter(label=_("PCM phase"), choices=PcmPhase.choices, empty_label=_("All"))
    programme = django_filters.ChoiceFilter(
        label=_("Target programme"),
        field_name="target_programme",
        choices=Programme.choices,
        empty_label=_("All"),
    )
    country = django_filters.ChoiceFilter(
        label=_("Country of the lead"),
        field_name="lead__country",
        choices=[(Country.SWEDEN.value, Country.SWEDEN.label), (Country.ITALY.value, Country.ITALY.label)],
        empty_label=_("All"),
    )
    lead = django_filters.ModelChoiceFilter(
        label=_("Lead organisation"),
        queryset=Organisation.objects.members().order_by("name"),
        empty_label=_("All"),
    )
    call = django_filters.ModelChoiceFilter(
        label=_("EU call"),
        field_name="target_call",
        # Only calls that ideas answer: the list stays short and never leads to an empty result.
        queryset=EuCall.objects.filter(ideas__isnull=False).distinct(),
        empty_label=_("All"),
    )
    looking_for_partners = django_filters.BooleanFilter(
        label=_("Only ideas looking for partners"),
        method="filter_looking_for_partners",
        widget=forms.CheckboxInput,
    )

    class Meta:
        model = ProjectIdea
        fields = ["q", "priority", "phase", "programme", "country", "lead", "call", "looking_for_partners"]

    def search(self, queryset, name, value):
        return search_in_every_language(queryset, ("title", "summary", "description"), value)

    def filter_looking_for_partners(self, queryset, name, value):
        return queryset.open_for_interest() if value else queryset


class RecordFilter(ValidatedFilterSet):
    q = django_filters.CharFilter(
        label=_("Search"), method="search", widget=forms.TextInput(attrs={"type": "search"})
    )
    programme = django_filters.CharFilter(label=_("Programme"), lookup_expr="icontains")
    outcome = django_filters.ChoiceFilter(
        label=_("Outcome"), choices=ProjectOutcome.choices, empty_label=_("All")
    )
    year = YearFilter(label=_("Year"), field_name="submitted_on", lookup_expr="year")

    class Meta:
        model = ProjectRecord
        fields = ["q", "programme", "outcome", "year"]

    def search(self, queryset, name, value):
        return queryset.filter(Q(acronym__icontains=value) | Q(title__icontains=value))
