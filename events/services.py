"""Registrations to events: the one place where places, the waiting list and attendance change.

A place is decided with the event row locked (``select_for_update`` inside ``atomic``), so two
people asking for the last place at once cannot both get it; the partial unique constraint on
(event, user) makes a double registration impossible even if two requests of the same person race.
"""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from outbox.queue import enqueue
from sern_portal.mail import send_once

from .models import Event, Registration, RegistrationStatus

S = RegistrationStatus
# (from, to) pairs a registration may move along; anything else is refused.
ALLOWED_TRANSITIONS: dict[str, set[str]] = {
    S.WAITING: {S.CONFIRMED, S.CANCELLED},
    S.CONFIRMED: {S.CANCELLED},
    S.CANCELLED: set(),
}


class RegistrationError(ValidationError):
    pass


def check_transition(registration: Registration, to: str) -> None:
    if to not in ALLOWED_TRANSITIONS[registration.status]:
        raise RegistrationError(
            _("A registration that is “%(from)s” cannot become “%(to)s”.")
            % {"from": registration.get_status_display(), "to": S(to).label}
        )


def _confirmed_count(event: Event) -> int:
    return event.registrations.filter(status=S.CONFIRMED).count()


def register(event: Event, user, organisation=None) -> Registration:
    """Give ``user`` a place at ``event``, or a place on its waiting list when it is full.

    Side effects, in order: lock the event; refuse a closed event or a second live registration;
    create the registration (confirmed or waiting).
    """
    with transaction.atomic():
        event = Event.objects.select_for_update().get(pk=event.pk)
        if not event.accepts_registrations:
            raise RegistrationError(_("Registration for this event is closed."))
        if event.registrations.filter(user=user).exclude(status=S.CANCELLED).exists():
            raise RegistrationError(_("You are already registered for this event."))
        full = event.capacity is not None and _confirmed_count(event) >= event.capacity
        try:
            with transaction.atomic():
                return Registration.objects.create(
                    event=event,
                    user=user,
                    organisation=organisation,
                    status=S.WAITING if full else S.CONFIRMED,
                )
        except IntegrityError as error:
            raise RegistrationError(_("You are already registered for this event.")) from error


def cancel(registration: Registration) -> Registration | None:
    """Cancel a registration; if it held a place, the first person waiting gets it.

    Side effects, in order: lock the event and the registration; check the transition; save the
    cancellation; promote the first waiting registration (same transaction); queue the e-mail to
    the promoted person (``events.tasks.mail_place_confirmed``, outbox; once per registration).
    Returns the promoted registration, if any.
    """
    with transaction.atomic():
        event = Event.objects.select_for_update().get(pk=registration.event_id)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if event.has_started:
            raise RegistrationError(_("The event has started: the registration can no longer be cancelled."))
        check_transition(registration, S.CANCELLED)
        held_a_place = registration.status == S.CONFIRMED
        registration.status = S.CANCELLED
        registration.save(update_fields=["status"])
        promoted = None
        if held_a_place and (event.capacity is None or _confirmed_count(event) < event.capacity):
            promoted = (
                Registration.objects.select_for_update()
                .filter(event=event, status=S.WAITING)
                .order_by("registered_at", "pk")
                .first()
            )
            if promoted is not None:
                check_transition(promoted, S.CONFIRMED)
                promoted.status = S.CONFIRMED
                promoted.save(update_fields=["status"])
                enqueue("events.tasks.mail_place_confirmed", promoted.pk)
    return promoted


def _mail_promoted(registration_id: int) -> bool:
    """Tell the person their place is confirmed; returns whether the e-mail was sent (once only)."""
    registration = Registration.objects.select_related("event", "user").get(pk=registration_id)
    # A registration is confirmed from the waiting list at most once (ALLOWED_TRANSITIONS: never
    # back to waiting, and a cancelled one stays cancelled; registering again makes a new row),
    # so the registration names the event: no later confirmation can share this key.
    return send_once(
        f"place-confirmed:{registration.pk}:{registration.user_id}",
        registration.user,
        "events/emails/place_confirmed",
        {"registration": registration},
    )


def record_attendance(event: Event, attended_ids: set[int]) -> int:
    """Record who attended: confirmed registrations in ``attended_ids`` attended, the others did not.

    Side effects: one UPDATE per outcome (attended / not attended), in one transaction; refused
    before the event has started. Returns the number of people who attended.
    """
    if not event.has_started:
        raise RegistrationError(_("Attendance can be recorded once the event has started."))
    with transaction.atomic():
        confirmed = Registration.objects.filter(event=event, status=S.CONFIRMED)
        attended = confirmed.filter(pk__in=attended_ids).update(attended=True)
        confirmed.filter(~Q(pk__in=attended_ids)).update(attended=False)
    return attended
