import rules

from members.rules import is_secretariat, uses_members_area


@rules.predicate
def accepts_registrations(user, event) -> bool:
    return event is not None and event.accepts_registrations


@rules.predicate
def is_own_registration(user, registration) -> bool:
    return registration is not None and registration.user_id == user.pk


@rules.predicate
def is_public_event(user, event) -> bool:
    return event is not None and event.is_public


rules.add_perm("events.view_events", uses_members_area)
# The calendar file of one event: public events for anyone, the others as their page.
rules.add_perm("events.download_ics", is_public_event | uses_members_area)
rules.add_perm("events.view_public_calendar", rules.always_allow)
rules.add_perm("events.register", accepts_registrations & uses_members_area)
rules.add_perm("events.cancel_registration", is_own_registration | is_secretariat)
rules.add_perm("events.manage_events", is_secretariat)
rules.add_perm("events.record_attendance", is_secretariat)
