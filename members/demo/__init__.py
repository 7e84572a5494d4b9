"""Demo data of the members app for `manage.py seed_demo` (deterministic and idempotent)."""

from .applications import seed_applications, seed_fee_schedule, seed_meetings
from .board_paperwork import seed_board_paperwork
from .contacts import seed_member_contacts
from .expertise import seed_expertise
from .organisations import DEMO_ACCOUNTS, seed_accounts, seed_organisations
from .record import seed_member_record

__all__ = [
    "DEMO_ACCOUNTS",
    "seed_accounts",
    "seed_applications",
    "seed_board_paperwork",
    "seed_expertise",
    "seed_fee_schedule",
    "seed_meetings",
    "seed_member_contacts",
    "seed_member_record",
    "seed_organisations",
]
