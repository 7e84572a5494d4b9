"""The pool of expertise: which staff of a member organisation hold which expertise.

A staff member is shown to other members only once their consent to be listed is recorded
(the date and the person who recorded it); without consent the row stays private to the
organisation's contacts and the secretariat.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ExpertiseArea(models.Model):
    """An area of expertise members pool (for example "EU project management", "Climate adaptation")."""

    code = models.SlugField(_("code"), max_length=60, unique=True)
    name = models.CharField(_("name"), max_length=200)
    priority = models.ForeignKey(
        "strategy.Priority",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="expertise_areas",
        verbose_name=_("priority"),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("expertise area")
        verbose_name_plural = _("expertise areas")

    def __str__(self) -> str:
        return self.name


class StaffExpertQuerySet(models.QuerySet):
    def consented(self):
        """Staff whose consent to be listed is recorded: the only ones other members see."""
        return self.filter(consent_recorded_on__isnull=False)


class StaffExpert(models.Model):
    """A person working for a member organisation, listed in the pool of expertise."""

    organisation = models.ForeignKey(
        "members.Organisation",
        on_delete=models.CASCADE,
        related_name="experts",
        verbose_name=_("organisation"),
    )
    name = models.CharField(_("name"), max_length=200)
    job_title = models.CharField(_("job title"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail address"), blank=True)
    areas = models.ManyToManyField(ExpertiseArea, related_name="experts", verbose_name=_("expertise areas"))
    consent_recorded_on = models.DateField(_("consent to be listed recorded on"), null=True, blank=True)
    consent_recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("consent recorded by"),
    )

    objects = StaffExpertQuerySet.as_manager()

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = _("staff expert")
        verbose_name_plural = _("staff experts")

    def __str__(self) -> str:
        return f"{self.name} ({self.organisation})"

    @property
    def has_consented(self) -> bool:
        return self.consent_recorded_on is not None
