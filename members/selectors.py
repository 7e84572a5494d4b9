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


def own_organisations(user) -> tuple[list[dict], list[int]]:
    """The member organisations the person is a contact of (``pk``, ``name`` and ``slug``, by
    name) and their strategy priorities (ids, what ``priorities_of`` reads), in one query."""
    organisations: dict[int, dict] = {}
    priorities: set[int] = set()
    rows = (
        Organisation.objects.members()
        .filter(contacts__user=user)
        .order_by("name", "pk")
        .values_list("pk", "name", "slug", "priorities")
    )
    for pk, name, slug, priority in rows:
        organisations.setdefault(pk, {"pk": pk, "name": name, "slug": slug})
        if priority is not None:
            priorities.add(priority)
    return list(organisations.values()), sorted(priorities)
