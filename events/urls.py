from django.urls import path

from .views import calendar, events, registrations

urlpatterns = [
    path("", events.EventListView.as_view(), name="event_list"),
    path("past/", events.PastEventListView.as_view(), name="event_past"),
    path("new/", events.EventCreateView.as_view(), name="event_create"),
    path("<slug:slug>/", events.EventDetailView.as_view(), name="event_detail"),
    path("<slug:slug>/event.ics", calendar.event_ics, name="event_ics"),
    path("<slug:slug>/edit/", events.EventUpdateView.as_view(), name="event_edit"),
    path("<slug:slug>/register/", registrations.register_view, name="event_register"),
    path("<slug:slug>/registrations/<int:pk>/cancel/", registrations.cancel_view, name="event_cancel"),
    path("<slug:slug>/attendance/", registrations.attendance_view, name="event_attendance"),
]
