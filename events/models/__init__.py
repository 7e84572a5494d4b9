from .events import Event, EventKind
from .registrations import Registration, RegistrationStatus

__all__ = ["Event", "EventKind", "Registration", "RegistrationStatus"]
