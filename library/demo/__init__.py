"""Demo data of the document library for `manage.py seed_demo` (deterministic and idempotent)."""

from .documents import seed_documents

__all__ = ["seed_documents"]
