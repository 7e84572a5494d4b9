from .events import Event, EventKind
from .registrations import Registration, RegistrationStatus, RegistrationStatusChange

__all__ = ["Event", "EventKind", "Registration", "RegistrationStatus", "RegistrationStatusChange"]
