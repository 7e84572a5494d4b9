"""The base of every list's filters: a bad query parameter is a message on the page, never a 500.

django-filter leaves a field that does not validate out of the query, but some values validate
and still break the database query (``?year=0`` or ``?year=99999999999999999999999`` on a
``__year`` lookup). Here every text filter has a length limit and every number filter bounds,
and a filter that is not valid is reported to the reader (the form shows why) and ignored.
"""

import django_filters
from django import forms
from django.contrib import messages
from django.utils.translation import gettext as _

MAX_FILTER_TEXT = 200
# Bounds of a number filter with none of its own: far beyond any count or amount of the portal.
NUMBER_BOUNDS = (-1_000_000_000_000, 1_000_000_000_000)


class YearFilter(django_filters.NumberFilter):
    """A calendar year: a whole number from 1 to 9999 (Python's dates), nothing else."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", 9999)
        super().__init__(*args, **kwargs)


class ValidatedFilterSet(django_filters.FilterSet):
    """Bounds every free filter and tells the reader about the filters it had to ignore."""

    def __init__(self, data=None, *args, **kwargs):
        super().__init__(data, *args, **kwargs)
        for filter_ in self.filters.values():
            if isinstance(filter_, django_filters.CharFilter):
                filter_.extra.setdefault("max_length", MAX_FILTER_TEXT)
            elif isinstance(filter_, django_filters.NumberFilter):
                filter_.extra.setdefault("min_value", NUMBER_BOUNDS[0])
                filter_.extra.setdefault("max_value", NUMBER_BOUNDS[1])

    @property
    def qs(self):
        if self.is_bound and not hasattr(self, "_qs") and not self.is_valid():
            request = getattr(self, "request", None)
            if request is not None:
                messages.warning(
                    request,
                    _("Some filters are not valid and were ignored: see the messages at the filters."),
                )
        return super().qs
