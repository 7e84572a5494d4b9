"""Demo data of the information app for `manage.py seed_demo` (deterministic and idempotent)."""

from .news_and_calls import seed_calls, seed_news

__all__ = ["seed_calls", "seed_news"]
