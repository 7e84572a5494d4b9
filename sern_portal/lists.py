"""Paginated, filterable lists (django-filter) with one query count whatever the number of rows."""

from functools import cached_property

from django.core.paginator import Paginator
from django.db.models import prefetch_related_objects
from django.views.generic import ListView

from . import versions
from .filters import list_cache_seconds


class CappedPaginator(Paginator):
    """Counts at most ``cap`` rows (``SELECT COUNT(*) FROM (… LIMIT cap + 1)``): an exact count
    of a large list reads every row of it (issue 16), and nobody pages past the fiftieth page —
    they narrow the filters. ``capped`` tells the template to say "more than"."""

    cap = 1000

    @cached_property
    def _counted(self) -> int:
        rows = self.object_list
        if isinstance(rows, list):
            return len(rows[: self.cap + 1])
        # Only the ids (the per-row annotations cost nothing here), in the list's order: its
        # index then bounds the rows read, where a scan in any order might read the whole table.
        return rows.values("pk")[: self.cap + 1].count()

    @property
    def count(self) -> int:
        return min(self._counted, self.cap)

    @property
    def capped(self) -> bool:
        return self._counted > self.cap


class MatchedIdsPaginator(CappedPaginator):
    """For a list whose filter is costly to evaluate (the directory's search unites several
    indexed lookups): the matching ids are read once, in the list's order and capped, and both
    the count and the page come from them; the page's rows are then read by id (with the list's
    prefetches). The count and the page each evaluated the filter before (issue 16: two thirds
    of the directory search's time).

    ``object_list`` is then the list without its filters (its order, the fields and prefetches
    of a row) and ``matches()`` the filtered list, called only when the ids are not in the
    cache: with ``shared`` (the version groups of the data the filter reads, and the parts that
    name the filter, e.g. its query and the day) the ids are the same for every reader and kept
    in the cache until that data changes (``sern_portal.versions``), so a repeated search
    neither builds nor runs its query."""

    def __init__(self, object_list, *args, matches=None, shared: tuple = (), **kwargs):
        super().__init__(object_list, *args, **kwargs)
        self.matches = matches or (lambda: object_list)
        self.shared = shared

    def _read_ids(self) -> list:
        return list(self.matches().values_list("pk", flat=True)[: self.cap + 1])

    @cached_property
    def _ids(self) -> list:
        if not self.shared:
            return self._read_ids()
        groups, parts = self.shared
        return versions.cached(groups, ("matched-ids", *parts), self._read_ids, list_cache_seconds())

    @cached_property
    def _counted(self) -> int:
        return len(self._ids)

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        ids = self._ids[bottom : bottom + self.per_page]
        # The list's own rows (its fields, its conditions: cheap), not the filtered ones: the
        # filter is evaluated only for the ids.
        found = {row.pk: row for row in self.object_list.order_by().filter(pk__in=ids)}
        rows = [found[pk] for pk in ids if pk in found]
        prefetch_related_objects(rows, *self.object_list._prefetch_related_lookups)
        return self._get_page(rows, number, self)


class FilteredListView(ListView):
    """A ListView whose rows go through ``filterset_class``; the form is in the context as ``filter``."""

    filterset_class = None
    paginate_by = 20
    paginator_class = CappedPaginator

    def get_queryset(self):
        self.filterset = self.filterset_class(
            self.request.GET or None, queryset=super().get_queryset(), request=self.request
        )
        return self.filterset.qs

    def get_context_data(self, **kwargs):
        query = self.request.GET.copy()
        query.pop("page", None)
        return super().get_context_data(
            filter=self.filterset,
            # The filter's parameters, kept by the pagination links.
            filter_query=query.urlencode(),
            **kwargs,
        )
