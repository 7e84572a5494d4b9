from django.http import Http404
from django.utils.translation import gettext_lazy as _
from django.views.generic import CreateView, DetailView, UpdateView

from sern_portal.lists import FilteredListView
from sern_portal.permissions import PermissionRequiredMixin
from sern_portal.reader_cache import ReaderPageCacheMixin

from ..filters import NewsFilter
from ..forms import NewsForm
from ..models import NewsItem
from ..services import save_news
from .publishing import PublishFormMixin


class NewsListView(PermissionRequiredMixin, ReaderPageCacheMixin, FilteredListView):
    """Published news, newest first; the secretariat also sees what is scheduled."""

    permission_required = "information.view_news"
    template_name = "information/news_list.html"
    filterset_class = NewsFilter
    context_object_name = "news"

    def get_queryset(self):
        self.queryset = NewsItem.objects.published().prefetch_related("priorities")
        return super().get_queryset()

    def get_context_data(self, **kwargs):
        scheduled = None
        if self.request.user.has_perm("information.publish"):
            scheduled = NewsItem.objects.exclude(pk__in=NewsItem.objects.published()).order_by("published_at")
        return super().get_context_data(scheduled=scheduled, **kwargs)


class NewsDetailView(PermissionRequiredMixin, DetailView):
    permission_required = "information.view_news"
    template_name = "information/news_detail.html"
    context_object_name = "item"

    def get_queryset(self):
        return NewsItem.objects.prefetch_related("priorities")

    def get_object(self, queryset=None):
        item = super().get_object(queryset)
        if not item.is_published and not self.request.user.has_perm("information.publish"):
            raise Http404
        return item


class NewsFormMixin(PublishFormMixin):
    template_name = "information/news_form.html"
    form_class = NewsForm
    model = NewsItem
    service = staticmethod(save_news)
    saved_message = _("The news item has been saved.")


class NewsCreateView(NewsFormMixin, CreateView):
    pass


class NewsUpdateView(NewsFormMixin, UpdateView):
    pass
