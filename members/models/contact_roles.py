"""What a contact person does for its organisation, over time (one person may hold several roles)."""

import datetime

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ContactRole(models.TextChoices):
    LEGAL_REPRESENTATIVE = "legal_representative", _("Legal representative")
    BOARD_DELEGATE = "board_delegate", _("Board delegate")
    BILLING = "billing", _("Billing contact")
    COMMUNICATION = "communication", _("Communication contact")
    PROJECT = "project", _("Project contact")


class ContactRoleAssignmentQuerySet(models.QuerySet):
    def current(self, on: datetime.date | None = None) -> "ContactRoleAssignmentQuerySet":
        """Roles held on the given day (today by default): started, and not yet ended."""
        on = on or timezone.localdate()
        return self.filter(starts_on__lte=on).filter(Q(ends_on__isnull=True) | Q(ends_on__gte=on))


class ContactRoleAssignment(models.Model):
    """One role of one contact person, from a day until a day (open-ended while held).

    Rows are history: a role that ends gets ``ends_on``; it is not deleted, so "who was the
    billing contact when the 2025 invoice went out" stays answerable.
    """

    contact = models.ForeignKey(
        "members.OrganisationContact",
        on_delete=models.CASCADE,
        related_name="role_assignments",
        verbose_name=_("contact person"),
    )
    role = models.CharField(_("role"), max_length=30, choices=ContactRole.choices)
    starts_on = models.DateField(_("from"), default=timezone.localdate)
    ends_on = models.DateField(_("until"), null=True, blank=True)

    objects = ContactRoleAssignmentQuerySet.as_manager()

    class Meta:
        ordering = ["contact", "role", "-starts_on"]
        verbose_name = _("contact role")
        verbose_name_plural = _("contact roles")
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True) | Q(ends_on__gte=models.F("starts_on")),
                name="contact_role_ends_after_it_starts",
            ),
            models.UniqueConstraint(
                fields=["contact", "role"],
                condition=Q(ends_on__isnull=True),
                name="one_open_role_of_a_kind_per_contact",
            ),
        ]
        indexes = [models.Index(fields=["role", "starts_on"], name="contact_role_by_role")]

    def __str__(self) -> str:
        return f"{self.contact} · {self.get_role_display()}"
