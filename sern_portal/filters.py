"""The base of every list's filters: a bad query parameter is a message on the page, never a 500.

django-filter leaves a field that does not validate out of the query, but some values validate
and still break the database query (``?year=0`` or ``?year=99999999999999999999999`` on a
``__year`` lookup). Here every text filter has a length limit and every number filter bounds,
and a filter that is not valid is reported to the reader (the form shows why) and ignored.
"""

import hashlib
from urllib.parse import urlencode

import django_filters
from django import forms
from django.conf import settings
from django.contrib import messages
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from . import versions

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


def list_cache_seconds() -> int:
    return getattr(settings, "LIST_CACHE_SECONDS", 0)


def cached_choices(name: str, compute) -> list:
    """A filter's choices read from a large table (regions, EU programmes), shared until the
    data behind the filters changes (``versions`` group ``filters``): a DISTINCT over every call
    or member on each page view was the largest query of some lists (issue 16)."""
    return versions.cached(("filters",), ("choices", name), lambda: list(compute()), list_cache_seconds())


class ValidatedFilterSet(django_filters.FilterSet):
    """Bounds every free filter and tells the reader about the filters it had to ignore.

    A filter set whose form reads the same for every reader (no choice depends on who reads it)
    sets ``shared_form = True``: its form's HTML is then rendered once per language and query and
    shared until the data behind the filters changes (group ``filters`` of ``sern_portal.versions``).
    Rendering a form through Django's widget templates took a third of a list page's time (issue 16).
    """

    shared_form = False

    def __init__(self, data=None, *args, **kwargs):
        super().__init__(data, *args, **kwargs)
        for filter_ in self.filters.values():
            if isinstance(filter_, django_filters.CharFilter):
                filter_.extra.setdefault("max_length", MAX_FILTER_TEXT)
            elif isinstance(filter_, django_filters.NumberFilter):
                filter_.extra.setdefault("min_value", NUMBER_BOUNDS[0])
                filter_.extra.setdefault("max_value", NUMBER_BOUNDS[1])

    @property
    def form(self):
        if not hasattr(self, "_form"):
            form = super().form
            if self.shared_form and list_cache_seconds():
                form.as_div = lambda: self._shared_form_html(form)
        return self._form

    def _shared_form_html(self, form) -> SafeString:
        html = versions.cached(
            ("filters",),
            ("form", self.kind(), get_language(), int(self.is_bound), self.query_digest(form.fields)),
            lambda: str(type(form).as_div(form)),
            list_cache_seconds(),
        )
        return mark_safe(html)  # the form's own HTML, escaped when it was rendered

    def kind(self) -> str:
        return f"{type(self).__module__}.{type(self).__qualname__}"

    def query_digest(self, names=None) -> str:
        """The values of the filters (``names``: all by default) in the query, as a short key:
        the page number and unknown parameters give the same digest."""
        data = self.data if self.is_bound and hasattr(self.data, "getlist") else None
        query = urlencode(
            [(name, value) for name in sorted(names or self.filters) for value in data.getlist(name)]
            if data
            else []
        )
        return hashlib.sha256(query.encode()).hexdigest()[:32]

    def report_invalid(self) -> None:
        """Tells the reader (once) that filters were ignored, if some are not valid."""
        if self.is_bound and not getattr(self, "_reported", False) and not self.is_valid():
            self._reported = True
            request = getattr(self, "request", None)
            if request is not None:
                messages.warning(
                    request,
                    _("Some filters are not valid and were ignored: see the messages at the filters."),
                )

    @property
    def qs(self):
        if not hasattr(self, "_qs"):
            self.report_invalid()
        return super().qs
