"""Registrations to events: the one place where places, the waiting list and attendance change.

A place is decided with the event row locked (``select_for_update`` inside ``atomic``), so two
people asking for the last place at once cannot both get it; the partial unique constraint on
(event, user) makes a double registration impossible even if two requests of the same person race.
"""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from outbox.queue import enqueue
from sern_portal.mail import send_once
from sern_portal.workflow import Workflow

from .models import Event, Registration, RegistrationStatus, RegistrationStatusChange

S = RegistrationStatus


class RegistrationError(ValidationError):
    pass


# Who moves a registration: the person (or the secretariat for them: rules.cancel_registration)
# cancels; a place freed by a cancellation confirms the first person waiting (``cancel``).
PARTICIPANT, FREED_PLACE = "participant", "freed place"
# (from, to) pairs a registration may move along; anything else is refused.
REGISTRATION_WORKFLOW = Workflow(
    RegistrationStatus,
    {
        (S.WAITING, S.CONFIRMED): FREED_PLACE,
        (S.WAITING, S.CANCELLED): PARTICIPANT,
        (S.CONFIRMED, S.CANCELLED): PARTICIPANT,
    },
    refusal=gettext_lazy("A registration that is “%(from)s” cannot become “%(to)s”."),
    error=RegistrationError,
)
ALLOWED_TRANSITIONS: dict[str, set[str]] = REGISTRATION_WORKFLOW.as_sets()


def check_transition(registration: Registration, to: str) -> None:
    REGISTRATION_WORKFLOW.check(registration.status, to)


def _confirmed_count(event: Event) -> int:
    return event.registrations.filter(status=S.CONFIRMED).count()


def register(event: Event, user, organisation=None) -> Registration:
    """Give ``user`` a place at ``event``, or a place on its waiting list when it is full.

    Side effects, in order: lock the event; refuse a closed event or a second live registration;
    create the registration (confirmed or waiting); the append-only log record.
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
                registration = Registration.objects.create(
                    event=event,
                    user=user,
                    organisation=organisation,
                    status=S.WAITING if full else S.CONFIRMED,
                )
                _log(registration, "", by=user)
                return registration
        except IntegrityError as error:
            raise RegistrationError(_("You are already registered for this event.")) from error


def cancel(registration: Registration, by=None) -> Registration | None:
    """Cancel a registration (the transition function of ``REGISTRATION_WORKFLOW``); if it held a
    place, the first person waiting gets it.

    Side effects, in order: lock the event and the registration; check the transition; save the
    cancellation and its log record (``by``: the person or the secretariat); promote the first
    waiting registration and log it (by nobody: a freed place), in the same transaction; queue the
    e-mail to the promoted person (``events.tasks.mail_place_confirmed``, outbox; once per
    registration). Returns the promoted registration, if any.
    """
    with transaction.atomic():
        event = Event.objects.select_for_update().get(pk=registration.event_id)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if event.has_started:
            raise RegistrationError(_("The event has started: the registration can no longer be cancelled."))
        check_transition(registration, S.CANCELLED)
        held_a_place = registration.status == S.CONFIRMED
        from_status = registration.status
        registration.status = S.CANCELLED
        registration.save(update_fields=["status"])
        _log(registration, from_status, by=by)
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
                _log(promoted, S.WAITING, by=None)
                enqueue("events.tasks.mail_place_confirmed", promoted.pk)
    return promoted


def _log(registration: Registration, from_status: str, *, by) -> None:
    RegistrationStatusChange.objects.create(
        registration=registration, from_status=from_status, to_status=registration.status, changed_by=by
    )


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
