from django.utils.translation import gettext_lazy as _
from django.views.generic import CreateView, DetailView, UpdateView

from projects.selectors import ideas_for_call, preview
from sern_portal.lists import FilteredListView
from sern_portal.permissions import PermissionRequiredMixin
from sern_portal.reader_cache import ReaderPageCacheMixin

from ..filters import CallFilter
from ..forms import CallForm
from ..models import EuCall
from ..services import save_call
from .publishing import PublishFormMixin


class CallListView(PermissionRequiredMixin, ReaderPageCacheMixin, FilteredListView):
    """Open calls, the nearest deadline first."""

    permission_required = "information.view_calls"
    template_name = "information/call_list.html"
    filterset_class = CallFilter
    context_object_name = "calls"
    archive = False

    def get_queryset(self):
        calls = EuCall.objects.prefetch_related("priorities")
        if self.archive:
            self.queryset = calls.expired().order_by("-deadline", "-pk")
        else:
            self.queryset = calls.open()
        return super().get_queryset()

    def get_context_data(self, **kwargs):
        return super().get_context_data(archive=self.archive, **kwargs)


class CallArchiveView(CallListView):
    """Calls whose deadline has passed, the most recent first."""

    archive = True


class CallDetailView(PermissionRequiredMixin, DetailView):
    permission_required = "information.view_calls"
    template_name = "information/call_detail.html"
    context_object_name = "call"

    def get_queryset(self):
        return EuCall.objects.prefetch_related("priorities")

    def get_context_data(self, **kwargs):
        user = self.request.user
        ideas, ideas_count = preview(ideas_for_call(user, self.object))
        return super().get_context_data(
            ideas=ideas,
            ideas_count=ideas_count,
            can_start_idea=self.object.is_open and user.has_perm("projects.add_idea"),
            **kwargs,
        )


class CallFormMixin(PublishFormMixin):
    template_name = "information/call_form.html"
    form_class = CallForm
    model = EuCall
    service = staticmethod(save_call)
    saved_message = _("The call has been saved.")


class CallCreateView(CallFormMixin, CreateView):
    pass


class CallUpdateView(CallFormMixin, UpdateView):
    pass
