import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from sern_portal.filters import ValidatedFilterSet, cached_choices
from strategy.models import Priority

from .models import EuCall, NewsItem


class PriorityFilterSet(ValidatedFilterSet):
    shared_form = True
    priority = django_filters.ModelChoiceFilter(
        field_name="priorities",
        queryset=Priority.objects.order_by("order"),
        to_field_name="code",
        label=_("Priority"),
        empty_label=_("All priorities"),
    )


class NewsFilter(PriorityFilterSet):
    q = django_filters.CharFilter(method="search", label=_("Words in the title or text"))

    class Meta:
        model = NewsItem
        fields = ["priority", "q"]

    def search(self, queryset, name, value):
        return queryset.filter(Q(title__icontains=value) | Q(body__icontains=value))


class CallFilter(PriorityFilterSet):
    programme = django_filters.ChoiceFilter(label=_("EU programme"), empty_label=_("All programmes"))
    q = django_filters.CharFilter(method="search", label=_("Words in the title, summary or identifier"))

    class Meta:
        model = EuCall
        fields = ["priority", "programme", "q"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        programmes = cached_choices(
            "call-programmes",
            lambda: EuCall.objects.order_by("programme").values_list("programme", flat=True).distinct(),
        )
        self.filters["programme"].extra["choices"] = [(name, name) for name in programmes]

    def search(self, queryset, name, value):
        return queryset.filter(
            Q(title__icontains=value) | Q(summary__icontains=value) | Q(identifier__icontains=value)
        )
