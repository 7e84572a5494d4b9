from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from sern_portal.limits import SHORT_TEXT, limited


class RiskLevel(models.IntegerChoices):
    LOW = 1, _("Low")
    MEDIUM = 2, _("Medium")
    HIGH = 3, _("High")


class RiskStatus(models.TextChoices):
    OPEN = "open", _("Open")
    MONITORED = "monitored", _("Monitored")
    CLOSED = "closed", _("Closed")


class RiskQuerySet(models.QuerySet):
    def in_period(self, period):
        """Risks known during the period: identified by its end and not closed before its start."""
        return self.filter(identified_on__lte=period.end).filter(
            Q(closed_on__isnull=True) | Q(closed_on__gte=period.start)
        )


class Risk(models.Model):
    """A risk to the feasibility of the strategy (evaluation area E), kept by the secretariat.

    The risk and its mitigation are translated per field (translation.py).
    """

    title = models.CharField(_("risk"), max_length=300)
    likelihood = models.PositiveSmallIntegerField(_("likelihood"), choices=RiskLevel.choices)
    impact = models.PositiveSmallIntegerField(_("impact"), choices=RiskLevel.choices)
    owner = models.CharField(_("owner"), max_length=200, help_text=_("Who watches this risk and acts on it."))
    mitigation = models.TextField(_("mitigation"), blank=True, **limited(SHORT_TEXT))
    status = models.CharField(_("status"), max_length=20, choices=RiskStatus.choices, default=RiskStatus.OPEN)
    identified_on = models.DateField(_("identified on"))
    closed_on = models.DateField(_("closed on"), null=True, blank=True)

    objects = RiskQuerySet.as_manager()

    class Meta:
        ordering = ["status", "-identified_on", "pk"]
        verbose_name = _("risk")
        verbose_name_plural = _("risks")
        constraints = [
            models.CheckConstraint(
                condition=Q(closed_on__isnull=True) | Q(closed_on__gte=models.F("identified_on")),
                name="risk_closed_after_identified",
            )
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def score(self) -> int:
        """Likelihood times impact: 1 (low, low) to 9 (high, high)."""
        return self.likelihood * self.impact
