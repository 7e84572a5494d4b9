import rules

from members.rules import is_secretariat, uses_members_area


@rules.predicate
def accepts_registrations(user, event) -> bool:
    return event is not None and event.accepts_registrations


@rules.predicate
def is_own_registration(user, registration) -> bool:
    return registration is not None and registration.user_id == user.pk


rules.add_perm("events.view_events", uses_members_area)
rules.add_perm("events.register", accepts_registrations & uses_members_area)
rules.add_perm("events.cancel_registration", is_own_registration | is_secretariat)
rules.add_perm("events.manage_events", is_secretariat)
rules.add_perm("events.record_attendance", is_secretariat)
