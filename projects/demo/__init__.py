"""Demo data of the projects app for `manage.py seed_demo` (deterministic and idempotent)."""

from .history import seed_project_history
from .ideas import seed_project_ideas
from .suggestions import seed_partner_suggestions

__all__ = ["seed_partner_suggestions", "seed_project_history", "seed_project_ideas"]
