from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sern_portal.append_only import AppendOnlyModel
from sern_portal.fields import acting_user


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed")
    WAITING = "waiting", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")


class Registration(models.Model):
    """One person's place at an event (or on its waiting list), and whether they attended."""

    event = models.ForeignKey(
        "events.Event", on_delete=models.CASCADE, related_name="registrations", verbose_name=_("event")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="event_registrations",
        verbose_name=_("person"),
    )
    organisation = models.ForeignKey(
        "members.Organisation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="event_registrations",
        verbose_name=_("organisation"),
    )
    status = models.CharField(_("status"), max_length=20, choices=RegistrationStatus.choices)
    # The waiting list is served in this order; a plain default so the demo can fix it.
    registered_at = models.DateTimeField(_("registered at"), default=timezone.now)
    attended = models.BooleanField(_("attended"), null=True, blank=True)

    class Meta:
        ordering = ["registered_at", "pk"]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        constraints = [
            # Double registration is impossible: one live (not cancelled) registration per person.
            models.UniqueConstraint(
                fields=["event", "user"],
                condition=~Q(status="cancelled"),
                name="one_live_registration_per_person_and_event",
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} — {self.event} ({self.get_status_display()})"


class RegistrationStatusChange(AppendOnlyModel):
    """Append-only: every status a registration took, who set it (nobody for a freed place) and when."""

    registration = models.ForeignKey(
        Registration, on_delete=models.CASCADE, related_name="status_changes", verbose_name=_("registration")
    )
    from_status = models.CharField(_("from"), max_length=20, choices=RegistrationStatus.choices, blank=True)
    to_status = models.CharField(_("to"), max_length=20, choices=RegistrationStatus.choices)
    changed_by = acting_user(_("changed by"))
    changed_at = models.DateTimeField(_("changed at"), default=timezone.now)

    class Meta:
        ordering = ["changed_at", "pk"]
        verbose_name = _("registration status change")
        verbose_name_plural = _("registration status changes")

    def __str__(self) -> str:
        return f"{self.registration_id}: {self.from_status or '-'} → {self.to_status}"
