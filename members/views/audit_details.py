"""An audit entry's details (``AuditEntry.data``) as the reader reads them.

``data`` holds JSON written by the services that call ``record_audit`` (billing, the library,
mailings, minutes and written procedures, contact roles, role and second-factor signals): keys
such as ``fee_year`` and values such as ``municipality`` or ``2026-03-31``. The audit page shows
each known key under its label in the page's language and its value readable (a choice's label,
a date in the page's format, an amount with the page's decimal mark); a key that is not known
here (an older or a newer entry) is still shown as written, never dropped and never an error.
"""

import datetime
from collections.abc import Callable, Iterable
from decimal import Decimal, InvalidOperation

from allauth.mfa.models import Authenticator
from django.conf import settings
from django.db import models
from django.utils.formats import date_format, number_format
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from library.models import Access, DocumentState

from ..models import ApprovalRoute, BoardMeeting, BoardRole, ContactRole, Organisation, Outcome

Format = Callable[[object, "Lookups"], str]


class Lookups:
    """The organisations and Board meetings the page's entries name by their key: one query each,
    and only when a page names any."""

    def __init__(self, entries: Iterable) -> None:
        wanted: dict[str, set[int]] = {"organisation": set(), "meeting": set()}
        for entry in entries:
            for key in wanted:
                value = entry.data.get(key) if isinstance(entry.data, dict) else None
                if isinstance(value, int) and not isinstance(value, bool):
                    wanted[key].add(value)
        ids = wanted["organisation"]
        self.organisations = Organisation.objects.only("name").in_bulk(ids) if ids else {}
        self.meetings = BoardMeeting.objects.in_bulk(wanted["meeting"]) if wanted["meeting"] else {}


def plain(value, lookups: Lookups) -> str:
    if isinstance(value, bool):
        return gettext("yes") if value else gettext("no")
    if isinstance(value, list | tuple):
        return ", ".join(str(item) for item in value)
    return str(value)


def choice(choices: type[models.TextChoices]) -> Format:
    def show(value, lookups: Lookups) -> str:
        try:
            return str(choices(value).label)
        except ValueError:
            return plain(value, lookups)

    return show


def day(value, lookups: Lookups) -> str:
    try:
        return date_format(datetime.date.fromisoformat(str(value)), "DATE_FORMAT")
    except ValueError:
        return plain(value, lookups)


def amount(value, lookups: Lookups) -> str:
    try:
        return number_format(Decimal(str(value)), decimal_pos=2)
    except (InvalidOperation, ValueError):
        return plain(value, lookups)


def language(value, lookups: Lookups) -> str:
    return str(dict(settings.LANGUAGES).get(value, value))


def organisation(value, lookups: Lookups) -> str:
    # Contact roles write the organisation's key; the contact signals its name.
    found = lookups.organisations.get(value) if isinstance(value, int) else None
    return found.name if found is not None else plain(value, lookups)


def meeting(value, lookups: Lookups) -> str:
    found = lookups.meetings.get(value) if isinstance(value, int) else None
    return str(found) if found is not None else plain(value, lookups)


# What the role signals and the contact-role service write under "role" and "was".
ROLES = {
    "secretariat": _("secretariat staff"),
    "staff": _("admin access"),
    "superuser": _("superuser"),
    "contact": _("contact person"),
    **{f"board_{code}": label for code, label in BoardRole.choices},
}


def role(value, lookups: Lookups) -> str:
    label = ROLES.get(value) if isinstance(value, str) else None
    return str(label) if label is not None else plain(value, lookups)


# key: (label, how its value reads). Grep `record_audit(` for the writers.
FIELDS: dict[str, tuple[object, Format]] = {
    # Library documents
    "access": (_("who may open it"), choice(Access)),
    "state": (_("state"), choice(DocumentState)),
    "version": (_("version"), plain),
    "language": (_("language"), language),
    # Billing
    "fee_year": (_("fee year"), plain),
    "invoices": (_("invoices"), plain),
    "first": (_("first invoice"), plain),
    "last": (_("last invoice"), plain),
    "amount_eur": (_("amount (EUR)"), amount),
    "paid_on": (_("paid on"), day),
    "reference": (_("payment reference"), plain),
    "credits": (_("credits invoice"), plain),
    "reason": (_("reason"), plain),
    # Erasures
    "summary": (_("summary"), plain),
    # Written procedures and minutes
    "outcome": (_("outcome"), choice(Outcome)),
    "yes": (_("yes"), plain),
    "no": (_("no"), plain),
    "abstain": (_("abstentions"), plain),
    "eligible": (_("Board members entitled to vote"), plain),
    "route": (_("approved"), choice(ApprovalRoute)),
    "meeting": (_("meeting"), meeting),
    # Roles, Board seats, contacts
    "contact_role": (_("role"), choice(ContactRole)),
    "role": (_("role"), role),
    "was": (_("previous role"), choice(BoardRole)),
    "person": (_("person"), plain),
    "organisation": (_("organisation"), organisation),
    "from": (_("from"), day),
    "until": (_("until"), day),
    "started_on": (_("from"), day),
    "ended_on": (_("until"), day),
    "deleted": (_("removed"), plain),
    # Second factors
    "type": (_("second factor"), choice(Authenticator.Type)),
    # Mailings
    "recipients": (_("recipients"), plain),
}


def describe_data(data, lookups: Lookups) -> str:
    """ "Fee year: 2026; Invoices: 3" in the page's language (empty values left out)."""
    if not isinstance(data, dict):
        return str(data) if data else ""
    parts = []
    for key, value in data.items():
        if value in (None, "", [], {}):
            continue
        # A key not known here: shown as written, its underscores read as spaces.
        label, show = FIELDS.get(key, (str(key).replace("_", " "), plain))
        parts.append(f"{capfirst(str(label))}: {show(value, lookups)}")
    return "; ".join(parts)
