import django_filters
from django.utils.translation import gettext_lazy as _

from sern_portal.filters import ValidatedFilterSet

from .models import Event, EventKind


class EventFilter(ValidatedFilterSet):
    shared_form = True
    kind = django_filters.ChoiceFilter(choices=EventKind.choices, label=_("Kind"), empty_label=_("All kinds"))

    class Meta:
        model = Event
        fields = ["kind"]
