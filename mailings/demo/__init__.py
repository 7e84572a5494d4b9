"""Demo data of the mailings app for `manage.py seed_demo` (deterministic and idempotent)."""

from .mailings import seed_mailings

__all__ = ["seed_mailings"]
