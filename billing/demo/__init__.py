"""Demo data of the billing app for `manage.py seed_demo` (deterministic and idempotent)."""

from .invoices import seed_billing_details, seed_invoices

__all__ = ["seed_billing_details", "seed_invoices"]
