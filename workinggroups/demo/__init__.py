"""Demo working groups: the three area groups with members and a chair (deterministic, idempotent)."""

import datetime

from django.apps import apps

from members.models import Organisation, OrganisationContact
from sern_portal.demo import stable_number

from ..area_groups import create_area_groups
from ..models import WorkingGroup, WorkingGroupMembership

JOINED = datetime.date(2026, 3, 2)
LEFT = datetime.date(2026, 9, 30)


def seed_working_groups() -> list[WorkingGroupMembership]:
    """Each area group gets the member contacts whose organisation ticked one of its priorities
    (at most eight, chosen by a stable hash), a chair among them, and one former member."""
    create_area_groups(apps)
    memberships = []
    contacts = list(
        OrganisationContact.objects.filter(organisation__in=Organisation.objects.members())
        .select_related("organisation", "user")
        .order_by("organisation__slug", "pk")
    )
    for group in WorkingGroup.objects.filter(thematic_area__isnull=False).order_by("slug"):
        area_orgs = set(
            Organisation.objects.filter(priorities__area=group.thematic_area).values_list("pk", flat=True)
        )
        chosen = sorted(
            (c for c in contacts if c.organisation_id in area_orgs),
            key=lambda c: stable_number(f"{group.slug}:{c.organisation.slug}:{c.user.email}"),
        )[:9]
        if not chosen:
            continue
        former, current = chosen[0], chosen[1:]
        if not group.memberships.filter(contact=former).exists():
            WorkingGroupMembership.objects.create(group=group, contact=former, joined_on=JOINED, left_on=LEFT)
        for contact in current:
            membership = group.memberships.filter(contact=contact, left_on__isnull=True).first()
            if membership is None:
                membership = WorkingGroupMembership.objects.create(
                    group=group, contact=contact, joined_on=JOINED
                )
            memberships.append(membership)
        if group.chair_id is None and current:
            group.chair = current[0]
            group.save(update_fields=["chair"])
    return memberships
