"""Addresses of the events app that are public: they live outside the Members Area's prefix."""

from django.urls import path

from .views import calendar

urlpatterns = [
    path("events/public.ics", calendar.public_ics, name="public_events_ical"),
]
