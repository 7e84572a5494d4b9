"""The lists, leaving and rejoining them, and the signed links of one-click unsubscribe."""

import datetime

from django.core import signing
from django.db import IntegrityError, transaction

from sern_portal.signed_links import InvalidLink, read_person_token
from workinggroups.models import WorkingGroup

from ..models import STANDARD_LISTS, ListKind, ListOptOut, MailingList

# One salt per purpose: a token signed for anything else (another feature, another salt) is not
# an unsubscribe token, even with the same SECRET_KEY.
UNSUBSCRIBE_SALT = "mailings.unsubscribe"
# Long enough for a mail read weeks later, short enough that a leaked old mail stops working.
UNSUBSCRIBE_MAX_AGE = datetime.timedelta(days=180)


class ListCannotBeLeft(Exception):
    """Legal and governance lists (``ListKind.REQUIRED``) cannot be left."""


class InvalidUnsubscribeLink(InvalidLink):
    """A forged, expired or other-list token; ``reason`` is "forged", "expired" or "other_list"."""


def ensure_lists() -> list[MailingList]:
    """Create the standard lists and one optional list per working group (idempotent).

    Side effects: inserts the missing ``MailingList`` rows; never changes an existing one.
    """
    for position, standard in enumerate(STANDARD_LISTS, start=1):
        MailingList.objects.get_or_create(
            slug=standard.slug, defaults={"kind": standard.kind, "position": position}
        )
    have = set(
        MailingList.objects.filter(working_group__isnull=False).values_list("working_group", flat=True)
    )
    for group in WorkingGroup.objects.exclude(pk__in=have).order_by("pk"):
        try:
            with transaction.atomic():
                MailingList.objects.create(
                    slug=f"group-{group.slug}"[:120],
                    kind=ListKind.OPTIONAL,
                    working_group=group,
                    position=50,
                )
        except IntegrityError:  # created meanwhile by another request
            pass
    return list(MailingList.objects.select_related("working_group"))


def unsubscribe(user, mailing_list: MailingList) -> bool:
    """Take ``user`` off an optional list; returns whether they were on it.

    Raises ``ListCannotBeLeft`` for a legal or governance list. Side effect: a ``ListOptOut`` row.
    """
    if not mailing_list.can_unsubscribe:
        raise ListCannotBeLeft(mailing_list.slug)
    _opt_out, created = ListOptOut.objects.get_or_create(user=user, mailing_list=mailing_list)
    return created


def resubscribe(user, mailing_list: MailingList) -> bool:
    """Put ``user`` back on a list; returns whether they had left it. Side effect: deletes the opt-out."""
    deleted, _rows = ListOptOut.objects.filter(user=user, mailing_list=mailing_list).delete()
    return bool(deleted)


def unsubscribe_token(user, mailing_list: MailingList) -> str:
    """A signed token that binds the person and the list (and the time it was made)."""
    return signing.dumps({"u": user.pk, "l": mailing_list.slug}, salt=UNSUBSCRIBE_SALT)


def read_unsubscribe_token(token: str, list_slug: str) -> int:
    """The user id a token for the list ``list_slug`` names; raises ``InvalidUnsubscribeLink``."""
    try:
        data = read_person_token(token, UNSUBSCRIBE_SALT, UNSUBSCRIBE_MAX_AGE)
    except InvalidLink as error:
        raise InvalidUnsubscribeLink(error.reason) from error
    if data.get("l") != list_slug:
        raise InvalidUnsubscribeLink("other_list")
    return data["u"]
