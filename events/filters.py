import django_filters
from django.utils.translation import gettext_lazy as _

from .models import Event, EventKind


class EventFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(choices=EventKind.choices, label=_("Kind"), empty_label=_("All kinds"))

    class Meta:
        model = Event
        fields = ["kind"]
