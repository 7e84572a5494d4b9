"""Demo data of the events app for `manage.py seed_demo` (deterministic and idempotent)."""

from .events import seed_events, seed_registrations

__all__ = ["seed_events", "seed_registrations"]
