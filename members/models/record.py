"""The member record: the secretariat's notes, the end of a membership, the yearly contact check.

Notes and membership ends are append-only (``AppendOnlyModel``): they are the record of what the
secretariat knew and decided, and a record that can be rewritten is no record. A note that was
wrong is corrected by a new note that points at it (``corrects``); a resignation that changes is a
new ``MembershipEnd`` (the newest one is what ``Organisation.member_until`` says).
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sern_portal.append_only import AppendOnlyModel
from sern_portal.limits import SHORT_TEXT, limited


class OrganisationNote(AppendOnlyModel):
    """A note by the secretariat on an organisation (a call, an agreement, a reminder)."""

    organisation = models.ForeignKey(
        "members.Organisation", on_delete=models.CASCADE, related_name="notes", verbose_name=_("organisation")
    )
    text = models.TextField(_("note"), **limited(SHORT_TEXT))
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("by"),
    )
    created_at = models.DateTimeField(_("when"), default=timezone.now)
    corrects = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="corrections",
        verbose_name=_("corrects"),
    )

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("note on an organisation")
        verbose_name_plural = _("notes on organisations")
        indexes = [models.Index(fields=["organisation", "-created_at"], name="note_by_organisation")]

    def __str__(self) -> str:
        return f"{self.organisation} · {self.created_at:%Y-%m-%d}"


class MembershipEndReason(models.TextChoices):
    RESIGNED = "resigned", _("Resigned")
    MERGED = "merged", _("Merged into another organisation")
    DISSOLVED = "dissolved", _("Dissolved")
    EXCLUDED = "excluded", _("Excluded (for example, fees not paid)")
    OTHER = "other", _("Other reason")


class MembershipEnd(AppendOnlyModel):
    """The secretariat's record of when and why a membership ends (kept as history)."""

    organisation = models.ForeignKey(
        "members.Organisation",
        on_delete=models.CASCADE,
        related_name="membership_ends",
        verbose_name=_("organisation"),
    )
    ends_on = models.DateField(_("last day of membership"))
    reason = models.CharField(_("reason"), max_length=20, choices=MembershipEndReason.choices)
    explanation = models.TextField(_("explanation"), blank=True, **limited(SHORT_TEXT))
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("recorded by"),
    )
    recorded_at = models.DateTimeField(_("recorded at"), default=timezone.now)

    class Meta:
        ordering = ["-recorded_at", "-pk"]
        verbose_name = _("end of membership")
        verbose_name_plural = _("ends of membership")

    def __str__(self) -> str:
        return f"{self.organisation} · {self.ends_on}"


class ContactConfirmationRequest(models.Model):
    """The yearly "please confirm your organisation's contacts": one per contact person and year.

    ``sent_at`` is set by the task that e-mails it; ``confirmed_at`` once, by the contact's answer
    (a conditional UPDATE, so a double submit confirms once).
    """

    year = models.PositiveSmallIntegerField(_("year"))
    contact = models.ForeignKey(
        "members.OrganisationContact",
        on_delete=models.CASCADE,
        related_name="confirmation_requests",
        verbose_name=_("contact person"),
    )
    organisation = models.ForeignKey(
        "members.Organisation",
        on_delete=models.CASCADE,
        related_name="confirmation_requests",
        verbose_name=_("organisation"),
    )
    requested_at = models.DateTimeField(_("requested at"), default=timezone.now)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("requested by"),
    )
    sent_at = models.DateTimeField(_("e-mailed at"), null=True, blank=True)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)

    class Meta:
        ordering = ["-year", "organisation__name", "pk"]
        verbose_name = _("contact confirmation request")
        verbose_name_plural = _("contact confirmation requests")
        constraints = [
            models.UniqueConstraint(
                fields=["year", "contact"], name="one_confirmation_request_per_contact_and_year"
            )
        ]

    def __str__(self) -> str:
        return f"{self.year} · {self.contact}"
