"""Working groups: one per thematic area, and others the secretariat creates."""

import datetime

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sern_portal.limits import LONG_TEXT, limited


class WorkingGroup(models.Model):
    """A group of member contacts around a theme, with a chair, a page and a mailing list."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    description = models.TextField(_("description"), blank=True, **limited(LONG_TEXT))
    thematic_area = models.ForeignKey(
        "strategy.ThematicArea",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="working_groups",
        verbose_name=_("thematic area"),
    )
    chair = models.ForeignKey(
        "members.OrganisationContact",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="chaired_working_groups",
        verbose_name=_("chair"),
    )
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("working group")
        verbose_name_plural = _("working groups")

    def __str__(self) -> str:
        return self.name


class WorkingGroupMembershipQuerySet(models.QuerySet):
    def current(self, on: datetime.date | None = None) -> "WorkingGroupMembershipQuerySet":
        on = on or timezone.localdate()
        return self.filter(joined_on__lte=on).filter(Q(left_on__isnull=True) | Q(left_on__gte=on))


class WorkingGroupMembership(models.Model):
    """A member contact in a working group, from a day until a day (kept as history when left)."""

    group = models.ForeignKey(
        WorkingGroup, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("working group")
    )
    contact = models.ForeignKey(
        "members.OrganisationContact",
        on_delete=models.CASCADE,
        related_name="working_group_memberships",
        verbose_name=_("contact person"),
    )
    joined_on = models.DateField(_("joined on"), default=timezone.localdate)
    left_on = models.DateField(_("left on"), null=True, blank=True)

    objects = WorkingGroupMembershipQuerySet.as_manager()

    class Meta:
        ordering = ["group", "-joined_on"]
        verbose_name = _("working group membership")
        verbose_name_plural = _("working group memberships")
        constraints = [
            models.UniqueConstraint(
                fields=["group", "contact"],
                condition=Q(left_on__isnull=True),
                name="one_open_membership_per_group_and_contact",
            ),
            models.CheckConstraint(
                condition=Q(left_on__isnull=True) | Q(left_on__gte=models.F("joined_on")),
                name="working_group_left_after_joining",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.contact} · {self.group}"
