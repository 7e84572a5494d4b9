"""Reusable queries about members that other apps ask too."""

from .models import Organisation


def priorities_of(user) -> list[int]:
    """The strategy priorities (ids) of the member organisations the person is a contact of."""
    return list(
        Organisation.objects.members()
        .filter(contacts__user=user, priorities__isnull=False)
        .values_list("priorities", flat=True)
        .distinct()
    )
