from django.contrib import messages
from django.db.models import Prefetch
from django.shortcuts import redirect
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.generic import CreateView, DetailView, UpdateView

from sern_portal.lists import FilteredListView
from sern_portal.permissions import PermissionRequiredMixin
from sern_portal.reader_cache import ReaderPageCacheMixin
from sern_portal.slugs import unique_slug

from ..filters import EventFilter
from ..forms import EventForm
from ..models import Event, Registration, RegistrationStatus


class EventListView(PermissionRequiredMixin, ReaderPageCacheMixin, FilteredListView):
    """Upcoming events (the soonest first) or, with ``past``, the events that took place."""

    permission_required = "events.view_events"
    template_name = "events/event_list.html"
    filterset_class = EventFilter
    context_object_name = "events"
    past = False

    def get_queryset(self):
        events = Event.objects.with_counts()
        self.queryset = events.past().order_by("-starts_at", "-pk") if self.past else events.upcoming()
        return super().get_queryset()

    def get_context_data(self, **kwargs):
        mine = dict(
            Registration.objects.filter(user=self.request.user)
            .exclude(status=RegistrationStatus.CANCELLED)
            .values_list("event_id", "status")
        )
        return super().get_context_data(past=self.past, my_statuses=mine, **kwargs)


class PastEventListView(EventListView):
    past = True


class EventDetailView(PermissionRequiredMixin, DetailView):
    permission_required = "events.view_events"
    template_name = "events/event_detail.html"
    context_object_name = "event"

    def get_queryset(self):
        return Event.objects.with_counts().prefetch_related("priorities")

    def get_context_data(self, **kwargs):
        event = self.object
        registration = (
            Registration.objects.filter(event=event, user=self.request.user)
            .exclude(status=RegistrationStatus.CANCELLED)
            .first()
        )
        context = {"registration": registration}
        if self.request.user.has_perm("events.record_attendance"):
            context["registrations"] = (
                event.registrations.exclude(status=RegistrationStatus.CANCELLED)
                .select_related("user", "organisation")
                .order_by("status", "registered_at", "pk")
            )
        return super().get_context_data(**context, **kwargs)


class EventFormMixin(PermissionRequiredMixin):
    permission_required = "events.manage_events"
    template_name = "events/event_form.html"
    form_class = EventForm
    model = Event

    def form_valid(self, form):
        event = form.save(commit=False)
        if not event.pk:
            event.slug = unique_slug(Event, slugify(f"{event.starts_at:%Y-%m-%d} {event.title_en}"))
        event.save()
        form.save_m2m()
        messages.success(self.request, _("The event has been saved."))
        return redirect(event)


class EventCreateView(EventFormMixin, CreateView):
    pass


class EventUpdateView(EventFormMixin, UpdateView):
    def get_queryset(self):
        return Event.objects.prefetch_related(Prefetch("priorities"))
