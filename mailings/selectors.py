"""Reusable queries of the mailings app: who an audience reaches, and the timeline source."""

import datetime
from dataclasses import dataclass, field

from django.db.models import Count, Q, QuerySet
from django.urls import reverse
from django.utils.translation import gettext as _

from members.models import (
    BoardSeat,
    ContactRoleAssignment,
    Organisation,
    OrganisationContact,
    User,
)
from sern_portal.timeline import TimelineEntry
from workinggroups.models import WorkingGroupMembership

from .models import DeliveryState, Mailing, MailingDelivery, MailingList


@dataclass(frozen=True)
class Audience:
    """Who a mailing goes to (see ``Mailing``): contacts of members narrowed by every filter that is
    set, and/or the Board. Empty filters narrow nothing; within one filter any value matches."""

    member_contacts: bool = False
    roles: tuple[str, ...] = ()
    priority_ids: tuple[int, ...] = ()
    countries: tuple[str, ...] = ()
    working_group_ids: tuple[int, ...] = ()
    board: bool = False
    exclude_opt_outs_of: MailingList | None = field(default=None, compare=False)

    @classmethod
    def of(cls, mailing: Mailing) -> "Audience":
        return cls(
            member_contacts=mailing.to_member_contacts,
            roles=tuple(mailing.roles),
            priority_ids=tuple(p.pk for p in mailing.priorities.all()),
            countries=tuple(mailing.countries),
            working_group_ids=tuple(g.pk for g in mailing.working_groups.all()),
            board=mailing.to_board,
            exclude_opt_outs_of=mailing.mailing_list,
        )


def audience_contacts(audience: Audience, on: datetime.date | None = None) -> QuerySet[OrganisationContact]:
    """The contact persons of organisations that are members on ``on`` who match every filter."""
    contacts = OrganisationContact.objects.filter(organisation__in=Organisation.objects.members(on))
    if audience.roles:
        holding = ContactRoleAssignment.objects.current(on).filter(role__in=audience.roles)
        contacts = contacts.filter(pk__in=holding.values("contact"))
    if audience.priority_ids:
        contacts = contacts.filter(
            organisation__in=Organisation.objects.filter(priorities__in=audience.priority_ids).values("pk")
        )
    if audience.countries:
        contacts = contacts.filter(organisation__country__in=audience.countries)
    if audience.working_group_ids:
        in_groups = WorkingGroupMembership.objects.current(on).filter(group__in=audience.working_group_ids)
        contacts = contacts.filter(pk__in=in_groups.values("contact"))
    return contacts


def recipients(audience: Audience, on: datetime.date | None = None) -> QuerySet[User]:
    """The people an audience reaches, each once: active, not erased, with an address, and (on an
    optional list) not unsubscribed from it."""
    reached = Q(pk__in=[])
    if audience.member_contacts:
        reached |= Q(pk__in=audience_contacts(audience, on).values("user"))
    if audience.board:
        reached |= Q(pk__in=BoardSeat.objects.current(on).values("user"))
    people = User.objects.filter(reached, is_active=True, erased_at__isnull=True).exclude(email="")
    mailing_list = audience.exclude_opt_outs_of
    if mailing_list is not None and mailing_list.can_unsubscribe:
        people = people.exclude(mailing_opt_outs__mailing_list=mailing_list)
    return people.order_by("pk")


def progress(mailing: Mailing) -> dict[str, int]:
    """Counts of the mailing's deliveries by state, and ``done`` (sent, failed or bounced)."""
    counts = {state.value: 0 for state in DeliveryState}
    rows = MailingDelivery.objects.filter(mailing=mailing).values_list("state").order_by()
    for state, n in rows.annotate(n=Count("pk")).values_list("state", "n"):
        counts[state] = n
    counts["total"] = sum(counts[s.value] for s in DeliveryState)
    counts["delivered"] = counts[DeliveryState.SENT] + counts[DeliveryState.BOUNCED]
    counts["failed_all"] = (
        counts[DeliveryState.FAILED] + counts[DeliveryState.BOUNCED] + counts[DeliveryState.IN_DOUBT]
    )
    counts["done"] = counts["total"] - counts[DeliveryState.QUEUED] - counts[DeliveryState.SENDING]
    return counts


def mailings_timeline(organisation, limit: int) -> list[TimelineEntry]:
    """ "Mailing sent to <contact>" for each mailing a contact person of the organisation received."""
    deliveries = (
        MailingDelivery.objects.filter(
            recipient__organisation_contacts__organisation=organisation,
            state__in=[DeliveryState.SENT, DeliveryState.BOUNCED],
            sent_at__isnull=False,
        )
        .select_related("mailing", "recipient")
        .order_by("-sent_at", "-pk")[:limit]
    )
    return [
        TimelineEntry(
            when=delivery.sent_at,
            kind="mailing",
            title=_("Mailing sent to %(contact)s") % {"contact": delivery.recipient},
            detail=str(delivery.mailing)
            + (" · " + _("bounced") if delivery.state == DeliveryState.BOUNCED else ""),
            url=reverse("mailings:detail", args=[delivery.mailing_id]),
        )
        for delivery in deliveries
    ]
