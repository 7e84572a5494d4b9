import django_filters
from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from information.models import EuCall
from members.models import Country, Organisation
from sern_portal.filters import ValidatedFilterSet, YearFilter
from sern_portal.search import search_translations
from strategy.models import Priority

from .models import PcmPhase, Programme, ProjectIdea, ProjectOutcome, ProjectRecord


class FilterQueryMixin:
    """Puts the filters of the current list in ``filter_query``, for the pagination's links."""

    def get_context_data(self, **kwargs):
        query = self.request.GET.copy()
        query.pop("page", None)
        return super().get_context_data(filter_query=query.urlencode(), **kwargs)


def row_number(text: str) -> int | None:
    """The text as a row's number (links give rows by number), or None: not digits (in ASCII),
    or beyond any key a table holds (a value a database cannot compare would be a 500)."""
    if text.isascii() and text.isdigit() and len(text) <= 18:
        return int(text)
    return None


class NamedRowInput(forms.TextInput):
    """A text input for a row of a large table: a row's number (as links give it) is shown as
    the row's name, so the field reads well and submitting it again finds the same row."""

    def __init__(self, model, name_field: str, attrs=None):
        super().__init__(attrs)
        self.model, self.name_field = model, name_field

    def format_value(self, value):
        text = str(value or "").strip()
        number = row_number(text)
        if number is not None:
            named = self.model.objects.filter(pk=number).values_list(self.name_field, flat=True).first()
            return named or text
        return super().format_value(value)


class IdeaFilter(ValidatedFilterSet):
    shared_form = True
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
    # Thousands of members and calls: a text field (a number from a link, or words of the name)
    # instead of a select with every row, so the page stays small at any size (issue 16).
    lead = django_filters.CharFilter(
        label=_("Lead organisation"),
        method="filter_lead",
        widget=NamedRowInput(Organisation, "name"),
        help_text=_("Words of the organisation's name."),
    )
    call = django_filters.CharFilter(
        label=_("EU call"),
        method="filter_call",
        widget=NamedRowInput(EuCall, "identifier"),
        help_text=_("The call's identifier or words of its title."),
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
        # The ideas' vectors are stored (migration 0009): a common word matches most ideas.
        return search_translations(
            queryset, ("title", "summary", "description"), value, partial=("title",), stored=True
        )

    def filter_lead(self, queryset, name, value):
        value = value.strip()
        if (number := row_number(value)) is not None:
            return queryset.filter(lead_id=number)
        named = Organisation.objects.filter(name__iexact=value)
        if named.exists():
            return queryset.filter(lead__in=named.values("pk"))
        return queryset.filter(lead__in=Organisation.objects.filter(name__icontains=value).values("pk"))

    def filter_call(self, queryset, name, value):
        value = value.strip()
        if (number := row_number(value)) is not None:
            return queryset.filter(target_call_id=number)
        calls = EuCall.objects.filter(identifier__iexact=value)
        if not calls.exists():
            calls = EuCall.objects.filter(Q(identifier__icontains=value) | Q(title__icontains=value))
        return queryset.filter(target_call__in=calls.values("pk"))

    def filter_looking_for_partners(self, queryset, name, value):
        return queryset.open_for_interest() if value else queryset


class RecordFilter(ValidatedFilterSet):
    shared_form = True
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
