"""Reusable queries of working groups (for their pages, the digest and other apps)."""

from django.db.models import Count, Prefetch, Q, QuerySet
from django.utils import timezone

from members.models import Organisation, OrganisationContact

from .models import WorkingGroup, WorkingGroupMembership


def groups_for_list() -> QuerySet[WorkingGroup]:
    """Active groups with their area, chair and number of current members (fixed queries)."""
    return (
        WorkingGroup.objects.filter(is_active=True)
        .select_related("thematic_area", "chair__user", "chair__organisation")
        .annotate(
            member_count=Count("memberships", filter=Q(memberships__left_on__isnull=True), distinct=True)
        )
        .order_by("name")
    )


def member_contacts_of(user) -> QuerySet[OrganisationContact]:
    """The person's contacts of organisations that are members today (who may join groups)."""
    if not user.is_authenticated:
        return OrganisationContact.objects.none()
    return OrganisationContact.objects.filter(
        user=user, organisation__in=Organisation.objects.members()
    ).select_related("organisation")


def open_memberships(group: WorkingGroup) -> QuerySet[WorkingGroupMembership]:
    """The people in the group now (not yet left), by organisation and name."""
    return (
        group.memberships.filter(left_on__isnull=True)
        .select_related("contact__user", "contact__organisation")
        .order_by("contact__organisation__name", "contact__user__name", "pk")
    )


def members_by_organisation(group: WorkingGroup) -> list[tuple[Organisation, list[WorkingGroupMembership]]]:
    """The group's current members, grouped by organisation (as a member wants to read them)."""
    grouped: dict[int, tuple[Organisation, list]] = {}
    for membership in open_memberships(group):
        organisation = membership.contact.organisation
        grouped.setdefault(organisation.pk, (organisation, []))[1].append(membership)
    return list(grouped.values())


def past_memberships(group: WorkingGroup) -> QuerySet[WorkingGroupMembership]:
    return (
        group.memberships.filter(left_on__isnull=False)
        .select_related("contact__user", "contact__organisation")
        .order_by("-left_on", "-pk")
    )


def groups_with_details() -> QuerySet[WorkingGroup]:
    return WorkingGroup.objects.select_related(
        "thematic_area", "chair__user", "chair__organisation"
    ).prefetch_related(Prefetch("thematic_area__priorities"))


def group_priority_ids(user) -> list[int]:
    """The priorities of the thematic areas of the groups the person is in today.

    The weekly digest adds them to the priorities of the person's organisations: joining a group
    is a signal of interest even when the organisation did not tick the area's priorities.
    """
    from strategy.models import Priority

    if not user.is_authenticated:
        return []
    today = timezone.localdate()
    groups = WorkingGroupMembership.objects.current(today).filter(
        contact__user=user,
        contact__organisation__in=Organisation.objects.members(),
        group__is_active=True,
    )
    return list(
        Priority.objects.filter(area__working_groups__in=groups.values("group"))
        .values_list("pk", flat=True)
        .distinct()
    )


def area_priority_ids(group: WorkingGroup) -> list[int]:
    if group.thematic_area_id is None:
        return []
    return [priority.pk for priority in group.thematic_area.priorities.all()]
