"""The Board's calendar feed addresses: issue, replace, revoke, and find the person of a token."""

import secrets

from django.db import transaction
from django.utils import timezone

from ..models import CalendarToken, User
from ..models.calendar import hash_token


@transaction.atomic
def issue_calendar_token(user: User) -> str:
    """A new random token for the person, replacing any earlier one; returned once, kept hashed.

    Side effects: the old token (if any) stops working; the new token's hash is saved.
    """
    token = secrets.token_urlsafe(32)
    CalendarToken.objects.update_or_create(
        user=user,
        defaults={"token_hash": hash_token(token), "created_at": timezone.now(), "last_used_at": None},
    )
    return token


def revoke_calendar_token(user: User) -> bool:
    """The person's address stops working; True when there was one."""
    deleted, _ = CalendarToken.objects.filter(user=user).delete()
    return bool(deleted)


def user_of_calendar_token(token: str) -> User | None:
    """The active person a token belongs to, or None (unknown, revoked or replaced token)."""
    found = CalendarToken.objects.select_related("user").filter(token_hash=hash_token(token)).first()
    if found is None or not found.user.is_active:
        return None
    CalendarToken.objects.filter(pk=found.pk).update(last_used_at=timezone.now())
    return found.user
