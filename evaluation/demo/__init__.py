"""Demo data of the evaluation app for `manage.py seed_demo` (deterministic and idempotent)."""

from .risks import seed_risks

__all__ = ["seed_risks"]
