"""Registering, cancelling, and recording attendance: POST-only steps that call the services."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from sern_portal.permissions import permission_required

from ..forms import AttendanceForm
from ..models import Event, Registration, RegistrationStatus
from ..services import RegistrationError, cancel, record_attendance, register


def _event(request, slug):
    return get_object_or_404(Event, slug=slug)


def _registration(request, slug, pk):
    return get_object_or_404(Registration.objects.select_related("event"), event__slug=slug, pk=pk)


@require_POST
@permission_required("events.register", get_object=_event)
def register_view(request, slug):
    event = _event(request, slug)
    contact = request.user.organisation_contacts.select_related("organisation").first()
    try:
        registration = register(event, request.user, contact.organisation if contact else None)
    except RegistrationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        if registration.status == RegistrationStatus.CONFIRMED:
            messages.success(request, _("You are registered: your place is confirmed."))
        else:
            messages.success(request, _("The event is full: you are on the waiting list."))
    return redirect(event)


@require_POST
@permission_required("events.cancel_registration", get_object=_registration)
def cancel_view(request, slug, pk):
    registration = _registration(request, slug, pk)
    try:
        cancel(registration, by=request.user)
    except RegistrationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The registration has been cancelled."))
    return redirect(registration.event)


@require_http_methods(["GET", "POST"])
@permission_required("events.record_attendance")
def attendance_view(request, slug):
    event = _event(request, slug)
    registrations = list(
        event.registrations.filter(status=RegistrationStatus.CONFIRMED).select_related("user", "organisation")
    )
    form = AttendanceForm(request.POST or None, registrations=registrations)
    if request.method == "POST" and form.is_valid():
        try:
            count = record_attendance(event, {int(pk) for pk in form.cleaned_data["attended"]})
        except RegistrationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Attendance recorded: %(count)d present.") % {"count": count})
            return redirect(event)
    return render(request, "events/attendance.html", {"event": event, "form": form})
