"""Paginated, filterable lists (django-filter) with one query count whatever the number of rows."""

from django.views.generic import ListView


class FilteredListView(ListView):
    """A ListView whose rows go through ``filterset_class``; the form is in the context as ``filter``."""

    filterset_class = None
    paginate_by = 20

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
